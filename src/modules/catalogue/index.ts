import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { createCatalogueImportService } from './catalogue-import.service.js';
import { createCatalogueImportRepository, createCatalogueReferenceRepository } from './catalogue-import.repository.js';
import { createCatalogueSearchRepository } from './catalogue-search.repository.js';
import { createCatalogueSearchService } from './catalogue-search.service.js';
import { ensureReferenceData } from './catalogue.reference.js';
import { createCatalogueRepository } from './catalogue.repository.js';
import { catalogueRoutes } from './catalogue.routes.js';
import { catalogueAdminRoutes } from './catalogue.admin.routes.js';
import { adminGuard } from '../../platform/http/admin-token.js';
import { createCatalogueService } from './catalogue.service.js';
import { loadAreaIndex } from './catalogue.areas.js';
import { CatalogueDocument } from '../../domain/catalogue/catalogue-document.js';

/**
 * The catalogue: MPPs, tenants, gerai, counters, services with their Standar Pelayanan, the
 * working calendar and search. The only file other code may import.
 */
export function createCatalogueModule(deps: {
  db: Database;
  clock: Clock;
  adminToken?: string;
  /** How long search answers may be served from memory (0 = off). */
  searchCacheMs?: number;
}) {
  const repository = createCatalogueRepository(deps.db);
  const importRepository = createCatalogueImportRepository(deps.db);
  const referenceRepository = createCatalogueReferenceRepository(deps.db);
  const catalogue = createCatalogueService({ repository, clock: deps.clock });
  const searchRepository = createCatalogueSearchRepository(deps.db);
  const search = createCatalogueSearchService({
    repository: searchRepository,
    resolveMppId: catalogue.resolveMppId,
    now: () => deps.clock.now().getTime(),
    resultCacheMs: deps.searchCacheMs ?? 0,
  });
  const importer = createCatalogueImportService({ repository: importRepository, onChanged: () => search.invalidate() });

  /** The catalogue, or one tenant's part of it, as an importable document. */
  const exportDocument = (tenantSlug?: string) => importRepository.readDocument(tenantSlug);

  return {
    routes: catalogueRoutes({ catalogue, search }),
    adminRoutes: catalogueAdminRoutes({
      importer,
      search,
      catalogue,
      exportDocument,
      requireAdmin: adminGuard(deps.adminToken),
    }),
    api: {
      catalogue,
      search,
      importer,
      exportDocument,
    },
    /** Idempotent start-up work: synonyms and the national calendar around today. */
    async ensureReferenceData() {
      const year = deps.clock.now().getUTCFullYear();
      // Refreshing the vocabulary reads every service: only when the built-in synonyms changed.
      if (await ensureReferenceData(referenceRepository, [year, year + 1]))
        await importRepository.refreshSearchVocabulary();
    },
    isEmpty: async () => (await repository.countMpps()) === 0,
    /** The demo catalogue: three MPPs in WIB, WITA and WIT, clearly labelled demo data. */
    async seedDemo() {
      // Loaded on demand: the demo data is large and only needed on a first start or by `seed`.
      const { buildDemoCatalogue } = await import('./seed/demo/index.js');
      return importer.importDocument(buildDemoCatalogue());
    },
    /** One generated MPP per kab/kota (514) for benchmarks; reports progress per batch. */
    async seedNational(onProgress?: (done: number, total: number) => void) {
      const [{ buildDemoCatalogue }, { buildNationalCatalogue }] = await Promise.all([
        import('./seed/demo/index.js'),
        import('./seed/national.js'),
      ]);
      const areas = await loadAreaIndex();
      const plan = await buildNationalCatalogue(CatalogueDocument.parse(buildDemoCatalogue()), [
        ...areas.regencies.values(),
      ]);
      for (const [index, document] of plan.documents.entries()) {
        await importer.importDocument(document);
        onProgress?.(index + 1, plan.documents.length);
      }
      return plan;
    },
  };
}

export type CatalogueModule = ReturnType<typeof createCatalogueModule>;
export type { CatalogueDocument, CatalogueDocumentInput } from '../../domain/catalogue/catalogue-document.js';
export type { ImportSummary } from './catalogue-import.repository.js';
