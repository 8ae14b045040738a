import { z } from 'zod';
import { Contact, OpeningHours } from '../../domain/catalogue/catalogue-document.js';
import {
  Fee,
  PublishedStandard,
  ServiceCategory,
  ServiceStandard,
  ServiceMode,
  TenantType,
  TimeLimit,
} from '../../domain/catalogue/standard.js';
import { CursorParam, LimitParam } from '../../platform/http/pagination.js';
import { INDONESIAN_ZONES, isLocalDate } from '../../domain/time/index.js';

/** Request and response schemas of the public catalogue API: validation, types and OpenAPI. */

const Iso = z.string().describe('ISO 8601 with offset');
const ZoneAbbreviation = z.enum(['WIB', 'WITA', 'WIT']);
const TimeZone = z.enum(INDONESIAN_ZONES);
const RegencyCodeParam = z
  .string()
  .regex(/^\d{2}\.\d{2}$/, 'Kemendagri kab/kota code such as 35.78')
  .describe('Kemendagri kab/kota code, e.g. `35.78`');
const ProvinceCodeParam = z
  .string()
  .regex(/^\d{2}$/, 'Kemendagri province code such as 35')
  .describe('Kemendagri province code, e.g. `35`');
export const RefParam = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z0-9-]+$/, 'an id (UUID) or a slug');

export const RefParams = z.object({ ref: RefParam.describe('The UUID or the slug') });

export const Province = z
  .object({ code: z.string(), name: z.string(), mppCount: z.number().int() })
  .meta({ id: 'Province' });
export const ProvinceList = z.object({ items: z.array(Province) });

export const MppSummary = z
  .object({
    id: z.string().uuid(),
    slug: z.string(),
    name: z.string(),
    regency: z.object({ code: z.string(), name: z.string() }),
    province: z.object({ code: z.string(), name: z.string() }),
    address: z.string(),
    timeZone: TimeZone,
    timeZoneAbbreviation: ZoneAbbreviation,
    latitude: z.number(),
    longitude: z.number(),
    isDemo: z.boolean(),
    tenantCount: z.number().int(),
    serviceCount: z.number().int(),
  })
  .meta({ id: 'MppSummary' });
export type MppSummary = z.infer<typeof MppSummary>;

export const MppList = z.object({ items: z.array(MppSummary), nextCursor: z.string().nullable() });
export const MppListQuery = z.object({
  provinceCode: ProvinceCodeParam.optional(),
  regencyCode: RegencyCodeParam.optional(),
  limit: LimitParam,
  cursor: CursorParam.optional(),
});

export const TenantSummary = z
  .object({
    id: z.string().uuid(),
    slug: z.string(),
    name: z.string(),
    shortName: z.string(),
    type: TenantType,
  })
  .meta({ id: 'TenantSummary' });

export const MppDetail = MppSummary.extend({
  openingHours: OpeningHours,
  closures: z.array(z.object({ date: z.string(), reason: z.string() })),
  maklumat: z.object({ text: z.string(), signatoryName: z.string(), signatoryTitle: z.string() }),
  contact: Contact,
  isOpenNow: z.boolean(),
  nextOpeningAt: Iso.nullable(),
  localNow: Iso,
  serviceDay: z.string().describe("Today in the MPP's zone (YYYY-MM-DD): the day queue numbers reset"),
  isWorkingDay: z.boolean().describe('Whether today counts as a working day for time limits (hari kerja)'),
  tenants: z.array(
    TenantSummary.extend({
      geraiId: z.string().uuid(),
      geraiLocation: z.string(),
      serviceCount: z.number().int(),
    }),
  ),
}).meta({ id: 'Mpp' });
export type MppDetail = z.infer<typeof MppDetail>;

export const NearestQuery = z.object({
  near: z
    .string()
    .regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, 'latitude,longitude such as -7.2575,112.7396')
    .refine((v) => {
      const [lat = 0, lng = 0] = v.split(',').map(Number);
      return Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
    }, 'latitude within ±90 and longitude within ±180')
    .describe('`latitude,longitude` in decimal degrees'),
  limit: z.coerce.number().int().min(1).max(50).default(5),
});
/** `"-7.25,112.73"` -> coordinates; the schema above has already checked the shape. */
export function parseNear(near: string): { latitude: number; longitude: number } {
  const [latitude = 0, longitude = 0] = near.split(',').map(Number);
  return { latitude, longitude };
}

export const NearestList = z.object({
  items: z.array(z.object({ mpp: MppSummary, distanceKm: z.number() })),
});

/** An MPP named inside another resource; `isDemo` lets every page label demo data. */
const MppRef = z.object({
  id: z.string().uuid(),
  slug: z.string(),
  name: z.string(),
  timeZoneAbbreviation: ZoneAbbreviation,
  isDemo: z.boolean(),
});

export const ServiceSummary = z
  .object({
    id: z.string().uuid(),
    slug: z.string(),
    name: z.string(),
    category: ServiceCategory,
    modes: z.array(ServiceMode),
    tenant: z.object({ id: z.string().uuid(), slug: z.string(), name: z.string(), shortName: z.string() }),
    fee: Fee,
    timeLimit: TimeLimit,
    version: z.number().int(),
  })
  .meta({ id: 'ServiceSummary' });
export type ServiceSummary = z.infer<typeof ServiceSummary>;

export const ServiceList = z.object({ items: z.array(ServiceSummary), nextCursor: z.string().nullable() });
export const ServiceListQuery = z.object({
  mppId: RefParam.optional().describe('MPP id or slug'),
  tenantId: RefParam.optional().describe('Tenant id or slug'),
  category: ServiceCategory.optional(),
  mode: ServiceMode.optional(),
  provinceCode: ProvinceCodeParam.optional(),
  regencyCode: RegencyCodeParam.optional(),
  limit: LimitParam,
  cursor: CursorParam.optional(),
});
export type ServiceListQuery = z.infer<typeof ServiceListQuery>;

