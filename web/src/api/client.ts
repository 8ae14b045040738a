import i18n from '../i18n/index.js';
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
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
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

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { type: 'about:blank', title: response.statusText, status: response.status };
  try {
    const body = (await response.json()) as Partial<Problem>;
    return { ...fallback, ...body, status: body.status ?? response.status };
  } catch {
    return fallback;
  }
}

export async function getJson<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      headers: { Accept: 'application/json', 'Accept-Language': i18n.language || 'id' },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, code: 'network_error' });
  }
  if (!response.ok) throw new ApiError(await readProblem(response));
  return (await response.json()) as T;
}

/** Follows `nextCursor` until the list ends or `maxPages` pages were read. */
async function getAllPages<T>(path: string, query: Query, signal?: AbortSignal, maxPages = 20): Promise<T[]> {
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

const v1 = '/api/v1';
const at = (segment: string) => encodeURIComponent(segment);

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
