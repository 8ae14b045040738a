import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCatalogue, errorFactory } from './app-error.js';

/**
 * Until accounts and roles exist (identity issue), admin endpoints accept one bootstrap bearer
 * token from ADMIN_TOKEN. Compared in constant time; without the variable every call is refused.
 */

type AdminErrorCode = 'platform.unauthenticated';
const ADMIN_ERRORS = {
  /** No valid admin credentials were sent. */
  'platform.unauthenticated': {
    status: 401,
    title: { id: 'Perlu masuk sebagai admin', en: 'Admin authentication required' },
    detail: {
      id: 'Kirim header Authorization: Bearer dengan token admin yang sah.',
      en: 'Send an Authorization: Bearer header with a valid admin token.',
    },
  },
} as const satisfies ErrorCatalogue<AdminErrorCode>;
const fail = errorFactory(ADMIN_ERRORS);

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

export function adminGuard(adminToken: string | undefined) {
  const expected = adminToken ? digest(adminToken) : undefined;
  return async function requireAdmin(request: FastifyRequest, _reply: FastifyReply) {
    const header = request.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!expected || !token || !timingSafeEqual(digest(token), expected)) {
      request.log.warn({ route: request.routeOptions.url }, 'admin authentication failed');
      throw fail('platform.unauthenticated');
    }
  };
}
