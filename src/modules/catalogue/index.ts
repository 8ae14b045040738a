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
import type { CatalogueAudit } from './catalogue.audit.js';
import { createCatalogueService } from './catalogue.service.js';
import { createCatalogueWrite } from './catalogue-write.js';
import { createCatalogueManageService } from './catalogue-manage.service.js';
import { createCatalogueCountersService } from './catalogue-counters.service.js';
import { createCatalogueCalendarService } from './catalogue-calendar.service.js';
import { createCatalogueDefinitionsService } from './catalogue-definitions.service.js';
import { catalogueManageRoutes } from './catalogue-manage.routes.js';
import { catalogueDefinitionsRoutes } from './catalogue-definitions.routes.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loadAreaIndex } from './catalogue.areas.js';
import { CatalogueDocument } from '../../domain/catalogue/catalogue-document.js';
import { createCatalogueDirectory } from './catalogue.directory.js';

/**
 * The catalogue: MPPs, tenants, gerai, counters, services with their Standar Pelayanan, the
 * working calendar and search. The only file other code may import.
 */
export function createCatalogueModule(deps: {
  db: Database;
  clock: Clock;
  /**
   * The audit log every catalogue write appends to, in the write's transaction. Required by the
   * HTTP routes (registering them without it fails at start-up); the CLI and start-up work
   * (migrate, seed, import from a file) do not write through the routes and may omit it.
   */
  audit?: CatalogueAudit;
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

  /** The write use cases; they exist only with an audit log, so no write goes unrecorded. */
  const writing = deps.audit ? createWriting(deps.audit) : undefined;
  function createWriting(audit: CatalogueAudit) {
    const write = createCatalogueWrite({ db: deps.db, audit, onChanged: () => search.invalidate() });
    return {
      audit,
      manage: createCatalogueManageService({ db: deps.db, write, catalogue, clock: deps.clock }),
      counters: createCatalogueCountersService({ write, catalogue }),
      calendar: createCatalogueCalendarService({ write }),
      definitions: createCatalogueDefinitionsService({ db: deps.db, write, catalogue }),
    };
  }
  /** A route plugin that writes: without the audit log it refuses to register (the app does not start). */
  function needsAudit(build: (w: NonNullable<typeof writing>) => FastifyPluginAsyncZod): FastifyPluginAsyncZod {
    if (!writing)
      return async () => {
        throw new Error('createCatalogueModule: the catalogue routes need an audit log (deps.audit)');
      };
    return build(writing);
  }

  return {
    /** The catalogue's HTTP API: public reads and the write API behind roles. */
    routes: needsAudit(({ manage, counters, definitions }) => {
      const read = catalogueRoutes({ catalogue, search });
      const places = catalogueManageRoutes({ manage, counters });
      const services = catalogueDefinitionsRoutes({ definitions });
      return async (app) => {
        await app.register(read);
        await app.register(places);
        await app.register(services);
      };
    }),
    /** Imports and exports, calendar dates and the synonym table. */
    adminRoutes: needsAudit(({ manage, calendar, audit }) =>
      catalogueAdminRoutes({ importer, search, manage, calendar, audit, exportDocument }),
    ),
    api: {
      catalogue,
      search,
      importer,
      exportDocument,
      /** Display names of MPPs and tenants by id (ids that name nothing are left out). */
      namesOf: catalogue.namesOf,
      /** Whether the tenant has a gerai (booth) at the MPP: where its officers can work. */
      tenantHasGeraiAt: catalogue.tenantHasGeraiAt,
      /** The tenant's id from its id or slug; undefined when there is none. */
      findTenantId: catalogue.findTenantId,
      /** The MPP's id from its id or slug; undefined when there is none. */
      findMppId: catalogue.findMppId,
      /** Places for other modules: an MPP's hours and calendar, offered services, counters. */
      directory: createCatalogueDirectory({ db: deps.db, repository, clock: deps.clock }),
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
export type { CatalogueDirectory, CounterPlace, MppPlace, OfferedService } from './catalogue.directory.js';
