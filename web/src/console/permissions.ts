import { PERMISSIONS, type Permission } from '../../../src/domain/identity/access.js';
import type { Me } from '../api/identity-types.js';

/**
 * What the signed-in staff member may see, from the same permission table the server enforces
 * (src/domain/identity/access.ts). The console only hides what would be refused anyway; the
 * server's answer is what counts.
 */
export type { Permission };

export function can(account: Me | undefined, permission: Permission): boolean {
  if (!account) return false;
  const roles: readonly string[] = PERMISSIONS[permission].roles;
  return account.grants.some((grant) => roles.includes(grant.role));
}

/** The MPPs and tenants a permission reaches: everything, or the ones named in the grants. */
export type Reach = { all: true } | { all: false; mppIds: string[]; tenantIds: string[] };

export function reachOf(account: Me | undefined, permission: Permission): Reach {
  if (!account) return { all: false, mppIds: [], tenantIds: [] };
  const roles: readonly string[] = PERMISSIONS[permission].roles;
  const mppIds = new Set<string>();
  const tenantIds = new Set<string>();
  for (const grant of account.grants) {
    if (!roles.includes(grant.role)) continue;
    if (grant.role === 'national_admin' || (grant.role === 'auditor' && !grant.mppId)) return { all: true };
    if (grant.role === 'mpp_manager' || grant.role === 'auditor') {
      if (grant.mppId) mppIds.add(grant.mppId);
    } else if (grant.tenantId) {
      tenantIds.add(grant.tenantId);
    }
  }
  return { all: false, mppIds: [...mppIds], tenantIds: [...tenantIds] };
}

export function reachesMpp(reach: Reach, mppId: string): boolean {
  return reach.all || reach.mppIds.includes(mppId);
}

export function reachesTenant(reach: Reach, tenantId: string, tenantMppIds: readonly string[] = []): boolean {
  return reach.all || reach.tenantIds.includes(tenantId) || tenantMppIds.some((id) => reach.mppIds.includes(id));
}

/**
 * The MPPs where a permission's grants apply, including a tenant-scoped officer's own MPP (the
 * day's appointments at their agency's gerai): every MPP, or the ones named in the grants.
 */
export function mppReachOf(
  account: Me | undefined,
  permission: Permission,
): { all: true } | { all: false; mppIds: string[] } {
  if (!account) return { all: false, mppIds: [] };
  const roles: readonly string[] = PERMISSIONS[permission].roles;
  const mppIds = new Set<string>();
  for (const grant of account.grants) {
    if (!roles.includes(grant.role)) continue;
    if (grant.role === 'national_admin' || (grant.role === 'auditor' && !grant.mppId)) return { all: true };
    if (grant.mppId) mppIds.add(grant.mppId);
  }
  return { all: false, mppIds: [...mppIds] };
}

/** Who sees the day's appointments: officers (their agency's services), managers, national admins. */
export const BOOKING_VIEW: Permission = 'booking.view';

/** Who sets schedules and closes dates at an MPP. */
export function canManageBookingAt(account: Me | undefined, mppId: string): boolean {
  const reach = mppReachOf(account, 'booking.manage');
  return reach.all || reach.mppIds.includes(mppId);
}

export function isNationalAdmin(account: Me | undefined): boolean {
  return account?.grants.some((grant) => grant.role === 'national_admin') ?? false;
}

/** The console's sections, in menu order, with the permission that shows each. */
export const SECTIONS = [
  { path: '/loket', key: 'counterDesk', permission: 'queue.counter.operate' },
  { path: '/antrean', key: 'queueLive', permission: 'queue.monitor' },
  { path: '/janji', key: 'booking', permission: BOOKING_VIEW, alsoPermission: 'booking.manage' },
  { path: '/mpps', key: 'mpps', permission: 'catalogue.mpp.update' },
  {
    path: '/tenants',
    key: 'tenants',
    permission: 'catalogue.tenant.update',
    alsoPermission: 'catalogue.tenant.create',
  },
  { path: '/counters', key: 'counters', permission: 'catalogue.counter.manage' },
  { path: '/services', key: 'services', permission: 'catalogue.service.read_internal' },
  { path: '/staff', key: 'staff', permission: 'identity.staff.manage' },
  { path: '/api-keys', key: 'apiKeys', permission: 'identity.api_key.manage' },
  { path: '/audit', key: 'audit', permission: 'identity.audit.read' },
] as const satisfies readonly { path: string; key: string; permission: Permission; alsoPermission?: Permission }[];

export function visibleSections(account: Me | undefined) {
  return SECTIONS.filter(
    (section) =>
      can(account, section.permission) || ('alsoPermission' in section && can(account, section.alsoPermission)),
  );
}
