/**
 * The public catalogue API as the portal reads it (/api/v1, see /openapi.json).
 * Hand-mirrored from the server's response schemas; keep the two in step.
 */

import type { IndonesianZone, ZoneAbbreviation } from '../../../src/domain/time/zones.js';
import {
  SERVICE_CATEGORIES,
  SERVICE_MODES,
  type TENANT_TYPES,
  WEEKDAY_KEYS,
  type WeekdayKey,
} from '../../../src/domain/catalogue/vocabulary.js';

// The fixed vocabularies come from the server's domain code, never copied.
export { SERVICE_CATEGORIES, SERVICE_MODES };
export const WEEKDAYS = WEEKDAY_KEYS;
export type Weekday = WeekdayKey;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];
export type ServiceMode = (typeof SERVICE_MODES)[number];
export type TenantType = (typeof TENANT_TYPES)[number];
export type TimeZone = IndonesianZone;
export type TimeZoneAbbreviation = ZoneAbbreviation;

export type Page<T> = { items: T[]; nextCursor: string | null };

export type Province = { code: string; name: string; mppCount: number };

export type MppSummary = {
  id: string;
  slug: string;
  name: string;
  regency: { code: string; name: string };
  province: { code: string; name: string };
  address: string;
  timeZone: TimeZone;
  timeZoneAbbreviation: TimeZoneAbbreviation;
  latitude: number;
  longitude: number;
  isDemo: boolean;
  tenantCount: number;
  serviceCount: number;
};

export type OpeningPeriod = { opens: string; closes: string };

export type MppTenant = {
  id: string;
  slug: string;
  name: string;
  shortName: string;
  type: TenantType;
  geraiLocation: string;
  serviceCount: number;
};

export type MppDetail = MppSummary & {
  openingHours: Record<Weekday, OpeningPeriod[]>;
  closures: { date: string; reason: string }[];
  maklumat: { text: string; signatoryName: string; signatoryTitle: string };
  contact: { phone?: string; email?: string; website?: string };
  isOpenNow: boolean;
  /** ISO 8601 with offset. */
  nextOpeningAt: string | null;
  /** The MPP's current local time, ISO 8601 with the MPP's offset. */
  localNow: string;
  tenants: MppTenant[];
};

/** A reference to an MPP inside another resource. */
export type MppRef = {
  id: string;
  slug: string;
  name: string;
  timeZoneAbbreviation: TimeZoneAbbreviation;
  isDemo: boolean;
};

export type Fee =
  | { kind: 'free'; legalBasis?: string }
  | { kind: 'fixed'; amountRupiah: number; legalBasis: string }
  | { kind: 'formula'; formula: string; legalBasis: string };

export type TimeLimit = { value: number; unit: 'minutes' | 'hours' | 'working_days' };

export type TenantRef = { id: string; slug: string; name: string; shortName: string };

export type ServiceSummary = {
  id: string;
  slug: string;
  name: string;
  category: ServiceCategory;
  modes: ServiceMode[];
  tenant: TenantRef;
  fee: Fee;
  timeLimit: TimeLimit;
  version: number;
};

export type Requirement = { name: string; documentType: string; isMandatory: boolean; notes?: string };
export type ProcedureStep = { title: string; description?: string };

export type ServiceDetail = ServiceSummary & {
  description: string;
  standard: {
    requirements: Requirement[];
    procedure: ProcedureStep[];
    timeLimit: TimeLimit;
    fee: Fee;
    product: string;
    complaintHandling: string;
  };
  offeredAt: { mpp: MppRef; geraiLocation: string; counters: string[] }[];
  updatedAt: string;
};

export type TenantDetail = {
  id: string;
  slug: string;
  name: string;
  shortName: string;
  type: TenantType;
  parentOrganisation: string | null;
  logoUrl: string | null;
  website: string | null;
  description: string | null;
  gerai: { mpp: MppRef; location: string }[];
  services: ServiceSummary[];
};

export type MatchReason =
  | 'exact_name'
  | 'name'
  | 'keyword'
  | 'description'
  | 'synonym'
  | 'typo'
  | 'tenant'
  | 'category'
  | 'place';

export type Match = { reason: MatchReason; detail: string };

export type ServiceHit = {
  service: ServiceSummary;
  mpp: {
    id: string;
    slug: string;
    name: string;
    regencyName: string;
    timeZoneAbbreviation: TimeZoneAbbreviation;
    isDemo: boolean;
    distanceKm: number | null;
  };
  score: number;
  matched: Match[];
};

export type MppHit = { mpp: MppSummary; distanceKm: number | null; matched: Match[] };

export type SearchResult = {
  query: string;
  corrections: { from: string; to: string }[];
  expansions: { term: string; synonyms: string[] }[];
  services: ServiceHit[];
  mpps: MppHit[];
};

/** One offending field of a request: `field` is a dotted path ("nik", "standard.fee.amountRupiah"). */
export type FieldProblem = { field: string; reason: string };

/** RFC 9457 problem details, as every error of the API is sent. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: FieldProblem[];
};
