import type { CitizenFacts } from './identity.accounts.repository.js';
import type {} from '@fastify/cookie';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Grant, Principal } from '../../domain/identity/access.js';
import type { Clock } from '../../platform/clock.js';
import { hashPassword } from '../../platform/crypto/passwords.js';
import type { Secrets } from '../../platform/crypto/secrets.js';
import type { Database, Queryable } from '../../platform/db/database.js';
import type { AccessControlOptions } from '../../platform/http/access.js';
import { newId } from '../../platform/ids.js';
import { identityAdminRoutes } from './identity-admin.routes.js';
import { identityAuthRoutes } from './identity-auth.routes.js';
import { identityMeRoutes } from './identity-me.routes.js';
import { createAccountsRepository } from './identity.accounts.repository.js';
import { createAdminService } from './identity.admin.service.js';
import type { AuditLog } from './identity.audit.js';
import { createCitizenAuthService } from './identity.citizen-auth.service.js';
import { actorOf, contextOf } from './identity.context.js';
import { createNikVerifier, type NikVerifierConfig } from './identity.nik-verifier.js';
import { createOidcClient } from './identity.oidc.js';
import { createOtpRepository } from './identity.otp.repository.js';
import type { CatalogueDirectory, Notifier } from './identity.ports.js';
import { createProfileService } from './identity.profile.service.js';
import { createRateLimiter } from './identity.rate-limit.js';
import { loadRegionChecker } from './identity.regions.js';
import { createSessionsRepository } from './identity.sessions.repository.js';
import { createSessionsService, SESSION_COOKIE } from './identity.sessions.service.js';
import { createStaffAuthService } from './identity.staff-auth.service.js';
import { createTicketsRepository } from './identity.tickets.repository.js';

/**
 * Identity and access: citizens (one-time codes, optional password, NIK), officers and admins
 * (password + TOTP, or OpenID Connect), sessions, roles with scopes, agency API keys, the
 * hash-chained audit log and personal-data rights. The only file other code may import.
 */

export type IdentityModuleDeps = {
  db: Database;
  clock: Clock;
  secrets: Secrets;
  /** The audit log, made first with `createAuditLog` so other modules can write to it too. */
  audit: AuditLog;
  notifier: Notifier;
  directory: CatalogueDirectory;
  publicUrl: string;
  nikVerifier: NikVerifierConfig;
  oidc?: { issuerUrl: string; clientId: string; clientSecret: string; allowInsecureHttp?: boolean } | undefined;
  otpGlobalPerMinute: number;
  /** How long a node reuses a looked-up session (default 5 s; 0 = look up every request). */
  sessionCacheMs?: number;
  /** Tests inject the one-time codes; production draws them from crypto.randomInt. */
  generateCode?: () => string;
  log?: { warn(fields: Record<string, unknown>, message: string): void };
};

