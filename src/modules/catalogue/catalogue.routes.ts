import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { canAttempt } from '../../domain/identity/access.js';
import { Problem } from '../../platform/http/problem.js';
import {
  CalendarList,
  CalendarQuery,
  CounterList,
  TenantList,
  TenantListQuery,
  MppDetail,
  MppList,
  MppListQuery,
  NearestList,
  NearestQuery,
  parseNear,
  ProvinceList,
  RefParams,
  SearchQuery,
  SearchResult,
  ServiceDetail,
  ServiceList,
  ServiceListQuery,
  TenantDetail,
} from './catalogue.schemas.js';
import type { CatalogueService } from './catalogue.service.js';
import type { CatalogueSearchService } from './catalogue-search.service.js';

/**
 * Public read API of the catalogue. Thin: validate, call the service, shape the reply. Every route
 * is public; a signed-in staff member or agency system reads more of a service (all 14 components).
 */
export function catalogueRoutes(deps: {
  catalogue: CatalogueService;
  search: CatalogueSearchService;
}): FastifyPluginAsyncZod {
  const { catalogue, search } = deps;
  const errors = { 400: Problem, 404: Problem };

  return async (app) => {
    app.get(
      '/api/v1/provinces',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'catalogue.listProvinces',
          tags: ['catalogue'],
          summary: 'Provinces (Kemendagri codes) with their number of MPPs',
          response: { 200: ProvinceList },
        },
      },
      async () => catalogue.listProvinces(),
    );

    app.get(
      '/api/v1/mpps',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'catalogue.listMpps',
          tags: ['catalogue'],
          summary: 'List MPPs, by name, filtered by province or kab/kota',
          querystring: MppListQuery,
          response: { 200: MppList, 400: Problem },
        },
      },
      async (request) => {
        const { provinceCode, regencyCode, limit, cursor } = request.query;
        return catalogue.listMpps(
          { ...(provinceCode ? { provinceCode } : {}), ...(regencyCode ? { regencyCode } : {}) },
          limit,
          cursor,
        );
      },
    );

    app.get(
      '/api/v1/mpps/nearest',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'catalogue.nearestMpps',
          tags: ['catalogue', 'search'],
          summary: 'The MPPs nearest to a coordinate, with their distance in km',
          querystring: NearestQuery,
          response: { 200: NearestList, 400: Problem },
        },
      },
      async (request) => {
        const { latitude, longitude } = parseNear(request.query.near);
        return catalogue.nearestMpps(latitude, longitude, request.query.limit);
      },
    );

    app.get(
      '/api/v1/mpps/:ref',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'catalogue.getMpp',
          tags: ['catalogue'],
          summary: 'One MPP: hours in its local time, whether it is open now, maklumat, tenants',
          params: RefParams,
          response: { 200: MppDetail, ...errors },
        },
      },
      async (request) => catalogue.getMpp(request.params.ref),
    );

    app.get(
      '/api/v1/mpps/:ref/counters',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'catalogue.listMppCounters',
          tags: ['catalogue'],
          summary: 'The counters (loket) of one MPP with their tenant and services',
          params: RefParams,
          response: { 200: CounterList, ...errors },
        },
      },
      async (request) => catalogue.listMppCounters(request.params.ref),
    );

    app.get(
      '/api/v1/tenants',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'catalogue.listTenants',
          tags: ['catalogue'],
          summary: 'List tenants (instansi), filtered by MPP or type',
          querystring: TenantListQuery,
          response: { 200: TenantList, ...errors },
        },
      },
      async (request) => catalogue.listTenants(request.query),
    );

    app.get(
      '/api/v1/calendar',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'catalogue.listCalendar',
          tags: ['catalogue'],
          summary: "Non-working and extra working dates: national holidays, cuti bersama, an MPP's own days",
          querystring: CalendarQuery,
          response: { 200: CalendarList, ...errors },
        },
      },
      async (request) => catalogue.listCalendar(request.query),
    );

    app.get(
      '/api/v1/tenants/:ref',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'catalogue.getTenant',
          tags: ['catalogue'],
          summary: 'One tenant (instansi): its gerai and services',
          params: RefParams,
          response: { 200: TenantDetail, ...errors },
        },
      },
      async (request) => catalogue.getTenant(request.params.ref),
    );

    app.get(
      '/api/v1/services',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'catalogue.listServices',
          tags: ['catalogue'],
          summary: 'List services, filtered by MPP, region, tenant, category or mode',
          querystring: ServiceListQuery,
          response: { 200: ServiceList, ...errors },
        },
      },
      async (request) => catalogue.listServices(request.query),
    );

    app.get(
      '/api/v1/services/:ref',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'catalogue.getService',
          tags: ['catalogue'],
          summary: 'One service with its Standar Pelayanan: 6 published components, all 14 for staff',
          description:
            'Anonymous callers and citizens read the six published components. Staff (any role) and agency ' +
            'API keys with `services:read` read all 14 (`standardView: internal`).',
          params: RefParams,
          response: { 200: ServiceDetail, ...errors },
        },
      },
      async (request, reply) => {
        // The answer depends on who asks: shared caches must not hand staff's answer to citizens.
        void reply.header('vary', 'authorization, cookie');
        const internal = request.principal ? canAttempt(request.principal, 'catalogue.service.read_internal') : false;
        return catalogue.getService(request.params.ref, { internal });
      },
    );

    app.get(
      '/api/v1/search',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'catalogue.search',
          tags: ['search'],
          summary: 'Search services and MPPs in everyday Indonesian (typos, slang, abbreviations)',
          description:
            'Full-text search with the `indonesian` configuration, synonyms for colloquial words and ' +
            'abbreviations, and trigram correction of typos. Each result says why it matched; ' +
            '`corrections` and `expansions` show how the query was read.',
          querystring: SearchQuery,
          response: { 200: SearchResult, ...errors },
        },
      },
      async (request) => search.search(request.query),
    );
  };
}
