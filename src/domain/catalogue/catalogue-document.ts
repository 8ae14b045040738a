import { z } from 'zod';
import { isLocalDate } from '../time/local-date.js';
import { INDONESIAN_ZONES } from '../time/zones.js';
import { ServiceCategory, ServiceMode, ServiceStandard, TenantType } from './standard.js';

/**
 * The exchange format of the catalogue: what `satupintu import` reads, `satupintu export`
 * writes, the demo seed is written in, and the import API accepts. Everything is addressed by
 * slug so a document can be written by hand and imported into any deployment.
 */

export const Slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens')
  .max(120);

const HhMm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm (24-hour)');

export const OpeningPeriod = z
  .object({ opens: HhMm, closes: HhMm })
  .refine((p) => p.opens < p.closes, { message: 'opens must be before closes' });
export type OpeningPeriod = z.infer<typeof OpeningPeriod>;

export { WEEKDAY_KEYS, type WeekdayKey } from './vocabulary.js';

/** Opening hours per weekday, in the MPP's local time. A missing or empty day is closed. */
export const OpeningHours = z.object({
  mon: z.array(OpeningPeriod).max(4).default([]),
  tue: z.array(OpeningPeriod).max(4).default([]),
  wed: z.array(OpeningPeriod).max(4).default([]),
  thu: z.array(OpeningPeriod).max(4).default([]),
  fri: z.array(OpeningPeriod).max(4).default([]),
  sat: z.array(OpeningPeriod).max(4).default([]),
  sun: z.array(OpeningPeriod).max(4).default([]),
});
export type OpeningHours = z.infer<typeof OpeningHours>;

export const IndonesianTimeZone = z.enum(INDONESIAN_ZONES);

export type Contact = z.infer<typeof Contact>;
export const Contact = z.object({
  phone: z.string().trim().max(40).optional(),
  email: z.string().trim().email().max(200).optional(),
  website: z.string().trim().url().max(300).optional(),
});

export const Closure = z.object({
  date: z.string().refine((d): boolean => isLocalDate(d), 'a real date YYYY-MM-DD'),
  reason: z.string().trim().min(1).max(300),
});

export const MppInput = z.object({
  slug: Slug,
  name: z.string().trim().min(3).max(200),
  /** Kemendagri kab/kota code, `35.78`; the name comes from idn-area-data, never typed. */
  regencyCode: z.string().regex(/^\d{2}\.\d{2}$/, 'Kemendagri kab/kota code, e.g. 35.78'),
  address: z.string().trim().min(3).max(500),
  latitude: z.number().min(-11.5).max(6.5),
  longitude: z.number().min(94).max(141.5),
  timeZone: IndonesianTimeZone,
  openingHours: OpeningHours,
  closures: z.array(Closure).max(400).default([]),
  maklumat: z.object({
    text: z.string().trim().min(10).max(5000),
    signatoryName: z.string().trim().min(1).max(200),
    signatoryTitle: z.string().trim().min(1).max(200),
  }),
  contact: Contact.default({}),
  isDemo: z.boolean().default(false),
});
export type MppInput = z.infer<typeof MppInput>;

export const CounterInput = z.object({
  number: z.number().int().positive().max(999),
  label: z.string().trim().min(1).max(60),
  /** Slugs of this tenant's services served at the counter. */
  serviceSlugs: z.array(Slug).min(1).max(200),
});

export const GeraiInput = z.object({
  mppSlug: Slug,
  /** Where the booth is inside the building, e.g. "Lantai 1, Gerai 4". */
  location: z.string().trim().min(1).max(200),
  counters: z.array(CounterInput).max(50).default([]),
});

export const ServiceInput = z.object({
  slug: Slug,
  name: z.string().trim().min(3).max(200),
  description: z.string().trim().min(1).max(2000),
  category: ServiceCategory,
  modes: z.array(ServiceMode).min(1).max(3),
  /** Extra words people use for this service ("bikin paspor", "perpanjang sim"). */
  keywords: z.array(z.string().trim().min(1).max(80)).max(40).default([]),
  standard: ServiceStandard,
  /** Slugs of the MPPs where this service is offered (the tenant must have a gerai there). */
  offeredAt: z.array(Slug).max(600).default([]),
});
export type ServiceInput = z.infer<typeof ServiceInput>;

export const TenantInput = z.object({
  slug: Slug,
  name: z.string().trim().min(3).max(200),
  shortName: z.string().trim().min(2).max(60),
  type: TenantType,
  parentOrganisation: z.string().trim().max(200).optional(),
  logoUrl: z.string().trim().url().max(500).optional(),
  website: z.string().trim().url().max(300).optional(),
  description: z.string().trim().max(2000).optional(),
  gerai: z.array(GeraiInput).max(600).default([]),
  services: z.array(ServiceInput).max(2000).default([]),
});
export type TenantInput = z.infer<typeof TenantInput>;

export const CATALOGUE_FORMAT = 'satupintu.catalogue/v1';

export const CatalogueDocument = z.object({
  format: z.literal(CATALOGUE_FORMAT),
  mpps: z.array(MppInput).max(1000).default([]),
  tenants: z.array(TenantInput).max(5000).default([]),
});
export type CatalogueDocument = z.infer<typeof CatalogueDocument>;
export type CatalogueDocumentInput = z.input<typeof CatalogueDocument>;
