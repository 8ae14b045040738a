import { describe, expect, it } from 'vitest';
import type { CatalogueSearchRepository } from './catalogue-search.repository.js';
import { createCatalogueSearchService } from './catalogue-search.service.js';
import type { SearchQuery } from './catalogue.schemas.js';

/** A hand-written fake of the search SQL that counts how often the main search runs. */
function fakeRepository() {
  const calls = { searchServices: 0 };
  const reads = {
    listSynonyms: async () => [{ term: 'bikin', expansions: ['penerbitan'], isBuiltin: true }],
    lookupWords: async (tokens: string[]) => new Map(tokens.map((t) => [t, { known: true }])),
    searchServices: async () => {
      calls.searchServices += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return [];
    },
    searchMpps: async () => [],
    saveSynonym: async () => {},
    deleteSynonym: async () => true,
  };
  const repository = {
    ...reads,
    readConsistently: <T>(fn: (r: typeof reads) => Promise<T>) => fn(reads),
  } as unknown as CatalogueSearchRepository;
  return { repository, calls };
}

const query = (q: string): SearchQuery => ({ q, limit: 20 });

describe('search answers in memory', () => {
  it('runs identical concurrent searches once and answers the next one from the cache', async () => {
    const { repository, calls } = fakeRepository();
    const search = createCatalogueSearchService({
      repository,
      resolveMppId: async () => undefined,
      resultCacheMs: 30_000,
    });
    await Promise.all(Array.from({ length: 10 }, () => search.search(query('bikin paspor'))));
    expect(calls.searchServices).toBe(1);
    await search.search(query('  Bikin   PASPOR '));
    expect(calls.searchServices).toBe(1);
  });

  it('computes again after a change clears the cache, and every time when the cache is off', async () => {
    const { repository, calls } = fakeRepository();
    const cached = createCatalogueSearchService({
      repository,
      resolveMppId: async () => undefined,
      resultCacheMs: 30_000,
    });
    await cached.search(query('paspor'));
    cached.invalidate();
    await cached.search(query('paspor'));
    expect(calls.searchServices).toBe(2);

    const uncached = createCatalogueSearchService({ repository, resolveMppId: async () => undefined });
    await Promise.all([uncached.search(query('paspor')), uncached.search(query('paspor'))]);
    expect(calls.searchServices).toBe(4);
  });

  it('keeps searches that differ by filter or place apart', async () => {
    const { repository, calls } = fakeRepository();
    const search = createCatalogueSearchService({
      repository,
      resolveMppId: async (ref) => ref,
      resultCacheMs: 30_000,
    });
    await search.search(query('paspor'));
    await search.search({ ...query('paspor'), category: 'keimigrasian' });
    await search.search({ ...query('paspor'), near: '-7.2575,112.7396' });
    await search.search({ ...query('paspor'), near: '-7.25751,112.73961' });
    expect(calls.searchServices).toBe(3);
  });
});
