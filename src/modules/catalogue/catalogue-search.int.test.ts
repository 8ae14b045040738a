import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/test-app.js';
import { SEARCH_RELEVANCE_CASES } from './seed/demo/search-relevance-cases.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
type Hit = {
  service: { slug: string; name: string };
  mpp: { slug: string; distanceKm: number | null };
  matched: { reason: string; detail: string }[];
};
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function search(query: string) {
  const response = await t.app.inject({ url: `/api/v1/search?${query}` });
  expect(response.statusCode, query).toBe(200);
  return response.json() as {
    services: Hit[];
    mpps: { mpp: { slug: string } }[];
    corrections: { from: string; to: string }[];
  };
}

describe('search in everyday Indonesian', () => {
  // Regional services have one copy per city ("Penerbitan KTP-el Baru" at each Dukcapil); for the
  // citizen they are one service, so the top 3 counts distinct service names.
  it.each(SEARCH_RELEVANCE_CASES.map((c) => [c.query, c.expectedServiceSlug] as const))(
    '"%s" finds %s in the top 3',
    async (query, expected) => {
      const expectedName = (await t.app.inject(`/api/v1/services/${expected}`)).json().name as string;
      const result = await search(`q=${encodeURIComponent(query)}&limit=20`);
      const top = [...new Set(result.services.map((h) => h.service.name))].slice(0, 3);
      expect(top, JSON.stringify(result.services.slice(0, 5).map((h) => [h.service.slug, h.matched]))).toContain(
        expectedName,
      );
    },
  );

  it('has at least 30 relevance cases', () => {
    expect(SEARCH_RELEVANCE_CASES.length).toBeGreaterThanOrEqual(30);
  });

  it('reads a typo as the word it resembles and says so', async () => {
    const result = await search('q=paspot');
    expect(result.corrections).toContainEqual({ from: 'paspot', to: 'paspor' });
    expect(result.services[0]?.service.name).toMatch(/paspor/i);
    expect(result.services[0]?.matched).toContainEqual({ reason: 'typo', detail: 'paspot → paspor' });
    expect(result.services[0]?.matched).toContainEqual({ reason: 'name', detail: 'paspor' });
  });

  it('puts the nearest MPP first among equally good results', async () => {
    const surabaya = await search(`q=${encodeURIComponent('buat paspor')}&near=-7.2575,112.7396`);
    expect(surabaya.services[0]?.service.slug).toBe('penerbitan-paspor-biasa');
    expect(surabaya.services[0]?.mpp.slug).toBe('mpp-kota-surabaya');
    const jayapura = await search(`q=${encodeURIComponent('buat paspor')}&near=-2.53,140.71`);
    expect(jayapura.services[0]?.mpp.slug).toBe('mpp-kota-jayapura');
    expect(jayapura.services[0]?.mpp.distanceKm).toBeLessThan(20);
  });

  it('prefers the MPP a place name in the query points to', async () => {
    const result = await search(`q=${encodeURIComponent('paspor makassar')}`);
    expect(result.services[0]?.mpp.slug).toBe('mpp-kota-makassar');
    expect(result.services[0]?.matched.map((m) => m.reason)).toContain('place');
    expect(result.mpps[0]?.mpp.slug).toBe('mpp-kota-makassar');
  });

  it('filters by MPP and by category', async () => {
    const atJayapura = await search('q=paspor&mppId=mpp-kota-jayapura');
    expect(atJayapura.services.length).toBeGreaterThan(0);
    expect(atJayapura.services.every((h) => h.mpp.slug === 'mpp-kota-jayapura')).toBe(true);
    const onlyPolice = await search('q=perpanjang&category=kepolisian');
    expect(onlyPolice.services.length).toBeGreaterThan(0);
    expect(onlyPolice.services.every((h) => /sim|skck/i.test(h.service.name))).toBe(true);
  });

  it('ranks an exact service name first', async () => {
    const result = await search(`q=${encodeURIComponent('Penerbitan Paspor Biasa')}`);
    expect(result.services[0]?.service.slug).toBe('penerbitan-paspor-biasa');
    expect(result.services[0]?.matched[0]?.reason).toBe('exact_name');
  });

  it('answers nonsense with no results rather than an error', async () => {
    const result = await search('q=qwzxv');
    expect(result.services).toEqual([]);
  });
});
