import { LRUCache } from 'lru-cache';
import type { ApiKeyScope, Principal } from '../../domain/identity/access.js';
import { SESSION_TOUCH_SECONDS, sessionExpiry } from '../../domain/identity/session-policy.js';
import type { Clock } from '../../platform/clock.js';
import { hashToken, newToken, type Secrets } from '../../platform/crypto/secrets.js';
import type { Queryable } from '../../platform/db/database.js';
import type { Authenticated } from '../../platform/http/access.js';
import { newId } from '../../platform/ids.js';
import type { RequestContext } from './identity.context.js';
import type { CitizenFacts } from './identity.accounts.repository.js';
import type { SessionLookup, SessionMethod, SessionsRepository } from './identity.sessions.repository.js';

/** The web session cookie: HttpOnly, Secure, SameSite=Lax, host-only (`__Host-`). */
export const SESSION_COOKIE = '__Host-sp_session';
const SESSION_TOKEN_PREFIX = 'sps_';
export const API_KEY_PREFIX = 'spk_';

export type IssuedSession = {
  sessionId: string;
  token: string;
  csrfToken: string;
  expiresAt: Date;
  absoluteExpiresAt: Date;
};

/**
 * How long a node may reuse a session it looked up. Sign-out, revocation, disabling and role
 * changes on this node clear it at once; other nodes see them within this time.
 */
export const SESSION_CACHE_MS = 5_000;

export function createSessionsService(deps: {
  repository: SessionsRepository;
  clock: Clock;
  secrets: Secrets;
  cacheMs?: number;
}) {
  const { repository, clock, secrets } = deps;
  const csrfFor = (sessionId: string) => secrets.sign('csrf', sessionId);
  const cacheMs = deps.cacheMs ?? SESSION_CACHE_MS;
  // The one statement a signed-in request adds is the session lookup; a short cache keeps the
  // authorisation overhead of a busy client near zero (docs/benchmarks.md, issue 3).
  const cache =
    cacheMs > 0 ? new LRUCache<string, { session: SessionLookup; fetchedAt: number }>({ max: 20_000 }) : undefined;

  /**
   * A citizen's facts as read with their session, by the request's principal (a new object per
   * request, so they live as long as the request and never outlast it). Only a session read from
   * the database brings them: the cache keeps sessions, not people.
   */
  const readWithSession = new WeakMap<Principal, CitizenFacts>();

  async function findSession(
    tokenHash: string,
    now: Date,
  ): Promise<{ session: SessionLookup; citizen?: CitizenFacts | undefined } | undefined> {
    const cached = cache?.get(tokenHash);
    if (cached && now.getTime() - cached.fetchedAt < cacheMs) {
      const s = cached.session;
      if (s.idleExpiresAt > now && s.absoluteExpiresAt > now) return { session: s };
    }
    const found = await repository.findLiveSession(tokenHash, now);
    if (found) cache?.set(tokenHash, { session: found.session, fetchedAt: now.getTime() });
    else cache?.delete(tokenHash);
    return found;
  }

  async function authenticateSession(token: string, via: 'cookie' | 'bearer'): Promise<Authenticated> {
    const now = clock.now();
    const found = await findSession(hashToken(token), now);
    const session = found?.session;
    if (!found || session?.accountStatus !== 'active') return { rejected: true };
    if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_SECONDS * 1000) {
      const { idle } = sessionExpiry(session.accountKind, session.createdAt, now);
      await repository.touchSession(session.id, now, idle);
      session.lastSeenAt = now;
      session.idleExpiresAt = idle;
    }
    const principal: Principal = {
      kind: 'account',
      accountId: session.accountId,
      accountKind: session.accountKind,
      sessionId: session.id,
      grants: session.accountKind === 'citizen' ? [{ role: 'citizen' }] : session.grants,
      via,
    };
    if (found.citizen) readWithSession.set(principal, found.citizen);
    // Only a cookie can be sent by another site's form: a bearer request needs no CSRF token.
    return via === 'cookie' ? { principal, csrfToken: csrfFor(session.id) } : { principal };
  }

  async function authenticateApiKey(key: string): Promise<Authenticated> {
    const found = await repository.findLiveApiKey(hashToken(key));
    if (!found) return { rejected: true };
    const now = clock.now();
    if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > 60_000)
      await repository.touchApiKey(found.id, now);
    return {
      principal: {
        kind: 'api_key',
        apiKeyId: found.id,
        tenantId: found.tenantId,
        scopes: found.scopes as ApiKeyScope[],
      },
    };
  }

  return {
    csrfFor,

    /** The citizen's facts read with this request's session, if it was read from the database. */
    citizenReadWith(principal: Principal, accountId: string): CitizenFacts | undefined {
      return principal.kind === 'account' && principal.accountId === accountId
        ? readWithSession.get(principal)
        : undefined;
    },

    /** Drops every cached session: called after any sign-out, revocation, disabling or role change. */
    forgetCachedSessions() {
      cache?.clear();
    },

    /** Creates a session inside the caller's transaction; the token is returned once and stored hashed. */
    async issue(
      tx: Queryable,
      account: { id: string; kind: 'citizen' | 'staff' },
      method: SessionMethod,
      context: RequestContext,
    ): Promise<IssuedSession> {
      const now = clock.now();
      const sessionId = newId();
      const token = newToken(SESSION_TOKEN_PREFIX);
      const { idle, absolute } = sessionExpiry(account.kind, now, now);
      await repository.insertSession(tx, {
        id: sessionId,
        tokenHash: hashToken(token),
        accountId: account.id,
        method,
        now,
        idleExpiresAt: idle,
        absoluteExpiresAt: absolute,
        userAgent: context.userAgent,
        ipPrefix: context.ipPrefix,
      });
      return { sessionId, token, csrfToken: csrfFor(sessionId), expiresAt: idle, absoluteExpiresAt: absolute };
    },

    /** The guard's authenticate: a bearer session token or API key, else the session cookie. */
    async authenticate(credentials: {
      authorization?: string | undefined;
      sessionCookie?: string | undefined;
    }): Promise<Authenticated> {
      const header = credentials.authorization;
      if (header) {
        const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
        if (token.startsWith(SESSION_TOKEN_PREFIX)) return authenticateSession(token, 'bearer');
        if (token.startsWith(API_KEY_PREFIX)) return authenticateApiKey(token);
        return { rejected: true };
      }
      const cookie = credentials.sessionCookie;
      if (cookie?.startsWith(SESSION_TOKEN_PREFIX)) return authenticateSession(cookie, 'cookie');
      return cookie ? { rejected: true } : undefined;
    },
  };
}

export type SessionsService = ReturnType<typeof createSessionsService>;
