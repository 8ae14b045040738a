import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Principal } from '../../domain/identity/access.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { principalOf } from '../../platform/http/access.js';
import { Problem } from '../../platform/http/problem.js';
import { contextOf } from './identity.context.js';
import { failIdentity } from './identity.errors.js';
import type { ProfileService } from './identity.profile.service.js';
import {
  AccessLogItem,
  Consents,
  DeletionRequest,
  DeletionResult,
  Me,
  PasswordChange,
  ProfileUpdate,
  SessionItem,
} from './identity.schemas.js';
import type { SessionsRepository } from './identity.sessions.repository.js';
import { SESSION_COOKIE } from './identity.sessions.service.js';

/** A signed-in person's own account: profile, sessions, "who viewed my data", download, erase. */

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem, 429: Problem };

function accountOf(principal: Principal) {
  if (principal.kind !== 'account') throw failIdentity('identity.session_not_found', { ref: 'api-key' });
  return principal;
}

export function identityMeRoutes(deps: {
  profile: ProfileService;
  sessionsRepository: SessionsRepository;
  clock: Clock;
  db: Database;
}): FastifyPluginAsyncZod {
  const { profile } = deps;
  return async (app) => {
    app.get(
      '/api/v1/me',
      {
        config: { access: { permission: 'identity.self' } },
        schema: {
          operationId: 'identity.getMe',
          tags: ['identity'],
          summary: 'My account',
          response: { 200: Me, ...errors },
        },
      },
      async (request) => profile.getMe(accountOf(principalOf(request)).accountId),
    );

    app.patch(
      '/api/v1/me/profile',
      {
        config: { access: { permission: 'identity.citizen.self' } },
        schema: {
          operationId: 'identity.updateProfile',
          tags: ['identity'],
          summary: 'Correct my profile: name, NIK (checked part by part), birth date, sex, address, language, channels',
          body: ProfileUpdate,
          response: { 200: Me, ...errors },
        },
      },
      async (request) =>
        profile.updateProfile(accountOf(principalOf(request)).accountId, request.body, contextOf(request)),
    );

    app.put(
      '/api/v1/me/password',
      {
        config: { access: { permission: 'identity.self' } },
        schema: {
          operationId: 'identity.setPassword',
          tags: ['identity'],
          summary: 'Set or change my password (argon2id)',
          body: PasswordChange,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await profile.setPassword(accountOf(principalOf(request)).accountId, request.body, contextOf(request));
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/v1/me/consents',
      {
        config: { access: { permission: 'identity.citizen.self' } },
        schema: {
          operationId: 'identity.setConsents',
          tags: ['identity'],
          summary: 'Give or withdraw consent for optional messages per channel (honoured at once)',
          body: Consents,
          response: { 200: Me, ...errors },
        },
      },
      async (request) =>
        profile.setConsents(accountOf(principalOf(request)).accountId, request.body, contextOf(request)),
    );

    app.get(
      '/api/v1/me/sessions',
      {
        config: { access: { permission: 'identity.self' } },
        schema: {
          operationId: 'identity.listSessions',
          tags: ['identity'],
          summary: 'My signed-in sessions',
          response: { 200: z.object({ items: z.array(SessionItem) }), ...errors },
        },
      },
      async (request) => {
        const principal = accountOf(principalOf(request));
        const sessions = await deps.sessionsRepository.listLiveSessions(principal.accountId, deps.clock.now());
        return {
          items: sessions.map((s) => ({
            id: s.id,
            method: s.method,
            createdAt: s.createdAt.toISOString(),
            lastSeenAt: s.lastSeenAt.toISOString(),
            userAgent: s.userAgent,
            ipPrefix: s.ipPrefix,
            isCurrent: s.id === principal.sessionId,
          })),
        };
      },
    );

    app.delete(
      '/api/v1/me/sessions/:id',
      {
        config: { access: { permission: 'identity.self' } },
        schema: {
          operationId: 'identity.revokeSession',
          tags: ['identity'],
          summary: 'Sign out one of my sessions',
          params: z.object({ id: z.string().uuid() }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const principal = accountOf(principalOf(request));
        const revoked = await deps.sessionsRepository.revokeSession(
          deps.db,
          principal.accountId,
          request.params.id,
          deps.clock.now(),
        );
        if (!revoked) throw failIdentity('identity.session_not_found', { ref: request.params.id });
        if (request.params.id === principal.sessionId)
          void reply.clearCookie(SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'lax' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/me/access-log',
      {
        config: { access: { permission: 'identity.citizen.self' } },
        schema: {
          operationId: 'identity.accessLog',
          tags: ['identity'],
          summary: 'Who viewed my data: every officer read or export of my personal data',
          response: { 200: z.object({ items: z.array(AccessLogItem) }), ...errors },
        },
      },
      async (request) => ({ items: await profile.accessLog(accountOf(principalOf(request)).accountId) }),
    );

    app.get(
      '/api/v1/me/data',
      {
        config: { access: { permission: 'identity.citizen.self' } },
        schema: {
          operationId: 'identity.exportMyData',
          tags: ['identity'],
          summary: 'Download everything held about me (JSON)',
          response: { 200: z.record(z.string(), z.unknown()), ...errors },
        },
      },
      async (request, reply) => {
        const principal = accountOf(principalOf(request));
        const document = await profile.exportData(principal.accountId, contextOf(request));
        void reply
          .header(
            'content-disposition',
            `attachment; filename="satupintu-data-saya-${deps.clock.now().toISOString().slice(0, 10)}.json"`,
          )
          .header('cache-control', 'no-store');
        return document;
      },
    );

    app.post(
      '/api/v1/me/deletion',
      {
        config: { access: { permission: 'identity.citizen.self' } },
        schema: {
          operationId: 'identity.eraseMyAccount',
          tags: ['identity'],
          summary: 'Erase my account; records the law requires are kept without my identity, and listed',
          body: DeletionRequest,
          response: { 202: DeletionResult, ...errors },
        },
      },
      async (request, reply) => {
        if (!request.body.confirm) throw failIdentity('identity.deletion_not_confirmed');
        const result = await profile.eraseAccount(accountOf(principalOf(request)).accountId, contextOf(request));
        void reply.clearCookie(SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'lax' });
        return reply.status(202).send(result);
      },
    );
  };
}
