import { randomInt } from 'node:crypto';
import {
  maskDestination,
  normaliseEmail,
  normalisePhone,
  OTP_POLICY,
  SIGN_IN_POLICY,
} from '../../domain/identity/session-policy.js';
import type { Clock } from '../../platform/clock.js';
import type { Secrets } from '../../platform/crypto/secrets.js';
import { verifyPassword } from '../../platform/crypto/passwords.js';
import type { Database } from '../../platform/db/database.js';
import { withRetryAfter } from '../../platform/http/app-error.js';
import { newId } from '../../platform/ids.js';
import type { AuditLog } from './identity.audit.js';
import type { AccountsRepository, AccountRow } from './identity.accounts.repository.js';
import type { RequestContext } from './identity.context.js';
import { failIdentity } from './identity.errors.js';
import type { OtpRepository } from './identity.otp.repository.js';
import type { Notifier } from './identity.ports.js';
import type { RateLimiter } from './identity.rate-limit.js';
import type { IssuedSession, SessionsService } from './identity.sessions.service.js';

/**
 * Citizens sign up and sign in with one flow: a 6-digit code sent to a phone (SMS/WhatsApp) or
 * an email address. A destination without an account gets one when the code is confirmed. The
 * answers never reveal whether an account exists.
 */

export type OtpChannel = 'sms' | 'whatsapp' | 'email';

export type CitizenAuthDeps = {
  db: Database;
  clock: Clock;
  secrets: Secrets;
  accounts: AccountsRepository;
  otp: OtpRepository;
  sessions: SessionsService;
  rateLimiter: RateLimiter;
  audit: AuditLog;
  notifier: Notifier;
  otpGlobalPerMinute: number;
  /** Source of the codes; tests inject their own. */
  generateCode?: () => string;
};

function defaultCode(): string {
  return String(randomInt(0, 10 ** OTP_POLICY.digits)).padStart(OTP_POLICY.digits, '0');
}

