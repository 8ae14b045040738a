import type { Contact, OpeningHours } from '../../domain/catalogue/catalogue-document.js';
import type { Scope } from '../../domain/identity/access.js';
import type { Queryable } from '../../platform/db/database.js';
import { type MppRecord, mapMpp, refCondition } from './catalogue.repository.js';

/**
 * Writes of MPPs, tenants, gerai, counters and calendar dates, each inside the caller's
 * transaction. Every lookup of a record to change carries the caller's scope in its WHERE clause,
 * so another MPP's or tenant's record is never loaded: it is simply not found (404).
 */

/** A scope as query parameters: everything, or these MPPs and tenants. */
export function scopeParams(scope: Scope): { all: boolean; mppIds: string[]; tenantIds: string[] } {
  if (scope.kind === 'all') return { all: true, mppIds: [], tenantIds: [] };
  // Officers' tenant-at-MPP grants never carry a catalogue write permission: left out on purpose.
  return { all: false, mppIds: [...scope.mppIds], tenantIds: [...scope.tenantIds] };
}

/**
 * Catalogue writes and imports take one transaction-scoped lock, the same one imports take: an
 * import checks slugs and counter numbers against the database inside its lock, and a write
 * here must not slip between that check and the import's upserts.
 */
export async function lockCatalogue(tx: Queryable): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('satupintu.catalogue-import'))");
}

export type MppRow = {
  slug: string;
  name: string;
  regencyCode: string;
  regencyName: string;
  provinceCode: string;
  provinceName: string;
  areaDataset: string;
  address: string;
  latitude: number;
  longitude: number;
  timeZone: string;
  openingHours: OpeningHours;
  maklumatText: string;
  maklumatSignatoryName: string;
  maklumatSignatoryTitle: string;
  contact: Contact;
  isDemo: boolean;
};

export type TenantRow = {
  slug: string;
  name: string;
  shortName: string;
  type: string;
  parentOrganisation: string | null;
  logoUrl: string | null;
  website: string | null;
  description: string | null;
};

export type CalendarDateRow = {
  id: string;
  mppId: string | null;
  date: string;
  kind: 'national_holiday' | 'cuti_bersama' | 'local_holiday' | 'closure' | 'working_day';
  name: string;
  source: string;
  isRemoved: boolean;
};

const CALENDAR_COLUMNS = "id, mpp_id, to_char(date, 'YYYY-MM-DD') AS date, kind, name, source, is_removed";

function mapCalendarDate(r: Record<string, unknown>): CalendarDateRow {
  return {
    id: r.id as string,
    mppId: (r.mpp_id as string | null) ?? null,
    date: r.date as string,
    kind: r.kind as CalendarDateRow['kind'],
    name: r.name as string,
    source: r.source as string,
    isRemoved: Boolean(r.is_removed),
  };
}

function mapTenantRow(r: Record<string, unknown>): TenantRow & { id: string } {
  return {
    id: r.id as string,
    slug: r.slug as string,
    name: r.name as string,
    shortName: r.short_name as string,
    type: r.type as string,
    parentOrganisation: (r.parent_organisation as string | null) ?? null,
    logoUrl: (r.logo_url as string | null) ?? null,
    website: (r.website as string | null) ?? null,
    description: (r.description as string | null) ?? null,
  };
}