/**
 * The Standar Pelayanan as a caller may read it: the six published components for everyone, all
 * fourteen for staff and agencies' systems (DOMAIN.md section 0: the other eight are for officers
 * and evaluators). `standardView` says which one was sent.
 */
export const StandardView = PublishedStandard.extend(
  ServiceStandard.pick({
    legalBasis: true,
    facilities: true,
    implementerCompetence: true,
    internalSupervision: true,
    numberOfImplementers: true,
    serviceGuarantee: true,
    securityGuarantee: true,
    implementerEvaluation: true,
  }).partial().shape,
);

export const ServiceDetail = ServiceSummary.extend({
  description: z.string(),
  keywords: z.array(z.string()),
  standardView: z.enum(['public', 'internal']).describe('`internal`: all 14 components; `public`: the published 6'),
  standard: StandardView,
  offeredAt: z.array(
    z.object({
      mpp: MppRef,
      geraiLocation: z.string(),
      counters: z.array(z.string()),
    }),
  ),
  updatedAt: Iso,
}).meta({ id: 'Service' });
export type ServiceDetail = z.infer<typeof ServiceDetail>;

export const TenantDetail = TenantSummary.extend({
  parentOrganisation: z.string().nullable(),
  logoUrl: z.string().nullable(),
  website: z.string().nullable(),
  description: z.string().nullable(),
  gerai: z.array(
    z.object({
      id: z.string().uuid(),
      mpp: MppRef,
      location: z.string(),
    }),
  ),
  services: z.array(ServiceSummary),
}).meta({ id: 'Tenant' });
export type TenantDetail = z.infer<typeof TenantDetail>;

export const MATCH_REASONS = [
  'exact_name',
  'name',
  'keyword',
  'description',
  'synonym',
  'typo',
  'tenant',
  'category',
  'place',
] as const;
export const MatchReason = z.object({ reason: z.enum(MATCH_REASONS), detail: z.string() });
export type MatchReason = z.infer<typeof MatchReason>;

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'type at least one character').max(200).describe('What the citizen typed'),
  mppId: RefParam.optional().describe('Only this MPP (id or slug)'),
  provinceCode: ProvinceCodeParam.optional(),
  regencyCode: RegencyCodeParam.optional(),
  category: ServiceCategory.optional(),
  mode: ServiceMode.optional(),
  near: NearestQuery.shape.near.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchResult = z
  .object({
    query: z.string(),
    corrections: z.array(z.object({ from: z.string(), to: z.string() })),
    expansions: z.array(z.object({ term: z.string(), synonyms: z.array(z.string()) })),
    services: z.array(
      z.object({
        service: ServiceSummary,
        mpp: z.object({
          id: z.string().uuid(),
          slug: z.string(),
          name: z.string(),
          regencyName: z.string(),
          timeZoneAbbreviation: ZoneAbbreviation,
          isDemo: z.boolean(),
          distanceKm: z.number().nullable(),
        }),
        score: z.number(),
        matched: z.array(MatchReason),
      }),
    ),
    mpps: z.array(z.object({ mpp: MppSummary, distanceKm: z.number().nullable(), matched: z.array(MatchReason) })),
  })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof SearchResult>;

export const TenantListQuery = z.object({
  mppId: RefParam.optional().describe('Only tenants with a gerai at this MPP (id or slug)'),
  type: TenantType.optional(),
  limit: LimitParam,
  cursor: CursorParam.optional(),
});
export const TenantList = z.object({
  items: z.array(
    TenantSummary.extend({
      parentOrganisation: z.string().nullable(),
      logoUrl: z.string().nullable(),
      website: z.string().nullable(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const Counter = z
  .object({
    id: z.string().uuid(),
    number: z.number().int(),
    label: z.string(),
    status: z.enum(['active', 'inactive']),
    geraiLocation: z.string(),
    tenant: z.object({ id: z.string().uuid(), slug: z.string(), name: z.string(), shortName: z.string() }),
    services: z.array(z.object({ id: z.string().uuid(), slug: z.string(), name: z.string() })),
  })
  .meta({ id: 'Counter' });
export type Counter = z.infer<typeof Counter>;
export const CounterList = z.object({ items: z.array(Counter) });

const LocalDateParam = z
  .string()
  .refine((d): boolean => isLocalDate(d), 'a real date YYYY-MM-DD')
  .refine((d) => d >= '1900-01-01' && d <= '2199-12-31', 'a date between 1900 and 2199');

export const CALENDAR_KINDS = ['national_holiday', 'cuti_bersama', 'local_holiday', 'closure', 'working_day'] as const;
export const CalendarQuery = z
  .object({
    mppId: RefParam.optional().describe("Add this MPP's own dates to the national ones"),
    from: LocalDateParam,
    to: LocalDateParam,
  })
  .refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 731 * 86_400_000, {
    message: 'at most two years at a time',
    path: ['to'],
  });
export const CalendarDate = z
  .object({
    id: z.string().uuid(),
    mppId: z.string().uuid().nullable(),
    date: z.string(),
    kind: z.enum(CALENDAR_KINDS),
    name: z.string(),
    source: z.string(),
    isRemoved: z.boolean(),
  })
  .meta({ id: 'CalendarDate' });
export const CalendarList = z.object({ items: z.array(CalendarDate) });
export const CalendarDateInput = z.object({
  mppId: RefParam.optional().describe('Omit for a national date'),
  date: LocalDateParam,
  kind: z.enum(CALENDAR_KINDS),
  name: z.string().trim().min(1).max(200),
});
