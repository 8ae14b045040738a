/**
 * Who may do what, and over which part of the data (ARCHITECTURE.md, Identity and access).
 * Pure: the HTTP guard checks the role part of a permission before a handler runs; services and
 * repositories apply the scope part to every query, so another tenant's or MPP's record is
 * simply not found (404), never "forbidden".
 */

export const ROLES = [
  'citizen',
  'officer',
  'verifier',
  'tenant_admin',
  'mpp_manager',
  'national_admin',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose holders must use a second factor (TOTP, or an SSO provider that enforces one). */
export const ROLES_REQUIRING_MFA: readonly Role[] = ['tenant_admin', 'mpp_manager', 'national_admin', 'auditor'];

/** Staff roles: accounts created by an admin, never by sign-up. */
export const STAFF_ROLES = ROLES.filter((r) => r !== 'citizen');
export type StaffRole = Exclude<Role, 'citizen'>;

/**
 * A role held over a scope. officer: a tenant at one MPP, optionally some counters;
 * verifier: a tenant, optionally at one MPP; tenant_admin: a tenant; mpp_manager: one MPP;
 * national_admin: everything; auditor: everything read-only, or one MPP.
 */
export type Grant = {
  readonly role: Role;
  readonly mppId?: string | undefined;
  readonly tenantId?: string | undefined;
  readonly counterIds?: readonly string[] | undefined;
};

/** What an agency's API key may do; always limited to its own tenant. */
export const API_KEY_SCOPES = ['services:read', 'services:write'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export type Principal =
  | {
      readonly kind: 'account';
      readonly accountId: string;
      readonly accountKind: 'citizen' | 'staff';
      readonly sessionId: string;
      readonly grants: readonly Grant[];
      /** Signed in through the web cookie (writes need the CSRF token) or a bearer token. */
      readonly via: 'cookie' | 'bearer';
    }
  | {
      readonly kind: 'api_key';
      readonly apiKeyId: string;
      readonly tenantId: string;
      readonly scopes: readonly ApiKeyScope[];
    };

/**
 * Every protected action. The roles listed may attempt it; the scope kind says how the data it
 * touches is narrowed for scoped roles. An API key may act only where `apiKeyScope` is given.
 */
export const PERMISSIONS = {
  'catalogue.mpp.create': { roles: ['national_admin'], scope: 'all' },
  'catalogue.mpp.update': { roles: ['national_admin', 'mpp_manager'], scope: 'mpp' },
  'catalogue.tenant.create': { roles: ['national_admin', 'mpp_manager'], scope: 'mpp' },
  'catalogue.tenant.update': { roles: ['national_admin', 'tenant_admin'], scope: 'tenant' },
  'catalogue.gerai.manage': { roles: ['national_admin', 'mpp_manager'], scope: 'mpp' },
  'catalogue.counter.manage': { roles: ['national_admin', 'mpp_manager'], scope: 'mpp' },
  'catalogue.service.read_internal': {
    roles: ['officer', 'verifier', 'tenant_admin', 'mpp_manager', 'national_admin', 'auditor'],
    scope: 'all',
    apiKeyScope: 'services:read',
  },
  'catalogue.service.manage': {
    roles: ['national_admin', 'tenant_admin'],
    scope: 'tenant',
    apiKeyScope: 'services:write',
  },
  'catalogue.offering.manage': { roles: ['national_admin', 'mpp_manager'], scope: 'mpp' },
  'catalogue.calendar.manage': { roles: ['national_admin', 'mpp_manager'], scope: 'mpp' },
  'catalogue.synonym.manage': { roles: ['national_admin'], scope: 'all' },
  'catalogue.import': { roles: ['national_admin', 'tenant_admin'], scope: 'tenant' },
  'catalogue.export': { roles: ['national_admin', 'tenant_admin', 'auditor'], scope: 'tenant' },
  'identity.staff.manage': { roles: ['national_admin', 'mpp_manager', 'tenant_admin'], scope: 'mpp' },
  'identity.api_key.manage': { roles: ['national_admin', 'tenant_admin'], scope: 'tenant' },
  'identity.citizen.lookup': { roles: ['officer', 'verifier', 'mpp_manager'], scope: 'mpp' },
  'identity.audit.read': { roles: ['auditor', 'national_admin'], scope: 'mpp' },
  'identity.self': { roles: [...ROLES], scope: 'own' },
  'identity.citizen.self': { roles: ['citizen'], scope: 'own' },
  'notifications.read': { roles: ['national_admin'], scope: 'all' },
  /** Work a counter: open, call, serve, transfer, close. Officers only at their tenant's counters. */
  'queue.counter.operate': { roles: ['officer', 'mpp_manager', 'national_admin'], scope: 'mpp' },
  /** Issue a walk-in ticket at the counter for a citizen without a phone. */
  'queue.ticket.issue': { roles: ['officer', 'mpp_manager', 'national_admin'], scope: 'mpp' },
  /** Take an online ticket (signed-in citizen, for themself). */
  'queue.ticket.online': { roles: ['citizen'], scope: 'own' },
  /** Watch an MPP's queue live and read its KPIs. */
  'queue.monitor': { roles: ['mpp_manager', 'national_admin', 'auditor', 'tenant_admin'], scope: 'mpp' },
  /** Queue settings, prefixes and quotas, kiosks; close a service day by hand. */
  'queue.manage': { roles: ['mpp_manager', 'national_admin'], scope: 'mpp' },
  /** Book, list and cancel one's own appointments (a verified NIK is checked by booking). */
  'booking.book': { roles: ['citizen'], scope: 'own' },
  /** Set a service's appointment schedule and date overrides at an MPP. */
  'booking.manage': { roles: ['mpp_manager', 'national_admin'], scope: 'mpp' },
  /** Read an MPP's bookings of a day (officers: their agency's services), with citizens' names. */
  'booking.view': { roles: ['officer', 'mpp_manager', 'national_admin'], scope: 'mpp' },
} as const satisfies Record<
  string,
  { roles: readonly Role[]; scope: 'all' | 'mpp' | 'tenant' | 'own'; apiKeyScope?: ApiKeyScope }
>;
export type Permission = keyof typeof PERMISSIONS;

/** The grants of this principal that allow the permission (none = refuse). */
export function grantsFor(principal: Principal, permission: Permission): Grant[] {
  if (principal.kind === 'api_key') return [];
  const allowed: readonly Role[] = PERMISSIONS[permission].roles;
  return principal.grants.filter((g) => allowed.includes(g.role));
}

/** Whether the principal may attempt the permission at all (the guard's check). */
export function canAttempt(principal: Principal, permission: Permission): boolean {
  if (principal.kind === 'api_key') {
    const spec = PERMISSIONS[permission] as { apiKeyScope?: ApiKeyScope };
    return spec.apiKeyScope !== undefined && principal.scopes.includes(spec.apiKeyScope);
  }
  return grantsFor(principal, permission).length > 0;
}

/**
 * The data a permission reaches for this principal: everything, or some MPPs and tenants.
 * A national admin (or an unscoped auditor) reaches all; scoped roles reach their own MPP or
 * tenant; an officer's tenant counts only at the officer's MPP (tenantAtMpp).
 */
export type Scope =
  | { readonly kind: 'all' }
  | {
      readonly kind: 'some';
      readonly mppIds: readonly string[];
      readonly tenantIds: readonly string[];
      readonly tenantAtMpp: readonly { tenantId: string; mppId: string }[];
    };

export const NO_SCOPE: Scope = { kind: 'some', mppIds: [], tenantIds: [], tenantAtMpp: [] };

export function scopeFor(principal: Principal, permission: Permission): Scope {
  if (principal.kind === 'api_key') {
    return canAttempt(principal, permission)
      ? { kind: 'some', mppIds: [], tenantIds: [principal.tenantId], tenantAtMpp: [] }
      : NO_SCOPE;
  }
  const mppIds = new Set<string>();
  const tenantIds = new Set<string>();
  const tenantAtMpp: { tenantId: string; mppId: string }[] = [];
  for (const grant of grantsFor(principal, permission)) {
    switch (grant.role) {
      case 'national_admin':
        return { kind: 'all' };
      case 'auditor':
        if (!grant.mppId) return { kind: 'all' };
        mppIds.add(grant.mppId);
        break;
      case 'mpp_manager':
        if (grant.mppId) mppIds.add(grant.mppId);
        break;
      case 'tenant_admin':
        if (grant.tenantId) tenantIds.add(grant.tenantId);
        break;
      case 'officer':
      case 'verifier':
        if (grant.tenantId && grant.mppId) tenantAtMpp.push({ tenantId: grant.tenantId, mppId: grant.mppId });
        else if (grant.tenantId) tenantIds.add(grant.tenantId);
        break;
      case 'citizen':
        break;
      default: {
        const unreachable: never = grant.role;
        throw new Error(`unknown role ${String(unreachable)}`);
      }
    }
  }
  return { kind: 'some', mppIds: [...mppIds], tenantIds: [...tenantIds], tenantAtMpp };
}

/** Whether a scope reaches a record that belongs to this MPP and/or tenant. */
export function scopeReaches(scope: Scope, record: { mppId?: string | null; tenantId?: string | null }): boolean {
  if (scope.kind === 'all') return true;
  if (record.mppId && scope.mppIds.includes(record.mppId)) return true;
  if (record.tenantId && scope.tenantIds.includes(record.tenantId)) return true;
  return scope.tenantAtMpp.some((t) => t.tenantId === record.tenantId && t.mppId === record.mppId);
}

/** Whether a scope reaches anything at an MPP: the MPP itself, or one of its tenants there. */
export function scopeReachesMpp(scope: Scope, mppId: string): boolean {
  return scope.kind === 'all' || scope.mppIds.includes(mppId) || scope.tenantAtMpp.some((t) => t.mppId === mppId);
}

/** Whether the principal needs a second factor before any session is issued. */
export function requiresMfa(grants: readonly Grant[]): boolean {
  return grants.some((g) => ROLES_REQUIRING_MFA.includes(g.role));
}

/** Checks that a grant has exactly the scope its role needs; returns the problem or undefined. */
export function grantProblem(grant: Grant): string | undefined {
  switch (grant.role) {
    case 'citizen':
      return 'citizen is not granted by an admin';
    case 'officer':
      return grant.mppId && grant.tenantId ? undefined : 'an officer needs an MPP and a tenant';
    case 'verifier':
      return grant.tenantId ? undefined : 'a verifier needs a tenant';
    case 'tenant_admin':
      return grant.tenantId && !grant.mppId ? undefined : 'a tenant admin needs a tenant and no MPP';
    case 'mpp_manager':
      return grant.mppId && !grant.tenantId ? undefined : 'an MPP manager needs an MPP and no tenant';
    case 'national_admin':
      return !grant.mppId && !grant.tenantId ? undefined : 'a national admin has no MPP or tenant';
    case 'auditor':
      return grant.tenantId ? 'an auditor has no tenant' : undefined;
    default: {
      const unreachable: never = grant.role;
      return `unknown role ${String(unreachable)}`;
    }
  }
}