export const manageRepository = {
  /** The MPP, locked for the rest of the transaction, when the scope reaches it. */
  async findMppForUpdate(tx: Queryable, ref: string, scope: Scope): Promise<MppRecord | undefined> {
    const s = scopeParams(scope);
    const rows = await tx.query(
      `SELECT m.* FROM mpps m WHERE ${refCondition('m', ref, 1)} AND ($2 OR m.id = ANY ($3::uuid[])) FOR UPDATE`,
      [ref, s.all, s.mppIds],
    );
    return rows[0] ? mapMpp(rows[0]) : undefined;
  },

  /** Inserts the MPP; false when the slug is taken. */
  async insertMpp(tx: Queryable, id: string, m: MppRow): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO mpps (id, slug, name, regency_code, regency_name, province_code, province_name, area_dataset,
         address, latitude, longitude, time_zone, opening_hours, maklumat_text, maklumat_signatory_name,
         maklumat_signatory_title, contact, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15, $16, $17::jsonb, $18)
       ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [
        id,
        m.slug,
        m.name,
        m.regencyCode,
        m.regencyName,
        m.provinceCode,
        m.provinceName,
        m.areaDataset,
        m.address,
        m.latitude,
        m.longitude,
        m.timeZone,
        JSON.stringify(m.openingHours),
        m.maklumatText,
        m.maklumatSignatoryName,
        m.maklumatSignatoryTitle,
        JSON.stringify(m.contact),
        m.isDemo,
      ],
    );
    return rows.length > 0;
  },

  async updateMpp(
    tx: Queryable,
    id: string,
    m: Pick<
      MppRow,
      | 'name'
      | 'address'
      | 'latitude'
      | 'longitude'
      | 'openingHours'
      | 'maklumatText'
      | 'maklumatSignatoryName'
      | 'maklumatSignatoryTitle'
      | 'contact'
    >,
  ): Promise<void> {
    await tx.query(
      `UPDATE mpps SET name = $2, address = $3, latitude = $4, longitude = $5, opening_hours = $6::jsonb,
         maklumat_text = $7, maklumat_signatory_name = $8, maklumat_signatory_title = $9, contact = $10::jsonb,
         updated_at = now()
       WHERE id = $1`,
      [
        id,
        m.name,
        m.address,
        m.latitude,
        m.longitude,
        JSON.stringify(m.openingHours),
        m.maklumatText,
        m.maklumatSignatoryName,
        m.maklumatSignatoryTitle,
        JSON.stringify(m.contact),
      ],
    );
  },

  /** The MPP's closures on or after `from`, replaced by these; earlier ones are history and stay. */
  async replaceClosures(
    tx: Queryable,
    mppId: string,
    from: string,
    closures: { id: string; date: string; reason: string }[],
  ): Promise<void> {
    await tx.query("DELETE FROM calendar_dates WHERE mpp_id = $1 AND kind = 'closure' AND date >= $2::date", [
      mppId,
      from,
    ]);
    if (closures.length === 0) return;
    await tx.query(
      `INSERT INTO calendar_dates (id, mpp_id, date, kind, name, source, is_admin_edited)
       SELECT x.id, $1, x.date::date, 'closure', x.reason, 'admin', true
       FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, date text, reason text)`,
      [mppId, JSON.stringify(closures)],
    );
  },

  /** The MPP's id when the scope reaches it (no lock: gerai and counters lock their own rows). */
  async findMppIdInScope(tx: Queryable, ref: string, scope: Scope): Promise<{ id: string; slug: string } | undefined> {
    const s = scopeParams(scope);
    const rows = await tx.query<{ id: string; slug: string }>(
      `SELECT m.id, m.slug FROM mpps m WHERE ${refCondition('m', ref, 1)} AND ($2 OR m.id = ANY ($3::uuid[]))`,
      [ref, s.all, s.mppIds],
    );
    return rows[0];
  },

  /** Any tenant: tenants are public, and who may act on one is decided by the MPP or service. */
  async findTenant(tx: Queryable, ref: string): Promise<(TenantRow & { id: string }) | undefined> {
    const rows = await tx.query(`SELECT t.* FROM tenants t WHERE ${refCondition('t', ref, 1)}`, [ref]);
    return rows[0] ? mapTenantRow(rows[0]) : undefined;
  },

  /**
   * The tenant when the scope reaches it: a tenant admin's own, or one with a gerai at an MPP the
   * scope holds (an MPP's auditor). For imports and exports of one tenant.
   */
  async findTenantReached(q: Queryable, ref: string, scope: Scope): Promise<{ id: string; slug: string } | undefined> {
    const s = scopeParams(scope);
    const rows = await q.query<{ id: string; slug: string }>(
      `SELECT t.id, t.slug FROM tenants t WHERE ${refCondition('t', ref, 1)}
         AND ($2 OR t.id = ANY ($3::uuid[])
              OR EXISTS (SELECT 1 FROM gerai g WHERE g.tenant_id = t.id AND g.mpp_id = ANY ($4::uuid[])))`,
      [ref, s.all, s.tenantIds, s.mppIds],
    );
    return rows[0];
  },

  /** The tenant, locked, when the scope reaches it (a tenant admin's own tenant). */
  async findTenantForUpdate(
    tx: Queryable,
    ref: string,
    scope: Scope,
  ): Promise<(TenantRow & { id: string }) | undefined> {
    const s = scopeParams(scope);
    const rows = await tx.query(
      `SELECT t.* FROM tenants t WHERE ${refCondition('t', ref, 1)} AND ($2 OR t.id = ANY ($3::uuid[])) FOR UPDATE`,
      [ref, s.all, s.tenantIds],
    );
    return rows[0] ? mapTenantRow(rows[0]) : undefined;
  },

  /** Inserts the tenant; false when the slug is taken. */
  async insertTenant(tx: Queryable, id: string, t: TenantRow): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO tenants (id, slug, name, short_name, type, parent_organisation, logo_url, website, description)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [id, t.slug, t.name, t.shortName, t.type, t.parentOrganisation, t.logoUrl, t.website, t.description],
    );
    return rows.length > 0;
  },

  async updateTenant(tx: Queryable, id: string, t: Omit<TenantRow, 'slug'>): Promise<void> {
    await tx.query(
      `UPDATE tenants SET name = $2, short_name = $3, type = $4, parent_organisation = $5, logo_url = $6,
         website = $7, description = $8, updated_at = now() WHERE id = $1`,
      [id, t.name, t.shortName, t.type, t.parentOrganisation, t.logoUrl, t.website, t.description],
    );
  },

  /** Inserts the gerai; false when the tenant already has one at this MPP. */
  async insertGerai(tx: Queryable, row: { id: string; mppId: string; tenantId: string; location: string }) {
    const rows = await tx.query(
      `INSERT INTO gerai (id, mpp_id, tenant_id, location) VALUES ($1, $2, $3, $4)
       ON CONFLICT (mpp_id, tenant_id) DO NOTHING RETURNING id`,
      [row.id, row.mppId, row.tenantId, row.location],
    );
    return rows.length > 0;
  },

  async findGeraiId(tx: Queryable, mppId: string, tenantId: string): Promise<string | undefined> {
    const rows = await tx.query<{ id: string }>('SELECT id FROM gerai WHERE mpp_id = $1 AND tenant_id = $2', [
      mppId,
      tenantId,
    ]);
    return rows[0]?.id;
  },

  /** The gerai, locked, with what still runs through it, when the scope reaches its MPP. */
  async findGeraiForUpdate(tx: Queryable, id: string, scope: Scope) {
    const s = scopeParams(scope);
    const rows = await tx.query<{
      id: string;
      mpp_id: string;
      tenant_id: string;
      location: string;
      active_counters: number;
      active_offerings: number;
    }>(
      `SELECT g.id, g.mpp_id, g.tenant_id, g.location,
         (SELECT count(*) FROM counters c WHERE c.gerai_id = g.id AND c.status = 'active')::int AS active_counters,
         (SELECT count(*) FROM service_offerings o WHERE o.gerai_id = g.id AND o.is_active)::int AS active_offerings
       FROM gerai g WHERE g.id = $1 AND ($2 OR g.mpp_id = ANY ($3::uuid[])) FOR UPDATE`,
      [id, s.all, s.mppIds],
    );
    const r = rows[0];
    return r
      ? {
          id: r.id,
          mppId: r.mpp_id,
          tenantId: r.tenant_id,
          location: r.location,
          activeCounters: Number(r.active_counters),
          activeOfferings: Number(r.active_offerings),
        }
      : undefined;
  },

  async deleteGerai(tx: Queryable, id: string): Promise<void> {
    await tx.query('DELETE FROM gerai WHERE id = $1', [id]);
  },

  async readGerai(tx: Queryable, id: string) {
    const rows = await tx.query<Record<string, string>>(
      `SELECT g.id, g.location, m.id AS mpp_id, m.slug AS mpp_slug, m.name AS mpp_name,
         t.id AS tenant_id, t.slug AS tenant_slug, t.name AS tenant_name
       FROM gerai g JOIN mpps m ON m.id = g.mpp_id JOIN tenants t ON t.id = g.tenant_id WHERE g.id = $1`,
      [id],
    );
    const r = rows[0];
    return r
      ? {
          id: r.id as string,
          mpp: { id: r.mpp_id as string, slug: r.mpp_slug as string, name: r.mpp_name as string },
          tenant: { id: r.tenant_id as string, slug: r.tenant_slug as string, name: r.tenant_name as string },
          location: r.location as string,
        }
      : undefined;
  },

  /** Inserts the counter; false when the number is taken at this MPP. */
  async insertCounter(
    tx: Queryable,
    row: { id: string; mppId: string; geraiId: string; number: number; label: string },
  ): Promise<boolean> {
    const rows = await tx.query(
      `INSERT INTO counters (id, mpp_id, gerai_id, number, label) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (mpp_id, number) DO NOTHING RETURNING id`,
      [row.id, row.mppId, row.geraiId, row.number, row.label],
    );
    return rows.length > 0;
  },

  /** The counter, locked, with its tenant, when the scope reaches its MPP. */
  async findCounterForUpdate(tx: Queryable, id: string, scope: Scope) {
    const s = scopeParams(scope);
    const rows = await tx.query<{ id: string; mpp_id: string; tenant_id: string; label: string; status: string }>(
      `SELECT c.id, c.mpp_id, g.tenant_id, c.label, c.status FROM counters c JOIN gerai g ON g.id = c.gerai_id
       WHERE c.id = $1 AND ($2 OR c.mpp_id = ANY ($3::uuid[])) FOR UPDATE OF c`,
      [id, s.all, s.mppIds],
    );
    const r = rows[0];
    return r
      ? {
          id: r.id,
          mppId: r.mpp_id,
          tenantId: r.tenant_id,
          label: r.label,
          status: r.status as 'active' | 'inactive',
        }
      : undefined;
  },

  async updateCounter(tx: Queryable, id: string, label: string, status: 'active' | 'inactive'): Promise<void> {
    await tx.query('UPDATE counters SET label = $2, status = $3 WHERE id = $1', [id, label, status]);
  },

  async replaceCounterServices(tx: Queryable, counterId: string, serviceIds: string[]): Promise<void> {
    await tx.query('DELETE FROM counter_services WHERE counter_id = $1', [counterId]);
    await tx.query(
      `INSERT INTO counter_services (counter_id, service_id)
       SELECT $1, x.id FROM unnest($2::uuid[]) AS x(id) ON CONFLICT DO NOTHING`,
      [counterId, serviceIds],
    );
  },

  /** Each ref (id or slug) that names one of this tenant's services, with its id. */
  async findTenantServices(tx: Queryable, tenantId: string, refs: string[]): Promise<Map<string, string>> {
    const rows = await tx.query<{ id: string; slug: string }>(
      `SELECT s.id, s.slug FROM services s
       WHERE s.tenant_id = $1 AND (s.slug = ANY ($2::text[]) OR s.id::text = ANY ($2::text[]))`,
      [tenantId, refs],
    );
    const found = new Map<string, string>();
    for (const r of rows) {
      found.set(r.id, r.id);
      found.set(r.slug, r.id);
    }
    return found;
  },

  /** Adds a calendar date, or renames and restores the one already there (an admin's edit). */
  async saveCalendarDate(
    tx: Queryable,
    row: { id: string; mppId: string | null; date: string; kind: string; name: string },
  ): Promise<CalendarDateRow> {
    const rows = await tx.query(
      `INSERT INTO calendar_dates (id, mpp_id, date, kind, name, source, is_admin_edited)
       VALUES ($1, $2, $3::date, $4, $5, 'admin', true)
       ON CONFLICT ON CONSTRAINT calendar_dates_unique
       DO UPDATE SET name = EXCLUDED.name, is_removed = false, is_admin_edited = true
       RETURNING ${CALENDAR_COLUMNS}`,
      [row.id, row.mppId, row.date, row.kind, row.name],
    );
    return mapCalendarDate(rows[0] ?? {});
  },

  /**
   * Removes a calendar date the scope reaches (national dates only with scope all). A date an
   * admin created is deleted; any other is marked removed, so no refresh brings it back.
   */
  async removeCalendarDate(tx: Queryable, id: string, scope: Scope): Promise<CalendarDateRow | undefined> {
    const s = scopeParams(scope);
    const found = await tx.query(
      `SELECT ${CALENDAR_COLUMNS} FROM calendar_dates
       WHERE id = $1 AND ($2 OR mpp_id = ANY ($3::uuid[])) FOR UPDATE`,
      [id, s.all, s.mppIds],
    );
    const row = found[0] ? mapCalendarDate(found[0]) : undefined;
    if (!row) return undefined;
    if (row.source === 'admin') await tx.query('DELETE FROM calendar_dates WHERE id = $1', [id]);
    else await tx.query('UPDATE calendar_dates SET is_removed = true, is_admin_edited = true WHERE id = $1', [id]);
    return row;
  },

  async refreshSearchVocabulary(tx: Queryable): Promise<void> {
    await tx.query('SELECT refresh_search_vocabulary()');
  },
};

export type ManageRepository = typeof manageRepository;