export function createCitizenAuthService(deps: CitizenAuthDeps) {
  const { db, clock, secrets, accounts, otp, sessions, rateLimiter, audit, notifier } = deps;
  const generateCode = deps.generateCode ?? defaultCode;
  let codesSincePurge = 0;

  function normaliseDestination(channel: OtpChannel, destination: string): string {
    const normalised = channel === 'email' ? normaliseEmail(destination) : normalisePhone(destination);
    if (!normalised)
      throw failIdentity('identity.profile_invalid', { fields: 'destination' }, [
        {
          field: 'destination',
          reason:
            channel === 'email'
              ? 'Alamat email tidak valid / Invalid email address'
              : 'Nomor HP tidak valid, contoh 0812xxxxxxxx / Invalid phone number, e.g. 0812xxxxxxxx',
        },
      ]);
    return normalised;
  }

  function tooMany(seconds: number) {
    return withRetryAfter(failIdentity('identity.rate_limited', { seconds: Math.ceil(seconds) }), seconds);
  }

  async function findCitizen(destination: string) {
    return destination.includes('@')
      ? accounts.findByEmail('citizen', destination)
      : accounts.findByPhone('citizen', destination);
  }

  return {
    /** Sends a code. Always 202 for a valid destination; throttled with 429 + Retry-After. */
    async requestCode(input: { channel: OtpChannel; destination: string }, context: RequestContext) {
      const destination = normaliseDestination(input.channel, input.destination);
      const destinationHash = secrets.lookupHash('otp_destination', destination);
      const now = clock.now();

      const state = await otp.destinationState(destinationHash, new Date(now.getTime() - 3600_000));
      if (state.lockedRecently >= OTP_POLICY.lockoutAfterLockedChallenges) {
        const lastLocked = await otp.lastLockedAt(destinationHash);
        const until = (lastLocked?.getTime() ?? now.getTime()) + 3600_000;
        throw tooMany((until - now.getTime()) / 1000);
      }
      if (state.lastCreatedAt) {
        const wait = state.lastCreatedAt.getTime() + OTP_POLICY.resendSeconds * 1000 - now.getTime();
        if (wait > 0) throw tooMany(wait / 1000);
      }
      const decision = await rateLimiter.hit([
        { key: `otp:dest:${destinationHash}`, limit: { limit: OTP_POLICY.perDestinationPerHour, windowSeconds: 3600 } },
        {
          key: `otp:ip:${secrets.lookupHash('ip', context.ip)}`,
          limit: { limit: OTP_POLICY.perIpPerHour, windowSeconds: 3600 },
        },
        { key: 'otp:global', limit: { limit: deps.otpGlobalPerMinute, windowSeconds: 60 } },
      ]);
      if (!decision.allowed) throw tooMany(decision.retryAfterSeconds);

      const id = newId();
      const code = generateCode();
      const expiresAt = new Date(now.getTime() + OTP_POLICY.validMinutes * 60_000);
      const existing = await findCitizen(destination);
      await db.transaction(async (tx) => {
        await otp.insertChallenge(tx, {
          id,
          channel: input.channel,
          destination,
          destinationHash,
          codeHash: secrets.lookupHash('otp_code', `${id}:${code}`),
          maxAttempts: OTP_POLICY.maxAttempts,
          createdAt: now,
          expiresAt,
        });
        await notifier.enqueue(tx, {
          event: 'identity.otp_requested',
          channel: input.channel,
          to: destination,
          language: existing?.preferredLanguage ?? context.language,
          params: { code, minutes: OTP_POLICY.validMinutes },
          ...(existing ? { accountId: existing.id } : {}),
          dedupeKey: `otp:${id}`,
        });
      });
      // Expired challenges hold a destination in clear: every few hundred codes, drop those a day old.
      if (++codesSincePurge >= 200) {
        codesSincePurge = 0;
        await otp.purgeExpired(new Date(now.getTime() - 24 * 3600_000));
      }
      return {
        challengeId: id,
        channel: input.channel,
        maskedDestination: maskDestination(destination),
        expiresAt,
        resendAvailableAt: new Date(now.getTime() + OTP_POLICY.resendSeconds * 1000),
      };
    },

    /** Confirms a code: signs in, creating the account on first use. */
    async verifyCode(
      input: { challengeId: string; code: string },
      context: RequestContext,
    ): Promise<{ account: AccountRow; session: IssuedSession; isNew: boolean }> {
      const decision = await rateLimiter.hit([
        { key: `otp-verify:ip:${secrets.lookupHash('ip', context.ip)}`, limit: { limit: 120, windowSeconds: 3600 } },
      ]);
      if (!decision.allowed) throw tooMany(decision.retryAfterSeconds);
      const now = clock.now();
      const outcome = await db.transaction(async (tx) => {
        const challenge = await otp.findForUpdate(tx, input.challengeId);
        if (!challenge) return { kind: 'invalid' as const };
        if (challenge.lockedAt || challenge.attempts >= challenge.maxAttempts) {
          const wait = challenge.createdAt.getTime() + OTP_POLICY.resendSeconds * 1000 - now.getTime();
          return { kind: 'exhausted' as const, seconds: Math.max(1, wait / 1000) };
        }
        if (challenge.consumedAt || challenge.expiresAt <= now) {
          return { kind: 'invalid' as const, challenge };
        }
        const expected = secrets.lookupHash('otp_code', `${challenge.id}:${input.code}`);
        if (expected !== challenge.codeHash) {
          const isLast = challenge.attempts + 1 >= challenge.maxAttempts;
          await otp.recordFailure(tx, challenge.id, isLast ? now : null);
          return { kind: 'invalid' as const, challenge };
        }
        await otp.consume(tx, challenge.id, now);
        const destination = challenge.destination;
        const isEmail = destination.includes('@');
        let account = isEmail
          ? await accounts.findByEmail('citizen', destination, tx)
          : await accounts.findByPhone('citizen', destination, tx);
        let isNew = false;
        if (!account) {
          const id = newId();
          await accounts.insertAccount(tx, {
            id,
            kind: 'citizen',
            status: 'active',
            displayName: '',
            ...(isEmail ? { email: destination } : { phone: destination }),
            preferredLanguage: context.language,
            now,
          });
          await accounts.updateProfile(tx, id, { channels: [challenge.channel] }, now);
          account = await accounts.findById(id, tx);
          isNew = true;
        }
        if (account?.status !== 'active') return { kind: 'invalid' as const, challenge };
        await accounts.updateAccount(tx, account.id, { lastSignInAt: now }, now);
        const session = await sessions.issue(tx, account, 'otp', context);
        await audit.record(tx, {
          action: isNew ? 'identity.citizen_signed_up' : 'identity.signed_in',
          outcome: 'success',
          actor: { accountId: account.id, label: `citizen:${account.id}`, roles: ['citizen'] },
          subject: { type: 'account', id: account.id },
          subjectAccountId: account.id,
          requestId: context.requestId,
          ipPrefix: context.ipPrefix,
          details: { method: 'otp', channel: challenge.channel },
        });
        return { kind: 'ok' as const, account, session, isNew };
      });
      if (outcome.kind === 'ok') return { account: outcome.account, session: outcome.session, isNew: outcome.isNew };
      await audit.recordAlone({
        action: 'identity.sign_in_failed',
        outcome: 'failure',
        actor: { label: 'anonymous' },
        subject: { type: 'otp_challenge', id: input.challengeId.slice(0, 64) },
        requestId: context.requestId,
        ipPrefix: context.ipPrefix,
        details: { method: 'otp', reason: outcome.kind },
      });
      if (outcome.kind === 'exhausted')
        throw withRetryAfter(
          failIdentity('identity.code_attempts_exhausted', { seconds: Math.ceil(outcome.seconds) }),
          outcome.seconds,
        );
      throw failIdentity('identity.code_invalid');
    },

    /** Password sign-in for citizens who set one. */
    async signInWithPassword(input: { identifier: string; password: string }, context: RequestContext) {
      const identifier =
        normaliseEmail(input.identifier) ?? normalisePhone(input.identifier) ?? input.identifier.trim();
      const decision = await rateLimiter.hit([
        {
          key: `signin:id:${secrets.lookupHash('otp_destination', identifier)}`,
          limit: { limit: SIGN_IN_POLICY.perIdentifier, windowSeconds: SIGN_IN_POLICY.windowSeconds },
        },
        {
          key: `signin:ip:${secrets.lookupHash('ip', context.ip)}`,
          limit: { limit: SIGN_IN_POLICY.perIp, windowSeconds: SIGN_IN_POLICY.windowSeconds },
        },
      ]);
      if (!decision.allowed) throw tooMany(decision.retryAfterSeconds);
      const account = await findCitizen(identifier);
      const ok = (await verifyPassword(account?.passwordHash, input.password)) && account?.status === 'active';
      if (!ok || !account) {
        await audit.recordAlone({
          action: 'identity.sign_in_failed',
          outcome: 'failure',
          actor: { label: 'anonymous' },
          ...(account ? { subject: { type: 'account', id: account.id }, subjectAccountId: account.id } : {}),
          requestId: context.requestId,
          ipPrefix: context.ipPrefix,
          details: { method: 'password' },
        });
        throw failIdentity('identity.credentials_invalid');
      }
      return db.transaction(async (tx) => {
        const now = clock.now();
        await accounts.updateAccount(tx, account.id, { lastSignInAt: now }, now);
        const session = await sessions.issue(tx, account, 'password', context);
        await audit.record(tx, {
          action: 'identity.signed_in',
          outcome: 'success',
          actor: { accountId: account.id, label: `citizen:${account.id}`, roles: ['citizen'] },
          subject: { type: 'account', id: account.id },
          subjectAccountId: account.id,
          requestId: context.requestId,
          ipPrefix: context.ipPrefix,
          details: { method: 'password' },
        });
        return { account, session };
      });
    },
  };
}

export type CitizenAuthService = ReturnType<typeof createCitizenAuthService>;
