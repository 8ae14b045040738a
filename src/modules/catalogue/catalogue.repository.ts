import type { OpeningHours, Contact } from '../../domain/catalogue/catalogue-document.js';
import type { ServiceStandard } from '../../domain/catalogue/standard.js';
import type { Database } from '../../platform/db/database.js';
import type { CursorKey } from '../../platform/http/pagination.js';
import { isUuid } from '../../platform/ids.js';

/** The only file that reads the catalogue's tables. Rows are mapped here and never leave raw. */

export type MppRecord = {
  id: string;
  slug: string;
  name: string;
  regencyCode: string;
  regencyName: string;
  provinceCode: string;
  provinceName: string;
  address: string;
  latitude: number;
  longitude: number;
  timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
  openingHours: OpeningHours;
  maklumatText: string;
  maklumatSignatoryName: string;
  maklumatSignatoryTitle: string;
  contact: Contact;
  isDemo: boolean;
  tenantCount: number;
  serviceCount: number;
};

export type TenantRecord = {
  id: string;
  slug: string;
  name: string;
  shortName: string;
  type: string;
  parentOrganisation: string | null;
  logoUrl: string | null;
  website: string | null;
  description: string | null;
};

export type ServiceRecord = {
  id: string;
  slug: string;
  name: string;
  description: string;
  category: string;
  modes: string[];
  keywords: string[];
  standard: ServiceStandard;
  version: number;
  updatedAt: Date;
  tenant: { id: string; slug: string; name: string; shortName: string };
};

export type CalendarRecord = {
  date: string;
  kind: 'national_holiday' | 'cuti_bersama' | 'local_holiday' | 'closure' | 'working_day';
  name: string;
  mppId: string | null;
};

export type MppFilter = { provinceCode?: string; regencyCode?: string };
export type ServiceFilter = {
  mppId?: string;
  tenantId?: string;
  category?: string;
  mode?: string;
  provinceCode?: string;
  regencyCode?: string;
};

/** The columns every MPP read returns, with its tenant and service counts; shared with search. */
export const MPP_COLUMNS = `m.id, m.slug, m.name, m.regency_code, m.regency_name, m.province_code, m.province_name,
  m.address, m.latitude, m.longitude, m.time_zone, m.opening_hours, m.maklumat_text,
  m.maklumat_signatory_name, m.maklumat_signatory_title, m.contact, m.is_demo,
  (SELECT count(*) FROM gerai g WHERE g.mpp_id = m.id)::int AS tenant_count,
  (SELECT count(*) FROM service_offerings o WHERE o.mpp_id = m.id AND o.is_active)::int AS service_count`;

const SERVICE_COLUMNS = `s.id, s.slug, s.name, s.description, s.category, s.modes, s.keywords, s.standard, s.version,
  s.updated_at, t.id AS tenant_id, t.slug AS tenant_slug, t.name AS tenant_name, t.short_name AS tenant_short_name`;

type Row = Record<string, unknown>;

export function mapMpp(row: Row): MppRecord {
  return {
    id: row.id as string,
    slug: row.slug as string,
    name: row.name as string,
    regencyCode: row.regency_code as string,
    regencyName: row.regency_name as string,
    provinceCode: row.province_code as string,
    provinceName: row.province_name as string,
    address: row.address as string,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
    timeZone: row.time_zone as MppRecord['timeZone'],
    openingHours: row.opening_hours as OpeningHours,
    maklumatText: row.maklumat_text as string,
    maklumatSignatoryName: row.maklumat_signatory_name as string,
    maklumatSignatoryTitle: row.maklumat_signatory_title as string,
    contact: (row.contact ?? {}) as Contact,
    isDemo: row.is_demo as boolean,
    tenantCount: Number(row.tenant_count ?? 0),
    serviceCount: Number(row.service_count ?? 0),
  };
}

export function mapService(row: Row): ServiceRecord {
  return {
    id: row.id as string,
    slug: row.slug as string,
    name: row.name as string,
    description: row.description as string,
    category: row.category as string,
    modes: row.modes as string[],
    keywords: row.keywords as string[],
    standard: row.standard as ServiceStandard,
    version: Number(row.version),
    updatedAt: new Date(row.updated_at as string | Date),
    tenant: {
      id: row.tenant_id as string,
      slug: row.tenant_slug as string,
      name: row.tenant_name as string,
      shortName: row.tenant_short_name as string,
    },
  };
}

