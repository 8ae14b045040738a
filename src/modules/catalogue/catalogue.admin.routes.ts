import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Problem } from '../../platform/http/problem.js';
import { type CatalogueDocument, Slug } from '../../domain/catalogue/catalogue-document.js';
import type { preHandlerAsyncHookHandler } from 'fastify';
import { failCatalogue } from './catalogue.errors.js';
import type { CatalogueImportService } from './catalogue-import.service.js';
import type { CatalogueSearchService } from './catalogue-search.service.js';
import type { CatalogueService } from './catalogue.service.js';
import { CalendarDate, CalendarDateInput } from './catalogue.schemas.js';

/**
 * Admin endpoints of the catalogue: import and export (JSON document or a tenant's CSV), and the
 * synonym table. Behind the bootstrap admin token until roles exist.
 */

const ImportSummary = z.object({
  mpps: z.number().int(),
  tenants: z.number().int(),
  services: z.number().int(),
  servicesCreated: z.number().int(),
  offerings: z.number().int(),
  counters: z.number().int(),
});
const ImportResult = z.object({ dryRun: z.boolean(), valid: z.literal(true), summary: ImportSummary.nullable() });
const ImportQuery = z.object({
  tenant: Slug.optional().describe('Required for text/csv: whose services the rows are'),
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
const ExportQuery = z.object({
  tenant: Slug.optional(),
  format: z.enum(['json', 'csv']).default('json'),
});
const Synonym = z
  .object({ term: z.string(), expansions: z.array(z.string()), isBuiltin: z.boolean() })
  .meta({ id: 'Synonym' });
const SynonymInput = z.object({
  term: z.string().trim().min(1).max(80),
  expansions: z.array(z.string().trim().min(1).max(120)).min(1).max(30),
});
const errors = { 400: Problem, 401: Problem, 404: Problem, 422: Problem };

export function catalogueAdminRoutes(deps: {
  importer: CatalogueImportService;
  search: CatalogueSearchService;
  catalogue: CatalogueService;
  exportDocument: (tenantSlug?: string) => Promise<CatalogueDocument>;
  requireAdmin: preHandlerAsyncHookHandler;
}): FastifyPluginAsyncZod {
  const { importer, search } = deps;
  return async (app) => {
    app.addHook('onRequest', deps.requireAdmin);
    app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'string' }, (_request, body, done) => {
      done(null, body);
    });

    app.post(
      '/api/v1/admin/catalogue/imports',
      {
        // A national catalogue document is large; only this route accepts big bodies.
        bodyLimit: 64 * 1024 * 1024,
        schema: {
          operationId: 'catalogue.import',
          tags: ['catalogue'],
          summary: "Import a catalogue document (JSON) or a tenant's services (CSV); all or nothing",
          description:
            'Send `application/json` with a `satupintu.catalogue/v1` document, or `text/csv` with `?tenant=`. ' +
            'A file with any bad row is rejected whole with 422, listing every problem (line, field, reason).',
          security: [{ adminToken: [] }],
          querystring: ImportQuery,
          body: z.unknown(),
          response: { 200: ImportResult, ...errors },
        },
      },
      async (request) => {
        const { tenant, dryRun } = request.query;
        if (typeof request.body === 'string') {
          if (!tenant)
            throw failCatalogue('catalogue.import_unreadable', {
              format: 'CSV',
              reason: 'the tenant query parameter is required',
            });
          const summary = await importer.importServicesCsv(request.body, tenant, { dryRun });
          return { dryRun, valid: true as const, summary: summary ?? null };
        }
        if (dryRun) {
          const { problems } = await importer.validate(request.body);
          if (problems.length > 0)
            throw failCatalogue('catalogue.import_invalid', { count: problems.length }, problems);
          return { dryRun, valid: true as const, summary: null };
        }
        return { dryRun, valid: true as const, summary: await importer.importDocument(request.body) };
      },
    );

    app.get(
      '/api/v1/admin/catalogue/export',
      {
        schema: {
          operationId: 'catalogue.export',
          tags: ['catalogue'],
          summary: "Export the catalogue (JSON document) or one tenant's services (CSV)",
          security: [{ adminToken: [] }],
          querystring: ExportQuery,
          response: { 200: z.unknown(), ...errors },
        },
      },
      async (request, reply) => {
        const { tenant, format } = request.query;
        if (format === 'csv') {
          if (!tenant)
            throw failCatalogue('catalogue.import_unreadable', {
              format: 'CSV',
              reason: 'the tenant query parameter is required',
            });
          const csv = await importer.exportServicesCsv(tenant);
          return reply
            .header('content-type', 'text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${tenant}.csv"`)
            .send(csv);
        }
        const document = await deps.exportDocument(tenant);
        if (tenant && document.tenants.length === 0) throw failCatalogue('catalogue.tenant_not_found', { ref: tenant });
        return document;
      },
    );

    app.put(
      '/api/v1/admin/calendar-dates',
      {
        schema: {
          operationId: 'catalogue.saveCalendarDate',
          tags: ['catalogue'],
          summary: 'Add or rename a holiday, cuti bersama, local day, closure or extra working day',
          security: [{ adminToken: [] }],
          body: CalendarDateInput,
          response: { 200: CalendarDate, ...errors },
        },
      },
      async (request) => deps.catalogue.saveCalendarDate(request.body),
    );

    app.delete(
      '/api/v1/admin/calendar-dates/:id',
      {
        schema: {
          operationId: 'catalogue.removeCalendarDate',
          tags: ['catalogue'],
          summary: 'Remove a calendar date (an imported national date stays removed on later imports)',
          security: [{ adminToken: [] }],
          params: z.object({ id: z.string().uuid() }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await deps.catalogue.removeCalendarDate(request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/admin/search-synonyms',
      {
        schema: {
          operationId: 'search.listSynonyms',
          tags: ['search'],
          summary: 'The synonym table: colloquial words and what they mean',
          security: [{ adminToken: [] }],
          response: { 200: z.object({ items: z.array(Synonym) }), 401: Problem },
        },
      },
      async () => ({ items: await search.listSynonyms() }),
    );

    app.put(
      '/api/v1/admin/search-synonyms',
      {
        schema: {
          operationId: 'search.saveSynonym',
          tags: ['search'],
          summary: 'Add or replace a synonym (an admin entry overrides a built-in one)',
          security: [{ adminToken: [] }],
          body: SynonymInput,
          response: { 200: Synonym, 400: Problem, 401: Problem },
        },
      },
      async (request) => search.saveSynonym(request.body.term, request.body.expansions),
    );

    app.delete(
      '/api/v1/admin/search-synonyms/:term',
      {
        schema: {
          operationId: 'search.deleteSynonym',
          tags: ['search'],
          summary: 'Remove a synonym',
          security: [{ adminToken: [] }],
          params: z.object({ term: z.string().min(1).max(80) }),
          response: { 204: z.null(), 401: Problem, 404: Problem },
        },
      },
      async (request, reply) => {
        const deleted = await search.deleteSynonym(request.params.term);
        if (!deleted) throw failCatalogue('catalogue.synonym_not_found', { ref: request.params.term });
        return reply.status(204).send(null);
      },
    );
  };
}
