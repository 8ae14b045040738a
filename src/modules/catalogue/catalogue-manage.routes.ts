import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Permission } from '../../domain/identity/access.js';
import { principalOf, scopeOf } from '../../platform/http/access.js';
import { Problem } from '../../platform/http/problem.js';
import type { Caller } from './catalogue.audit.js';
import { Counter, MppDetail, RefParams, TenantDetail } from './catalogue.schemas.js';
import type { CatalogueCountersService } from './catalogue-counters.service.js';
import type { CatalogueManageService } from './catalogue-manage.service.js';
import {
  CounterCreateInput,
  CounterUpdateInput,
  Gerai,
  GeraiCreateInput,
  IdParams,
  MppCreateInput,
  MppUpdateInput,
  TenantCreateInput,
  TenantUpdateInput,
} from './catalogue-manage.schemas.js';

/** The caller of a write: who, over which data for this permission, and the request id for the audit log. */
export function callerOf(request: FastifyRequest, permission: Permission): Caller {
  return { principal: principalOf(request), scope: scopeOf(request, permission), requestId: String(request.id) };
}

export const WRITE_ERRORS = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
  422: Problem,
};

/**
 * Write API of the places of the catalogue: MPPs, tenants, gerai and counters. Every route names
 * its permission; the scope (own MPP, own tenant) is applied by the service's queries.
 */
export function catalogueManageRoutes(deps: {
  manage: CatalogueManageService;
  counters: CatalogueCountersService;
}): FastifyPluginAsyncZod {
  const { manage, counters } = deps;
  return async (app) => {
    app.post(
      '/api/v1/mpps',
      {
        config: { access: { permission: 'catalogue.mpp.create' } },
        schema: {
          operationId: 'catalogue.createMpp',
          tags: ['catalogue'],
          summary: 'Add an MPP (national admins)',
          description: 'The kab/kota and province names come from the Kemendagri code; closures start today or later.',
          body: MppCreateInput,
          response: { 201: MppDetail, ...WRITE_ERRORS },
        },
      },
      async (request, reply) => {
        const mpp = await manage.createMpp(callerOf(request, 'catalogue.mpp.create'), request.body);
        return reply.status(201).send(mpp);
      },
    );

    app.patch(
      '/api/v1/mpps/:ref',
      {
        config: { access: { permission: 'catalogue.mpp.update' } },
        schema: {
          operationId: 'catalogue.updateMpp',
          tags: ['catalogue'],
          summary: 'Change an MPP: name, address, coordinates, opening hours, closures, maklumat, contact',
          params: RefParams,
          body: MppUpdateInput,
          response: { 200: MppDetail, ...WRITE_ERRORS },
        },
      },
      async (request) => manage.updateMpp(callerOf(request, 'catalogue.mpp.update'), request.params.ref, request.body),
    );

    app.post(
      '/api/v1/tenants',
      {
        config: { access: { permission: 'catalogue.tenant.create' } },
        schema: {
          operationId: 'catalogue.createTenant',
          tags: ['catalogue'],
          summary: 'Add a tenant (instansi); an MPP manager adds it with its gerai at their MPP',
          body: TenantCreateInput,
          response: { 201: TenantDetail, ...WRITE_ERRORS },
        },
      },
      async (request, reply) => {
        const tenant = await manage.createTenant(callerOf(request, 'catalogue.tenant.create'), request.body);
        return reply.status(201).send(tenant);
      },
    );

    app.patch(
      '/api/v1/tenants/:ref',
      {
        config: { access: { permission: 'catalogue.tenant.update' } },
        schema: {
          operationId: 'catalogue.updateTenant',
          tags: ['catalogue'],
          summary: "Change a tenant's details (its tenant admin, or a national admin)",
          params: RefParams,
          body: TenantUpdateInput,
          response: { 200: TenantDetail, ...WRITE_ERRORS },
        },
      },
      async (request) =>
        manage.updateTenant(callerOf(request, 'catalogue.tenant.update'), request.params.ref, request.body),
    );

    app.post(
      '/api/v1/mpps/:ref/gerai',
      {
        config: { access: { permission: 'catalogue.gerai.manage' } },
        schema: {
          operationId: 'catalogue.addGerai',
          tags: ['catalogue'],
          summary: 'Give a tenant a gerai (booth) at the MPP',
          params: RefParams,
          body: GeraiCreateInput,
          response: { 201: Gerai, ...WRITE_ERRORS },
        },
      },
      async (request, reply) => {
        const gerai = await manage.addGerai(
          callerOf(request, 'catalogue.gerai.manage'),
          request.params.ref,
          request.body,
        );
        return reply.status(201).send(gerai);
      },
    );

    app.delete(
      '/api/v1/gerai/:id',
      {
        config: { access: { permission: 'catalogue.gerai.manage' } },
        schema: {
          operationId: 'catalogue.removeGerai',
          tags: ['catalogue'],
          summary: 'Remove a gerai that has no active counter and offers no service',
          params: IdParams,
          response: { 204: z.null(), ...WRITE_ERRORS },
        },
      },
      async (request, reply) => {
        await manage.removeGerai(callerOf(request, 'catalogue.gerai.manage'), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/mpps/:ref/counters',
      {
        config: { access: { permission: 'catalogue.counter.manage' } },
        schema: {
          operationId: 'catalogue.createCounter',
          tags: ['catalogue'],
          summary: "Add a counter (loket) to a tenant's gerai at the MPP",
          params: RefParams,
          body: CounterCreateInput,
          response: { 201: Counter, ...WRITE_ERRORS },
        },
      },
      async (request, reply) => {
        const counter = await counters.createCounter(
          callerOf(request, 'catalogue.counter.manage'),
          request.params.ref,
          request.body,
        );
        return reply.status(201).send(counter);
      },
    );

    app.patch(
      '/api/v1/counters/:id',
      {
        config: { access: { permission: 'catalogue.counter.manage' } },
        schema: {
          operationId: 'catalogue.updateCounter',
          tags: ['catalogue'],
          summary: 'Relabel a counter, open or close it, or change the services it serves',
          params: IdParams,
          body: CounterUpdateInput,
          response: { 200: Counter, ...WRITE_ERRORS },
        },
      },
      async (request) =>
        counters.updateCounter(callerOf(request, 'catalogue.counter.manage'), request.params.id, request.body),
    );
  };
}
