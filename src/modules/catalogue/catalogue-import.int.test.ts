import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aDocument, anMpp, aService, aStandard, aTenant } from '../../../test/support/factories.js';
import { signInAs } from '../../../test/support/auth.js';
import { createTestApp } from '../../../test/support/test-app.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let t: TestApp;
/** A national admin's bearer session: imports, exports, calendar and synonyms are theirs. */
let auth: { authorization: string };

beforeAll(async () => {
  t = await createTestApp({ seedDemo: false });
  auth = (await signInAs(t, { role: 'national_admin' })).headers;
});
afterAll(async () => t?.close());

function postImport(body: unknown, query = '', contentType = 'application/json', headers = auth) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/catalogue/imports${query}`,
    headers: { ...headers, 'content-type': contentType },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function countRows(table: string): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return Number(row?.n);
}

describe('catalogue import', () => {
  it('refuses an import without a session, and from a role that may not import', async () => {
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/catalogue/imports',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(aDocument()),
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('platform.unauthenticated');
    const auditor = await signInAs(t, { role: 'auditor' });
    const refused = await postImport(aDocument(), '', 'application/json', auditor.headers);
    expect(refused.statusCode).toBe(403);
    expect(await countRows('mpps')).toBe(0);
  });

  it('rejects a file with bad rows whole, listing every problem, and writes nothing', async () => {
    const bad = aDocument({
      mpps: [anMpp({ regencyCode: '99.99' })],
      tenants: [
        aTenant({
          services: [
            aService({
              slug: 'satu',
              standard: aStandard({ fee: { kind: 'fixed', amountRupiah: -5, legalBasis: 'PP' } }),
            }),
            aService({ slug: 'dua', offeredAt: ['mpp-entah-dimana'] }),
          ],
        }),
      ],
    });
    const response = await postImport(bad);
    expect(response.statusCode).toBe(422);
    const problem = response.json();
    expect(problem.code).toBe('catalogue.import_invalid');
    expect(problem.errors.map((e: { field: string }) => e.field)).toContain(
      'tenants[0].services[0].standard.fee.amountRupiah',
    );
    expect(await countRows('mpps')).toBe(0);
    expect(await countRows('services')).toBe(0);
  });

  it('reports reference problems: unknown region, unknown MPP, counters serving foreign services', async () => {
    const bad = aDocument({
      mpps: [anMpp({ regencyCode: '99.99' })],
      tenants: [
        aTenant({
          gerai: [
            {
              mppSlug: 'mpp-uji-kota-malang',
              location: 'L1',
              counters: [{ number: 1, label: 'Loket 1', serviceSlugs: ['bukan-milik'] }],
            },
          ],
          services: [aService({ offeredAt: ['mpp-lain'] })],
        }),
      ],
    });
    const problem = (await postImport(bad)).json();
    const reasons = problem.errors.map((e: { field: string; reason: string }) => `${e.field}: ${e.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^mpps\[0\]\.regencyCode: unknown Kemendagri/),
        expect.stringMatching(/^tenants\[0\]\.gerai\[0\]\.counters\[0\]\.serviceSlugs\[0\]/),
        expect.stringMatching(/^tenants\[0\]\.services\[0\]\.offeredAt\[0\]/),
      ]),
    );
    expect(await countRows('tenants')).toBe(0);
  });

  it('answers duplicates and impossible dates with 422 listing them, never a 500', async () => {
    const bad = aDocument({
      mpps: [
        anMpp({
          closures: [
            { date: '2026-11-30', reason: 'rapat' },
            { date: '2026-12-01', reason: 'a' },
            { date: '2026-12-01', reason: 'b' },
          ],
        }),
      ],
      tenants: [
        aTenant({
          gerai: [
            { mppSlug: 'mpp-uji-kota-malang', location: 'L1', counters: [] },
            { mppSlug: 'mpp-uji-kota-malang', location: 'L2', counters: [] },
          ],
          services: [aService({ offeredAt: ['mpp-uji-kota-malang', 'mpp-uji-kota-malang'] })],
        }),
      ],
    });
    const response = await postImport(bad);
    expect(response.statusCode).toBe(422);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'mpps[0].closures[1].date',
        'mpps[0].closures[2].date',
        'tenants[0].gerai[1].mppSlug',
        'tenants[0].services[0].offeredAt[1]',
      ]),
    );
    expect(await countRows('mpps')).toBe(0);
    const impossible = aDocument({ mpps: [anMpp({ closures: [{ date: '2026-02-30', reason: 'tidak ada' }] })] });
    const rejected = await postImport(impossible);
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json().errors[0].field).toBe('mpps[0].closures[0].date');
  });

  it('imports a valid document, then bumps the version only of the service that changed', async () => {
    const first = await postImport(aDocument());
    expect(first.statusCode).toBe(200);
    expect(first.json().summary).toMatchObject({ mpps: 1, tenants: 1, services: 1, servicesCreated: 1 });
    const again = await postImport(aDocument());
    expect(again.json().summary.servicesCreated).toBe(0);
    expect((await t.app.inject('/api/v1/services/layanan-uji')).json().version).toBe(1);

    const changed = aDocument({
      tenants: [
        aTenant({ services: [aService({ standard: aStandard({ timeLimit: { value: 2, unit: 'working_days' } }) })] }),
      ],
    });
    expect((await postImport(changed)).statusCode).toBe(200);
    const service = (await t.app.inject('/api/v1/services/layanan-uji')).json();
    expect(service.version).toBe(2);
    expect(service.timeLimit).toEqual({ value: 2, unit: 'working_days' });
    const versions = await t.db.query<{ version: number; standard: { timeLimit: { value: number } } }>(
      'SELECT v.version, v.standard FROM service_versions v JOIN services s ON s.id = v.service_id WHERE s.slug = $1 ORDER BY v.version',
      ['layanan-uji'],
    );
    expect(versions.map((v) => [v.version, v.standard.timeLimit.value])).toEqual([
      [1, 30],
      [2, 2],
    ]);
  });

  it('validates without writing on a dry run', async () => {
    const doc = aDocument({
      tenants: [aTenant({ services: [aService(), aService({ slug: 'layanan-kering', name: 'Layanan Kering' })] })],
    });
    const response = await postImport(doc, '?dryRun=true');
    expect(response.json()).toMatchObject({ dryRun: true, valid: true, summary: null });
    expect((await t.app.inject('/api/v1/services/layanan-kering')).statusCode).toBe(404);
  });

  it('round-trips a tenant through CSV export and import, and rejects a bad CSV by line', async () => {
    const exported = await t.app.inject({
      url: '/api/v1/admin/catalogue/export?tenant=instansi-uji&format=csv',
      headers: auth,
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    const csv = exported.body;
    expect(csv.split('\n')[0]).toContain('slug,name,description,category');
    const reimport = await postImport(csv, '?tenant=instansi-uji', 'text/csv');
    expect(reimport.statusCode).toBe(200);
    expect(reimport.json().summary.servicesCreated).toBe(0);

    const lines = csv.trimEnd().split('\n');
    const broken = [
      lines[0],
      lines[1]?.replace('walk_in', 'teleport'),
      lines[1]?.replace('layanan-uji', 'Layanan Uji!'),
    ].join('\n');
    const rejected = await postImport(broken, '?tenant=instansi-uji', 'text/csv');
    expect(rejected.statusCode).toBe(422);
    const errors = rejected.json().errors as { line: number; field: string }[];
    expect(errors.map((e) => e.line).sort()).toEqual([2, 3]);
  });

  it('exports the whole catalogue as a document that imports again unchanged', async () => {
    const exported = await t.app.inject({
      url: '/api/v1/admin/catalogue/export',
      headers: auth,
    });
    const document = exported.json();
    expect(document.format).toBe('satupintu.catalogue/v1');
    const reimport = await postImport(document);
    expect(reimport.statusCode).toBe(200);
    expect(reimport.json().summary.servicesCreated).toBe(0);
  });

  it('lets an admin add a synonym that search then uses', async () => {
    const before = (await t.app.inject('/api/v1/search?q=ngetes')).json();
    expect(before.services).toHaveLength(0);
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/search-synonyms',
      headers: auth,
      payload: { term: 'Ngetes', expansions: ['uji coba'] },
    });
    expect(saved.json()).toEqual({ term: 'ngetes', expansions: ['uji coba'], isBuiltin: false });
    const after = (await t.app.inject('/api/v1/search?q=ngetes')).json();
    expect(after.services[0].service.slug).toBe('layanan-uji');
    expect(after.services[0].matched).toEqual(expect.arrayContaining([expect.objectContaining({ reason: 'synonym' })]));

    const list = (await t.app.inject({ url: '/api/v1/admin/search-synonyms', headers: auth })).json();
    expect(list.items).toContainEqual({ term: 'ngetes', expansions: ['uji coba'], isBuiltin: false });
    expect(list.items).toContainEqual(expect.objectContaining({ term: 'kk', isBuiltin: true }));
    const removed = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/admin/search-synonyms/ngetes',
      headers: auth,
    });
    expect(removed.statusCode).toBe(204);
    expect((await t.app.inject('/api/v1/search?q=ngetes')).json().services).toHaveLength(0);
    const again = await t.app.inject({ method: 'DELETE', url: '/api/v1/admin/search-synonyms/ngetes', headers: auth });
    expect(again.statusCode).toBe(404);
    const empty = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/search-synonyms',
      headers: auth,
      payload: { term: '!!!', expansions: ['x'] },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('catalogue.synonym_invalid');
  });
});

