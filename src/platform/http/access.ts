import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  canAttempt,
  PERMISSIONS,
  type Permission,
  type Principal,
  type Scope,
  scopeFor,
} from '../../domain/identity/access.js';
import { type ErrorCatalogue, errorFactory } from './app-error.js';

/**
 * The one authorisation helper every route uses. Each `/api/` route declares
 * `config: { access: 'public' }` or `config: { access: { permission } }`; a route without a
 * declaration stops the start-up, so no endpoint can be added unguarded. The guard resolves the
 * caller (session cookie, bearer session token or agency API key), checks the role part of the
 * permission and, for cookie sessions, the CSRF token on writes. The scope part is applied by the
 * services and repositories with `scopeOf(request, permission)`.
 */

export type Access = 'public' | { readonly permission: Permission };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /**
     * A route that sheds load under pressure: called first, before the caller is authenticated
     * (which may wait on the database), so a refusal costs nothing; it throws to refuse.
     */
    admit?: (reply: FastifyReply) => void;
  }
  interface FastifyRequest {
    /** The authenticated caller, when credentials were sent and are valid. */
    principal: Principal | null;
    /** Whether this request's refusal was already written to the audit log. */
    isDenialAudited: boolean;
  }
}

type AccessErrorCode = 'platform.unauthenticated' | 'platform.forbidden' | 'platform.csrf_token_invalid';
const ACCESS_ERRORS = {
  /** No valid session, bearer token or API key was sent for a protected endpoint. */
  'platform.unauthenticated': {
    status: 401,
    title: { id: 'Perlu masuk', en: 'Authentication required' },
    detail: {
      id: 'Masuk terlebih dahulu, atau kirim token sesi atau kunci API yang sah.',
      en: 'Sign in first, or send a valid session token or API key.',
    },
  },
  /** The caller is signed in but no role they hold allows this action. */
  'platform.forbidden': {
    status: 403,
    title: { id: 'Tidak diizinkan', en: 'Not allowed' },
    detail: {
      id: 'Peran Anda tidak mengizinkan tindakan ini.',
      en: 'None of your roles allows this action.',
    },
  },
  /** A write with a session cookie came without the matching X-CSRF-Token header. */
  'platform.csrf_token_invalid': {
    status: 403,
    title: { id: 'Token CSRF tidak sah', en: 'Invalid CSRF token' },
    detail: {
      id: 'Permintaan yang mengubah data dengan cookie sesi harus membawa header X-CSRF-Token dari sesi ini. Muat ulang halaman.',
      en: 'A write made with a session cookie must carry the X-CSRF-Token header of this session. Reload the page.',
    },
  },
} as const satisfies ErrorCatalogue<AccessErrorCode>;
export const failAccess = errorFactory(ACCESS_ERRORS);

export type Authenticated = { principal: Principal; csrfToken?: string } | { rejected: true } | undefined;

export type AccessControlOptions = {
  /**
   * Resolves the caller from the request's credentials: undefined when none were sent,
   * `{ rejected: true }` when they were sent but are invalid or expired.
   */
  authenticate: (request: FastifyRequest) => Promise<Authenticated>;
  /** Called for every refused attempt (audit). Must not throw. */
  onDenied: (request: FastifyRequest, event: DeniedAttempt) => Promise<void>;
};

export type DeniedAttempt = {
  principal: Principal | null;
  /** forbidden: the guard refused the role; scope: a handler refused with 403 (e.g. national scope only). */
  reason: 'unauthenticated' | 'forbidden' | 'csrf' | 'scope';
  permission?: Permission;
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type AccessRule = { method: string; url: string; access: Access };
const RULES = new WeakMap<FastifyInstance, AccessRule[]>();

/** Every /api/ route of an app with its declared access (the authorisation matrix test reads it). */
export function accessRulesOf(app: FastifyInstance): readonly AccessRule[] {
  return RULES.get(app) ?? [];
}

/** Must be registered before any route. */
export function registerAccessControl(app: FastifyInstance, options: AccessControlOptions) {
  app.decorateRequest('principal', null);
  app.decorateRequest('isDenialAudited', false);
  const rules: AccessRule[] = [];
  RULES.set(app, rules);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${route.method} ${route.url} declares no access rule (config.access)`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') rules.push({ method, url: route.url, access });
    if (access !== 'public') {
      if (!(access.permission in PERMISSIONS))
        throw new Error(`route ${route.url}: unknown permission ${access.permission}`);
      if (route.schema) {
        route.schema = { ...route.schema, security: [{ session: [] }, { bearer: [] }] } as typeof route.schema;
      }
    }
  });

  async function deny(request: FastifyRequest, event: DeniedAttempt) {
    request.isDenialAudited = true;
    await options.onDenied(request, event);
  }

  // A refusal decided inside a handler (403 after the scope check) is audited like the guard's.
  app.addHook('onSend', async (request, reply) => {
    const access = request.routeOptions.config?.access;
    if (reply.statusCode === 403 && access && access !== 'public' && !request.isDenialAudited)
      await deny(request, { principal: request.principal, reason: 'scope', permission: access.permission });
  });

  app.addHook('onRequest', async (request, reply) => {
    request.routeOptions.config?.admit?.(reply);
    const access = request.routeOptions.config?.access;
    if (!access) return;
    const hasCredentials = Boolean(request.headers.authorization || request.headers.cookie);
    const result = hasCredentials ? await options.authenticate(request) : undefined;
    if (result && !('rejected' in result)) {
      request.principal = result.principal;
      const principal = result.principal;
      if (principal.kind === 'account' && principal.via === 'cookie' && !SAFE_METHODS.has(request.method)) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !result.csrfToken || !constantTimeEquals(sent, result.csrfToken)) {
          await deny(request, { principal, reason: 'csrf' });
          throw failAccess('platform.csrf_token_invalid');
        }
      }
    }
    if (access === 'public') return;
    const principal = request.principal;
    if (!principal) {
      // A request with no credentials at all is not an attempt on anyone's account (the portal
      // asks "am I signed in?" on every page): only refused credentials are audited.
      if (hasCredentials)
        await deny(request, { principal: null, reason: 'unauthenticated', permission: access.permission });
      throw failAccess('platform.unauthenticated');
    }
    if (!canAttempt(principal, access.permission)) {
      await deny(request, { principal, reason: 'forbidden', permission: access.permission });
      throw failAccess('platform.forbidden');
    }
  });
}

function constantTimeEquals(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The caller of a protected route (the guard has already refused anonymous calls). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw failAccess('platform.unauthenticated');
  return request.principal;
}

/**
 * A staff member acting with a permission, as use cases take it: who (for the audit log), which
 * roles, the data the permission reaches, and the request (for the audit trail).
 */
export function staffActorOf(request: FastifyRequest, permission: Permission) {
  const principal = principalOf(request);
  return {
    accountId: principal.kind === 'account' ? principal.accountId : '',
    roles: principal.kind === 'account' ? principal.grants.map((g) => g.role) : [],
    scope: scopeOf(request, permission),
    requestId: String(request.id),
  };
}

/** The data this request's caller reaches with a permission; services filter by it. */
export function scopeOf(request: FastifyRequest, permission: Permission): Scope {
  return scopeFor(principalOf(request), permission);
}
