import {
  buildGroups,
  needsCorrection,
  normaliseQuery,
  phrasesOf,
  type SearchGroup,
  tokenise,
} from '../../domain/catalogue/search-query.js';
import { zoneAbbreviation } from '../../domain/time/index.js';
import { newId } from '../../platform/ids.js';
import type { CatalogueSearchRepository, SearchFilters, ServiceHit } from './catalogue-search.repository.js';
import type { MatchReason, SearchQuery, SearchResult } from './catalogue.schemas.js';
import { toMppSummary, toServiceSummary } from './catalogue.service.js';
import type { MppRecord } from './catalogue.repository.js';

/** Trigram similarity a typo must reach to be read as a known word ("paspot" -> "paspor" is 0.56). */
const TYPO_SIMILARITY = 0.4;

function describeGroups(groups: readonly SearchGroup[], indexes: readonly number[]): string {
  return indexes
    .map((i) => groups[i]?.typed)
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
}) {
  const { repository } = deps;

  /** Turns the typed text into groups: synonyms for phrases, corrections for unknown words. */
  async function interpret(text: string): Promise<SearchGroup[]> {
    const tokens = tokenise(text);
    const synonyms = await repository.findSynonyms(phrasesOf(tokens));
    const known = await repository.knownWords(tokens);
    const corrections = new Map<string, string>();
    for (const token of tokens) {
      if (synonyms.has(token) || !needsCorrection(token, known)) continue;
      const closest = await repository.closestWord(token, TYPO_SIMILARITY);
      if (closest && closest !== token) corrections.set(token, closest);
    }
    const correctedSynonyms = await repository.findSynonyms([...corrections.values()]);
    const allSynonyms = new Map([...synonyms, ...correctedSynonyms]);
    return buildGroups({ tokens, synonyms: allSynonyms, corrections });
  }

  return {
    interpret,
    listSynonyms: () => repository.listSynonyms(),
    async saveSynonym(term: string, expansions: string[]) {
      const key = normaliseQuery(term);
      const values = [...new Set(expansions.map(normaliseQuery).filter((e) => e.length > 0 && e !== key))];
      await repository.saveSynonym(newId(), key, values);
      return { term: key, expansions: values, isBuiltin: false };
    },
    deleteSynonym: (term: string) => repository.deleteSynonym(normaliseQuery(term)),

    async search(query: SearchQuery): Promise<SearchResult> {
      const groups = await interpret(query.q);
      const pairs: [number, string][] = groups.flatMap((g, index) =>
        g.alternatives.map((alt) => [index, alt] as [number, string]),
      );
      const filters: SearchFilters = {
        ...(query.provinceCode ? { provinceCode: query.provinceCode } : {}),
        ...(query.regencyCode ? { regencyCode: query.regencyCode } : {}),
        ...(query.category ? { category: query.category } : {}),
        ...(query.mode ? { mode: query.mode } : {}),
      };
      const mppId = await deps.resolveMppId(query.mppId);
      if (mppId) filters.mppId = mppId;
      if (query.near) {
        const [latitude, longitude] = query.near.split(',').map(Number) as [number, number];
        filters.near = { latitude, longitude };
      }
      const normalised = normaliseQuery(query.q);
      const [serviceHits, mppHits] = await Promise.all([
        pairs.length > 0 ? repository.searchServices(pairs, normalised, filters, query.limit) : Promise.resolve([]),
        pairs.length > 0 && !mppId ? repository.searchMpps(pairs, filters, 5) : Promise.resolve([]),
      ]);
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
    },
  };
}

export type CatalogueSearchService = ReturnType<typeof createCatalogueSearchService>;
