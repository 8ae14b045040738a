import type { Principal, Scope } from '../../domain/identity/access.js';
import type { Queryable } from '../../platform/db/database.js';

/**
 * What the catalogue needs from the audit log, as a structural type: the identity module's log
 * fits it without the catalogue importing identity. Every catalogue write appends one entry in
 * the write's own transaction, so the change and its record commit or roll back together.
 */
export type CatalogueAuditEntry = {
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  actor: { accountId?: string; apiKeyId?: string; label: string; roles?: readonly string[] };
  subject?: { type: string; id: string };
  mppId?: string;
  tenantId?: string;
  reason?: string;
  requestId?: string;
  details?: Record<string, unknown>;
};

export type CatalogueAudit = {
  record(tx: Queryable, entry: CatalogueAuditEntry): Promise<void>;
};

/** Who is writing, over which data, for which request: what a write use case needs of HTTP. */
export type Caller = { principal: Principal; scope: Scope; requestId?: string };

export function actorOf(principal: Principal): CatalogueAuditEntry['actor'] {
  return principal.kind === 'account'
    ? { accountId: principal.accountId, label: principal.accountId, roles: principal.grants.map((g) => g.role) }
    : { apiKeyId: principal.apiKeyId, label: `api-key:${principal.apiKeyId}` };
}

/** A successful write by this caller, ready for `audit.record`. */
export function auditEntry(
  caller: Caller,
  action: string,
  subject: { type: string; id: string } | undefined,
  where: { mppId?: string | undefined; tenantId?: string | undefined; details?: Record<string, unknown> } = {},
): CatalogueAuditEntry {
  return {
    action,
    outcome: 'success',
    actor: actorOf(caller.principal),
    ...(subject ? { subject } : {}),
    ...(where.mppId ? { mppId: where.mppId } : {}),
    ...(where.tenantId ? { tenantId: where.tenantId } : {}),
    ...(caller.requestId ? { requestId: caller.requestId } : {}),
    ...(where.details ? { details: where.details } : {}),
  };
}
