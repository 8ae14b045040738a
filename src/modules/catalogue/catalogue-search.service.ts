import {
  buildGroups,
  needsCorrection,
  normaliseQuery,
  type SearchGroup,
  tokenise,
} from '../../domain/catalogue/search-query.js';
import { LRUCache } from 'lru-cache';
import { zoneAbbreviation } from '../../domain/time/index.js';
import type { Queryable } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { failCatalogue } from './catalogue.errors.js';
import type {
  CatalogueSearchRepository,
  SearchFilters,
  SearchReads,
  ServiceHit,
} from './catalogue-search.repository.js';
import { type MatchReason, parseNear, type SearchQuery, type SearchResult } from './catalogue.schemas.js';
import { toMppSummary, toServiceSummary } from './catalogue.service.js';
import type { MppRecord } from './catalogue.repository.js';

/** Trigram similarity a typo must reach to be read as a known word ("paspot" -> "paspor" is 0.56). */
const TYPO_SIMILARITY = 0.4;
/** How long a node may use its copy of the synonym table. */
const SYNONYM_CACHE_MS = 30_000;

/** The words of the groups as they were matched: a corrected typo shows the word it was read as. */
function describeGroups(groups: readonly SearchGroup[], indexes: readonly number[]): string {
  return indexes
    .map((i) => groups[i]?.correctedTo ?? groups[i]?.typed)
    .filter((t): t is string => t !== undefined)
    .join(', ');
}

/** Why a row matched, in words a citizen understands. */
function reasonsFor(hit: ServiceHit, groups: readonly SearchGroup[]): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (hit.isExactName) reasons.push({ reason: 'exact_name', detail: hit.service.name });
  if (hit.nameGroups.length > 0) reasons.push({ reason: 'name', detail: describeGroups(groups, hit.nameGroups) });
  const keywordOnly = hit.keywordGroups.filter((g) => !hit.nameGroups.includes(g));
  if (keywordOnly.length > 0) reasons.push({ reason: 'keyword', detail: describeGroups(groups, keywordOnly) });
  const bodyOnly = hit.bodyGroups.filter((g) => !hit.nameGroups.includes(g) && !hit.keywordGroups.includes(g));
  if (bodyOnly.length > 0) reasons.push({ reason: 'description', detail: describeGroups(groups, bodyOnly) });
  if (hit.placeGroups.length > 0) reasons.push({ reason: 'place', detail: describeGroups(groups, hit.placeGroups) });
  const used = new Set([...hit.nameGroups, ...hit.keywordGroups, ...hit.bodyGroups]);
  for (const [index, group] of groups.entries()) {
    if (!used.has(index)) continue;
    if (group.source === 'synonym' && group.synonyms) {
      reasons.push({ reason: 'synonym', detail: `${group.typed} → ${group.synonyms.slice(0, 3).join(', ')}` });
    }
    if (group.source === 'typo' && group.correctedTo) {
      reasons.push({ reason: 'typo', detail: `${group.typed} → ${group.correctedTo}` });
    }
  }
  if (reasons.length === 0) reasons.push({ reason: 'name', detail: hit.service.name });
  return reasons;
}

