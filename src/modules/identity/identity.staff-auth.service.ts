import QRCode from 'qrcode';
import { Secret, TOTP } from 'otpauth';
import { requiresMfa } from '../../domain/identity/access.js';
import { isPasswordAcceptable, normaliseEmail, SIGN_IN_POLICY } from '../../domain/identity/session-policy.js';
import type { Clock } from '../../platform/clock.js';
import { hashPassword, needsRehash, verifyPassword } from '../../platform/crypto/passwords.js';
import { hashToken, newToken, type Secrets } from '../../platform/crypto/secrets.js';
import type { Database } from '../../platform/db/database.js';
import { withRetryAfter } from '../../platform/http/app-error.js';
import { newId } from '../../platform/ids.js';
import type { AccountRow, AccountsRepository } from './identity.accounts.repository.js';
import type { AuditLog } from './identity.audit.js';
import type { RequestContext } from './identity.context.js';
import { failIdentity } from './identity.errors.js';
import type { OidcClient } from './identity.oidc.js';
import type { RateLimiter } from './identity.rate-limit.js';
import type { IssuedSession, SessionsService } from './identity.sessions.service.js';
import type { TicketsRepository } from './identity.tickets.repository.js';

/**
 * Officers and admins: password, then a TOTP code (required for admin roles, optional for
 * officers; enrolled at first sign-in), or single sign-on through OpenID Connect.
 */

const TICKET_MINUTES = 5;
const TICKET_ATTEMPTS = 5;
const TOTP_PERIOD = 30;

export type StaffSignInResult =
  | { status: 'signed_in'; account: AccountRow; session: IssuedSession }
  | { status: 'totp_required'; ticket: string }
  | {
      status: 'totp_enrolment_required';
      ticket: string;
      enrolment: { secret: string; otpauthUrl: string; qrSvg: string };
    };

