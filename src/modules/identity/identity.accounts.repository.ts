import type { Grant, Role } from '../../domain/identity/access.js';
import type { Database, Queryable } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';

/** Accounts, citizen profiles and role grants. Rows are mapped here and never leave raw. */

export type AccountRow = {
  id: string;
  kind: 'citizen' | 'staff';
  status: 'invited' | 'active' | 'disabled' | 'erased';
  displayName: string;
  email: string | null;
  phone: string | null;
  passwordHash: string | null;
  totpSecretEncrypted: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: number | null;
  preferredLanguage: 'id' | 'en';
  createdAt: Date;
  grants: Grant[];
};

export type ProfileRow = {
  fullName: string;
  nikEncrypted: string | null;
  nikMasked: string | null;
  nikVerificationStatus: 'unverified' | 'match' | 'mismatch' | 'not_found' | 'unavailable' | null;
  nikVerificationSource: string | null;
  nikVerifiedAt: Date | null;
  birthDate: string | null;
  sex: 'L' | 'P' | null;
  address: {
    line: string | null;
    provinceCode: string | null;
    regencyCode: string | null;
    districtCode: string | null;
    villageCode: string | null;
  };
  channels: ('sms' | 'whatsapp' | 'email')[];
  consents: Record<string, { grantedAt?: string; withdrawnAt?: string }>;
  updatedAt: Date;
};

/** What other modules may learn of a citizen: the NIK's hash and status, name, and contacts. */
export type CitizenFacts = {
  nikHash: string | null;
  status: ProfileRow['nikVerificationStatus'];
  fullName: string;
  channels: ProfileRow['channels'];
  email: string | null;
  phone: string | null;
  language: 'id' | 'en';
};

const ACCOUNT_COLUMNS = `a.id, a.kind, a.status, a.display_name, a.email, a.phone, a.password_hash, a.totp_secret_encrypted,
  a.totp_enabled_at, a.totp_last_step::text AS totp_last_step, a.preferred_language, a.created_at,
  COALESCE((SELECT json_agg(json_build_object('role', g.role, 'mppId', g.mpp_id, 'tenantId', g.tenant_id, 'counterIds', g.counter_ids) ORDER BY g.id)
            FROM role_grants g WHERE g.account_id = a.id), '[]'::json) AS grants`;

type RawAccount = {
  id: string;
  kind: 'citizen' | 'staff';
  status: AccountRow['status'];
  display_name: string;
  email: string | null;
  phone: string | null;
  password_hash: string | null;
  totp_secret_encrypted: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: string | null;
  preferred_language: 'id' | 'en';
  created_at: Date;
  grants: { role: Role; mppId: string | null; tenantId: string | null; counterIds: string[] | null }[] | string;
};

export function mapGrants(raw: RawAccount['grants']): Grant[] {
  const list = typeof raw === 'string' ? (JSON.parse(raw) as Exclude<RawAccount['grants'], string>) : raw;
  return list.map((g) => ({
    role: g.role,
    ...(g.mppId ? { mppId: g.mppId } : {}),
    ...(g.tenantId ? { tenantId: g.tenantId } : {}),
    ...(g.counterIds ? { counterIds: g.counterIds } : {}),
  }));
}

function mapAccount(row: RawAccount): AccountRow {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    displayName: row.display_name,
    email: row.email,
    phone: row.phone,
    passwordHash: row.password_hash,
    totpSecretEncrypted: row.totp_secret_encrypted,
    totpEnabledAt: row.totp_enabled_at,
    totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
    preferredLanguage: row.preferred_language,
    createdAt: row.created_at,
    grants: mapGrants(row.grants),
  };
}

export type StaffFilter = { kind: 'all' } | { kind: 'some'; mppIds: readonly string[]; tenantIds: readonly string[] };

