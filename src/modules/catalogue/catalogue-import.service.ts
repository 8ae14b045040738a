import type { z } from 'zod';
import { CatalogueDocument } from '../../domain/catalogue/catalogue-document.js';
import type { ImportProblem, LineOf } from './catalogue-import.types.js';
import { type AreaIndex, loadAreaIndex } from './catalogue.areas.js';
import { isLocalDate } from '../../domain/time/index.js';
import { failCatalogue } from './catalogue.errors.js';
import type { CatalogueImportRepository, ImportConflicts, ImportSummary } from './catalogue-import.repository.js';
import { parseServicesCsv, servicesToCsv } from './catalogue-csv.js';
import type { Queryable } from '../../platform/db/database.js';

/**
 * Import of a catalogue document: validate everything first (schema, region codes, references,
 * duplicates, conflicts with other tenants' data) and write only when no row is bad. A rejected
 * file lists every problem with where it is (`line` for CSV rows, the JSON path otherwise).
 */

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

function schemaProblems(error: z.ZodError, lineOf?: LineOf): ImportProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path as (string | number)[];
    const line = lineOf?.(path);
    return { field: pathText(path) || 'document', reason: issue.message, ...(line !== undefined ? { line } : {}) };
  });
}

function duplicates(values: string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return dup;
}

/**
 * Checks that need the whole document and what the database holds (`conflicts`); returns every
 * problem found. Pure, so it runs again inside the write transaction.
 */
function referenceProblems(
  doc: CatalogueDocument,
  conflicts: ImportConflicts,
  areas: AreaIndex,
  lineOf?: LineOf,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const at = (path: (string | number)[], reason: string) => {
    const line = lineOf?.(path);
    problems.push({ field: pathText(path), reason, ...(line !== undefined ? { line } : {}) });
  };
  const dupMpps = duplicates(doc.mpps.map((m) => m.slug));
  doc.mpps.forEach((m, i) => {
    if (!areas.regencies.has(m.regencyCode)) {
      at(['mpps', i, 'regencyCode'], `unknown Kemendagri kab/kota code ${m.regencyCode} (${areas.dataset})`);
    }
    if (dupMpps.has(m.slug)) at(['mpps', i, 'slug'], `slug ${m.slug} appears more than once`);
    const dupDates = duplicates(m.closures.map((c) => c.date));
    m.closures.forEach((c, ci) => {
      if (!isLocalDate(c.date)) at(['mpps', i, 'closures', ci, 'date'], `${c.date} is not a date`);
      else if (dupDates.has(c.date)) at(['mpps', i, 'closures', ci, 'date'], `${c.date} appears more than once`);
    });
  });
  const dupTenants = duplicates(doc.tenants.map((t) => t.slug));
  const dupServices = duplicates(doc.tenants.flatMap((t) => t.services.map((s) => s.slug)));
  const knownMpps = new Set([...doc.mpps.map((m) => m.slug), ...conflicts.existingMppSlugs]);
  const serviceOwners = new Map(conflicts.takenServices.map((k) => [k.slug, k.owner]));
  const counterOwners = new Map(conflicts.takenCounters.map((k) => [`${k.mpp}#${k.number}`, k.owner]));
  const counterKeys = new Map<string, string>();

  doc.tenants.forEach((t, ti) => {
    if (dupTenants.has(t.slug)) at(['tenants', ti, 'slug'], `slug ${t.slug} appears more than once`);
    const geraiMpps = new Set(t.gerai.map((g) => g.mppSlug));
    const dupGerai = duplicates(t.gerai.map((g) => g.mppSlug));
    const serviceSlugs = new Set(t.services.map((s) => s.slug));
    t.gerai.forEach((g, gi) => {
      if (!knownMpps.has(g.mppSlug)) at(['tenants', ti, 'gerai', gi, 'mppSlug'], `unknown MPP ${g.mppSlug}`);
      if (dupGerai.has(g.mppSlug))
        at(['tenants', ti, 'gerai', gi, 'mppSlug'], `${t.slug} has two gerai at ${g.mppSlug}`);
      g.counters.forEach((c, ci) => {
        const key = `${g.mppSlug}#${c.number}`;
        const path = ['tenants', ti, 'gerai', gi, 'counters', ci, 'number'];
        const holder = counterKeys.get(key);
        if (holder) at(path, `counter ${c.number} at ${g.mppSlug} is also given to ${holder}`);
        counterKeys.set(key, t.slug);
        const owner = counterOwners.get(key);
        if (owner) at(path, `counter ${c.number} at ${g.mppSlug} belongs to ${owner}`);
        c.serviceSlugs.forEach((slug, si) => {
          if (!serviceSlugs.has(slug)) {
            at(
              ['tenants', ti, 'gerai', gi, 'counters', ci, 'serviceSlugs', si],
              `service ${slug} is not one of ${t.slug}'s services in this file`,
            );
          }
        });
      });
    });
    t.services.forEach((s, si) => {
      if (dupServices.has(s.slug)) at(['tenants', ti, 'services', si, 'slug'], `slug ${s.slug} appears more than once`);
      const owner = serviceOwners.get(s.slug);
      if (owner) at(['tenants', ti, 'services', si, 'slug'], `slug ${s.slug} already belongs to tenant ${owner}`);
      const dupOffered = duplicates(s.offeredAt);
      s.offeredAt.forEach((mpp, oi) => {
        const path = ['tenants', ti, 'services', si, 'offeredAt', oi];
        if (!geraiMpps.has(mpp)) at(path, `${t.slug} has no gerai at ${mpp} in this file`);
        else if (dupOffered.has(mpp)) at(path, `${mpp} appears more than once`);
      });
    });
  });
  return problems;
}

