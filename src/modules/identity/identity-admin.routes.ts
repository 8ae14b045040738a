import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../platform/http/access.js';
import { Problem } from '../../platform/http/problem.js';
import type { AdminService } from './identity.admin.service.js';
import { contextOf } from './identity.context.js';
import { failIdentity } from './identity.errors.js';
import {
  ApiKeyCreated,
  ApiKeyInput,
  ApiKeyView,
  AuditEventView,
  AuditQuery,
  CitizenLookup,
  CitizenLookupResult,
  StaffInput,
  StaffUpdate,
  StaffView,
} from './identity.schemas.js';

/** Staff accounts, agency API keys, the audit log, and the officer's citizen lookup. */

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem, 429: Problem };

export function identityAdminRoutes(deps: { admin: AdminService }): FastifyPluginAsyncZod {
  const { admin } = deps;
  return async (app) => {
    app.get(
      '/api/v1/staff',
      {
        config: { access: { permission: 'identity.staff.manage' } },
        schema: {
          operationId: 'identity.listStaff',
          tags: ['identity'],
          summary: 'Staff accounts within my scope',
          querystring: z.object({
            cursor: z.string().uuid().optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: z.object({ items: z.array(StaffView), nextCursor: z.string().nullable() }), ...errors },
        },
      },
      async (request) =>
        admin.listStaff(principalOf(request), { limit: request.query.limit, afterId: request.query.cursor }),
    );

    app.post(
      '/api/v1/staff',
      {
        config: { access: { permission: 'identity.staff.manage' } },
        schema: {
          operationId: 'identity.inviteStaff',
          tags: ['identity'],
          summary: 'Create a staff account with roles; an invitation email lets them set a password',
          body: StaffInput,
          response: { 201: StaffView, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await admin.inviteStaff(principalOf(request), request.body, contextOf(request))),
    );

    app.patch(
      '/api/v1/staff/:id',
      {
        config: { access: { permission: 'identity.staff.manage' } },
        schema: {
          operationId: 'identity.updateStaff',
          tags: ['identity'],
          summary: 'Rename, disable (ends their sessions) or change the roles of a staff account',
          params: z.object({ id: z.string().uuid() }),
          body: StaffUpdate,
          response: { 200: StaffView, ...errors },
        },
      },
      async (request) => admin.updateStaff(principalOf(request), request.params.id, request.body, contextOf(request)),
    );

    app.get(
      '/api/v1/tenants/:ref/api-keys',
      {
        config: { access: { permission: 'identity.api_key.manage' } },
        schema: {
          operationId: 'identity.listApiKeys',
          tags: ['identity'],
          summary: "A tenant's API keys (never the keys themselves)",
          params: z.object({ ref: z.string().min(1).max(200) }),
          response: { 200: z.object({ items: z.array(ApiKeyView) }), ...errors },
        },
      },
      async (request) => ({ items: await admin.listApiKeys(principalOf(request), request.params.ref) }),
    );

    app.post(
      '/api/v1/tenants/:ref/api-keys',
      {
        config: { access: { permission: 'identity.api_key.manage' } },
        schema: {
          operationId: 'identity.createApiKey',
          tags: ['identity'],
          summary: 'Create an API key for a tenant; the key is shown once and stored hashed',
          params: z.object({ ref: z.string().min(1).max(200) }),
          body: ApiKeyInput,
          response: { 201: ApiKeyCreated, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .header('cache-control', 'no-store')
          .send(await admin.createApiKey(principalOf(request), request.params.ref, request.body, contextOf(request))),
    );

    app.delete(
      '/api/v1/api-keys/:id',
      {
        config: { access: { permission: 'identity.api_key.manage' } },
        schema: {
          operationId: 'identity.revokeApiKey',
          tags: ['identity'],
          summary: 'Revoke an API key (takes effect on the next request)',
          params: z.object({ id: z.string().uuid() }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await admin.revokeApiKey(principalOf(request), request.params.id, contextOf(request));
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/audit-events',
      {
        config: { access: { permission: 'identity.audit.read' } },
        schema: {
          operationId: 'identity.searchAudit',
          tags: ['identity'],
          summary: 'Search the audit log (newest first)',
          querystring: AuditQuery,
          response: { 200: z.object({ items: z.array(AuditEventView), nextCursor: z.string().nullable() }), ...errors },
        },
      },
      async (request) => {
        const { cursor, ...filter } = request.query;
        const beforeSeq = cursor === undefined ? undefined : Number(cursor);
        if (beforeSeq !== undefined && !(Number.isSafeInteger(beforeSeq) && beforeSeq > 0))
          throw failIdentity('identity.audit_cursor_invalid');
        return admin.searchAudit(principalOf(request), { ...filter, beforeSeq });
      },
    );

    app.post(
      '/api/v1/citizens/lookup',
      {
        config: { access: { permission: 'identity.citizen.lookup' } },
        schema: {
          operationId: 'identity.lookupCitizen',
          tags: ['identity'],
          summary: 'Find a citizen by NIK at the counter; the reason is required and the read is audited',
          body: CitizenLookup,
          response: { 200: CitizenLookupResult, ...errors },
        },
      },
      async (request) => admin.lookupCitizen(principalOf(request), request.body, contextOf(request)),
    );
  };
}
