import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Problem } from '../../platform/http/problem.js';
import { type CatalogueDocument, Slug } from '../../domain/catalogue/catalogue-document.js';
import { failCatalogue } from './catalogue.errors.js';
import { auditEntry, type CatalogueAudit } from './catalogue.audit.js';
import type { CatalogueImportService } from './catalogue-import.service.js';
import type { CatalogueSearchService } from './catalogue-search.service.js';
import type { CatalogueCalendarService } from './catalogue-calendar.service.js';
import type { CatalogueManageService } from './catalogue-manage.service.js';
import { callerOf, WRITE_ERRORS } from './catalogue-manage.routes.js';
import { CalendarDate, CalendarDateInput } from './catalogue.schemas.js';

/**
 * Admin endpoints of the catalogue: import and export (JSON document or a tenant's CSV), calendar
 * dates and the synonym table. A whole document is the national admin's; one tenant's CSV is also
 * its tenant admin's. Every change is written to the audit log in its own transaction.
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
const errors = WRITE_ERRORS;

export function catalogueAdminRoutes(deps: {
  importer: CatalogueImportService;
  search: CatalogueSearchService;
  manage: CatalogueManageService;
  calendar: CatalogueCalendarService;
  audit: CatalogueAudit;
  exportDocument: (tenantSlug?: string) => Promise<CatalogueDocument>;
}): FastifyPluginAsyncZod {
  const { importer, search, manage, audit } = deps;

  return async (app) => {
    app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'string' }, (_request, body, done) => {
      done(null, body);
    });

    app.post(
      '/api/v1/admin/catalogue/imports',
      {
        config: { access: { permission: 'catalogue.import' } },
        // A national catalogue document is large; only this route accepts big bodies.
        bodyLimit: 64 * 1024 * 1024,
        schema: {
          operationId: 'catalogue.import',
          tags: ['catalogue'],
          summary: "Import a catalogue document (JSON) or a tenant's services (CSV); all or nothing",
          description:
            'Send `application/json` with a `satupintu.catalogue/v1` document, or `text/csv` with `?tenant=`. ' +
            'A file with any bad row is rejected whole with 422, listing every problem (line, field, reason).',
          querystring: ImportQuery,
          body: z.unknown(),
          response: { 200: ImportResult, ...errors },
        },
      },
      async (request) => {
        const { tenant, dryRun } = request.query;
        const caller = callerOf(request, 'catalogue.import');
        if (typeof request.body === 'string') {
          if (!tenant)
            throw failCatalogue('catalogue.import_unreadable', {
              format: 'CSV',
              reason: 'the tenant query parameter is required',
            });
          const { id: tenantId } = await manage.getReachedTenant(caller.scope, tenant);
          const summary = await importer.importServicesCsv(request.body, tenant, {
            dryRun,
            onWritten: (tx, written) =>
              audit.record(
                tx,
                auditEntry(
                  caller,
                  'catalogue.imported',
                  { type: 'tenant', id: tenantId },
                  {
                    tenantId,
                    details: { format: 'csv', ...written },
                  },
                ),
              ),
          });
          return { dryRun, valid: true as const, summary: summary ?? null };
        }
        // A document may touch every MPP and tenant: the national admin's alone.
        if (caller.scope.kind !== 'all') throw failCatalogue('catalogue.national_scope_required');
        if (dryRun) {
          const { problems } = await importer.validate(request.body);
          if (problems.length > 0)
            throw failCatalogue('catalogue.import_invalid', { count: problems.length }, problems);
          return { dryRun, valid: true as const, summary: null };
        }
        const summary = await importer.importDocument(request.body, undefined, (tx, written) =>
          audit.record(
            tx,
            auditEntry(caller, 'catalogue.imported', undefined, {
              details: { format: 'json', ...written },
            }),
          ),
        );
        return { dryRun, valid: true as const, summary };
      },
    );

    app.get(
      '/api/v1/admin/catalogue/export',
      {
        config: { access: { permission: 'catalogue.export' } },
        schema: {
          operationId: 'catalogue.export',
          tags: ['catalogue'],
          summary: "Export the catalogue (JSON document) or one tenant's services (CSV)",
          querystring: ExportQuery,
          response: { 200: z.unknown(), ...errors },
        },
      },
      async (request, reply) => {
        const { tenant, format } = request.query;
        const caller = callerOf(request, 'catalogue.export');
        if (tenant) await manage.getReachedTenant(caller.scope, tenant);
        else if (caller.scope.kind !== 'all') throw failCatalogue('catalogue.national_scope_required');
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
        config: { access: { permission: 'catalogue.calendar.manage' } },
        schema: {
          operationId: 'catalogue.saveCalendarDate',
          tags: ['catalogue'],
          summary: 'Add or rename a holiday, cuti bersama, local day, closure or extra working day',
          body: CalendarDateInput,
          response: { 200: CalendarDate, ...errors },
        },
      },
      async (request) => deps.calendar.saveCalendarDate(callerOf(request, 'catalogue.calendar.manage'), request.body),
    );

    app.delete(
      '/api/v1/admin/calendar-dates/:id',
      {
        config: { access: { permission: 'catalogue.calendar.manage' } },
        schema: {
          operationId: 'catalogue.removeCalendarDate',
          tags: ['catalogue'],
          summary: 'Remove a calendar date (an imported national date stays removed on later imports)',
          params: z.object({ id: z.string().uuid() }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await deps.calendar.removeCalendarDate(callerOf(request, 'catalogue.calendar.manage'), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/admin/search-synonyms',
      {
        config: { access: { permission: 'catalogue.synonym.manage' } },
        schema: {
          operationId: 'search.listSynonyms',
          tags: ['search'],
          summary: 'The synonym table: colloquial words and what they mean',
          response: { 200: z.object({ items: z.array(Synonym) }), 401: Problem, 403: Problem },
        },
      },
      async () => ({ items: await search.listSynonyms() }),
    );

    app.put(
      '/api/v1/admin/search-synonyms',
      {
        config: { access: { permission: 'catalogue.synonym.manage' } },
        schema: {
          operationId: 'search.saveSynonym',
          tags: ['search'],
          summary: 'Add or replace a synonym (an admin entry overrides a built-in one)',
          body: SynonymInput,
          response: { 200: Synonym, 400: Problem, 401: Problem, 403: Problem },
        },
      },
      async (request) => {
        const caller = callerOf(request, 'catalogue.synonym.manage');
        return search.saveSynonym(request.body.term, request.body.expansions, (tx, term) =>
          audit.record(
            tx,
            auditEntry(
              caller,
              'catalogue.synonym_saved',
              { type: 'synonym', id: term },
              {
                details: { expansions: request.body.expansions },
              },
            ),
          ),
        );
      },
    );

    app.delete(
      '/api/v1/admin/search-synonyms/:term',
      {
        config: { access: { permission: 'catalogue.synonym.manage' } },
        schema: {
          operationId: 'search.deleteSynonym',
          tags: ['search'],
          summary: 'Remove a synonym',
          params: z.object({ term: z.string().min(1).max(80) }),
          response: { 204: z.null(), 401: Problem, 403: Problem, 404: Problem },
        },
      },
      async (request, reply) => {
        const caller = callerOf(request, 'catalogue.synonym.manage');
        const deleted = await search.deleteSynonym(request.params.term, (tx, term) =>
          audit.record(tx, auditEntry(caller, 'catalogue.synonym_deleted', { type: 'synonym', id: term })),
        );
        if (!deleted) throw failCatalogue('catalogue.synonym_not_found', { ref: request.params.term });
        return reply.status(204).send(null);
      },
    );
  };
}