function mapTenant(row: Row): TenantRecord {
  return {
    id: row.id as string,
    slug: row.slug as string,
    name: row.name as string,
    shortName: row.short_name as string,
    type: row.type as string,
    parentOrganisation: (row.parent_organisation as string | null) ?? null,
    logoUrl: (row.logo_url as string | null) ?? null,
    website: (row.website as string | null) ?? null,
    description: (row.description as string | null) ?? null,
  };
}

export type CounterRecord = {
  id: string;
  number: number;
  label: string;
  status: 'active' | 'inactive';
  geraiLocation: string;
  tenant: { id: string; slug: string; name: string; shortName: string };
  services: { id: string; slug: string; name: string }[];
};

const COUNTER_SELECT = `SELECT c.id, c.number, c.label, c.status, t.id AS tenant_id, t.slug AS tenant_slug,
    t.name AS tenant_name, t.short_name AS tenant_short_name, g.location,
    coalesce((SELECT jsonb_agg(jsonb_build_object('id', s.id, 'slug', s.slug, 'name', s.name) ORDER BY s.name)
      FROM counter_services cs JOIN services s ON s.id = cs.service_id WHERE cs.counter_id = c.id), '[]'::jsonb) AS services
  FROM counters c JOIN gerai g ON g.id = c.gerai_id JOIN tenants t ON t.id = g.tenant_id`;

function mapCounter(r: Row): CounterRecord {
  return {
    id: r.id as string,
    number: Number(r.number),
    label: r.label as string,
    status: r.status as 'active' | 'inactive',
    geraiLocation: r.location as string,
    tenant: {
      id: r.tenant_id as string,
      slug: r.tenant_slug as string,
      name: r.tenant_name as string,
      shortName: r.tenant_short_name as string,
    },
    services: r.services as { id: string; slug: string; name: string }[],
  };
}

/** `id = $n` for a UUID, `slug = $n` otherwise: one parameter, one index lookup. */
export function refCondition(alias: string, ref: string, param: number): string {
  return isUuid(ref) ? `${alias}.id = $${param}::uuid` : `${alias}.slug = $${param}`;
}

