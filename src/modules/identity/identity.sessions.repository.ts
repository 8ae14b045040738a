import type { Database, Queryable } from '../../platform/db/database.js';
import { type AccountRow, type CitizenFacts, mapGrants } from './identity.accounts.repository.js';

/** Sessions (stored by token hash) and agency API keys. */

export type SessionMethod = 'otp' | 'password' | 'password_totp' | 'oidc';

export type SessionLookup = {
  readonly id: string;
  readonly accountId: string;
  readonly accountKind: 'citizen' | 'staff';
  readonly accountStatus: AccountRow['status'];
  readonly createdAt: Date;
  lastSeenAt: Date;
  idleExpiresAt: Date;
  readonly absoluteExpiresAt: Date;
  readonly grants: AccountRow['grants'];
};

export type SessionListItem = {
  id: string;
  method: SessionMethod;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
  ipPrefix: string | null;
};

export type ApiKeyRow = {
  id: string;
  tenantId: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export function createSessionsRepository(db: Database) {
  return {
    async insertSession(
      q: Queryable,
      s: {
        id: string;
        tokenHash: string;
        accountId: string;
        method: SessionMethod;
        now: Date;
        idleExpiresAt: Date;
        absoluteExpiresAt: Date;
        userAgent: string | undefined;
        ipPrefix: string | undefined;
      },
    ) {
      await q.query(
        `INSERT INTO sessions (id, token_hash, account_id, method, created_at, last_seen_at, idle_expires_at, absolute_expires_at, user_agent, ip_prefix)
         VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $9)`,
        [
          s.id,
          s.tokenHash,
          s.accountId,
          s.method,
          s.now,
          s.idleExpiresAt,
          s.absoluteExpiresAt,
          s.userAgent?.slice(0, 300) ?? null,
          s.ipPrefix ?? null,
        ],
      );
    },

    /**
     * A live session by its token hash, with the account's grants and, for a citizen, their NIK
     * facts and contacts (what booking asks next): one round trip.
     */
    async findLiveSession(
      tokenHash: string,
      now: Date,
    ): Promise<{ session: SessionLookup; citizen: CitizenFacts | undefined } | undefined> {
      const rows = await db.query<{
        id: string;
        account_id: string;
        kind: 'citizen' | 'staff';
        status: AccountRow['status'];
        created_at: Date;
        last_seen_at: Date;
        idle_expires_at: Date;
        absolute_expires_at: Date;
        grants: Parameters<typeof mapGrants>[0];
        has_profile: boolean;
        nik_hash: string | null;
        nik_verification_status: CitizenFacts['status'];
        full_name: string | null;
        channels: CitizenFacts['channels'] | null;
        email: string | null;
        phone: string | null;
        preferred_language: 'id' | 'en';
      }>(
        `SELECT s.id, s.account_id, a.kind, a.status, s.created_at, s.last_seen_at, s.idle_expires_at, s.absolute_expires_at,
           COALESCE((SELECT json_agg(json_build_object('role', g.role, 'mppId', g.mpp_id, 'tenantId', g.tenant_id, 'counterIds', g.counter_ids) ORDER BY g.id)
                     FROM role_grants g WHERE g.account_id = a.id), '[]'::json) AS grants,
           p.account_id IS NOT NULL AS has_profile, p.nik_hash, p.nik_verification_status, p.full_name, p.channels,
           a.email, a.phone, a.preferred_language
         FROM sessions s JOIN accounts a ON a.id = s.account_id LEFT JOIN citizen_profiles p ON p.account_id = a.id
         WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.idle_expires_at > $2 AND s.absolute_expires_at > $2`,
        [tokenHash, now],
      );
      const row = rows[0];
      if (!row) return undefined;
      return {
        session: {
          id: row.id,
          accountId: row.account_id,
          accountKind: row.kind,
          accountStatus: row.status,
          createdAt: row.created_at,
          lastSeenAt: row.last_seen_at,
          idleExpiresAt: row.idle_expires_at,
          absoluteExpiresAt: row.absolute_expires_at,
          grants: mapGrants(row.grants),
        },
        citizen:
          row.has_profile && row.status !== 'erased'
            ? {
                nikHash: row.nik_hash,
                status: row.nik_verification_status,
                fullName: row.full_name ?? '',
                channels: row.channels ?? [],
                email: row.email,
                phone: row.phone,
                language: row.preferred_language,
              }
            : undefined,
      };
    },

    /** When a live session ends if it is not used again. */
    async findIdleExpiry(id: string): Promise<Date | undefined> {
      const rows = await db.query<{ idle_expires_at: Date }>(
        'SELECT idle_expires_at FROM sessions WHERE id = $1 AND revoked_at IS NULL',
        [id],
      );
      return rows[0]?.idle_expires_at;
    },

    async touchSession(id: string, now: Date, idleExpiresAt: Date) {
      await db.query(
        'UPDATE sessions SET last_seen_at = $2, idle_expires_at = $3 WHERE id = $1 AND revoked_at IS NULL',
        [id, now, idleExpiresAt],
      );
    },

    async listLiveSessions(accountId: string, now: Date): Promise<SessionListItem[]> {
      const rows = await db.query<{
        id: string;
        method: SessionMethod;
        created_at: Date;
        last_seen_at: Date;
        user_agent: string | null;
        ip_prefix: string | null;
      }>(
        `SELECT id, method, created_at, last_seen_at, user_agent, ip_prefix FROM sessions
         WHERE account_id = $1 AND revoked_at IS NULL AND idle_expires_at > $2 AND absolute_expires_at > $2
         ORDER BY last_seen_at DESC`,
        [accountId, now],
      );
      return rows.map((r) => ({
        id: r.id,
        method: r.method,
        createdAt: r.created_at,
        lastSeenAt: r.last_seen_at,
        userAgent: r.user_agent,
        ipPrefix: r.ip_prefix,
      }));
    },

    /** Revokes one of the account's sessions; false when it is not theirs or already gone. */
    async revokeSession(q: Queryable, accountId: string, sessionId: string, now: Date) {
      const rows = await q.query<{ id: string }>(
        'UPDATE sessions SET revoked_at = $3 WHERE id = $2 AND account_id = $1 AND revoked_at IS NULL RETURNING id',
        [accountId, sessionId, now],
      );
      return rows.length > 0;
    },

    async revokeAllSessions(q: Queryable, accountId: string, now: Date) {
      const rows = await q.query<{ id: string }>(
        'UPDATE sessions SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL RETURNING id',
        [accountId, now],
      );
      return rows.length;
    },

    async insertApiKey(
      q: Queryable,
      key: {
        id: string;
        tenantId: string;
        name: string;
        prefix: string;
        keyHash: string;
        scopes: string[];
        createdBy: string | undefined;
        now: Date;
      },
    ) {
      await q.query(
        `INSERT INTO api_keys (id, tenant_id, name, prefix, key_hash, scopes, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [key.id, key.tenantId, key.name, key.prefix, key.keyHash, key.scopes, key.createdBy ?? null, key.now],
      );
    },

    async findLiveApiKey(keyHash: string) {
      const rows = await db.query<{ id: string; tenant_id: string; scopes: string[]; last_used_at: Date | null }>(
        'SELECT id, tenant_id, scopes, last_used_at FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL',
        [keyHash],
      );
      const row = rows[0];
      return row
        ? { id: row.id, tenantId: row.tenant_id, scopes: row.scopes, lastUsedAt: row.last_used_at }
        : undefined;
    },

    async touchApiKey(id: string, now: Date) {
      await db.query('UPDATE api_keys SET last_used_at = $2 WHERE id = $1', [id, now]);
    },

    async listApiKeys(tenantId: string): Promise<ApiKeyRow[]> {
      const rows = await db.query<{
        id: string;
        tenant_id: string;
        name: string;
        prefix: string;
        scopes: string[];
        created_at: Date;
        last_used_at: Date | null;
        revoked_at: Date | null;
      }>(
        `SELECT id, tenant_id, name, prefix, scopes, created_at, last_used_at, revoked_at FROM api_keys
         WHERE tenant_id = $1 ORDER BY created_at DESC`,
        [tenantId],
      );
      return rows.map((r) => ({
        id: r.id,
        tenantId: r.tenant_id,
        name: r.name,
        prefix: r.prefix,
        scopes: r.scopes,
        createdAt: r.created_at,
        lastUsedAt: r.last_used_at,
        revokedAt: r.revoked_at,
      }));
    },

    /** Revokes a key only when its tenant is in reach; returns its tenant or undefined. */
    async revokeApiKey(q: Queryable, id: string, tenantIds: readonly string[] | 'all', now: Date) {
      const rows = await q.query<{ tenant_id: string }>(
        `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, $2)
         WHERE id = $1 AND ($3::boolean OR tenant_id = ANY($4::uuid[])) RETURNING tenant_id`,
        [id, now, tenantIds === 'all', tenantIds === 'all' ? [] : tenantIds],
      );
      return rows[0]?.tenant_id;
    },
  };
}

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