export function createCatalogueSearchService(deps: {
  repository: CatalogueSearchRepository;
  resolveMppId: (ref: string | undefined) => Promise<string | undefined>;
  now?: () => number;
  /** How long a search answer may be served from memory; 0 turns the cache off. */
  resultCacheMs?: number;
}) {
  const { repository } = deps;
  // Public search is read-mostly and the catalogue changes rarely: answers are kept briefly per
  // node. Writes on this node clear it (`invalidate`); other nodes converge within the TTL.
  const resultCacheMs = deps.resultCacheMs ?? 0;
  const results =
    resultCacheMs > 0
      ? new LRUCache<string, SearchResult>({
          max: 5000,
          ttl: resultCacheMs,
          // Bounded by memory, not only by count: about 20 MB of answers per node.
          maxSize: 20_000_000,
          sizeCalculation: (answer) => 2000 + answer.services.length * 1500 + answer.mpps.length * 800,
        })
      : undefined;
  const inFlight = new Map<string, Promise<SearchResult>>();

  // The synonym table is small and read by every search: keep it in memory for a short while.
  // A change made on this node clears it at once; other nodes see it within SYNONYM_CACHE_MS.
  let synonymCache: { at: number; map: Map<string, string[]> } | undefined;
  async function allSynonyms(): Promise<Map<string, string[]>> {
    const now = deps.now?.() ?? Date.now();
    if (!synonymCache || now - synonymCache.at > SYNONYM_CACHE_MS) {
      const rows = await repository.listSynonyms();
      synonymCache = { at: now, map: new Map(rows.map((r) => [r.term, r.expansions])) };
    }
    return synonymCache.map;
  }

  /** Turns the typed text into groups: synonyms for phrases, corrections for unknown words. */
  async function interpret(text: string, reads: SearchReads = repository): Promise<SearchGroup[]> {
    const tokens = tokenise(text);
    const synonyms = await allSynonyms();
    const lookup = await reads.lookupWords(
      tokens.filter((t) => !synonyms.has(t)),
      TYPO_SIMILARITY,
    );
    const corrections = new Map<string, string>();
    for (const token of tokens) {
      const found = lookup.get(token);
      if (!found || found.known || !found.closest || !needsCorrection(token)) continue;
      if (found.closest !== token) corrections.set(token, found.closest);
    }
    return buildGroups({ tokens, synonyms, corrections });
  }

  return {
    interpret,
    listSynonyms: () => repository.listSynonyms(),
    /** Adds or replaces an admin's synonym; `within` runs in its transaction with the normalised term. */
    async saveSynonym(term: string, expansions: string[], within?: (tx: Queryable, term: string) => Promise<void>) {
      const key = normaliseQuery(term);
      const values = [...new Set(expansions.map(normaliseQuery).filter((e) => e.length > 0 && e !== key))];
      if (key.length === 0)
        throw failCatalogue('catalogue.synonym_invalid', { reason: 'term has no letters or digits' });
      if (values.length === 0)
        throw failCatalogue('catalogue.synonym_invalid', { reason: 'no expansion differs from the term' });
      await repository.saveSynonym(newId(), key, values, within ? (tx) => within(tx, key) : undefined);
      synonymCache = undefined;
      results?.clear();
      return { term: key, expansions: values, isBuiltin: false };
    },
    async deleteSynonym(term: string, within?: (tx: Queryable, term: string) => Promise<void>) {
      const key = normaliseQuery(term);
      const deleted = await repository.deleteSynonym(key, within ? (tx) => within(tx, key) : undefined);
      synonymCache = undefined;
      results?.clear();
      return deleted;
    },

    /** Forget cached answers and synonyms after a change to the catalogue. */
    invalidate() {
      results?.clear();
      synonymCache = undefined;
    },

    async search(query: SearchQuery): Promise<SearchResult> {
      if (!results) return runSearch(query);
      const key = cacheKey(query);
      const cached = results.get(key);
      if (cached) return cached;
      // Many citizens asking the same thing at once (a rush on "ktp" at opening time) share one
      // computation instead of each running the same SQL.
      const running = inFlight.get(key);
      if (running) return running;
      const started = runSearch(query)
        .then((answer) => {
          results.set(key, answer);
          return answer;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, started);
      return started;
    },
  };

  async function runSearch(query: SearchQuery): Promise<SearchResult> {
    const mppId = await deps.resolveMppId(query.mppId);
    await allSynonyms();
    return repository.readConsistently((reads) => answer(query, mppId, reads));
  }

  async function answer(query: SearchQuery, mppId: string | undefined, reads: SearchReads): Promise<SearchResult> {
    const groups = await interpret(query.q, reads);
    const pairs: [number, string][] = groups.flatMap((g, index) =>
      g.alternatives.map((alt) => [index, alt] as [number, string]),
    );
    const filters: SearchFilters = {
      ...(query.provinceCode ? { provinceCode: query.provinceCode } : {}),
      ...(query.regencyCode ? { regencyCode: query.regencyCode } : {}),
      ...(query.category ? { category: query.category } : {}),
      ...(query.mode ? { mode: query.mode } : {}),
    };
    if (mppId) filters.mppId = mppId;
    if (query.near) filters.near = parseNear(query.near);
    const normalised = normaliseQuery(query.q);
    const serviceHits = pairs.length > 0 ? await reads.searchServices(pairs, normalised, filters, query.limit) : [];
    const mppHits = pairs.length > 0 && !mppId ? await reads.searchMpps(pairs, filters, 5) : [];
    return {
      query: query.q,
      corrections: groups.flatMap((g) => (g.correctedTo ? [{ from: g.typed, to: g.correctedTo }] : [])),
      expansions: groups.flatMap((g) =>
        g.source === 'synonym' && g.synonyms ? [{ term: g.typed, synonyms: [...g.synonyms] }] : [],
      ),
      services: serviceHits.map((hit) => ({
        service: toServiceSummary(hit.service),
        mpp: {
          id: hit.mpp.id,
          slug: hit.mpp.slug,
          name: hit.mpp.name,
          regencyName: hit.mpp.regencyName,
          timeZoneAbbreviation: zoneAbbreviation(hit.mpp.timeZone as MppRecord['timeZone']),
          isDemo: hit.mpp.isDemo,
          distanceKm: hit.mpp.distanceKm === null ? null : Math.round(hit.mpp.distanceKm * 10) / 10,
        },
        score: hit.score,
        matched: reasonsFor(hit, groups),
      })),
      mpps: mppHits.map((hit) => ({
        mpp: toMppSummary(hit.mpp),
        distanceKm: hit.distanceKm === null ? null : Math.round(hit.distanceKm * 10) / 10,
        matched: [{ reason: 'place' as const, detail: describeGroups(groups, hit.groups) }],
      })),
    };
  }
}

/** Same meaning, same key: normalised text, filters, and `near` rounded to about 100 m. */
function cacheKey(query: SearchQuery): string {
  const near = query.near
    ?.split(',')
    .map((n) => Number(n).toFixed(3))
    .join(',');
  return JSON.stringify([
    normaliseQuery(query.q),
    query.mppId ?? '',
    query.provinceCode ?? '',
    query.regencyCode ?? '',
    query.category ?? '',
    query.mode ?? '',
    near ?? '',
    query.limit,
  ]);
}

export type CatalogueSearchService = ReturnType<typeof createCatalogueSearchService>;
