/**
 * What the staff console reads and writes beyond the public catalogue (/api/v1, see
 * /openapi.json). Hand-mirrored from the server's schemas; keep the two in step.
 */
import type { ServiceStandard } from '../../../../src/domain/catalogue/standard.js';
import type { ApiKeyScope, MeGrant, StaffRole } from '../../api/identity-types.js';
import type {
  MppDetail,
  OpeningPeriod,
  ServiceCategory,
  ServiceDetail,
  ServiceMode,
  TenantType,
  Weekday,
} from '../../api/types.js';

export type { ServiceStandard };

/** A service as staff read it: all 14 components of the Standar Pelayanan. */
export type StaffServiceDetail = Omit<ServiceDetail, 'standard'> & {
  /** `internal`: all 14 components were sent; `public`: only the published six. */
  standardView: 'internal' | 'public';
  standard: Partial<ServiceStandard> &
    Pick<ServiceStandard, 'requirements' | 'procedure' | 'timeLimit' | 'fee' | 'product' | 'complaintHandling'>;
  keywords: string[];
};

export type ServiceInput = {
  tenantRef: string;
  slug: string;
  name: string;
  description: string;
  category: ServiceCategory;
  modes: ServiceMode[];
  keywords: string[];
  standard: ServiceStandard;
};

/** PUT /services/:ref: the definition without tenant and slug, and the version the edit started from. */
export type ServiceUpdate = Omit<ServiceInput, 'tenantRef' | 'slug'> & { expectedVersion: number };

export type ServiceVersion = {
  version: number;
  name: string;
  description: string;
  category: ServiceCategory;
  modes: ServiceMode[];
  standard: ServiceStandard;
  createdAt: string;
};

export type Maklumat = MppDetail['maklumat'];
export type Contact = MppDetail['contact'];
export type OpeningHours = Record<Weekday, OpeningPeriod[]>;

export type MppUpdate = {
  name?: string;
  address?: string;
  openingHours?: OpeningHours;
  maklumat?: Maklumat;
  contact?: Contact;
};

export type MppCreate = {
  slug: string;
  name: string;
  regencyCode: string;
  address: string;
  latitude: number;
  longitude: number;
  timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
  openingHours: OpeningHours;
  maklumat: Maklumat;
  contact: Contact;
};

export type TenantInput = {
  slug: string;
  name: string;
  shortName: string;
  type: TenantType;
  parentOrganisation?: string;
  website?: string;
  description?: string;
  gerai?: { mppRef: string; location: string };
};

/** null clears an optional field. */
export type TenantUpdate = {
  name?: string;
  shortName?: string;
  type?: TenantType;
  parentOrganisation?: string | null;
  website?: string | null;
  description?: string | null;
};

export type CounterItem = {
  id: string;
  number: number;
  label: string;
  status: 'active' | 'inactive';
  geraiLocation: string;
  tenant: { id: string; slug: string; name: string; shortName: string };
  services: { id: string; slug: string; name: string }[];
};

export type CounterInput = { number: number; label: string; tenantRef: string; serviceRefs: string[] };
export type CounterUpdate = { label?: string; status?: 'active' | 'inactive'; serviceRefs?: string[] };

export type StaffGrantInput = { role: StaffRole; mppId?: string; tenantId?: string; counterIds?: string[] };

export type StaffMember = {
  id: string;
  email: string | null;
  displayName: string;
  status: 'invited' | 'active' | 'disabled' | 'erased';
  hasTotp: boolean;
  grants: Pick<MeGrant, 'role' | 'mppId' | 'tenantId' | 'counterIds'>[];
  createdAt: string;
};

export type StaffInvite = { email: string; displayName: string; grants: StaffGrantInput[] };
export type StaffUpdate = { displayName?: string; status?: 'active' | 'disabled'; grants?: StaffGrantInput[] };

export type ApiKey = {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export type CreatedApiKey = Omit<ApiKey, 'lastUsedAt' | 'revokedAt'> & { key: string };

export type AuditEvent = {
  id: string;
  seq?: number;
  occurredAt: string;
  actorLabel: string;
  actorRoles: string[];
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  subjectType: string | null;
  subjectId: string | null;
  mppId: string | null;
  tenantId: string | null;
  reason: string | null;
  ipPrefix?: string | null;
  details?: Record<string, unknown>;
};

export type AuditQuery = { action?: string; actor?: string; subject?: string; from?: string; to?: string };