type OnWritten = (tx: Queryable, summary: ImportSummary) => Promise<void>;

export function createCatalogueImportService(deps: {
  repository: CatalogueImportRepository;
  /** Called after every successful write, e.g. to clear search caches. */
  onChanged?: () => void;
}) {
  return {
    /** Validates without writing: the list of problems, empty when the document can be imported. */
    async validate(
      input: unknown,
      lineOf?: LineOf,
    ): Promise<{ document?: CatalogueDocument; problems: ImportProblem[] }> {
      const parsed = CatalogueDocument.safeParse(input);
      if (!parsed.success) return { problems: schemaProblems(parsed.error, lineOf) };
      const [conflicts, areas] = await Promise.all([deps.repository.findConflicts(parsed.data), loadAreaIndex()]);
      const problems = referenceProblems(parsed.data, conflicts, areas, lineOf);
      return problems.length > 0 ? { problems } : { document: parsed.data, problems };
    },

    /**
     * Imports the whole document or nothing; throws `catalogue.import_invalid` listing every
     * problem. `onWritten` runs inside the import's transaction (the audit entry).
     */
    async importDocument(input: unknown, lineOf?: LineOf, onWritten?: OnWritten): Promise<ImportSummary> {
      const { document, problems } = await this.validate(input, lineOf);
      if (!document) throw failCatalogue('catalogue.import_invalid', { count: problems.length }, problems);
      const areas = await loadAreaIndex();
      const summary = await deps.repository.writeDocument(
        document,
        { regencies: areas.regencies, areaDataset: areas.dataset },
        (conflicts) => {
          const late = referenceProblems(document, conflicts, areas, lineOf);
          if (late.length > 0) throw failCatalogue('catalogue.import_invalid', { count: late.length }, late);
        },
        onWritten,
      );
      deps.onChanged?.();
      return summary;
    },

    /** A tenant's services from CSV: all rows or none; problems carry the CSV line. */
    async importServicesCsv(
      csv: string,
      tenantSlug: string,
      options: { dryRun?: boolean; onWritten?: OnWritten } = {},
    ) {
      const current = (await deps.repository.readDocument(tenantSlug)).tenants[0];
      if (!current) throw failCatalogue('catalogue.tenant_not_found', { ref: tenantSlug });
      const parsed = parseServicesCsv(csv, current);
      if (!parsed.ok)
        throw failCatalogue('catalogue.import_invalid', { count: parsed.problems.length }, parsed.problems);
      if (options.dryRun) {
        const { problems } = await this.validate(parsed.document, parsed.lineOf);
        if (problems.length > 0) throw failCatalogue('catalogue.import_invalid', { count: problems.length }, problems);
        return undefined;
      }
      return this.importDocument(parsed.document, parsed.lineOf, options.onWritten);
    },

    async exportServicesCsv(tenantSlug: string): Promise<string> {
      const document = await deps.repository.readDocument(tenantSlug);
      if (document.tenants.length === 0) throw failCatalogue('catalogue.tenant_not_found', { ref: tenantSlug });
      return servicesToCsv(document, tenantSlug);
    },
  };
}

export type CatalogueImportService = ReturnType<typeof createCatalogueImportService>;
