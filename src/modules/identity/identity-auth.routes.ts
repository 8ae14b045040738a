import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../platform/http/access.js';
import { Problem } from '../../platform/http/problem.js';
import type { CitizenAuthService } from './identity.citizen-auth.service.js';
import { contextOf } from './identity.context.js';
import type { ProfileService } from './identity.profile.service.js';
import {
  InvitationAccept,
  OtpChallenge,
  OtpRequest,
  OtpVerify,
  PasswordSignIn,
  Session,
  StaffPasswordSignIn,
  StaffSignInResult,
  TotpStep,
} from './identity.schemas.js';
import type { IssuedSession, SessionsService } from './identity.sessions.service.js';
import { SESSION_COOKIE } from './identity.sessions.service.js';
import type { StaffAuthService } from './identity.staff-auth.service.js';
import type { SessionsRepository } from './identity.sessions.repository.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';

/** Sign-in, sign-up, the second factor, SSO and sign-out. */

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem, 429: Problem };

export function setSessionCookie(reply: FastifyReply, session: IssuedSession) {
  void reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/',
    expires: session.absoluteExpiresAt,
  });
}

export function identityAuthRoutes(deps: {
  citizenAuth: CitizenAuthService;
  staffAuth: StaffAuthService;
  profile: ProfileService;
  sessions: SessionsService;
  sessionsRepository: SessionsRepository;
  clock: Clock;
  db: Database;
  publicUrl: string;
}): FastifyPluginAsyncZod {
  const { citizenAuth, staffAuth, profile } = deps;
  const oidcRedirectUri = `${deps.publicUrl}/api/v1/auth/oidc/callback`;

  async function sessionBody(
    reply: FastifyReply,
    accountId: string,
    session: IssuedSession,
    delivery: 'cookie' | 'token',
  ) {
    if (delivery === 'cookie') setSessionCookie(reply, session);
    return {
      account: await profile.getMe(accountId),
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt.toISOString(),
      ...(delivery === 'token' ? { token: session.token } : {}),
    };
  }

  return async (app) => {
    app.post(
      '/api/v1/auth/otp',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'identity.requestCode',
          tags: ['identity'],
          summary: 'Send a 6-digit sign-in code to a phone (SMS/WhatsApp) or email; signs up on first use',
          body: OtpRequest,
          response: { 202: OtpChallenge, ...errors },
        },
      },
      async (request, reply) => {
        const challenge = await citizenAuth.requestCode(request.body, contextOf(request));
        return reply.status(202).send({
          ...challenge,
          expiresAt: challenge.expiresAt.toISOString(),
          resendAvailableAt: challenge.resendAvailableAt.toISOString(),
        });
      },
    );

    app.post(
      '/api/v1/auth/otp/verify',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'identity.verifyCode',
          tags: ['identity'],
          summary: 'Confirm the code: signs in (creating the account on first use)',
          body: OtpVerify,
          response: { 200: Session, ...errors },
        },
      },
      async (request, reply) => {
        const { account, session } = await citizenAuth.verifyCode(request.body, contextOf(request));
        return sessionBody(reply, account.id, session, request.body.delivery);
      },
    );

    app.post(
      '/api/v1/auth/password',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'identity.signInWithPassword',
          tags: ['identity'],
          summary: 'Citizen sign-in with a password they set',
          body: PasswordSignIn,
          response: { 200: Session, ...errors },
        },
      },
      async (request, reply) => {
        const { account, session } = await citizenAuth.signInWithPassword(request.body, contextOf(request));
        return sessionBody(reply, account.id, session, request.body.delivery);
      },
    );

    app.post(
      '/api/v1/auth/staff/password',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'identity.staffSignIn',
          tags: ['identity'],
          summary: 'Officer/admin sign-in: password, then the authenticator code (or its enrolment)',
          body: StaffPasswordSignIn,
          response: { 200: StaffSignInResult, ...errors },
        },
      },
      async (request, reply) => {
        const result = await staffAuth.signInWithPassword(request.body, contextOf(request));
        if (result.status !== 'signed_in') return result;
        return {
          status: 'signed_in' as const,
          session: await sessionBody(reply, result.account.id, result.session, 'cookie'),
        };
      },
    );

    app.post(
      '/api/v1/auth/staff/totp',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'identity.staffTotp',
          tags: ['identity'],
          summary: 'Second step of staff sign-in: the authenticator code (also confirms an enrolment)',
          body: TotpStep,
          response: { 200: Session, ...errors },
        },
      },
      async (request, reply) => {
        const { account, session } = await staffAuth.completeTotp(request.body, contextOf(request));
        return sessionBody(reply, account.id, session, request.body.delivery);
      },
    );

    app.post(
      '/api/v1/auth/staff/invitations/accept',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'identity.acceptInvitation',
          tags: ['identity'],
          summary: 'Set the password of an invited staff account',
          body: InvitationAccept,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await staffAuth.acceptInvitation(request.body, contextOf(request));
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/auth/oidc',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'identity.oidcStatus',
          tags: ['identity'],
          summary: 'Whether single sign-on is available',
          response: { 200: z.object({ enabled: z.boolean() }) },
        },
      },
      async () => ({ enabled: staffAuth.isOidcEnabled() }),
    );

    app.get(
      '/api/v1/auth/oidc/start',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'identity.oidcStart',
          tags: ['identity'],
          summary: 'Start single sign-on: redirects to the identity provider',
          querystring: z.object({
            returnTo: z
              .string()
              .regex(/^\/(?!\/)[^\s\\]*$/, 'a path on this site')
              .max(500)
              .default('/console/'),
          }),
          response: { 302: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const url = await staffAuth.beginOidc({ redirectUri: oidcRedirectUri, returnTo: request.query.returnTo });
        return reply.redirect(url, 302);
      },
    );

    app.get(
      '/api/v1/auth/oidc/callback',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'identity.oidcCallback',
          tags: ['identity'],
          summary: 'Where the identity provider sends the browser back',
          querystring: z.object({ state: z.string().max(500).optional() }).passthrough(),
          response: { 302: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const callbackUrl = new URL(request.url, deps.publicUrl);
        const { session, returnTo } = await staffAuth.completeOidc(
          { callbackUrl, redirectUri: oidcRedirectUri },
          contextOf(request),
        );
        setSessionCookie(reply, session);
        return reply.redirect(returnTo, 302);
      },
    );

    app.get(
      '/api/v1/auth/session',
      {
        config: { access: { permission: 'identity.self' } },
        schema: {
          operationId: 'identity.session',
          tags: ['identity'],
          summary: 'The current session: who I am and the CSRF token for writes',
          response: { 200: Session, ...errors },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        if (principal.kind !== 'account') throw new Error('unreachable: API keys have no session');
        const expiresAt = await deps.sessionsRepository.findIdleExpiry(principal.sessionId);
        return {
          account: await profile.getMe(principal.accountId),
          csrfToken: deps.sessions.csrfFor(principal.sessionId),
          expiresAt: (expiresAt ?? deps.clock.now()).toISOString(),
        };
      },
    );

    app.post(
      '/api/v1/auth/sign-out',
      {
        config: { access: { permission: 'identity.self' } },
        schema: {
          operationId: 'identity.signOut',
          tags: ['identity'],
          summary: 'End this session',
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        if (principal.kind === 'account')
          await deps.sessionsRepository.revokeSession(
            deps.db,
            principal.accountId,
            principal.sessionId,
            deps.clock.now(),
          );
        void reply.clearCookie(SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'lax' });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/auth/sign-out-everywhere',
      {
        config: { access: { permission: 'identity.self' } },
        schema: {
          operationId: 'identity.signOutEverywhere',
          tags: ['identity'],
          summary: 'End every session of this account, on every device',
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        if (principal.kind === 'account')
          await deps.sessionsRepository.revokeAllSessions(deps.db, principal.accountId, deps.clock.now());
        void reply.clearCookie(SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'lax' });
        return reply.status(204).send(null);
      },
    );
  };
}