function totpFor(secretBase32: string, label: string) {
  return new TOTP({
    issuer: 'SatuPintu',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function createStaffAuthService(deps: {
  db: Database;
  clock: Clock;
  secrets: Secrets;
  accounts: AccountsRepository;
  tickets: TicketsRepository;
  sessions: SessionsService;
  rateLimiter: RateLimiter;
  audit: AuditLog;
  oidc?: OidcClient | undefined;
}) {
  const { db, clock, secrets, accounts, tickets, sessions, rateLimiter, audit } = deps;

  function tooMany(seconds: number) {
    return withRetryAfter(failIdentity('identity.rate_limited', { seconds: Math.ceil(seconds) }), seconds);
  }

  async function auditFailure(context: RequestContext, method: string, account?: AccountRow) {
    await audit.recordAlone({
      action: 'identity.sign_in_failed',
      outcome: 'failure',
      actor: { label: 'anonymous' },
      ...(account ? { subject: { type: 'account', id: account.id } } : {}),
      requestId: context.requestId,
      ipPrefix: context.ipPrefix,
      details: { method },
    });
  }

  async function signInNow(
    account: AccountRow,
    method: 'password' | 'password_totp' | 'oidc',
    context: RequestContext,
  ) {
    return db.transaction(async (tx) => {
      const now = clock.now();
      await accounts.updateAccount(tx, account.id, { lastSignInAt: now }, now);
      const session = await sessions.issue(tx, account, method, context);
      await audit.record(tx, {
        action: 'identity.signed_in',
        outcome: 'success',
        actor: { accountId: account.id, label: `staff:${account.id}`, roles: account.grants.map((g) => g.role) },
        subject: { type: 'account', id: account.id },
        requestId: context.requestId,
        ipPrefix: context.ipPrefix,
        details: { method },
      });
      return session;
    });
  }

  async function issueTicket(
    account: AccountRow,
    purpose: 'totp' | 'totp_enrolment',
    data: Record<string, string> = {},
  ) {
    const ticket = newToken('spt_');
    const now = clock.now();
    await tickets.insert(db, {
      id: newId(),
      tokenHash: hashToken(ticket),
      purpose,
      accountId: account.id,
      data,
      now,
      expiresAt: new Date(now.getTime() + TICKET_MINUTES * 60_000),
    });
    return ticket;
  }

  return {
    isOidcEnabled: () => deps.oidc !== undefined,

    async signInWithPassword(
      input: { email: string; password: string },
      context: RequestContext,
    ): Promise<StaffSignInResult> {
      const email = normaliseEmail(input.email) ?? input.email.trim().toLowerCase();
      const decision = await rateLimiter.hit([
        {
          key: `staff-signin:id:${secrets.lookupHash('otp_destination', email)}`,
          limit: { limit: SIGN_IN_POLICY.perIdentifier, windowSeconds: SIGN_IN_POLICY.windowSeconds },
        },
        {
          key: `signin:ip:${secrets.lookupHash('ip', context.ip)}`,
          limit: { limit: SIGN_IN_POLICY.perIp, windowSeconds: SIGN_IN_POLICY.windowSeconds },
        },
      ]);
      if (!decision.allowed) throw tooMany(decision.retryAfterSeconds);
      const account = await accounts.findByEmail('staff', email);
      const ok = (await verifyPassword(account?.passwordHash, input.password)) && account?.status === 'active';
      if (!ok || !account) {
        await auditFailure(context, 'password', account);
        throw failIdentity('identity.credentials_invalid');
      }
      if (account.passwordHash && needsRehash(account.passwordHash)) {
        const now = clock.now();
        await accounts.updateAccount(db, account.id, { passwordHash: await hashPassword(input.password) }, now);
      }
      if (account.totpEnabledAt) return { status: 'totp_required', ticket: await issueTicket(account, 'totp') };
      if (requiresMfa(account.grants)) {
        const secret = new Secret({ size: 20 }).base32;
        const ticket = await issueTicket(account, 'totp_enrolment', {
          secret: secrets.encrypt('totp', secret),
        });
        const otpauthUrl = totpFor(secret, account.email ?? account.id).toString();
        const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
        return { status: 'totp_enrolment_required', ticket, enrolment: { secret, otpauthUrl, qrSvg } };
      }
      return { status: 'signed_in', account, session: await signInNow(account, 'password', context) };
    },

    /** Second step: a TOTP code for sign-in, or the first code that confirms an enrolment. */
    async completeTotp(input: { ticket: string; code: string }, context: RequestContext) {
      const now = clock.now();
      const result = await db.transaction(async (tx) => {
        const ticket = await tickets.findForUpdate(tx, hashToken(input.ticket), ['totp', 'totp_enrolment']);
        if (
          !ticket ||
          ticket.consumedAt ||
          ticket.expiresAt <= now ||
          ticket.attempts >= TICKET_ATTEMPTS ||
          !ticket.accountId
        )
          return { kind: 'ticket_invalid' as const };
        const account = await accounts.findByIdForUpdate(tx, ticket.accountId);
        if (account?.status !== 'active') return { kind: 'ticket_invalid' as const };
        const encrypted = ticket.purpose === 'totp_enrolment' ? ticket.data.secret : account.totpSecretEncrypted;
        if (!encrypted) return { kind: 'ticket_invalid' as const };
        const secret = secrets.decrypt('totp', encrypted);
        const totp = totpFor(secret, account.email ?? account.id);
        const delta = totp.validate({ token: input.code.replace(/\s/g, ''), timestamp: now.getTime(), window: 1 });
        const step = Math.floor(now.getTime() / 1000 / TOTP_PERIOD) + (delta ?? 0);
        // A code is good once: replaying the same (or an older) step is refused.
        if (delta === null || (account.totpLastStep !== null && step <= account.totpLastStep)) {
          await tickets.recordAttempt(tx, ticket.id);
          return { kind: 'code_invalid' as const, account };
        }
        await tickets.consume(tx, ticket.id, now);
        await accounts.updateAccount(
          tx,
          account.id,
          {
            totpLastStep: step,
            ...(ticket.purpose === 'totp_enrolment' ? { totpSecretEncrypted: encrypted, totpEnabledAt: now } : {}),
          },
          now,
        );
        if (ticket.purpose === 'totp_enrolment')
          await audit.record(tx, {
            action: 'identity.totp_enrolled',
            outcome: 'success',
            actor: { accountId: account.id, label: `staff:${account.id}`, roles: account.grants.map((g) => g.role) },
            subject: { type: 'account', id: account.id },
            requestId: context.requestId,
            ipPrefix: context.ipPrefix,
          });
        return { kind: 'ok' as const, account };
      });
      if (result.kind === 'ticket_invalid') {
        await auditFailure(context, 'totp');
        throw failIdentity('identity.ticket_invalid');
      }
      if (result.kind === 'code_invalid') {
        await auditFailure(context, 'totp', result.account);
        throw failIdentity('identity.second_factor_invalid');
      }
      const session = await signInNow(result.account, 'password_totp', context);
      return { account: result.account, session };
    },

    /** An invited officer sets a password with the link from the invitation email. */
    async acceptInvitation(input: { token: string; password: string }, context: RequestContext) {
      if (!isPasswordAcceptable(input.password)) throw failIdentity('identity.password_weak');
      const passwordHash = await hashPassword(input.password);
      const now = clock.now();
      const ok = await db.transaction(async (tx) => {
        const ticket = await tickets.findForUpdate(tx, hashToken(input.token), ['invitation']);
        if (!ticket || ticket.consumedAt || ticket.expiresAt <= now || !ticket.accountId) return false;
        const account = await accounts.findByIdForUpdate(tx, ticket.accountId);
        if (!account || (account.status !== 'invited' && account.status !== 'active')) return false;
        await tickets.consume(tx, ticket.id, now);
        await accounts.updateAccount(tx, account.id, { passwordHash, status: 'active' }, now);
        await audit.record(tx, {
          action: 'identity.invitation_accepted',
          outcome: 'success',
          actor: { accountId: account.id, label: `staff:${account.id}`, roles: account.grants.map((g) => g.role) },
          subject: { type: 'account', id: account.id },
          requestId: context.requestId,
          ipPrefix: context.ipPrefix,
        });
        return true;
      });
      if (!ok) throw failIdentity('identity.ticket_invalid');
    },

    /** SSO step 1: where to send the browser; the state is kept server-side for 10 minutes. */
    async beginOidc(input: { redirectUri: string; returnTo: string }) {
      if (!deps.oidc) throw failIdentity('identity.oidc_disabled');
      const { url, pending } = await deps.oidc.begin({ redirectUri: input.redirectUri });
      const now = clock.now();
      await tickets.insert(db, {
        id: newId(),
        tokenHash: hashToken(pending.state),
        purpose: 'oidc',
        data: { ...pending, returnTo: input.returnTo },
        now,
        expiresAt: new Date(now.getTime() + 10 * 60_000),
      });
      return url;
    },

    /** SSO step 2: verifies the provider's answer and signs in the staff account linked to it. */
    async completeOidc(input: { callbackUrl: URL; redirectUri: string }, context: RequestContext) {
      const oidc = deps.oidc;
      if (!oidc) throw failIdentity('identity.oidc_disabled');
      const state = input.callbackUrl.searchParams.get('state') ?? '';
      const now = clock.now();
      const ticket = await db.transaction(async (tx) => {
        const found = await tickets.findForUpdate(tx, hashToken(state), ['oidc']);
        if (!found || found.consumedAt || found.expiresAt <= now) return undefined;
        await tickets.consume(tx, found.id, now);
        return found;
      });
      if (!ticket) {
        await auditFailure(context, 'oidc');
        throw failIdentity('identity.oidc_failed');
      }
      const pending = {
        state: ticket.data.state ?? '',
        nonce: ticket.data.nonce ?? '',
        codeVerifier: ticket.data.codeVerifier ?? '',
      };
      let claims: Awaited<ReturnType<OidcClient['complete']>>;
      try {
        claims = await oidc.complete({ callbackUrl: input.callbackUrl, pending, redirectUri: input.redirectUri });
      } catch {
        await auditFailure(context, 'oidc');
        throw failIdentity('identity.oidc_failed');
      }
      let accountId = await tickets.findOidcAccount(oidc.issuer, claims.subject);
      if (!accountId && claims.email && claims.emailVerified) {
        // First SSO sign-in: link to the staff account an admin created with this verified email.
        const byEmail = await accounts.findByEmail('staff', claims.email.toLowerCase());
        if (byEmail) {
          await tickets.linkOidc(db, oidc.issuer, claims.subject, byEmail.id);
          accountId = byEmail.id;
        }
      }
      const account = accountId ? await accounts.findById(accountId) : undefined;
      if (account?.kind !== 'staff' || (account.status !== 'active' && account.status !== 'invited')) {
        await auditFailure(context, 'oidc', account);
        throw failIdentity('identity.oidc_failed');
      }
      if (account.status === 'invited') await accounts.updateAccount(db, account.id, { status: 'active' }, now);
      const session = await signInNow({ ...account, status: 'active' }, 'oidc', context);
      return { account, session, returnTo: ticket.data.returnTo ?? '/console/' };
    },
  };
}

export type StaffAuthService = ReturnType<typeof createStaffAuthService>;
