import type { FastifyRequest } from 'fastify';
import type { Principal } from '../../domain/identity/access.js';
import { serviceDayOf } from '../../domain/time/service-day.js';
import { pickLanguage } from '../../platform/i18n.js';

/** What a use case needs to know about the request, without the HTTP objects. */
export type RequestContext = {
  ip: string;
  ipPrefix: string;
  userAgent: string | undefined;
  requestId: string;
  language: 'id' | 'en';
};

/** The network an address belongs to (IPv4 /24, IPv6 /48): enough to recognise, not to locate a person. */
export function ipPrefixOf(ip: string): string {
  const v4 = ip.replace(/^::ffff:/, '');
  if (/^\d+\.\d+\.\d+\.\d+$/.test(v4)) return `${v4.split('.').slice(0, 3).join('.')}.0/24`;
  const groups = ip.split(':').filter(Boolean).slice(0, 3);
  return `${groups.join(':')}::/48`;
}

export function contextOf(request: FastifyRequest): RequestContext {
  const userAgent = request.headers['user-agent'];
  return {
    ip: request.ip,
    ipPrefix: ipPrefixOf(request.ip),
    userAgent: typeof userAgent === 'string' ? userAgent : undefined,
    requestId: String(request.id),
    language: pickLanguage(request.headers['accept-language']),
  };
}

/** The audit actor for a principal. */
export function actorOf(principal: Principal | null) {
  if (!principal) return { label: 'anonymous' };
  if (principal.kind === 'api_key') return { apiKeyId: principal.apiKeyId, label: `api-key:${principal.apiKeyId}` };
  return {
    accountId: principal.accountId,
    label: `${principal.accountKind}:${principal.accountId}`,
    roles: principal.accountKind === 'citizen' ? ['citizen'] : principal.grants.map((g) => g.role),
  };
}

/** The latest calendar date anywhere in Indonesia (WIT), so no birth date valid there is "in the future". */
export function todayInIndonesia(instant: Date): string {
  return serviceDayOf(instant, 'Asia/Jayapura');
}
