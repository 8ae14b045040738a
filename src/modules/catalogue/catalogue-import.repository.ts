import type { CatalogueDocument } from '../../domain/catalogue/catalogue-document.js';
import type { Database, Queryable } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import type { Regency } from './catalogue.areas.js';

/**
 * Writes a validated catalogue document in one transaction: upserts by slug, bumps a service's
 * version (and keeps the old one) only when its definition changed. Rows go in batches through
 * `jsonb_to_recordset`, so a national import is a few hundred statements, not a million.
 */

const BATCH = 500;

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

function chunks<T>(items: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type ImportContext = { regencies: Map<string, Regency>; areaDataset: string };
export type ImportSummary = {
  mpps: number;
  tenants: number;
  services: number;
  servicesCreated: number;
  offerings: number;
  counters: number;
};

async function upsertMpps(tx: Queryable, doc: CatalogueDocument, ctx: ImportContext): Promise<void> {
  for (const batch of chunks(doc.mpps)) {
    const rows = batch.map((m) => {
      const regency = ctx.regencies.get(m.regencyCode);
      return {
        id: newId(),
        slug: m.slug,
        name: m.name,
        regency_code: m.regencyCode,
        regency_name: regency?.name ?? m.regencyCode,
        province_code: regency?.provinceCode ?? m.regencyCode.slice(0, 2),
        province_name: regency?.provinceName ?? '',
        area_dataset: ctx.areaDataset,
        address: m.address,
        latitude: m.latitude,
        longitude: m.longitude,
        time_zone: m.timeZone,
        opening_hours: m.openingHours,
        maklumat_text: m.maklumat.text,
        maklumat_signatory_name: m.maklumat.signatoryName,
        maklumat_signatory_title: m.maklumat.signatoryTitle,
        contact: m.contact,
        is_demo: m.isDemo,
      };
    });
    await tx.query(
      `INSERT INTO mpps (id, slug, name, regency_code, regency_name, province_code, province_name, area_dataset,
         address, latitude, longitude, time_zone, opening_hours, maklumat_text, maklumat_signatory_name,
         maklumat_signatory_title, contact, is_demo)
       SELECT x.id, x.slug, x.name, x.regency_code, x.regency_name, x.province_code, x.province_name, x.area_dataset,
         x.address, x.latitude, x.longitude, x.time_zone, x.opening_hours, x.maklumat_text, x.maklumat_signatory_name,
         x.maklumat_signatory_title, x.contact, x.is_demo
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, slug text, name text, regency_code text, regency_name text,
         province_code text, province_name text, area_dataset text, address text, latitude float8, longitude float8,
         time_zone text, opening_hours jsonb, maklumat_text text, maklumat_signatory_name text,
         maklumat_signatory_title text, contact jsonb, is_demo boolean)
       ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, regency_code = EXCLUDED.regency_code,
         regency_name = EXCLUDED.regency_name, province_code = EXCLUDED.province_code,
         province_name = EXCLUDED.province_name, area_dataset = EXCLUDED.area_dataset, address = EXCLUDED.address,
         latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, time_zone = EXCLUDED.time_zone,
         opening_hours = EXCLUDED.opening_hours, maklumat_text = EXCLUDED.maklumat_text,
         maklumat_signatory_name = EXCLUDED.maklumat_signatory_name,
         maklumat_signatory_title = EXCLUDED.maklumat_signatory_title, contact = EXCLUDED.contact,
         is_demo = EXCLUDED.is_demo, updated_at = now()
       WHERE (mpps.name, mpps.regency_code, mpps.area_dataset, mpps.address, mpps.latitude, mpps.longitude,
              mpps.time_zone, mpps.opening_hours, mpps.maklumat_text, mpps.maklumat_signatory_name,
              mpps.maklumat_signatory_title, mpps.contact, mpps.is_demo)
         IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.regency_code, EXCLUDED.area_dataset, EXCLUDED.address,
              EXCLUDED.latitude, EXCLUDED.longitude, EXCLUDED.time_zone, EXCLUDED.opening_hours, EXCLUDED.maklumat_text,
              EXCLUDED.maklumat_signatory_name, EXCLUDED.maklumat_signatory_title, EXCLUDED.contact, EXCLUDED.is_demo)`,
      [JSON.stringify(rows)],
    );
  }
  const closures = doc.mpps.flatMap((m) => m.closures.map((c) => ({ id: newId(), slug: m.slug, ...c })));
  if (doc.mpps.length > 0) {
    await tx.query(
      `DELETE FROM calendar_dates WHERE kind = 'closure' AND source = 'catalogue import' AND NOT is_admin_edited
         AND mpp_id IN (SELECT id FROM mpps WHERE slug = ANY ($1::text[]))`,
      [doc.mpps.map((m) => m.slug)],
    );
  }
  for (const batch of chunks(closures)) {
    await tx.query(
      `INSERT INTO calendar_dates (id, mpp_id, date, kind, name, source)
       SELECT x.id, m.id, x.date::date, 'closure', x.reason, 'catalogue import'
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, slug text, date text, reason text) JOIN mpps m ON m.slug = x.slug
       ON CONFLICT ON CONSTRAINT calendar_dates_unique DO UPDATE SET name = EXCLUDED.name, is_removed = false
       WHERE NOT calendar_dates.is_admin_edited`,
      [JSON.stringify(batch)],
    );
  }
}

async function upsertTenants(tx: Queryable, doc: CatalogueDocument): Promise<void> {
  for (const batch of chunks(doc.tenants)) {
    const rows = batch.map((t) => ({
      id: newId(),
      slug: t.slug,
      name: t.name,
      short_name: t.shortName,
      type: t.type,
      parent_organisation: t.parentOrganisation ?? null,
      logo_url: t.logoUrl ?? null,
      website: t.website ?? null,
      description: t.description ?? null,
    }));
    await tx.query(
      `INSERT INTO tenants (id, slug, name, short_name, type, parent_organisation, logo_url, website, description)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, slug text, name text, short_name text, type text,
         parent_organisation text, logo_url text, website text, description text)
       ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, short_name = EXCLUDED.short_name, type = EXCLUDED.type,
         parent_organisation = EXCLUDED.parent_organisation, logo_url = EXCLUDED.logo_url,
         website = EXCLUDED.website, description = EXCLUDED.description, updated_at = now()
       WHERE (tenants.name, tenants.short_name, tenants.type, tenants.parent_organisation, tenants.logo_url,
              tenants.website, tenants.description)
         IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.short_name, EXCLUDED.type, EXCLUDED.parent_organisation,
              EXCLUDED.logo_url, EXCLUDED.website, EXCLUDED.description)`,
      [JSON.stringify(rows)],
    );
  }
  const gerai = doc.tenants.flatMap((t) =>
    t.gerai.map((g) => ({ id: newId(), tenant: t.slug, mpp: g.mppSlug, location: g.location })),
  );
  for (const batch of chunks(gerai)) {
    await tx.query(
      `INSERT INTO gerai (id, mpp_id, tenant_id, location)
       SELECT x.id, m.id, t.id, x.location FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, tenant text, mpp text, location text)
       JOIN mpps m ON m.slug = x.mpp JOIN tenants t ON t.slug = x.tenant
       ON CONFLICT (mpp_id, tenant_id) DO UPDATE SET location = EXCLUDED.location`,
      [JSON.stringify(batch)],
    );
  }
}

async function upsertServices(tx: Queryable, doc: CatalogueDocument): Promise<{ changed: number }> {
  const services = doc.tenants.flatMap((t) =>
    t.services.map((s) => ({
      id: newId(),
      tenant: t.slug,
      slug: s.slug,
      name: s.name,
      description: s.description,
      category: s.category,
      modes: s.modes,
      keywords: s.keywords,
      standard: s.standard,
    })),
  );
  let changed = 0;
  for (const batch of chunks(services)) {
    const rows = await tx.query<{ id: string; inserted: boolean }>(
      `WITH incoming AS (
         SELECT x.id, t.id AS tenant_id, x.slug, x.name, x.description, x.category,
           ARRAY(SELECT jsonb_array_elements_text(x.modes)) AS modes,
           ARRAY(SELECT jsonb_array_elements_text(x.keywords)) AS keywords, x.standard
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, tenant text, slug text, name text, description text,
           category text, modes jsonb, keywords jsonb, standard jsonb)
         JOIN tenants t ON t.slug = x.tenant)
       INSERT INTO services AS s (id, tenant_id, slug, name, description, category, modes, keywords, standard)
       SELECT id, tenant_id, slug, name, description, category, modes, keywords, standard FROM incoming
       ON CONFLICT (slug) DO UPDATE SET
         tenant_id = EXCLUDED.tenant_id, name = EXCLUDED.name, description = EXCLUDED.description,
         category = EXCLUDED.category, modes = EXCLUDED.modes, keywords = EXCLUDED.keywords, standard = EXCLUDED.standard,
         version = s.version + CASE WHEN (s.name, s.description, s.category, s.modes, s.standard)
           IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.description, EXCLUDED.category, EXCLUDED.modes, EXCLUDED.standard)
           THEN 1 ELSE 0 END,
         updated_at = now()
       WHERE (s.tenant_id, s.name, s.description, s.category, s.modes, s.keywords, s.standard)
         IS DISTINCT FROM (EXCLUDED.tenant_id, EXCLUDED.name, EXCLUDED.description, EXCLUDED.category, EXCLUDED.modes,
           EXCLUDED.keywords, EXCLUDED.standard)
       RETURNING s.id, (xmax = 0) AS inserted`,
      [JSON.stringify(batch)],
    );
    changed += rows.filter((r) => r.inserted).length;
    // Keep every version: a case keeps the definition it started under (DOMAIN.md section 0).
    await tx.query(
      `INSERT INTO service_versions (service_id, version, name, description, category, modes, standard)
       SELECT s.id, s.version, s.name, s.description, s.category, s.modes, s.standard FROM services s
       WHERE s.id = ANY ($1::uuid[]) ON CONFLICT (service_id, version) DO NOTHING`,
      [rows.map((r) => r.id)],
    );
  }
  return { changed };
}

async function replaceOfferings(tx: Queryable, doc: CatalogueDocument): Promise<number> {
  const offerings = doc.tenants.flatMap((t) =>
    t.services.flatMap((s) => s.offeredAt.map((mpp) => ({ id: newId(), tenant: t.slug, service: s.slug, mpp }))),
  );
  const serviceSlugs = doc.tenants.flatMap((t) => t.services.map((s) => s.slug));
  for (const batch of chunks(serviceSlugs, 5000)) {
    // The document is the whole truth for the services it lists: offerings it no longer names end.
    await tx.query(
      `UPDATE service_offerings o SET is_active = false FROM services s
       WHERE s.id = o.service_id AND s.slug = ANY ($1::text[])`,
      [batch],
    );
  }
  for (const batch of chunks(offerings, 2000)) {
    await tx.query(
      `INSERT INTO service_offerings (id, service_id, mpp_id, gerai_id)
       SELECT x.id, s.id, m.id, g.id FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, tenant text, service text, mpp text)
       JOIN services s ON s.slug = x.service JOIN mpps m ON m.slug = x.mpp
       JOIN tenants t ON t.slug = x.tenant JOIN gerai g ON g.mpp_id = m.id AND g.tenant_id = t.id
       ON CONFLICT (service_id, mpp_id) DO UPDATE SET gerai_id = EXCLUDED.gerai_id, is_active = true`,
      [JSON.stringify(batch)],
    );
  }
  return offerings.length;
}

async function replaceCounters(tx: Queryable, doc: CatalogueDocument): Promise<number> {
  const counters = doc.tenants.flatMap((t) =>
    t.gerai.flatMap((g) =>
      g.counters.map((c) => ({
        id: newId(),
        tenant: t.slug,
        mpp: g.mppSlug,
        number: c.number,
        label: c.label,
        services: c.serviceSlugs,
      })),
    ),
  );
  const kept: string[] = [];
  for (const batch of chunks(counters)) {
    const rows = await tx.query<{ id: string }>(
      `INSERT INTO counters (id, mpp_id, gerai_id, number, label)
       SELECT x.id, m.id, g.id, x.number, x.label FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, tenant text, mpp text, number int, label text)
       JOIN mpps m ON m.slug = x.mpp JOIN tenants t ON t.slug = x.tenant JOIN gerai g ON g.mpp_id = m.id AND g.tenant_id = t.id
       ON CONFLICT (mpp_id, number) DO UPDATE SET gerai_id = EXCLUDED.gerai_id, label = EXCLUDED.label, status = 'active'
       RETURNING id`,
      [JSON.stringify(batch)],
    );
    kept.push(...rows.map((r) => r.id));
    await tx.query('DELETE FROM counter_services WHERE counter_id = ANY ($1::uuid[])', [rows.map((r) => r.id)]);
    await tx.query(
      `INSERT INTO counter_services (counter_id, service_id)
       SELECT DISTINCT c.id, s.id FROM jsonb_to_recordset($1::jsonb) AS x(mpp text, number int, services jsonb)
       JOIN mpps m ON m.slug = x.mpp JOIN counters c ON c.mpp_id = m.id AND c.number = x.number
       CROSS JOIN LATERAL jsonb_array_elements_text(x.services) AS svc(slug)
       JOIN services s ON s.slug = svc.slug
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(batch)],
    );
  }
  // The document is the whole truth for the gerai it lists: a counter it no longer names closes.
  const geraiKeys = doc.tenants.flatMap((t) => t.gerai.map((g) => ({ tenant: t.slug, mpp: g.mppSlug })));
  for (const batch of chunks(geraiKeys, 2000)) {
    await tx.query(
      `UPDATE counters c SET status = 'inactive'
       FROM jsonb_to_recordset($1::jsonb) AS x(tenant text, mpp text)
       JOIN mpps m ON m.slug = x.mpp JOIN tenants t ON t.slug = x.tenant
       JOIN gerai g ON g.mpp_id = m.id AND g.tenant_id = t.id
       WHERE c.gerai_id = g.id AND c.status = 'active' AND c.id <> ALL ($2::uuid[])`,
      [JSON.stringify(batch), kept],
    );
  }
  return counters.length;
}

/** Slugs already taken by other tenants, and counter numbers held by other tenants' gerai. */
async function findConflicts(db: Queryable, doc: CatalogueDocument) {
  const serviceOwners = doc.tenants.flatMap((t) => t.services.map((s) => ({ tenant: t.slug, service: s.slug })));
  const takenServices = await db.query<{ slug: string; owner: string }>(
    `SELECT s.slug, t.slug AS owner FROM services s JOIN tenants t ON t.id = s.tenant_id
       JOIN jsonb_to_recordset($1::jsonb) AS x(tenant text, service text) ON x.service = s.slug
       WHERE t.slug <> x.tenant`,
    [JSON.stringify(serviceOwners)],
  );
  const counterClaims = doc.tenants.flatMap((t) =>
    t.gerai.flatMap((g) => g.counters.map((c) => ({ tenant: t.slug, mpp: g.mppSlug, number: c.number }))),
  );
  const takenCounters = await db.query<{ mpp: string; number: number; owner: string }>(
    `SELECT m.slug AS mpp, c.number, t.slug AS owner FROM counters c JOIN mpps m ON m.id = c.mpp_id
       JOIN gerai g ON g.id = c.gerai_id JOIN tenants t ON t.id = g.tenant_id
       JOIN jsonb_to_recordset($1::jsonb) AS x(tenant text, mpp text, number int) ON x.mpp = m.slug AND x.number = c.number
       WHERE t.slug <> x.tenant`,
    [JSON.stringify(counterClaims)],
  );
  const mppSlugs = [...new Set(doc.tenants.flatMap((t) => t.gerai.map((g) => g.mppSlug)))];
  const knownMpps = await db.query<{ slug: string }>('SELECT slug FROM mpps WHERE slug = ANY ($1::text[])', [mppSlugs]);
  return {
    takenServices,
    takenCounters,
    existingMppSlugs: new Set(knownMpps.map((r) => r.slug)),
  };
}

export type ImportConflicts = Awaited<ReturnType<typeof findConflicts>>;

export function createCatalogueImportRepository(db: Database) {
  return {
    /**
     * Writes the document in one transaction. Imports are serialised (advisory lock), and
     * `verify` sees the conflicts as they are inside that transaction, so a concurrent import on
     * another node cannot slip between validation and writing.
     */
    async writeDocument(
      doc: CatalogueDocument,
      ctx: ImportContext,
      verify: (conflicts: ImportConflicts) => void,
      /** Runs last in the same transaction (the audit entry). */
      onWritten?: (tx: Queryable, summary: ImportSummary) => Promise<void>,
    ): Promise<ImportSummary> {
      const summary = await db.transaction(async (tx) => {
        await tx.query("SELECT pg_advisory_xact_lock(hashtext('satupintu.catalogue-import'))");
        verify(await findConflicts(tx, doc));
        await upsertMpps(tx, doc, ctx);
        await upsertTenants(tx, doc);
        const { changed } = await upsertServices(tx, doc);
        const offerings = await replaceOfferings(tx, doc);
        const counters = await replaceCounters(tx, doc);
        const written = {
          mpps: doc.mpps.length,
          tenants: doc.tenants.length,
          services: doc.tenants.reduce((n, t) => n + t.services.length, 0),
          servicesCreated: changed,
          offerings,
          counters,
        };
        await onWritten?.(tx, written);
        return written;
      });
      await this.refreshSearchVocabulary();
      return summary;
    },

    /** The catalogue as a document (all of it, or one tenant's part), ready to import elsewhere. */
    async readDocument(tenantSlug?: string): Promise<CatalogueDocument> {
      // One snapshot for every statement, so an export taken during an import is consistent.
      return db.transaction(async (db) => {
        await db.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        const tenantRows = await db.query('SELECT * FROM tenants WHERE ($1::text IS NULL OR slug = $1) ORDER BY slug', [
          tenantSlug ?? null,
        ]);
        const tenantIds = tenantRows.map((t) => t.id as string);
        const mppRows = await db.query(
          tenantSlug
            ? `SELECT * FROM mpps WHERE id IN (SELECT mpp_id FROM gerai WHERE tenant_id = ANY ($1::uuid[])) ORDER BY slug`
            : 'SELECT * FROM mpps WHERE $1::uuid[] IS NOT NULL ORDER BY slug',
          [tenantIds],
        );
        const closures = await db.query(
          `SELECT m.slug, to_char(c.date, 'YYYY-MM-DD') AS date, c.name FROM calendar_dates c JOIN mpps m ON m.id = c.mpp_id
         WHERE c.kind = 'closure' AND NOT c.is_removed AND m.id = ANY ($1::uuid[]) ORDER BY c.date`,
          [mppRows.map((m) => m.id as string)],
        );
        const geraiRows = await db.query(
          `SELECT g.id, g.tenant_id, g.location, m.slug AS mpp_slug FROM gerai g JOIN mpps m ON m.id = g.mpp_id
         WHERE g.tenant_id = ANY ($1::uuid[]) ORDER BY m.slug`,
          [tenantIds],
        );
        const counterRows = await db.query(
          `SELECT c.gerai_id, c.number, c.label,
           coalesce(array_agg(s.slug ORDER BY s.slug) FILTER (WHERE s.slug IS NOT NULL), '{}') AS services
         FROM counters c LEFT JOIN counter_services cs ON cs.counter_id = c.id LEFT JOIN services s ON s.id = cs.service_id
         WHERE c.gerai_id = ANY ($1::uuid[]) AND c.status = 'active' GROUP BY c.id ORDER BY c.number`,
          [geraiRows.map((g) => g.id as string)],
        );
        const serviceRows = await db.query(
          `SELECT s.*, coalesce((SELECT array_agg(m.slug ORDER BY m.slug) FROM service_offerings o JOIN mpps m ON m.id = o.mpp_id
           WHERE o.service_id = s.id AND o.is_active), '{}') AS offered_at
         FROM services s WHERE s.tenant_id = ANY ($1::uuid[]) ORDER BY s.slug`,
          [tenantIds],
        );
        const optional = (value: unknown) => (value === null || value === undefined ? {} : undefined);
        const closuresByMpp = groupBy(closures, (c) => c.slug as string);
        const geraiByTenant = groupBy(geraiRows, (g) => g.tenant_id as string);
        const countersByGerai = groupBy(counterRows, (c) => c.gerai_id as string);
        const servicesByTenant = groupBy(serviceRows, (r) => r.tenant_id as string);
        return {
          format: 'satupintu.catalogue/v1',
          mpps: mppRows.map((m) => ({
            slug: m.slug as string,
            name: m.name as string,
            regencyCode: m.regency_code as string,
            address: m.address as string,
            latitude: Number(m.latitude),
            longitude: Number(m.longitude),
            timeZone: m.time_zone as CatalogueDocument['mpps'][number]['timeZone'],
            openingHours: m.opening_hours as CatalogueDocument['mpps'][number]['openingHours'],
            closures: (closuresByMpp.get(m.slug as string) ?? []).map((c) => ({
              date: c.date as string,
              reason: c.name as string,
            })),
            maklumat: {
              text: m.maklumat_text as string,
              signatoryName: m.maklumat_signatory_name as string,
              signatoryTitle: m.maklumat_signatory_title as string,
            },
            contact: (m.contact ?? {}) as CatalogueDocument['mpps'][number]['contact'],
            isDemo: Boolean(m.is_demo),
          })),
          tenants: tenantRows.map((t) => ({
            slug: t.slug as string,
            name: t.name as string,
            shortName: t.short_name as string,
            type: t.type as CatalogueDocument['tenants'][number]['type'],
            ...(optional(t.parent_organisation) ?? { parentOrganisation: t.parent_organisation as string }),
            ...(optional(t.logo_url) ?? { logoUrl: t.logo_url as string }),
            ...(optional(t.website) ?? { website: t.website as string }),
            ...(optional(t.description) ?? { description: t.description as string }),
            gerai: (geraiByTenant.get(t.id as string) ?? []).map((g) => ({
              mppSlug: g.mpp_slug as string,
              location: g.location as string,
              counters: (countersByGerai.get(g.id as string) ?? []).map((c) => ({
                number: Number(c.number),
                label: c.label as string,
                serviceSlugs: c.services as string[],
              })),
            })),
            services: (servicesByTenant.get(t.id as string) ?? []).map((s) => ({
              slug: s.slug as string,
              name: s.name as string,
              description: s.description as string,
              category: s.category as CatalogueDocument['tenants'][number]['services'][number]['category'],
              modes: s.modes as CatalogueDocument['tenants'][number]['services'][number]['modes'],
              keywords: s.keywords as string[],
              standard: s.standard as CatalogueDocument['tenants'][number]['services'][number]['standard'],
              offeredAt: s.offered_at as string[],
            })),
          })),
        };
      });
    },

    async refreshSearchVocabulary(): Promise<void> {
      await db.exec('SELECT refresh_search_vocabulary()');
    },

    findConflicts: (doc: CatalogueDocument) => findConflicts(db, doc),
  };
}

export type CatalogueImportRepository = ReturnType<typeof createCatalogueImportRepository>;

export type NationalCalendarRow = {
  date: string;
  kind: 'national_holiday' | 'cuti_bersama';
  name: string;
  source: string;
};

/** Reference data every deployment needs: built-in synonyms and the national calendar. */
export function createCatalogueReferenceRepository(db: Database) {
  return {
    /** Inserts or updates built-in synonyms; returns how many rows actually changed. */
    async upsertBuiltinSynonyms(synonyms: Readonly<Record<string, readonly string[]>>): Promise<number> {
      const rows = Object.entries(synonyms).map(([term, expansions]) => ({ id: newId(), term, expansions }));
      const changed = await db.query(
        `INSERT INTO search_synonyms (id, term, expansions, is_builtin)
         SELECT x.id, x.term, ARRAY(SELECT jsonb_array_elements_text(x.expansions)), true
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, term text, expansions jsonb)
         ON CONFLICT (term) DO UPDATE SET expansions = EXCLUDED.expansions
         WHERE search_synonyms.is_builtin AND search_synonyms.expansions IS DISTINCT FROM EXCLUDED.expansions
         RETURNING term`,
        [JSON.stringify(rows)],
      );
      return changed.length;
    },

    /** Adds national dates; a date an admin removed stays removed. */
    async upsertNationalCalendar(rows: NationalCalendarRow[]): Promise<void> {
      if (rows.length === 0) return;
      await db.query(
        `INSERT INTO calendar_dates (id, mpp_id, date, kind, name, source)
         SELECT x.id, NULL, x.date::date, x.kind, x.name, x.source
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, date text, kind text, name text, source text)
         ON CONFLICT ON CONSTRAINT calendar_dates_unique DO UPDATE SET name = EXCLUDED.name, source = EXCLUDED.source
         WHERE NOT calendar_dates.is_admin_edited AND (calendar_dates.name, calendar_dates.source)
           IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.source)`,
        [JSON.stringify(rows.map((r) => ({ id: newId(), ...r })))],
      );
    },

    async markNationalDatesRemoved(dates: string[], kind: 'national_holiday' | 'cuti_bersama', source: string) {
      if (dates.length === 0) return;
      await db.query(
        `UPDATE calendar_dates SET is_removed = true, source = $3
         WHERE mpp_id IS NULL AND kind = $2 AND date = ANY ($1::date[]) AND NOT is_admin_edited AND NOT is_removed`,
        [dates, kind, source],
      );
    },
  };
}

export type CatalogueReferenceRepository = ReturnType<typeof createCatalogueReferenceRepository>;
