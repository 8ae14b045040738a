import type { Fee, ServiceCategory, ServiceMode } from '../../../api/types.js';
import type { ServiceInput, ServiceStandard, ServiceUpdate, StaffServiceDetail } from '../../api/admin-types.js';

/**
 * The service editor's working copy. Lists typed one item per line and numbers typed as text
 * stay strings here, so a half-typed value is never lost; `toServiceInput` makes the request.
 */
export type RequirementDraft = { name: string; documentType: string; isMandatory: boolean; notes: string };
export type StepDraft = { title: string; description: string };
export type FeeDraft = { kind: Fee['kind']; amountRupiah: string; formula: string; legalBasis: string };

export type StandardDraft = {
  legalBasis: string;
  requirements: RequirementDraft[];
  procedure: StepDraft[];
  timeLimit: { value: string; unit: ServiceStandard['timeLimit']['unit'] };
  fee: FeeDraft;
  product: string;
  facilities: string;
  implementerCompetence: string;
  internalSupervision: string;
  complaintHandling: string;
  numberOfImplementers: string;
  serviceGuarantee: string;
  securityGuarantee: string;
  implementerEvaluation: string;
};

export type ServiceDraft = {
  tenantRef: string;
  slug: string;
  name: string;
  description: string;
  category: ServiceCategory;
  modes: ServiceMode[];
  keywords: string;
  standard: StandardDraft;
};

const lines = (items: readonly string[] | undefined) => (items ?? []).join('\n');
const toLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function emptyServiceDraft(tenantRef: string): ServiceDraft {
  return {
    tenantRef,
    slug: '',
    name: '',
    description: '',
    category: 'lainnya',
    modes: ['walk_in'],
    keywords: '',
    standard: {
      legalBasis: '',
      requirements: [],
      procedure: [{ title: '', description: '' }],
      timeLimit: { value: '', unit: 'working_days' },
      fee: { kind: 'free', amountRupiah: '', formula: '', legalBasis: '' },
      product: '',
      facilities: '',
      implementerCompetence: '',
      internalSupervision: '',
      complaintHandling: '',
      numberOfImplementers: '',
      serviceGuarantee: '',
      securityGuarantee: '',
      implementerEvaluation: '',
    },
  };
}

export function serviceDraftOf(service: StaffServiceDetail): ServiceDraft {
  const s = service.standard;
  const fee = s.fee;
  return {
    tenantRef: service.tenant.slug,
    slug: service.slug,
    name: service.name,
    description: service.description,
    category: service.category,
    modes: [...service.modes],
    keywords: lines(service.keywords),
    standard: {
      legalBasis: lines(s.legalBasis),
      requirements: (s.requirements ?? []).map((r) => ({
        name: r.name,
        documentType: r.documentType,
        isMandatory: r.isMandatory,
        notes: r.notes ?? '',
      })),
      procedure: (s.procedure ?? []).map((p) => ({ title: p.title, description: p.description ?? '' })),
      timeLimit: { value: String(s.timeLimit.value), unit: s.timeLimit.unit },
      fee: {
        kind: fee.kind,
        amountRupiah: fee.kind === 'fixed' ? String(fee.amountRupiah) : '',
        formula: fee.kind === 'formula' ? fee.formula : '',
        legalBasis: fee.legalBasis ?? '',
      },
      product: s.product ?? '',
      facilities: lines(s.facilities),
      implementerCompetence: lines(s.implementerCompetence),
      internalSupervision: s.internalSupervision ?? '',
      complaintHandling: s.complaintHandling ?? '',
      numberOfImplementers: s.numberOfImplementers ? String(s.numberOfImplementers) : '',
      serviceGuarantee: s.serviceGuarantee ?? '',
      securityGuarantee: s.securityGuarantee ?? '',
      implementerEvaluation: s.implementerEvaluation ?? '',
    },
  };
}

function feeOf(draft: FeeDraft): Fee {
  const legalBasis = draft.legalBasis.trim();
  switch (draft.kind) {
    case 'free':
      return legalBasis ? { kind: 'free', legalBasis } : { kind: 'free' };
    case 'fixed':
      return { kind: 'fixed', amountRupiah: Number(draft.amountRupiah.replace(/\D/g, '')), legalBasis };
    case 'formula':
      return { kind: 'formula', formula: draft.formula.trim(), legalBasis };
  }
}

export function toServiceInput(draft: ServiceDraft): ServiceInput {
  const s = draft.standard;
  return {
    tenantRef: draft.tenantRef,
    slug: draft.slug.trim(),
    name: draft.name.trim(),
    description: draft.description.trim(),
    category: draft.category,
    modes: draft.modes,
    keywords: toLines(draft.keywords),
    standard: {
      legalBasis: toLines(s.legalBasis),
      requirements: s.requirements.map((r) => ({
        name: r.name.trim(),
        documentType: r.documentType.trim(),
        isMandatory: r.isMandatory,
        ...(r.notes.trim() ? { notes: r.notes.trim() } : {}),
      })),
      procedure: s.procedure.map((p) => ({
        title: p.title.trim(),
        ...(p.description.trim() ? { description: p.description.trim() } : {}),
      })),
      timeLimit: { value: Number(s.timeLimit.value), unit: s.timeLimit.unit },
      fee: feeOf(s.fee),
      product: s.product.trim(),
      facilities: toLines(s.facilities),
      implementerCompetence: toLines(s.implementerCompetence),
      internalSupervision: s.internalSupervision.trim(),
      complaintHandling: s.complaintHandling.trim(),
      numberOfImplementers: Number(s.numberOfImplementers),
      serviceGuarantee: s.serviceGuarantee.trim(),
      securityGuarantee: s.securityGuarantee.trim(),
      implementerEvaluation: s.implementerEvaluation.trim(),
    },
  };
}

/** A new version of an existing service: tenant and slug never change. */
export function toServiceUpdate(draft: ServiceDraft, expectedVersion: number): ServiceUpdate {
  const { tenantRef: _tenant, slug: _slug, ...definition } = toServiceInput(draft);
  return { ...definition, expectedVersion };
}

/** Every message for a field and the fields inside it ("standard.legalBasis.2" under "standard.legalBasis"). */
export function errorUnder(errors: Record<string, string>, path: string): string | undefined {
  const found = Object.entries(errors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .map(([, message]) => message);
  return found.length > 0 ? found.join(' ') : undefined;
}

/** The 14 components of the Standar Pelayanan (UU 25/2009 Pasal 21, PermenPANRB 15/2014), in order. */
export const STANDARD_COMPONENTS = [
  'legalBasis',
  'requirements',
  'procedure',
  'timeLimit',
  'fee',
  'product',
  'facilities',
  'implementerCompetence',
  'internalSupervision',
  'complaintHandling',
  'numberOfImplementers',
  'serviceGuarantee',
  'securityGuarantee',
  'implementerEvaluation',
] as const satisfies readonly (keyof ServiceStandard)[];
