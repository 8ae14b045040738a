import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { scopeOf } from '../../platform/http/access.js';
import { RefParams, ServiceDetail } from './catalogue.schemas.js';
import type { CatalogueDefinitionsService } from './catalogue-definitions.service.js';
import { callerOf, WRITE_ERRORS } from './catalogue-manage.routes.js';
import {
  Offering,
  OfferingInput,
  OfferingParams,
  ServiceCreateInput,
  ServiceUpdateInput,
  ServiceVersionList,
} from './catalogue-manage.schemas.js';

/**
 * Write API of service definitions (a tenant's admin, a national admin, or the agency's system
 * with an API key) and of where they are offered (the MPP's manager).
 */
export function catalogueDefinitionsRoutes(deps: { definitions: CatalogueDefinitionsService }): FastifyPluginAsyncZod {
  const { definitions } = deps;
  return async (app) => {
    app.post(
      '/api/v1/services',
      {
        config: { access: { permission: 'catalogue.service.manage' } },
        schema: {
          operationId: 'catalogue.createService',
          tags: ['catalogue'],
          summary: 'Add a service with its full Standar Pelayanan (14 components)',
          body: ServiceCreateInput,
          response: { 201: ServiceDetail, ...WRITE_ERRORS },
        },
      },
      async (request, reply) => {
        const service = await definitions.createService(callerOf(request, 'catalogue.service.manage'), request.body);
        return reply.status(201).send(service);
      },
    );

    app.put(
      '/api/v1/services/:ref',
      {
        config: { access: { permission: 'catalogue.service.manage' } },
        schema: {
          operationId: 'catalogue.updateService',
          tags: ['catalogue'],
          summary: "Replace a service's definition; a changed definition becomes a new version",
          description:
            'Send the whole definition with `expectedVersion`, the version it was edited from: when another ' +
            'edit landed first the answer is 409 `catalogue.version_conflict`. Earlier versions are kept; ' +
            'an unchanged definition makes no new version.',
          params: RefParams,
          body: ServiceUpdateInput,
          response: { 200: ServiceDetail, ...WRITE_ERRORS },
        },
      },
      async (request) =>
        definitions.updateService(callerOf(request, 'catalogue.service.manage'), request.params.ref, request.body),
    );

    app.get(
      '/api/v1/services/:ref/versions',
      {
        config: { access: { permission: 'catalogue.service.manage' } },
        schema: {
          operationId: 'catalogue.listServiceVersions',
          tags: ['catalogue'],
          summary: 'Every kept version of a service definition, newest first',
          params: RefParams,
          response: { 200: ServiceVersionList, ...WRITE_ERRORS },
        },
      },
      async (request) =>
        definitions.listServiceVersions(scopeOf(request, 'catalogue.service.manage'), request.params.ref),
    );

    app.put(
      '/api/v1/mpps/:ref/services/:serviceRef',
      {
        config: { access: { permission: 'catalogue.offering.manage' } },
        schema: {
          operationId: 'catalogue.setOffering',
          tags: ['catalogue'],
          summary: "Offer a service at the MPP (through its tenant's gerai there), or stop offering it",
          params: OfferingParams,
          body: OfferingInput,
          response: { 200: Offering, ...WRITE_ERRORS },
        },
      },
      async (request) =>
        definitions.setOffering(
          callerOf(request, 'catalogue.offering.manage'),
          request.params.ref,
          request.params.serviceRef,
          request.body.active,
        ),
    );
  };
}
