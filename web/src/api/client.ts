import i18n from 'i18next';
import type {
  MppDetail,
  MppSummary,
  Page,
  Problem,
  Province,
  SearchResult,
  ServiceDetail,
  ServiceSummary,
  TenantDetail,
} from './types.js';

/** A failed API call: the server's problem+json, or a synthetic one when the network failed. */
export class ApiError extends Error {
  readonly problem: Problem;
  /** Seconds to wait before trying again, from Retry-After on a 429. */
  readonly retryAfterSeconds: number | undefined;
  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
  get status(): number {
    return this.problem.status;
  }
}

type Query = Record<string, string | number | undefined | null>;

export function buildUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The problem+json of a failed answer (or one made from its status line). */
export async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { type: 'about:blank', title: response.statusText, status: response.status };
  try {
    const body = (await response.json()) as Partial<Problem>;
    return { ...fallback, ...body, status: body.status ?? response.status };
  } catch {
    return fallback;
  }
}

function readRetryAfter(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export const networkError = () =>
  new ApiError({ type: 'about:blank', title: 'Network error', status: 0, code: 'network_error' });

/** Answers are in the interface language: errors come back in it too. */
export function languageHeader(): string {
  return i18n.language || 'id';
}

export async function getJson<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      headers: { Accept: 'application/json', 'Accept-Language': languageHeader() },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError();
  }
  if (!response.ok) throw new ApiError(await readProblem(response), readRetryAfter(response));
  return (await response.json()) as T;
}

export type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A write. The session cookie travels by itself; `csrfToken` (from the session answer, kept in
 * memory only) proves the request comes from our own page. 204 resolves to undefined.
 */
export async function sendJson<T>(method: Method, path: string, body: unknown, csrfToken: string | null): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': languageHeader() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw new ApiError(await readProblem(response), readRetryAfter(response));
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A write bound to the current session's CSRF token (see SessionProvider). */
export type Sender = <T>(method: Method, path: string, body?: unknown) => Promise<T>;

/** Follows `nextCursor` until the list ends or `maxPages` pages were read. */
export async function getAllPages<T>(path: string, query: Query, signal?: AbortSignal, maxPages = 20): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const result: Page<T> = await getJson<Page<T>>(path, { ...query, limit: 100, cursor }, signal);
    items.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return items;
}

export const v1 = '/api/v1';
export const at = (segment: string) => encodeURIComponent(segment);

export type SearchParams = {
  q: string;
  mppId?: string;
  provinceCode?: string;
  category?: string;
  mode?: string;
  near?: string;
  limit?: number;
};

export const api = {
  listProvinces: (signal?: AbortSignal) =>
    getJson<{ items: Province[] }>(`${v1}/provinces`, {}, signal).then((r) => r.items),
  listMpps: (query: { provinceCode?: string; regencyCode?: string }, signal?: AbortSignal) =>
    getAllPages<MppSummary>(`${v1}/mpps`, query, signal),
  /** The MPPs nearest to `near` ("lat,lng"), nearest first. */
  listNearestMpps: (near: string, limit: number, signal?: AbortSignal) =>
    getJson<{ items: { mpp: MppSummary; distanceKm: number }[] }>(`${v1}/mpps/nearest`, { near, limit }, signal).then(
      (r) => r.items,
    ),
  getMpp: (slugOrId: string, signal?: AbortSignal) => getJson<MppDetail>(`${v1}/mpps/${at(slugOrId)}`, {}, signal),
  getTenant: (slugOrId: string, signal?: AbortSignal) =>
    getJson<TenantDetail>(`${v1}/tenants/${at(slugOrId)}`, {}, signal),
  listServices: (
    query: { mppId?: string; tenantId?: string; category?: string; mode?: string },
    signal?: AbortSignal,
  ) => getAllPages<ServiceSummary>(`${v1}/services`, query, signal),
  getService: (slugOrId: string, signal?: AbortSignal) =>
    getJson<ServiceDetail>(`${v1}/services/${at(slugOrId)}`, {}, signal),
  search: (params: SearchParams, signal?: AbortSignal) => getJson<SearchResult>(`${v1}/search`, params, signal),
};
