import { createHash } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';
import type { Database, Queryable } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';

/**
 * The append-only audit log: sign-ins (success and failure), admin changes, refused attempts and
 * every officer read or export of a citizen's personal data — who, what, when, which record, why.
 * Each row's hash covers its content and the previous row's hash, so editing or deleting a row
 * breaks the chain from there on (`satupintu audit verify`). Appends are serialised with a
 * transaction-scoped advisory lock so the chain stays linear across app nodes.
 */

export type AuditEntry = {
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  actor: { accountId?: string | undefined; apiKeyId?: string | undefined; label: string; roles?: readonly string[] };
  subject?: { type: string; id: string } | undefined;
  /** The citizen whose personal data this touches ("who viewed my data"). */
  subjectAccountId?: string | undefined;
  mppId?: string | undefined;
  tenantId?: string | undefined;
  reason?: string | undefined;
  requestId?: string | undefined;
  ipPrefix?: string | undefined;
  details?: Record<string, unknown>;
};

export type AuditEvent = {
  seq: number;
  id: string;
  occurredAt: string;
  actorAccountId: string | null;
  actorApiKeyId: string | null;
  actorLabel: string;
  actorRoles: string[];
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  subjectType: string | null;
  subjectId: string | null;
  subjectAccountId: string | null;
  mppId: string | null;
  tenantId: string | null;
  reason: string | null;
  requestId: string | null;
  ipPrefix: string | null;
  details: Record<string, unknown>;
};

export type AuditLog = {
  /** Appends inside the caller's transaction: the entry commits or rolls back with the change. */
  record(tx: Queryable, entry: AuditEntry): Promise<void>;
  /** Appends in its own transaction (refused attempts, which change nothing else). */
  recordAlone(entry: AuditEntry): Promise<void>;
  /** Recomputes the chain; the first broken row, if any. */
  verify(onProgress?: (checked: number) => void): Promise<AuditVerification>;
  /** Entries about one citizen, newest first; `byOthers` leaves out what they did themselves. */
  listForSubject(accountId: string, options: { byOthers: boolean; limit: number }): Promise<AuditEvent[]>;
  /** The auditors' search, newest first, one page (ask for one more row to know there is a next page). */
  search(filter: AuditSearch): Promise<AuditEvent[]>;
};

export type AuditSearch = {
  mppIds?: readonly string[] | undefined;
  action?: string | undefined;
  actor?: string | undefined;
  subject?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  beforeSeq?: number | undefined;
  limit: number;
};

export type AuditVerification =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: number; reason: 'hash_mismatch' | 'chain_broken' | 'sequence_gap' };

const GENESIS = 'genesis';
// Arbitrary constant naming the audit chain's advisory lock.
const AUDIT_LOCK = 7_310_002;

type AuditRow = {
  seq_text: string;
  id: string;
  occurred_at: string;
  actor_account_id: string | null;
  actor_api_key_id: string | null;
  actor_label: string;
  actor_roles: string[];
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  subject_type: string | null;
  subject_id: string | null;
  subject_account_id: string | null;
  mpp_id: string | null;
  tenant_id: string | null;
  reason: string | null;
  request_id: string | null;
  ip_prefix: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
};

const AUDIT_COLUMNS = `seq::text AS seq_text, id, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS occurred_at,
  actor_account_id, actor_api_key_id, actor_label, actor_roles, action, outcome, subject_type, subject_id,
  subject_account_id, mpp_id, tenant_id, reason, request_id, ip_prefix, details, prev_hash, hash`;