export function createIdentityModule(deps: IdentityModuleDeps) {
  const { db, clock, secrets, audit } = deps;
  // Writes that end or change what a session may do clear the node's session cache.
  let forgetSessions = () => {};
  const baseAccounts = createAccountsRepository(db);
  const accounts: typeof baseAccounts = {
    ...baseAccounts,
    async replaceGrants(...args) {
      await baseAccounts.replaceGrants(...args);
      forgetSessions();
    },
    async updateAccount(...args) {
      await baseAccounts.updateAccount(...args);
      if (args[2].status || args[2].erasedAt) forgetSessions();
    },
  };
  const baseSessions = createSessionsRepository(db);
  const sessionsRepository: typeof baseSessions = {
    ...baseSessions,
    async revokeSession(...args) {
      const revoked = await baseSessions.revokeSession(...args);
      forgetSessions();
      return revoked;
    },
    async revokeAllSessions(...args) {
      const count = await baseSessions.revokeAllSessions(...args);
      forgetSessions();
      return count;
    },
  };
  const tickets = createTicketsRepository(db);
  const otp = createOtpRepository(db);
  const rateLimiter = createRateLimiter(db, clock);
  const sessions = createSessionsService({
    repository: sessionsRepository,
    clock,
    secrets,
    ...(deps.sessionCacheMs !== undefined ? { cacheMs: deps.sessionCacheMs } : {}),
  });
  forgetSessions = () => sessions.forgetCachedSessions();
  const nikVerifier = createNikVerifier(deps.nikVerifier, {
    now: () => clock.now(),
    ...(deps.log ? { logger: deps.log } : {}),
  });
  const oidc = deps.oidc ? createOidcClient(deps.oidc) : undefined;

  const citizenAuth = createCitizenAuthService({
    db,
    clock,
    secrets,
    accounts,
    otp,
    sessions,
    rateLimiter,
    audit,
    notifier: deps.notifier,
    otpGlobalPerMinute: deps.otpGlobalPerMinute,
    ...(deps.generateCode ? { generateCode: deps.generateCode } : {}),
  });
  const staffAuth = createStaffAuthService({
    db,
    clock,
    secrets,
    accounts,
    tickets,
    sessions,
    rateLimiter,
    audit,
    oidc,
  });
  const profile = createProfileService({
    db,
    clock,
    secrets,
    accounts,
    sessionsRepository,
    audit,
    notifier: deps.notifier,
    directory: deps.directory,
    nikVerifier,
    regions: loadRegionChecker,
  });
  const admin = createAdminService({
    db,
    clock,
    secrets,
    accounts,
    sessionsRepository,
    tickets,
    audit,
    notifier: deps.notifier,
    directory: deps.directory,
    publicUrl: deps.publicUrl,
  });

  const accessControl: AccessControlOptions = {
    authenticate: (request: FastifyRequest) =>
      sessions.authenticate({
        authorization: request.headers.authorization,
        sessionCookie: request.cookies?.[SESSION_COOKIE],
      }),
    async onDenied(request, event) {
      const context = contextOf(request);
      try {
        await audit.recordAlone({
          action: 'access.denied',
          outcome: 'denied',
          actor: actorOf(event.principal),
          subject: { type: 'route', id: `${request.method} ${request.routeOptions.url ?? ''}` },
          requestId: context.requestId,
          ipPrefix: context.ipPrefix,
          details: { reason: event.reason, ...(event.permission ? { permission: event.permission } : {}) },
        });
      } catch (error) {
        request.log.error({ err: error }, 'could not audit a refused attempt');
      }
    },
  };

  const routes: FastifyPluginAsync = async (app) => {
    await app.register(
      identityAuthRoutes({
        citizenAuth,
        staffAuth,
        profile,
        sessions,
        sessionsRepository,
        clock,
        db,
        publicUrl: deps.publicUrl,
      }),
    );
    await app.register(identityMeRoutes({ profile, sessionsRepository, clock, db }));
    await app.register(identityAdminRoutes({ admin }));
  };

  /** Creates an active staff account with a password (CLI bootstrap, tests). */
  async function createStaffAccount(input: { email: string; displayName: string; password?: string; grants: Grant[] }) {
    const id = newId();
    const now = clock.now();
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    await db.transaction(async (tx) => {
      await accounts.insertAccount(tx, {
        id,
        kind: 'staff',
        status: 'active',
        displayName: input.displayName,
        email: input.email.trim().toLowerCase(),
        preferredLanguage: 'id',
        now,
      });
      await accounts.replaceGrants(tx, id, input.grants, undefined);
      if (passwordHash) await accounts.updateAccount(tx, id, { passwordHash }, now);
      await audit.record(tx, {
        action: 'identity.staff_created',
        outcome: 'success',
        actor: { label: 'system:cli' },
        subject: { type: 'account', id },
        details: { grants: input.grants },
      });
    });
    return { id };
  }

  return {
    routes,
    accessControl,
    api: {
      createStaffAccount,
      /**
       * Who a citizen is, for limits per person: the NIK's keyed hash (never the NIK) and whether
       * the population registry confirmed it; and how to reach them for service messages (their
       * chosen channels, or the contact they signed up with). Undefined without a profile.
       * `q`: read in the caller's transaction; `asking`: the principal of a citizen's own request,
       * whose facts the session lookup may already have read (one round trip less).
       */
      async citizenIdentity(accountId: string, options: { q?: Queryable; asking?: Principal } = {}) {
        // A citizen asking for themselves was usually read with their session a moment ago.
        const facts =
          (options.asking && sessions.citizenReadWith(options.asking, accountId)) ??
          (await accounts.findNikFacts(accountId, options.q));
        if (!facts) return undefined;
        return {
          nikHash: facts.nikHash,
          nikStatus: facts.status ?? 'unverified',
          isVerified: facts.status === 'match',
          fullName: facts.fullName,
          language: facts.language,
          contacts: contactsOf(facts),
        };
      },
      /** Citizens' names for staff screens (booking's day view); the caller audits the access. */
      citizenNames: (accountIds: readonly string[]) => accounts.findCitizenNames(accountIds),
      /** A bearer session for an account (tests and scripted clients); the token is returned once. */
      async issueBearerSession(accountId: string) {
        const account = await accounts.findById(accountId);
        if (!account) throw new Error(`no account ${accountId}`);
        const session = await db.transaction((tx) =>
          sessions.issue(tx, account, 'password_totp', {
            ip: '127.0.0.1',
            ipPrefix: '127.0.0.0/24',
            userAgent: 'satupintu-cli',
            requestId: 'cli',
            language: 'id',
          }),
        );
        return session.token;
      },
      audit,
    },
  };
}

export type IdentityModule = ReturnType<typeof createIdentityModule>;
export { createAuditLog, type AuditLog, type AuditEntry, type AuditVerification } from './identity.audit.js';
export type { CatalogueDirectory, Notifier } from './identity.ports.js';

/**
 * Where service messages (a booking's confirmation and reminders) go: each channel the citizen
 * chose that has its contact, else the email or phone they signed up with.
 */
export function contactsOf(facts: Pick<CitizenFacts, 'channels' | 'email' | 'phone'>): CitizenContact[] {
  const addressOf = (channel: CitizenContact['channel']) => (channel === 'email' ? facts.email : facts.phone);
  const chosen = facts.channels.flatMap((channel) => {
    const to = addressOf(channel);
    return to ? [{ channel, to }] : [];
  });
  if (chosen.length > 0) return chosen;
  if (facts.email) return [{ channel: 'email' as const, to: facts.email }];
  if (facts.phone) return [{ channel: 'sms' as const, to: facts.phone }];
  return [];
}

export type CitizenContact = { channel: 'sms' | 'whatsapp' | 'email'; to: string };
