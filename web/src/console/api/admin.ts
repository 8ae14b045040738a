import { at, getAllPages, getJson, type Sender, v1 } from '../../api/client.js';
import type { Page, TenantType } from '../../api/types.js';
import type {
  ApiKey,
  AuditEvent,
  AuditQuery,
  CounterInput,
  CounterItem,
  CounterUpdate,
  CreatedApiKey,
  MppCreate,
  MppUpdate,
  ServiceInput,
  ServiceUpdate,
  ServiceVersion,
  StaffInvite,
  StaffMember,
  StaffServiceDetail,
  StaffUpdate,
  TenantInput,
  TenantUpdate,
} from './admin-types.js';

/** Reads for the console (GET needs no CSRF token; the session cookie travels by itself). */
export const adminReads = {
  getServiceForStaff: (ref: string, signal?: AbortSignal) =>
    getJson<StaffServiceDetail>(`${v1}/services/${at(ref)}`, {}, signal),
  listServiceVersions: (ref: string, signal?: AbortSignal) =>
    getJson<{ items: ServiceVersion[] }>(`${v1}/services/${at(ref)}/versions`, {}, signal).then((r) => r.items),
  listTenants: (query: { mppId?: string; type?: TenantType }, signal?: AbortSignal) =>
    getAllPages<{ id: string; slug: string; name: string; shortName: string; type: TenantType }>(
      `${v1}/tenants`,
      query,
      signal,
    ),
  listCounters: (mppRef: string, signal?: AbortSignal) =>
    getJson<{ items: CounterItem[] }>(`${v1}/mpps/${at(mppRef)}/counters`, {}, signal).then((r) => r.items),
  listStaff: (signal?: AbortSignal) => getAllPages<StaffMember>(`${v1}/staff`, {}, signal),
  listApiKeys: (tenantRef: string, signal?: AbortSignal) =>
    getJson<{ items: ApiKey[] }>(`${v1}/tenants/${at(tenantRef)}/api-keys`, {}, signal).then((r) => r.items),
  listAuditEvents: (query: AuditQuery & { cursor?: string | null }, signal?: AbortSignal) =>
    getJson<Page<AuditEvent>>(`${v1}/audit-events`, { ...query, limit: 50 }, signal),
};

/** Writes, bound to the session's CSRF token. */
export const adminApi = (send: Sender) => ({
  createMpp: (input: MppCreate) => send<{ id: string; slug: string }>('POST', `${v1}/mpps`, input),
  updateMpp: (ref: string, input: MppUpdate) => send<unknown>('PATCH', `${v1}/mpps/${at(ref)}`, input),
  createTenant: (input: TenantInput) => send<{ id: string; slug: string }>('POST', `${v1}/tenants`, input),
  updateTenant: (ref: string, input: TenantUpdate) => send<unknown>('PATCH', `${v1}/tenants/${at(ref)}`, input),
  addGerai: (mppRef: string, tenantRef: string, location: string) =>
    send<unknown>('POST', `${v1}/mpps/${at(mppRef)}/gerai`, { tenantRef, location }),
  createCounter: (mppRef: string, input: CounterInput) =>
    send<CounterItem>('POST', `${v1}/mpps/${at(mppRef)}/counters`, input),
  updateCounter: (id: string, input: CounterUpdate) => send<CounterItem>('PATCH', `${v1}/counters/${at(id)}`, input),
  createService: (input: ServiceInput) => send<StaffServiceDetail>('POST', `${v1}/services`, input),
  replaceService: (ref: string, input: ServiceUpdate) =>
    send<StaffServiceDetail>('PUT', `${v1}/services/${at(ref)}`, input),
  inviteStaff: (input: StaffInvite) => send<StaffMember>('POST', `${v1}/staff`, input),
  updateStaff: (id: string, input: StaffUpdate) => send<StaffMember>('PATCH', `${v1}/staff/${at(id)}`, input),
  createApiKey: (tenantRef: string, input: { name: string; scopes: ApiKey['scopes'] }) =>
    send<CreatedApiKey>('POST', `${v1}/tenants/${at(tenantRef)}/api-keys`, input),
  revokeApiKey: (id: string) => send<void>('DELETE', `${v1}/api-keys/${at(id)}`),
});