describe('calendar administration', () => {
  function admin(method: 'PUT' | 'DELETE', url: string, payload?: unknown) {
    return t.app.inject({
      method,
      url,
      headers: auth,
      ...(payload ? { payload } : {}),
    });
  }

  it('closes an MPP on a date an admin adds, and reopens it when the date is removed', async () => {
    t.clock.set('2026-11-26T03:00:00Z'); // Thursday 10:00 WIB
    // A day later the earlier session has passed its idle timeout: sign in again.
    auth = (await signInAs(t, { role: 'national_admin' })).headers;
    expect((await t.app.inject('/api/v1/mpps/mpp-uji-kota-malang')).json().isOpenNow).toBe(true);
    const saved = await admin('PUT', '/api/v1/admin/calendar-dates', {
      mppId: 'mpp-uji-kota-malang',
      date: '2026-11-26',
      kind: 'closure',
      name: 'Pemadaman listrik gedung',
    });
    expect(saved.statusCode).toBe(200);
    const closed = (await t.app.inject('/api/v1/mpps/mpp-uji-kota-malang')).json();
    expect(closed.isOpenNow).toBe(false);
    expect(closed.closures).toContainEqual({ date: '2026-11-26', reason: 'Pemadaman listrik gedung' });
    expect((await admin('DELETE', `/api/v1/admin/calendar-dates/${saved.json().id}`)).statusCode).toBe(204);
    expect((await t.app.inject('/api/v1/mpps/mpp-uji-kota-malang')).json().isOpenNow).toBe(true);
  });

  it('keeps a removed national holiday removed and says a closure needs an MPP', async () => {
    const list = (await t.app.inject('/api/v1/calendar?from=2026-08-17&to=2026-08-17')).json();
    const independenceDay = list.items[0];
    expect(independenceDay.kind).toBe('national_holiday');
    expect((await admin('DELETE', `/api/v1/admin/calendar-dates/${independenceDay.id}`)).statusCode).toBe(204);
    expect((await t.app.inject('/api/v1/calendar?from=2026-08-17&to=2026-08-17')).json().items).toEqual([]);
    await t.catalogue.ensureReferenceData();
    expect((await t.app.inject('/api/v1/calendar?from=2026-08-17&to=2026-08-17')).json().items).toEqual([]);
    const national = await admin('PUT', '/api/v1/admin/calendar-dates', {
      date: '2026-09-01',
      kind: 'closure',
      name: 'x',
    });
    expect(national.statusCode).toBe(400);
    expect(national.json().code).toBe('catalogue.calendar_kind_needs_mpp');
  });
});

describe('imports at the same time', () => {
  it('lets only one of two tenants claim a service slug when both import at once', async () => {
    const claim = (tenant: string) =>
      postImport(
        aDocument({
          tenants: [
            aTenant({
              slug: tenant,
              name: `Instansi ${tenant}`,
              gerai: [{ mppSlug: 'mpp-uji-kota-malang', location: 'L1', counters: [] }],
              services: [aService({ slug: 'layanan-rebutan', name: 'Layanan Rebutan' })],
            }),
          ],
        }),
      );
    const [a, b] = await Promise.all([claim('instansi-satu'), claim('instansi-dua')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 422]);
    const loser = a.statusCode === 422 ? a : b;
    expect(loser.json().errors[0].reason).toMatch(/already belongs to tenant/);
    const owners = await t.db.query<{ slug: string }>(
      'SELECT t.slug FROM services s JOIN tenants t ON t.id = s.tenant_id WHERE s.slug = $1',
      ['layanan-rebutan'],
    );
    expect(owners).toHaveLength(1);
    const loserTenant = a.statusCode === 422 ? 'instansi-satu' : 'instansi-dua';
    expect(await t.db.query('SELECT 1 FROM tenants WHERE slug = $1', [loserTenant])).toHaveLength(0);
  });
});
