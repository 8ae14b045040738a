import { z } from 'zod';
import {
  Closure,
  Contact,
  MppInput,
  OpeningHours,
  ServiceInput,
  TenantInput,
} from '../../domain/catalogue/catalogue-document.js';
import { ServiceStandard } from '../../domain/catalogue/standard.js';
import { RefParam } from './catalogue.schemas.js';

/**
 * Request and response schemas of the catalogue's write API. The fields are those of the import
 * format (`catalogue-document.ts`), so a record written here exports and imports unchanged.
 * Objects are strict: a misspelt field is an error, not silently ignored.
 */

const Ref = RefParam.describe('The UUID or the slug');

/** A closure list with each date once (the calendar holds one closure per MPP and date). */
const Closures = z
  .array(Closure)
  .max(400)
  .superRefine((closures, ctx) => {
    const seen = new Set<string>();
    closures.forEach((c, index) => {
      if (seen.has(c.date))
        ctx.addIssue({ code: 'custom', path: [index, 'date'], message: `${c.date} appears more than once` });
      seen.add(c.date);
    });
  });

export const MppCreateInput = z.strictObject({ ...MppInput.shape, closures: Closures.default([]) });
export type MppCreateInput = z.infer<typeof MppCreateInput>;

export const Maklumat = MppInput.shape.maklumat;

export const MppUpdateInput = z
  .strictObject({
    name: MppInput.shape.name.optional(),
    address: MppInput.shape.address.optional(),
    latitude: MppInput.shape.latitude.optional(),
    longitude: MppInput.shape.longitude.optional(),
    openingHours: OpeningHours.optional(),
    closures: Closures.optional().describe("Replaces the MPP's closures from today on; past closures are kept"),
    maklumat: Maklumat.optional().describe('The Maklumat Pelayanan (UU 25/2009) and who signed it'),
    contact: Contact.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one field to change' })
  .refine((b) => (b.latitude === undefined) === (b.longitude === undefined), {
    message: 'latitude and longitude change together',
    path: ['longitude'],
  });
export type MppUpdateInput = z.infer<typeof MppUpdateInput>;

const Location = z.string().trim().min(1).max(200).describe('Where the booth is inside the building');

export const TenantCreateInput = z.strictObject({
  ...TenantInput.pick({
    slug: true,
    name: true,
    shortName: true,
    type: true,
    parentOrganisation: true,
    logoUrl: true,
    website: true,
    description: true,
  }).shape,
  gerai: z
    .strictObject({ mppRef: Ref, location: Location })
    .optional()
    .describe("The tenant's gerai; required of an MPP manager (at their own MPP)"),
});
export type TenantCreateInput = z.infer<typeof TenantCreateInput>;

export const TenantUpdateInput = z
  .strictObject({
    name: TenantInput.shape.name.optional(),
    shortName: TenantInput.shape.shortName.optional(),
    type: TenantInput.shape.type.optional(),
    parentOrganisation: z.string().trim().max(200).nullable().optional(),
    logoUrl: z.string().trim().url().max(500).nullable().optional(),
    website: z.string().trim().url().max(300).nullable().optional(),
    description: z.string().trim().max(2000).nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one field to change' });
export type TenantUpdateInput = z.infer<typeof TenantUpdateInput>;

export const GeraiCreateInput = z.strictObject({ tenantRef: Ref, location: Location });

export const Gerai = z
  .object({
    id: z.string().uuid(),
    mpp: z.object({ id: z.string().uuid(), slug: z.string(), name: z.string() }),
    tenant: z.object({ id: z.string().uuid(), slug: z.string(), name: z.string() }),
    location: z.string(),
  })
  .meta({ id: 'Gerai' });
export type Gerai = z.infer<typeof Gerai>;

const ServiceRefs = z.array(Ref).min(1).max(200).describe("Ids or slugs of the tenant's services served here");

export const CounterCreateInput = z.strictObject({
  number: z.number().int().positive().max(999).describe('Unique in the MPP; named on the board and in the call'),
  label: z.string().trim().min(1).max(60),
  tenantRef: Ref,
  serviceRefs: ServiceRefs,
});
export type CounterCreateInput = z.infer<typeof CounterCreateInput>;

export const CounterUpdateInput = z
  .strictObject({
    label: z.string().trim().min(1).max(60).optional(),
    status: z.enum(['active', 'inactive']).optional(),
    serviceRefs: ServiceRefs.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one field to change' });
export type CounterUpdateInput = z.infer<typeof CounterUpdateInput>;

/** A service definition: everything but where it is offered (offerings are the MPP's to manage). */
const ServiceDefinition = {
  name: ServiceInput.shape.name,
  description: ServiceInput.shape.description,
  category: ServiceInput.shape.category,
  modes: ServiceInput.shape.modes,
  keywords: ServiceInput.shape.keywords,
  standard: ServiceStandard.describe('All 14 components of the Standar Pelayanan (UU 25/2009 Pasal 21)'),
};

export const ServiceCreateInput = z.strictObject({
  tenantRef: Ref.describe('The tenant (instansi) that owns the service'),
  slug: ServiceInput.shape.slug,
  ...ServiceDefinition,
});
export type ServiceCreateInput = z.infer<typeof ServiceCreateInput>;

export const ServiceUpdateInput = z.strictObject({
  ...ServiceDefinition,
  expectedVersion: z
    .number()
    .int()
    .positive()
    .describe('The version this edit started from; 409 catalogue.version_conflict when another edit landed first'),
});
export type ServiceUpdateInput = z.infer<typeof ServiceUpdateInput>;

export const ServiceVersion = z
  .object({
    version: z.number().int(),
    name: z.string(),
    description: z.string(),
    category: z.string(),
    modes: z.array(z.string()),
    standard: ServiceStandard,
    createdAt: z.string().describe('ISO 8601'),
  })
  .meta({ id: 'ServiceVersion' });
export const ServiceVersionList = z.object({ items: z.array(ServiceVersion) });

export const OfferingInput = z.strictObject({ active: z.boolean() });
export const OfferingParams = z.object({ ref: Ref, serviceRef: Ref });
export const Offering = z
  .object({
    mpp: z.object({ id: z.string().uuid(), slug: z.string() }),
    service: z.object({ id: z.string().uuid(), slug: z.string() }),
    active: z.boolean(),
  })
  .meta({ id: 'Offering' });

export const IdParams = z.object({ id: z.string().uuid() });