export function createAccountsRepository(db: Database) {
  async function findOne(q: Queryable, where: string, params: unknown[], lock = false) {
    const rows = await q.query<RawAccount>(
      `SELECT ${ACCOUNT_COLUMNS} FROM accounts a WHERE ${where} LIMIT 1${lock ? ' FOR UPDATE OF a' : ''}`,
      params,
    );
    return rows[0] ? mapAccount(rows[0]) : undefined;
  }

  return {
    findById: (id: string, q: Queryable = db) => findOne(q, 'a.id = $1', [id]),
    findByIdForUpdate: (q: Queryable, id: string) => findOne(q, 'a.id = $1', [id], true),
    findByEmail: (kind: 'citizen' | 'staff', email: string, q: Queryable = db) =>
      findOne(q, 'a.kind = $1 AND a.email = $2', [kind, email]),
    findByPhone: (kind: 'citizen' | 'staff', phone: string, q: Queryable = db) =>
      findOne(q, 'a.kind = $1 AND a.phone = $2', [kind, phone]),

    async insertAccount(
      q: Queryable,
      account: {
        id: string;
        kind: 'citizen' | 'staff';
        status: AccountRow['status'];
        displayName: string;
        email?: string | undefined;
        phone?: string | undefined;
        preferredLanguage: 'id' | 'en';
        createdBy?: string | undefined;
        now: Date;
      },
    ) {
      await q.query(
        `INSERT INTO accounts (id, kind, status, display_name, email, phone, preferred_language, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
        [
          account.id,
          account.kind,
          account.status,
          account.displayName,
          account.email ?? null,
          account.phone ?? null,
          account.preferredLanguage,
          account.createdBy ?? null,
          account.now,
        ],
      );
      if (account.kind === 'citizen')
        await q.query('INSERT INTO citizen_profiles (account_id, updated_at) VALUES ($1, $2)', [
          account.id,
          account.now,
        ]);
    },

    async replaceGrants(q: Queryable, accountId: string, grants: readonly Grant[], grantedBy: string | undefined) {
      await q.query('DELETE FROM role_grants WHERE account_id = $1', [accountId]);
      for (const grant of grants) {
        await q.query(
          `INSERT INTO role_grants (id, account_id, role, mpp_id, tenant_id, counter_ids, granted_by)
           VALUES ($7, $1, $2, $3, $4, $5, $6)`,
          [
            accountId,
            grant.role,
            grant.mppId ?? null,
            grant.tenantId ?? null,
            grant.counterIds ? [...grant.counterIds] : null,
            grantedBy ?? null,
            newId(),
          ],
        );
      }
    },

    async updateAccount(
      q: Queryable,
      id: string,
      changes: Partial<{
        status: AccountRow['status'];
        displayName: string;
        email: string | null;
        phone: string | null;
        passwordHash: string | null;
        totpSecretEncrypted: string | null;
        totpEnabledAt: Date | null;
        totpLastStep: number | null;
        preferredLanguage: 'id' | 'en';
        lastSignInAt: Date;
        erasedAt: Date;
      }>,
      now: Date,
    ) {
      const columns: Record<string, string> = {
        status: 'status',
        displayName: 'display_name',
        email: 'email',
        phone: 'phone',
        passwordHash: 'password_hash',
        totpSecretEncrypted: 'totp_secret_encrypted',
        totpEnabledAt: 'totp_enabled_at',
        totpLastStep: 'totp_last_step',
        preferredLanguage: 'preferred_language',
        lastSignInAt: 'last_sign_in_at',
        erasedAt: 'erased_at',
      };
      const sets: string[] = [];
      const params: unknown[] = [id, now];
      for (const [key, value] of Object.entries(changes)) {
        const column = columns[key];
        if (!column || value === undefined) continue;
        params.push(value);
        sets.push(`${column} = $${params.length}`);
        if (key === 'passwordHash') sets.push('password_changed_at = $2');
      }
      if (sets.length === 0) return;
      await q.query(`UPDATE accounts SET ${sets.join(', ')}, updated_at = $2 WHERE id = $1`, params);
    },

    /** A citizen's NIK facts and how to reach them, in one read (booking asks on every booking). */
    async findNikFacts(accountId: string, q: Queryable = db): Promise<CitizenFacts | undefined> {
      const rows = await q.query<{
        nik_hash: string | null;
        nik_verification_status: ProfileRow['nikVerificationStatus'];
        full_name: string;
        channels: ProfileRow['channels'];
        email: string | null;
        phone: string | null;
        preferred_language: 'id' | 'en';
      }>(
        `SELECT p.nik_hash, p.nik_verification_status, p.full_name, p.channels, a.email, a.phone, a.preferred_language
         FROM citizen_profiles p JOIN accounts a ON a.id = p.account_id
         WHERE p.account_id = $1 AND a.status <> 'erased'`,
        [accountId],
      );
      const row = rows[0];
      return row
        ? {
            nikHash: row.nik_hash,
            status: row.nik_verification_status,
            fullName: row.full_name,
            channels: row.channels,
            email: row.email,
            phone: row.phone,
            language: row.preferred_language,
          }
        : undefined;
    },

    /** Citizens' names by account id (staff views of a day's bookings); erased accounts are left out. */
    async findCitizenNames(accountIds: readonly string[], q: Queryable = db): Promise<Map<string, string>> {
      if (accountIds.length === 0) return new Map();
      const rows = await q.query<{ account_id: string; full_name: string }>(
        `SELECT p.account_id, p.full_name FROM citizen_profiles p JOIN accounts a ON a.id = p.account_id
         WHERE p.account_id = ANY($1::uuid[]) AND a.status <> 'erased'`,
        [accountIds],
      );
      return new Map(rows.map((r) => [r.account_id, r.full_name]));
    },

    async findProfile(accountId: string, q: Queryable = db): Promise<ProfileRow | undefined> {
      const rows = await q.query<{
        full_name: string;
        nik_encrypted: string | null;
        nik_masked: string | null;
        nik_verification_status: ProfileRow['nikVerificationStatus'];
        nik_verification_source: string | null;
        nik_verified_at: Date | null;
        birth_date: string | null;
        sex: 'L' | 'P' | null;
        address_line: string | null;
        province_code: string | null;
        regency_code: string | null;
        district_code: string | null;
        village_code: string | null;
        channels: ProfileRow['channels'];
        consents: ProfileRow['consents'];
        updated_at: Date;
      }>(
        `SELECT full_name, nik_encrypted, nik_masked, nik_verification_status, nik_verification_source, nik_verified_at,
                birth_date::text AS birth_date, sex, address_line, province_code, regency_code, district_code, village_code,
                channels, consents, updated_at
         FROM citizen_profiles WHERE account_id = $1`,
        [accountId],
      );
      const row = rows[0];
      if (!row) return undefined;
      return {
        fullName: row.full_name,
        nikEncrypted: row.nik_encrypted,
        nikMasked: row.nik_masked,
        nikVerificationStatus: row.nik_verification_status,
        nikVerificationSource: row.nik_verification_source,
        nikVerifiedAt: row.nik_verified_at,
        birthDate: row.birth_date,
        sex: row.sex,
        address: {
          line: row.address_line,
          provinceCode: row.province_code,
          regencyCode: row.regency_code,
          districtCode: row.district_code,
          villageCode: row.village_code,
        },
        channels: row.channels,
        consents: row.consents ?? {},
        updatedAt: row.updated_at,
      };
    },

    async updateProfile(q: Queryable, accountId: string, changes: Record<string, unknown>, now: Date) {
      const allowed = new Set([
        'full_name',
        'nik_encrypted',
        'nik_hash',
        'nik_masked',
        'nik_verification_status',
        'nik_verification_source',
        'nik_verified_at',
        'birth_date',
        'sex',
        'address_line',
        'province_code',
        'regency_code',
        'district_code',
        'village_code',
        'channels',
        'consents',
      ]);
      const sets: string[] = [];
      const params: unknown[] = [accountId, now];
      for (const [column, value] of Object.entries(changes)) {
        if (!allowed.has(column) || value === undefined) continue;
        params.push(column === 'consents' ? JSON.stringify(value) : value);
        sets.push(`${column} = $${params.length}`);
      }
      if (sets.length === 0) return;
      await q.query(`UPDATE citizen_profiles SET ${sets.join(', ')}, updated_at = $2 WHERE account_id = $1`, params);
    },

    async findAccountIdByNikHash(nikHash: string, q: Queryable = db) {
      const rows = await q.query<{ account_id: string }>(
        'SELECT account_id FROM citizen_profiles WHERE nik_hash = $1',
        [nikHash],
      );
      return rows[0]?.account_id;
    },

    async deleteProfile(q: Queryable, accountId: string) {
      await q.query('DELETE FROM citizen_profiles WHERE account_id = $1', [accountId]);
    },

    /** Erasure: the request with what is kept and why, and the account's SSO links removed. */
    async recordErasure(q: Queryable, erasure: { accountId: string; at: Date; kept: unknown[] }) {
      await q.query(
        `INSERT INTO deletion_requests (id, account_id, requested_at, completed_at, outcome, kept)
         VALUES ($1, $2, $3, $3, 'erased', $4)`,
        [newId(), erasure.accountId, erasure.at, JSON.stringify(erasure.kept)],
      );
      await q.query('DELETE FROM oidc_identities WHERE account_id = $1', [erasure.accountId]);
    },

    /** Staff accounts with at least one grant inside the filter (all staff for national admins). */
    async listStaff(filter: StaffFilter, page: { limit: number; afterId?: string | undefined }) {
      const params: unknown[] = [page.limit + 1];
      let where = `a.kind = 'staff' AND a.status <> 'erased'`;
      if (page.afterId) {
        params.push(page.afterId);
        where += ` AND a.id > $${params.length}`;
      }
      if (filter.kind === 'some') {
        params.push(filter.mppIds, filter.tenantIds);
        where += ` AND EXISTS (SELECT 1 FROM role_grants g WHERE g.account_id = a.id
                     AND (g.mpp_id = ANY($${params.length - 1}::uuid[]) OR g.tenant_id = ANY($${params.length}::uuid[])))`;
      }
      const rows = await db.query<RawAccount>(
        `SELECT ${ACCOUNT_COLUMNS} FROM accounts a WHERE ${where} ORDER BY a.id LIMIT $1`,
        params,
      );
      return rows.map(mapAccount);
    },

    /** One staff account, only if it is inside the filter. */
    async findStaffInScope(id: string, filter: StaffFilter, q: Queryable = db) {
      if (filter.kind === 'all') return findOne(q, `a.id = $1 AND a.kind = 'staff'`, [id]);
      return findOne(
        q,
        `a.id = $1 AND a.kind = 'staff' AND EXISTS (SELECT 1 FROM role_grants g WHERE g.account_id = a.id
           AND (g.mpp_id = ANY($2::uuid[]) OR g.tenant_id = ANY($3::uuid[])))`,
        [id, filter.mppIds, filter.tenantIds],
      );
    },

    async findStaffExists(id: string) {
      const rows = await db.query<{ id: string }>(`SELECT id FROM accounts WHERE id = $1 AND kind = 'staff'`, [id]);
      return rows.length > 0;
    },
  };
}

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
