import { z } from 'zod';
import { SERVICE_CATEGORIES, SERVICE_MODES, TENANT_TYPES, TIME_LIMIT_UNITS } from './vocabulary.js';

export { SERVICE_CATEGORIES, SERVICE_MODES, TENANT_TYPES, TIME_LIMIT_UNITS };

/**
 * The Standar Pelayanan of one service: all 14 components of UU 25/2009 Pasal 21 /
 * PermenPANRB 15/2014 as structured fields (DOMAIN.md section 3.1). The six service-delivery
 * components (requirements, procedure, time limit, fee, product, complaint handling) are
 * published to the public; the other eight are for officers and evaluators.
 */

export const ServiceCategory = z.enum(SERVICE_CATEGORIES);
export type ServiceCategory = z.infer<typeof ServiceCategory>;

export const ServiceMode = z.enum(SERVICE_MODES);
export type ServiceMode = z.infer<typeof ServiceMode>;

export const TenantType = z.enum(TENANT_TYPES);
export type TenantType = z.infer<typeof TenantType>;

const Text = z.string().trim().min(1).max(4000);

/** Component 2: one document or condition the applicant must bring or fulfil. */
export const Requirement = z.object({
  name: z.string().trim().min(1).max(300),
  /** A stable key for the document wallet (applications issue), e.g. `ktp_el`, `kk`, `pas_foto`. */
  documentType: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{2,60}$/),
  isMandatory: z.boolean(),
  notes: z.string().trim().max(1000).optional(),
});
export type Requirement = z.infer<typeof Requirement>;

/** Component 3: one step of the procedure, in order. */
export const ProcedureStep = z.object({
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(2000).optional(),
});
export type ProcedureStep = z.infer<typeof ProcedureStep>;

/** Component 4: the time limit; working days follow the MPP's working calendar. */
export const TimeLimit = z.object({
  value: z.number().int().positive().max(10_000),
  unit: z.enum(TIME_LIMIT_UNITS),
});
export type TimeLimit = z.infer<typeof TimeLimit>;

/** Component 5: fee. Rupiah amounts are whole rupiah (no sen in public-service tariffs). */
export const Fee = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free'), legalBasis: z.string().trim().max(500).optional() }),
  z.object({
    kind: z.literal('fixed'),
    amountRupiah: z.number().int().positive().max(1_000_000_000_000),
    legalBasis: z.string().trim().min(1).max(500),
  }),
  z.object({
    kind: z.literal('formula'),
    formula: z.string().trim().min(1).max(1000),
    legalBasis: z.string().trim().min(1).max(500),
  }),
]);
export type Fee = z.infer<typeof Fee>;

export const ServiceStandard = z.object({
  /** 1. Dasar hukum */
  legalBasis: z.array(z.string().trim().min(1).max(500)).min(1).max(50),
  /** 2. Persyaratan */
  requirements: z.array(Requirement).max(60),
  /** 3. Sistem, mekanisme, dan prosedur */
  procedure: z.array(ProcedureStep).min(1).max(60),
  /** 4. Jangka waktu penyelesaian */
  timeLimit: TimeLimit,
  /** 5. Biaya/tarif */
  fee: Fee,
  /** 6. Produk pelayanan */
  product: Text,
  /** 7. Sarana, prasarana, dan/atau fasilitas */
  facilities: z.array(z.string().trim().min(1).max(300)).max(50),
  /** 8. Kompetensi pelaksana */
  implementerCompetence: z.array(z.string().trim().min(1).max(300)).max(50),
  /** 9. Pengawasan internal */
  internalSupervision: Text,
  /** 10. Penanganan pengaduan, saran, dan masukan */
  complaintHandling: Text,
  /** 11. Jumlah pelaksana */
  numberOfImplementers: z.number().int().positive().max(10_000),
  /** 12. Jaminan pelayanan */
  serviceGuarantee: Text,
  /** 13. Jaminan keamanan dan keselamatan pelayanan */
  securityGuarantee: Text,
  /** 14. Evaluasi kinerja pelaksana */
  implementerEvaluation: Text,
});
export type ServiceStandard = z.infer<typeof ServiceStandard>;

/** The six components every citizen may read (PermenPANRB 15/2014, service-delivery group). */
export const PublishedStandard = ServiceStandard.pick({
  requirements: true,
  procedure: true,
  timeLimit: true,
  fee: true,
  product: true,
  complaintHandling: true,
});
export type PublishedStandard = z.infer<typeof PublishedStandard>;

export function publishStandard(standard: ServiceStandard): PublishedStandard {
  return {
    requirements: standard.requirements,
    procedure: standard.procedure,
    timeLimit: standard.timeLimit,
    fee: standard.fee,
    product: standard.product,
    complaintHandling: standard.complaintHandling,
  };
}
