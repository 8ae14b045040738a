import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/test-app.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let t: TestApp;

beforeAll(async () => {
  // Wednesday 2026-11-25 10:00 WIB = 11:00 WITA = 12:00 WIT.
  t = await createTestApp({ now: '2026-11-25T03:00:00Z' });
});
afterAll(async () => t?.close());

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await t.app.inject({ method: 'GET', url, headers });
  return { status: response.statusCode, headers: response.headers, body: response.json() };
}

describe('provinces and MPP lists', () => {
  it('lists all 38 provinces with the number of MPPs in each', async () => {
    const { status, body } = await get('/api/v1/provinces');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(38);
    const counts = Object.fromEntries(body.items.map((p: { code: string; mppCount: number }) => [p.code, p.mppCount]));
    expect(counts).toMatchObject({ '35': 1, '73': 1, '91': 1, '31': 0 });
  });

  it('pages through MPPs with a cursor without repeating or losing one', async () => {
    const first = await get('/api/v1/mpps?limit=2');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await get(`/api/v1/mpps?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.nextCursor).toBeNull();
    const slugs = [...first.body.items, ...second.body.items].map((m: { slug: string }) => m.slug);
    expect(new Set(slugs)).toEqual(new Set(['mpp-kota-jayapura', 'mpp-kota-makassar', 'mpp-kota-surabaya']));
  });

  it('filters MPPs by province and by kab/kota code', async () => {
    const byProvince = await get('/api/v1/mpps?provinceCode=73');
    expect(byProvince.body.items.map((m: { slug: string }) => m.slug)).toEqual(['mpp-kota-makassar']);
    const byRegency = await get('/api/v1/mpps?regencyCode=35.78');
    expect(byRegency.body.items[0]).toMatchObject({
      slug: 'mpp-kota-surabaya',
      regency: { code: '35.78', name: 'Kota Surabaya' },
      province: { code: '35', name: 'Jawa Timur' },
      timeZoneAbbreviation: 'WIB',
      isDemo: true,
    });
  });

  it('rejects malformed list parameters with a 400 naming the field', async () => {
    for (const [url, field] of [
      ['/api/v1/mpps?limit=0', 'querystring.limit'],
      ['/api/v1/mpps?limit=abc', 'querystring.limit'],
      ['/api/v1/mpps?provinceCode=jatim', 'querystring.provinceCode'],
      ['/api/v1/mpps?cursor=not-a-cursor', 'querystring.cursor'],
      ['/api/v1/services?mode=teleport', 'querystring.mode'],
    ] as const) {
      const { status, headers, body } = await get(url);
      expect(status, url).toBe(400);
      expect(headers['content-type']).toContain('application/problem+json');
      expect(body.code).toBe('platform.validation_failed');
      expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });
});

describe('one MPP', () => {
  it('shows hours in its own zone and whether it is open now', async () => {
    const { body } = await get('/api/v1/mpps/mpp-kota-jayapura');
    expect(body.timeZone).toBe('Asia/Jayapura');
    expect(body.timeZoneAbbreviation).toBe('WIT');
    expect(body.localNow).toBe('2026-11-25T12:00:00+09:00');
    expect(body.serviceDay).toBe('2026-11-25');
    expect(body.isWorkingDay).toBe(true);
    expect(body.isOpenNow).toBe(true);
    expect(body.tenants.length).toBeGreaterThanOrEqual(15);
    expect(body.maklumat.text.length).toBeGreaterThan(20);
  });

  it('is closed after hours and says when it opens next, in local time', async () => {
    t.clock.set('2026-11-25T16:30:00Z'); // 23:30 WIB Wednesday, already Thursday 01:30 WIT
    try {
      const jayapura = await get('/api/v1/mpps/mpp-kota-jayapura');
      expect(jayapura.body.serviceDay).toBe('2026-11-26');
      const { body } = await get('/api/v1/mpps/mpp-kota-surabaya');
      expect(body.serviceDay).toBe('2026-11-25');
      expect(body.isOpenNow).toBe(false);
      expect(body.nextOpeningAt).toMatch(/^2026-11-26T0\d:\d\d:00\+07:00$/);
    } finally {
      t.clock.set('2026-11-25T03:00:00Z');
    }
  });

  it('is closed on a national holiday from the calendar', async () => {
    t.clock.set('2026-12-25T03:00:00Z'); // Friday, Hari Raya Natal, 10:00 WIB
    try {
      const { body } = await get('/api/v1/mpps/mpp-kota-surabaya');
      expect(body.isOpenNow).toBe(false);
      expect(body.nextOpeningAt?.startsWith('2026-12-25')).toBe(false);
    } finally {
      t.clock.set('2026-11-25T03:00:00Z');
    }
  });

  it('answers an unknown MPP with a 404 problem in Indonesian, or English when asked', async () => {
    const id = await get('/api/v1/mpps/mpp-tidak-ada');
    expect(id.status).toBe(404);
    expect(id.headers['content-type']).toContain('application/problem+json');
    expect(id.body).toMatchObject({ status: 404, code: 'catalogue.mpp_not_found', title: 'MPP tidak ditemukan' });
    const en = await get('/api/v1/mpps/0190a000-0000-7000-8000-000000000000', { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.status).toBe(404);
    expect(en.body.title).toBe('MPP not found');
  });

  it('finds the nearest MPP to a coordinate in Surabaya', async () => {
    const { body } = await get('/api/v1/mpps/nearest?near=-7.29,112.75&limit=3');
    expect(body.items[0].mpp.slug).toBe('mpp-kota-surabaya');
    expect(body.items[0].distanceKm).toBeLessThan(10);
    expect(body.items[2].mpp.slug).toBe('mpp-kota-jayapura');
  });
});

describe('services and tenants', () => {
  it('filters services by MPP and category', async () => {
    const { body } = await get('/api/v1/services?mppId=mpp-kota-surabaya&category=keimigrasian&limit=50');
    expect(body.items.map((s: { slug: string }) => s.slug)).toContain('penerbitan-paspor-biasa');
    expect(body.items.every((s: { category: string }) => s.category === 'keimigrasian')).toBe(true);
  });

  it('publishes the six service-delivery components and keeps the internal eight private', async () => {
    const { status, body } = await get('/api/v1/services/penerbitan-paspor-biasa');
    expect(status).toBe(200);
    expect(Object.keys(body.standard).sort()).toEqual(
      ['complaintHandling', 'fee', 'procedure', 'product', 'requirements', 'timeLimit'].sort(),
    );
    expect(body.standard.requirements.length).toBeGreaterThan(0);
    expect(body.offeredAt.map((o: { mpp: { slug: string } }) => o.mpp.slug)).toContain('mpp-kota-surabaya');
    expect(JSON.stringify(body)).not.toContain('internalSupervision');
    expect(body.offeredAt.every((o: { mpp: { isDemo: boolean } }) => o.mpp.isDemo)).toBe(true);
  });

  it('pages through every service of one MPP exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await get(
        `/api/v1/services?mppId=mpp-kota-makassar&limit=25${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((s) => s.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    const mpp = await get('/api/v1/mpps/mpp-kota-makassar');
    expect(seen.length).toBe(mpp.body.serviceCount);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('shows a tenant with its gerai and services', async () => {
    const service = await get('/api/v1/services/penerbitan-paspor-biasa');
    const { status, body } = await get(`/api/v1/tenants/${service.body.tenant.slug}`);
    expect(status).toBe(200);
    expect(body.gerai.length).toBe(3);
    expect(body.services.map((s: { slug: string }) => s.slug)).toContain('penerbitan-paspor-biasa');
  });

  it('answers unknown services and tenants with 404 problems', async () => {
    expect((await get('/api/v1/services/tidak-ada')).body.code).toBe('catalogue.service_not_found');
    expect((await get('/api/v1/tenants/tidak-ada')).body.code).toBe('catalogue.tenant_not_found');
    expect((await get('/api/v1/services?mppId=tidak-ada')).body.code).toBe('catalogue.mpp_not_found');
  });
});

describe('tenants, counters and the calendar', () => {
  it('lists the tenants with a gerai at one MPP, filtered by type, page by page', async () => {
    const all = await get('/api/v1/tenants?mppId=mpp-kota-jayapura&limit=100');
    const mpp = await get('/api/v1/mpps/mpp-kota-jayapura');
    expect(all.body.items).toHaveLength(mpp.body.tenants.length);
    const bumd = await get('/api/v1/tenants?mppId=mpp-kota-jayapura&type=bumd');
    expect(bumd.body.items.length).toBeGreaterThan(0);
    expect(bumd.body.items.every((t: { type: string }) => t.type === 'bumd')).toBe(true);
    const first = await get('/api/v1/tenants?limit=5');
    const second = await get(`/api/v1/tenants?limit=5&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].name >= first.body.items[4].name).toBe(true);
  });

  it('lists the counters of an MPP, numbered once each, with the services they serve', async () => {
    const { body } = await get('/api/v1/mpps/mpp-kota-surabaya/counters');
    const numbers = body.items.map((c: { number: number }) => c.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    const passport = body.items.filter((c: { services: { slug: string }[] }) =>
      c.services.some((s) => s.slug === 'penerbitan-paspor-biasa'),
    );
    expect(passport.length).toBeGreaterThan(0);
  });

  it('lists national holidays and cuti bersama of 2026 from the SKB-corrected calendar', async () => {
    const { body } = await get('/api/v1/calendar?from=2026-01-01&to=2026-12-31');
    const byKind = (kind: string) =>
      body.items.filter((d: { kind: string }) => d.kind === kind).map((d: { date: string }) => d.date);
    expect(byKind('national_holiday')).toHaveLength(17);
    expect(byKind('national_holiday')).toContain('2026-03-22');
    expect(byKind('national_holiday')).not.toContain('2026-03-20');
    expect(byKind('cuti_bersama')).toEqual([
      '2026-02-16',
      '2026-03-18',
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
      '2026-05-15',
      '2026-05-28',
      '2026-12-24',
    ]);
  });

  it('rejects an inverted or impossible date range', async () => {
    expect((await get('/api/v1/calendar?from=2026-12-31&to=2026-01-01')).status).toBe(400);
    expect((await get('/api/v1/calendar?from=2026-02-30&to=2026-03-01')).status).toBe(400);
    expect((await get('/api/v1/calendar?from=2020-01-01&to=2026-01-01')).status).toBe(400);
    expect((await get('/api/v1/calendar?from=0000-01-01&to=0000-01-02')).status).toBe(400);
    expect((await get('/api/v1/mpps/nearest?near=89,999')).status).toBe(400);
  });
});
