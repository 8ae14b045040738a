import { api } from '../api/client.js';
import type { MppSummary, TenantType } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { useAccount } from '../auth/session-context.js';
import { adminReads } from './api/admin.js';
import { type Permission, reachOf } from './permissions.js';

export type TenantOption = { id: string; slug: string; name: string; shortName: string; type: TenantType };

/** The MPPs this staff member may act on for `permission`, by name. */
export function useScopedMpps(permission: Permission) {
  const account = useAccount();
  const reach = reachOf(account, permission);
  const key = `mpps:${permission}:${reach.all ? 'all' : reach.mppIds.join(',')}`;
  return useApi<MppSummary[]>(key, async (signal) => {
    const all = await api.listMpps({}, signal);
    const visible = reach.all ? all : all.filter((mpp) => reach.mppIds.includes(mpp.id));
    return visible.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  });
}

/**
 * The tenants this staff member may act on for `permission`: all of them, the ones with a gerai
 * at their MPPs, or the ones named in their grants.
 */
export function useScopedTenants(permission: Permission) {
  const account = useAccount();
  const reach = reachOf(account, permission);
  const key = `tenants:${permission}:${reach.all ? 'all' : `${reach.mppIds.join(',')}|${reach.tenantIds.join(',')}`}`;
  return useApi<TenantOption[]>(key, async (signal) => {
    if (reach.all) return sortTenants(await adminReads.listTenants({}, signal));
    const byMpp = await Promise.all(reach.mppIds.map((mppId) => adminReads.listTenants({ mppId }, signal)));
    const own = await Promise.all(reach.tenantIds.map((id) => api.getTenant(id, signal)));
    const unique = new Map<string, TenantOption>();
    for (const tenant of [...byMpp.flat(), ...own]) unique.set(tenant.id, tenant);
    return sortTenants([...unique.values()]);
  });
}

function sortTenants(tenants: TenantOption[]): TenantOption[] {
  return [...tenants].sort((a, b) => a.name.localeCompare(b.name, 'id'));
}