/** JSON with keys sorted at every level: jsonb does not keep key order, the hash must not depend on it. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

export function hashAuditEvent(prevHash: string, event: AuditEvent): string {
  const { seq, ...content } = event;
  return createHash('sha256')
    .update(`${prevHash}\n${seq}\n${canonical(content)}`)
    .digest('hex');
}

function mapAuditRow(row: AuditRow): AuditEvent {
  return {
    seq: Number(row.seq_text),
    id: row.id,
    occurredAt: row.occurred_at,
    actorAccountId: row.actor_account_id,
    actorApiKeyId: row.actor_api_key_id,
    actorLabel: row.actor_label,
    actorRoles: row.actor_roles,
    action: row.action,
    outcome: row.outcome,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    subjectAccountId: row.subject_account_id,
    mppId: row.mpp_id,
    tenantId: row.tenant_id,
    reason: row.reason,
    requestId: row.request_id,
    ipPrefix: row.ip_prefix,
    details: row.details ?? {},
  };
}

export function createAuditLog(deps: { db: Database; clock: Clock }): AuditLog {
  async function record(tx: Queryable, entry: AuditEntry) {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
    const last = await tx.query<{ seq_text: string; hash: string }>(
      'SELECT seq::text AS seq_text, hash FROM audit_events ORDER BY seq DESC LIMIT 1',
    );
    const prevHash = last[0]?.hash ?? GENESIS;
    const event: AuditEvent = {
      seq: last[0] ? Number(last[0].seq_text) + 1 : 1,
      id: newId(),
      occurredAt: deps.clock.now().toISOString(),
      actorAccountId: entry.actor.accountId ?? null,
      actorApiKeyId: entry.actor.apiKeyId ?? null,
      actorLabel: entry.actor.label,
      actorRoles: [...(entry.actor.roles ?? [])],
      action: entry.action,
      outcome: entry.outcome,
      subjectType: entry.subject?.type ?? null,
      subjectId: entry.subject?.id ?? null,
      subjectAccountId: entry.subjectAccountId ?? null,
      mppId: entry.mppId ?? null,
      tenantId: entry.tenantId ?? null,
      reason: entry.reason ?? null,
      requestId: entry.requestId ?? null,
      ipPrefix: entry.ipPrefix ?? null,
      details: JSON.parse(JSON.stringify(entry.details ?? {})) as Record<string, unknown>,
    };
    await tx.query(
      `INSERT INTO audit_events (seq, id, occurred_at, actor_account_id, actor_api_key_id, actor_label, actor_roles,
         action, outcome, subject_type, subject_id, subject_account_id, mpp_id, tenant_id, reason, request_id,
         ip_prefix, details, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
      [
        event.seq,
        event.id,
        event.occurredAt,
        event.actorAccountId,
        event.actorApiKeyId,
        event.actorLabel,
        event.actorRoles,
        event.action,
        event.outcome,
        event.subjectType,
        event.subjectId,
        event.subjectAccountId,
        event.mppId,
        event.tenantId,
        event.reason,
        event.requestId,
        event.ipPrefix,
        JSON.stringify(event.details),
        prevHash,
        hashAuditEvent(prevHash, event),
      ],
    );
  }

  return {
    record,
    recordAlone: (entry) => deps.db.transaction((tx) => record(tx, entry)),
    async listForSubject(accountId, options) {
      const rows = await deps.db.query<AuditRow>(
        `SELECT ${AUDIT_COLUMNS} FROM audit_events
         WHERE subject_account_id = $1 AND (NOT $2::boolean OR actor_account_id IS DISTINCT FROM $1)
         ORDER BY seq DESC LIMIT $3`,
        [accountId, options.byOthers, options.limit],
      );
      return rows.map(mapAuditRow);
    },
    async search(filter) {
      const where: string[] = [];
      const params: unknown[] = [];
      /** Adds a condition; each `?` in it is the same new parameter. */
      const add = (sql: string, value: unknown) => {
        params.push(value);
        where.push(sql.replaceAll('?', `$${params.length}`));
      };
      if (filter.mppIds) add('mpp_id = ANY(?::uuid[])', filter.mppIds);
      if (filter.action) add('action = ?', filter.action);
      if (filter.actor) add('(actor_account_id::text = ? OR actor_label = ?)', filter.actor);
      if (filter.subject) add('(subject_id = ? OR subject_account_id::text = ?)', filter.subject);
      if (filter.from) add('occurred_at >= ?', filter.from);
      if (filter.to) add('occurred_at < ?', filter.to);
      if (filter.beforeSeq) add('seq < ?', filter.beforeSeq);
      params.push(filter.limit);
      const rows = await deps.db.query<AuditRow>(
        `SELECT ${AUDIT_COLUMNS} FROM audit_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY seq DESC LIMIT $${params.length}`,
        params,
      );
      return rows.map(mapAuditRow);
    },
    async verify(onProgress) {
      let prevHash = GENESIS;
      let expectedSeq = 1;
      let checked = 0;
      const pageSize = 5000;
      for (;;) {
        const rows = await deps.db.query<AuditRow>(
          `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE seq >= $1 ORDER BY seq LIMIT ${pageSize}`,
          [expectedSeq],
        );
        for (const row of rows) {
          const event = mapAuditRow(row);
          if (event.seq !== expectedSeq) return { ok: false, checked, brokenAt: expectedSeq, reason: 'sequence_gap' };
          if (row.prev_hash !== prevHash) return { ok: false, checked, brokenAt: event.seq, reason: 'chain_broken' };
          if (hashAuditEvent(prevHash, event) !== row.hash)
            return { ok: false, checked, brokenAt: event.seq, reason: 'hash_mismatch' };
          prevHash = row.hash;
          expectedSeq++;
          checked++;
        }
        onProgress?.(checked);
        if (rows.length < pageSize) break;
      }
      // A deleted tail is caught only by comparing with a count kept elsewhere; the sequence
      // catches deleted rows in the middle. Report what was checked.
      return { ok: true, checked };
    },
  };
}