export function createCatalogueRepository(db: Database) {
  return {
    async countMpps(): Promise<number> {
      const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM mpps');
      return Number(rows[0]?.n ?? 0);
    },

    async countMppsByProvince(): Promise<Map<string, number>> {
      const rows = await db.query<{ province_code: string; n: number }>(
        'SELECT province_code, count(*)::int AS n FROM mpps GROUP BY province_code',
      );
      return new Map(rows.map((r) => [r.province_code, Number(r.n)]));
    },

    async listMpps(filter: MppFilter, after: CursorKey | undefined, limit: number): Promise<MppRecord[]> {
      const rows = await db.query(
        `SELECT ${MPP_COLUMNS} FROM mpps m
         WHERE ($1::text IS NULL OR m.province_code = $1)
           AND ($2::text IS NULL OR m.regency_code = $2)
           AND ($3::text IS NULL OR (m.name, m.id) > ($3::text, $4::uuid))
         ORDER BY m.name, m.id LIMIT $5`,
        [filter.provinceCode ?? null, filter.regencyCode ?? null, after?.k ?? null, after?.id ?? null, limit],
      );
      return rows.map(mapMpp);
    },

    async findMpp(ref: string): Promise<MppRecord | undefined> {
      const rows = await db.query(`SELECT ${MPP_COLUMNS} FROM mpps m WHERE ${refCondition('m', ref, 1)}`, [ref]);
      return rows[0] ? mapMpp(rows[0]) : undefined;
    },

    async findMppId(ref: string): Promise<string | undefined> {
      const rows = await db.query<{ id: string }>(`SELECT m.id FROM mpps m WHERE ${refCondition('m', ref, 1)}`, [ref]);
      return rows[0]?.id;
    },

    async findTenantId(ref: string): Promise<string | undefined> {
      const rows = await db.query<{ id: string }>(`SELECT t.id FROM tenants t WHERE ${refCondition('t', ref, 1)}`, [
        ref,
      ]);
      return rows[0]?.id;
    },

    /** Display names of MPPs and tenants by id, for other modules' lists (unknown ids are left out). */
    async namesOf(mppIds: string[], tenantIds: string[]) {
      const rows = await db.query<{ kind: 'mpp' | 'tenant'; id: string; name: string }>(
        `SELECT 'mpp' AS kind, id, name FROM mpps WHERE id = ANY ($1::uuid[])
         UNION ALL SELECT 'tenant' AS kind, id, name FROM tenants WHERE id = ANY ($2::uuid[])`,
        [mppIds, tenantIds],
      );
      return {
        mpps: new Map(rows.filter((r) => r.kind === 'mpp').map((r) => [r.id, r.name])),
        tenants: new Map(rows.filter((r) => r.kind === 'tenant').map((r) => [r.id, r.name])),
      };
    },

    async tenantHasGeraiAt(tenantId: string, mppId: string): Promise<boolean> {
      const rows = await db.query('SELECT 1 FROM gerai WHERE tenant_id = $1 AND mpp_id = $2', [tenantId, mppId]);
      return rows.length > 0;
    },

    async listMppTenants(mppId: string) {
      const rows = await db.query(
        `SELECT t.id, t.slug, t.name, t.short_name, t.type, g.id AS gerai_id, g.location,
           (SELECT count(*) FROM service_offerings o JOIN services s ON s.id = o.service_id
             WHERE o.mpp_id = g.mpp_id AND o.is_active AND s.tenant_id = t.id)::int AS service_count
         FROM gerai g JOIN tenants t ON t.id = g.tenant_id
         WHERE g.mpp_id = $1 ORDER BY t.name, t.id`,
        [mppId],
      );
      return rows.map((r) => ({
        id: r.id as string,
        slug: r.slug as string,
        name: r.name as string,
        shortName: r.short_name as string,
        type: r.type as string,
        geraiId: r.gerai_id as string,
        geraiLocation: r.location as string,
        serviceCount: Number(r.service_count),
      }));
    },

    /** National and this MPP's calendar dates between two local dates, inclusive. */
    async listCalendar(mppId: string, from: string, to: string): Promise<CalendarRecord[]> {
      const rows = await db.query(
        `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name, mpp_id FROM calendar_dates
         WHERE (mpp_id IS NULL OR mpp_id = $1) AND NOT is_removed AND date BETWEEN $2::date AND $3::date
         ORDER BY date`,
        [mppId, from, to],
      );
      return rows.map((r) => ({
        date: r.date as string,
        kind: r.kind as CalendarRecord['kind'],
        name: r.name as string,
        mppId: (r.mpp_id as string | null) ?? null,
      }));
    },

    async listTenants(filter: { mppId?: string; type?: string }, after: CursorKey | undefined, limit: number) {
      const rows = await db.query(
        `SELECT t.* FROM tenants t
         WHERE ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM gerai g WHERE g.tenant_id = t.id AND g.mpp_id = $1))
           AND ($2::text IS NULL OR t.type = $2)
           AND ($3::text IS NULL OR (t.name, t.id) > ($3::text, $4::uuid))
         ORDER BY t.name, t.id LIMIT $5`,
        [filter.mppId ?? null, filter.type ?? null, after?.k ?? null, after?.id ?? null, limit],
      );
      return rows.map(mapTenant);
    },

    async listMppCounters(mppId: string): Promise<CounterRecord[]> {
      const rows = await db.query(`${COUNTER_SELECT} WHERE c.mpp_id = $1 ORDER BY c.number`, [mppId]);
      return rows.map(mapCounter);
    },

    async findCounter(id: string): Promise<CounterRecord | undefined> {
      const rows = await db.query(`${COUNTER_SELECT} WHERE c.id = $1`, [id]);
      return rows[0] ? mapCounter(rows[0]) : undefined;
    },

    /** Calendar rows for one MPP (with the national ones) or only the national ones, in a range. */
    async listCalendarRows(mppId: string | undefined, from: string, to: string, includeRemoved: boolean) {
      const rows = await db.query(
        `SELECT id, mpp_id, to_char(date, 'YYYY-MM-DD') AS date, kind, name, source, is_removed FROM calendar_dates
         WHERE (mpp_id IS NULL OR mpp_id = $1) AND date BETWEEN $2::date AND $3::date AND ($4 OR NOT is_removed)
         ORDER BY date, kind`,
        [mppId ?? null, from, to, includeRemoved],
      );
      return rows.map((r) => ({
        id: r.id as string,
        mppId: (r.mpp_id as string | null) ?? null,
        date: r.date as string,
        kind: r.kind as CalendarRecord['kind'],
        name: r.name as string,
        source: r.source as string,
        isRemoved: Boolean(r.is_removed),
      }));
    },

    async findTenant(ref: string): Promise<TenantRecord | undefined> {
      const rows = await db.query(`SELECT * FROM tenants t WHERE ${refCondition('t', ref, 1)}`, [ref]);
      return rows[0] ? mapTenant(rows[0]) : undefined;
    },

    async listTenantGerai(tenantId: string) {
      const rows = await db.query(
        `SELECT g.id AS gerai_id, m.id, m.slug, m.name, m.time_zone, m.is_demo, g.location
         FROM gerai g JOIN mpps m ON m.id = g.mpp_id
         WHERE g.tenant_id = $1 ORDER BY m.name, m.id`,
        [tenantId],
      );
      return rows.map((r) => ({
        id: r.gerai_id as string,
        mpp: {
          id: r.id as string,
          slug: r.slug as string,
          name: r.name as string,
          timeZone: r.time_zone as string,
          isDemo: Boolean(r.is_demo),
        },
        location: r.location as string,
      }));
    },

    async listServices(filter: ServiceFilter, after: CursorKey | undefined, limit: number): Promise<ServiceRecord[]> {
      const rows = await db.query(
        `SELECT ${SERVICE_COLUMNS} FROM services s JOIN tenants t ON t.id = s.tenant_id
         WHERE ($1::uuid IS NULL OR s.tenant_id = $1)
           AND ($2::text IS NULL OR s.category = $2)
           AND ($3::text IS NULL OR $3 = ANY (s.modes))
           AND ($4::uuid IS NULL AND $5::text IS NULL AND $6::text IS NULL OR EXISTS (
             SELECT 1 FROM service_offerings o JOIN mpps m ON m.id = o.mpp_id
             WHERE o.service_id = s.id AND o.is_active
               AND ($4::uuid IS NULL OR o.mpp_id = $4)
               AND ($5::text IS NULL OR m.province_code = $5)
               AND ($6::text IS NULL OR m.regency_code = $6)))
           AND ($7::text IS NULL OR (s.name, s.id) > ($7::text, $8::uuid))
         ORDER BY s.name, s.id LIMIT $9`,
        [
          filter.tenantId ?? null,
          filter.category ?? null,
          filter.mode ?? null,
          filter.mppId ?? null,
          filter.provinceCode ?? null,
          filter.regencyCode ?? null,
          after?.k ?? null,
          after?.id ?? null,
          limit,
        ],
      );
      return rows.map(mapService);
    },

    async findService(ref: string): Promise<ServiceRecord | undefined> {
      const rows = await db.query(
        `SELECT ${SERVICE_COLUMNS} FROM services s JOIN tenants t ON t.id = s.tenant_id WHERE ${refCondition('s', ref, 1)}`,
        [ref],
      );
      return rows[0] ? mapService(rows[0]) : undefined;
    },

    async listServiceOfferings(serviceId: string) {
      const rows = await db.query(
        `SELECT m.id, m.slug, m.name, m.time_zone, m.is_demo, g.location,
           coalesce((SELECT array_agg(c.label ORDER BY c.number) FROM counter_services cs
                     JOIN counters c ON c.id = cs.counter_id
                     WHERE cs.service_id = o.service_id AND c.mpp_id = o.mpp_id AND c.status = 'active'), '{}') AS counters
         FROM service_offerings o JOIN mpps m ON m.id = o.mpp_id JOIN gerai g ON g.id = o.gerai_id
         WHERE o.service_id = $1 AND o.is_active ORDER BY m.name, m.id`,
        [serviceId],
      );
      return rows.map((r) => ({
        mpp: {
          id: r.id as string,
          slug: r.slug as string,
          name: r.name as string,
          timeZone: r.time_zone as string,
          isDemo: Boolean(r.is_demo),
        },
        geraiLocation: r.location as string,
        counters: r.counters as string[],
      }));
    },

    async nearestMpps(latitude: number, longitude: number, limit: number) {
      const rows = await db.query(
        `SELECT ${MPP_COLUMNS}, geo_distance_km($1, $2, m.latitude, m.longitude) AS distance_km
         FROM mpps m ORDER BY distance_km, m.id LIMIT $3`,
        [latitude, longitude, limit],
      );
      return rows.map((r) => ({ mpp: mapMpp(r), distanceKm: Number(r.distance_km) }));
    },
  };
}

export type CatalogueRepository = ReturnType<typeof createCatalogueRepository>;
