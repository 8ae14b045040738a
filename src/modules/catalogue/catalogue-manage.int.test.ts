import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anMpp, aStandard } from '../../../test/support/factories.js';
import { signInAs } from '../../../test/support/auth.js';
import { createTestApp } from '../../../test/support/test-app.js';
import type { Role } from '../../domain/identity/access.js';
import { ACCESS_COLUMNS, CATALOGUE_ACCESS, OK } from './catalogue-access.cases.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
type Session = Awaited<ReturnType<typeof signInAs>>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let t: TestApp;
const ids = { surabaya: '', makassar: '', bpjs: '', bpom: '' };
const as = {} as Record<
  'national' | 'managerSurabaya' | 'managerMakassar' | 'tenantAdminBpjs' | 'officer' | 'auditor',
  Session
>;

async function idOf(kind: 'mpp' | 'tenant', ref: string): Promise<string> {
  const id = kind === 'mpp' ? await t.catalogue.api.findMppId(ref) : await t.catalogue.api.findTenantId(ref);
  if (!id) throw new Error(`demo ${kind} ${ref} is missing`);
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  ids.surabaya = await idOf('mpp', 'mpp-kota-surabaya');
  ids.makassar = await idOf('mpp', 'mpp-kota-makassar');
  ids.bpjs = await idOf('tenant', 'bpjs-kesehatan');
  ids.bpom = await idOf('tenant', 'badan-pom');
  as.national = await signInAs(t, { role: 'national_admin' });
  as.managerSurabaya = await signInAs(t, { role: 'mpp_manager', mppId: ids.surabaya });
  as.managerMakassar = await signInAs(t, { role: 'mpp_manager', mppId: ids.makassar });
  as.tenantAdminBpjs = await signInAs(t, { role: 'tenant_admin', tenantId: ids.bpjs });
  as.officer = await signInAs(t, { role: 'officer', mppId: ids.surabaya, tenantId: ids.bpjs });
  as.auditor = await signInAs(t, { role: 'auditor' });
});
afterAll(async () => t?.close());

function call(method: Method, url: string, session?: Session, payload?: unknown) {
  return t.app.inject({
    method,
    url,
    headers: session?.headers ?? {},
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
}

async function auditOf(subjectId: string) {
  return t.db.query<{ action: string; actor_account_id: string | null; details: Record<string, unknown> }>(
    'SELECT action, actor_account_id, details FROM audit_events WHERE subject_id = $1 ORDER BY seq',
    [subjectId],
  );
}

/** A service definition as PUT takes it, from what the internal service page shows. */
function definitionOf(service: Record<string, unknown>) {
  const { name, description, category, modes, keywords, standard } = service;
  return { name, description, category, modes, keywords, standard };
}

const PUBLISHED = ['complaintHandling', 'fee', 'procedure', 'product', 'requirements', 'timeLimit'];

describe('who may call each catalogue endpoint', () => {
  const grants: Record<(typeof ACCESS_COLUMNS)[number], { role: Role; mppId?: string; tenantId?: string } | null> = {
    anonymous: null,
    citizen: { role: 'citizen' },
    officer: { role: 'officer' },
    verifier: { role: 'verifier' },
    tenant_admin: { role: 'tenant_admin' },
    mpp_manager: { role: 'mpp_manager' },
    national_admin: { role: 'national_admin' },
    auditor: { role: 'auditor' },
  };
  const sessions = new Map<string, Session | undefined>();

  beforeAll(async () => {
    const scoped: Record<string, { mppId?: string; tenantId?: string }> = {
      officer: { mppId: ids.surabaya, tenantId: ids.bpjs },
      verifier: { tenantId: ids.bpjs },
      tenant_admin: { tenantId: ids.bpjs },
      mpp_manager: { mppId: ids.surabaya },
    };
    for (const column of ACCESS_COLUMNS) {
      const grant = grants[column];
      sessions.set(column, grant ? await signInAs(t, { ...grant, ...scoped[column] }) : undefined);
    }
  });

  const rows = CATALOGUE_ACCESS.map(([method, url, permission, ...expected]) => ({
    method,
    url,
    permission,
    expected,
  }));
  it.each(rows)('$method $url ($permission)', async ({ method, url, expected }) => {
    const answers: Record<string, number | typeof OK> = {};
    for (const column of ACCESS_COLUMNS) {
      const session = sessions.get(column);
      // Empty bodies: an allowed caller is stopped by validation, so the table never writes.
      const isCsv = url.includes('/imports?tenant=');
      const response = await t.app.inject({
        method,
        url,
        headers: {
          ...(session?.headers ?? {}),
          ...(isCsv ? { 'content-type': 'text/csv' } : {}),
        },
        ...(method === 'GET' || method === 'DELETE' ? {} : { payload: isCsv ? 'slug,name\n' : {} }),
      });
      expect(response.statusCode, `${column}: ${response.body}`).not.toBe(500);
      answers[column] = [401, 403].includes(response.statusCode) ? response.statusCode : OK;
    }
    expect(answers).toEqual(Object.fromEntries(ACCESS_COLUMNS.map((column, i) => [column, expected[i]])));
  });
});

describe('MPPs', () => {
  it('lets a national admin add an MPP, naming its region from the Kemendagri code', async () => {
    const body = anMpp({ slug: 'mpp-kota-batu', name: 'MPP Kota Batu', regencyCode: '35.79' });
    const created = await call('POST', '/api/v1/mpps', as.national, {
      ...body,
      closures: [{ date: '2026-12-24', reason: 'Rapat koordinasi' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const mpp = created.json();
    expect(mpp).toMatchObject({
      slug: 'mpp-kota-batu',
      regency: { code: '35.79', name: 'Kota Batu' },
      province: { code: '35', name: 'Jawa Timur' },
      closures: [{ date: '2026-12-24', reason: 'Rapat koordinasi' }],
    });
    expect((await call('GET', '/api/v1/mpps/mpp-kota-batu')).statusCode).toBe(200);
    const audit = await auditOf(mpp.id);
    expect(audit).toEqual([
      expect.objectContaining({ action: 'catalogue.mpp_created', actor_account_id: as.national.accountId }),
    ]);
    expect((await call('GET', '/api/v1/search?q=batu')).json().mpps[0].mpp.slug).toBe('mpp-kota-batu');
  });

  it('refuses a taken slug with 409 and an unknown region code with 422 naming the field', async () => {
    const taken = await call('POST', '/api/v1/mpps', as.national, anMpp({ slug: 'mpp-kota-surabaya' }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('catalogue.slug_taken');
    const unknown = await call('POST', '/api/v1/mpps', as.national, anMpp({ slug: 'mpp-entah', regencyCode: '99.99' }));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({
      code: 'catalogue.regency_unknown',
      errors: [{ field: 'body.regencyCode' }],
    });
    expect(await t.catalogue.api.findMppId('mpp-entah')).toBeUndefined();
  });

  it("lets an MPP manager change their MPP's opening hours and maklumat", async () => {
    const openingHours = {
      mon: [{ opens: '07:30', closes: '16:00' }],
      tue: [{ opens: '07:30', closes: '16:00' }],
      wed: [{ opens: '07:30', closes: '16:00' }],
      thu: [{ opens: '07:30', closes: '16:00' }],
      fri: [{ opens: '07:30', closes: '11:30' }],
      sat: [{ opens: '08:00', closes: '12:00' }],
      sun: [],
    };
    const maklumat = {
      text: 'Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan.',
      signatoryName: 'Kepala Baru',
      signatoryTitle: 'Kepala DPMPTSP Kota Surabaya',
    };
    const response = await call('PATCH', '/api/v1/mpps/mpp-kota-surabaya', as.managerSurabaya, {
      openingHours,
      maklumat,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ openingHours, maklumat });
    const [entry] = (await auditOf(ids.surabaya)).filter((a) => a.action === 'catalogue.mpp_updated');
    expect(entry?.details).toEqual({ changed: ['openingHours', 'maklumat'] });
  });

  it('answers 404 to an MPP manager changing another MPP, and changes nothing', async () => {
    const before = (await call('GET', '/api/v1/mpps/mpp-kota-makassar')).json();
    const response = await call('PATCH', '/api/v1/mpps/mpp-kota-makassar', as.managerSurabaya, {
      name: 'MPP Diambil Alih',
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('catalogue.mpp_not_found');
    expect((await call('GET', '/api/v1/mpps/mpp-kota-makassar')).json().name).toBe(before.name);
  });

  it('sets closures from today on and refuses a closure in the past', async () => {
    const past = await call('PATCH', '/api/v1/mpps/mpp-kota-makassar', as.managerMakassar, {
      closures: [{ date: '2026-11-01', reason: 'Lalu' }],
    });
    expect(past.statusCode).toBe(422);
    expect(past.json()).toMatchObject({
      code: 'catalogue.closure_in_past',
      errors: [{ field: 'body.closures.0.date' }],
    });
    const set = await call('PATCH', '/api/v1/mpps/mpp-kota-makassar', as.managerMakassar, {
      closures: [{ date: '2026-12-31', reason: 'Tutup akhir tahun' }],
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().closures).toContainEqual({ date: '2026-12-31', reason: 'Tutup akhir tahun' });
  });
});

describe('tenants and gerai', () => {
  it('lets an MPP manager add a tenant with its gerai at their own MPP only', async () => {
    const tenant = {
      slug: 'dinas-uji-surabaya',
      name: 'Dinas Uji Surabaya',
      shortName: 'Uji',
      type: 'pemerintah_kabupaten_kota',
    };
    const without = await call('POST', '/api/v1/tenants', as.managerSurabaya, tenant);
    expect(without.statusCode).toBe(422);
    expect(without.json().code).toBe('catalogue.gerai_required');
    const elsewhere = await call('POST', '/api/v1/tenants', as.managerSurabaya, {
      ...tenant,
      gerai: { mppRef: 'mpp-kota-makassar', location: 'Lantai 1' },
    });
    expect(elsewhere.statusCode).toBe(404);
    const created = await call('POST', '/api/v1/tenants', as.managerSurabaya, {
      ...tenant,
      gerai: { mppRef: 'mpp-kota-surabaya', location: 'Lantai 2, Gerai 9' },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().gerai).toEqual([expect.objectContaining({ location: 'Lantai 2, Gerai 9' })]);
    expect(await t.catalogue.api.tenantHasGeraiAt(created.json().id, ids.surabaya)).toBe(true);
    expect(await t.catalogue.api.findTenantId('dinas-uji-surabaya')).toBe(created.json().id);
  });

  it("lets a tenant admin change their own tenant, and answers 404 for another tenant's", async () => {
    const own = await call('PATCH', '/api/v1/tenants/bpjs-kesehatan', as.tenantAdminBpjs, {
      website: 'https://www.bpjs-kesehatan.go.id/',
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().website).toBe('https://www.bpjs-kesehatan.go.id/');
    const other = await call('PATCH', '/api/v1/tenants/badan-pom', as.tenantAdminBpjs, { name: 'Bukan Milik Saya' });
    expect(other.statusCode).toBe(404);
    expect((await call('GET', '/api/v1/tenants/badan-pom')).json().name).not.toBe('Bukan Milik Saya');
    const names = await t.catalogue.api.namesOf({ mppIds: [ids.surabaya], tenantIds: [ids.bpom] });
    expect(names.mpps.get(ids.surabaya)).toMatch(/Surabaya/);
    expect(names.tenants.get(ids.bpom)).toBe('Badan Pengawas Obat dan Makanan');
  });

  it('adds a gerai once, keeps it while a counter runs through it, then removes it', async () => {
    await call('POST', '/api/v1/tenants', as.national, {
      slug: 'kantor-uji-gerai',
      name: 'Kantor Uji Gerai',
      shortName: 'KUG',
      type: 'swasta',
    });
    const added = await call('POST', '/api/v1/mpps/mpp-kota-makassar/gerai', as.managerMakassar, {
      tenantRef: 'kantor-uji-gerai',
      location: 'Lantai 3',
    });
    expect(added.statusCode, added.body).toBe(201);
    const gerai = added.json();
    const again = await call('POST', '/api/v1/mpps/mpp-kota-makassar/gerai', as.managerMakassar, {
      tenantRef: 'kantor-uji-gerai',
      location: 'Lantai 4',
    });
    expect(again.statusCode).toBe(409);
    expect((await call('DELETE', `/api/v1/gerai/${gerai.id}`, as.managerSurabaya)).statusCode).toBe(404);

    const service = await call('POST', '/api/v1/services', as.national, {
      tenantRef: 'kantor-uji-gerai',
      slug: 'layanan-uji-gerai',
      name: 'Layanan Uji Gerai',
      description: 'Untuk pengujian gerai.',
      category: 'lainnya',
      modes: ['walk_in'],
      keywords: [],
      standard: aStandard(),
    });
    expect(service.statusCode, service.body).toBe(201);
    const counter = await call('POST', '/api/v1/mpps/mpp-kota-makassar/counters', as.managerMakassar, {
      number: 77,
      label: 'Loket 77',
      tenantRef: 'kantor-uji-gerai',
      serviceRefs: ['layanan-uji-gerai'],
    });
    expect(counter.statusCode, counter.body).toBe(201);
    const inUse = await call('DELETE', `/api/v1/gerai/${gerai.id}`, as.managerMakassar);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().code).toBe('catalogue.gerai_in_use');
    await call('PATCH', `/api/v1/counters/${counter.json().id}`, as.managerMakassar, { status: 'inactive' });
    expect((await call('DELETE', `/api/v1/gerai/${gerai.id}`, as.managerMakassar)).statusCode).toBe(204);
    expect((await call('GET', '/api/v1/tenants/kantor-uji-gerai')).json().gerai).toEqual([]);
  });
});

describe('counters', () => {
  it('adds a counter to a tenant’s gerai and refuses a number the MPP already uses', async () => {
    const body = {
      number: 950,
      label: 'Loket JKN',
      tenantRef: 'bpjs-kesehatan',
      serviceRefs: ['pendaftaran-peserta-jkn'],
    };
    const created = await call('POST', '/api/v1/mpps/mpp-kota-surabaya/counters', as.managerSurabaya, body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      number: 950,
      status: 'active',
      tenant: { slug: 'bpjs-kesehatan' },
      services: [{ slug: 'pendaftaran-peserta-jkn' }],
    });
    const audited = await t.db.query("SELECT 1 FROM audit_events WHERE action = 'catalogue.counter_created'");
    const taken = await call('POST', '/api/v1/mpps/mpp-kota-surabaya/counters', as.managerSurabaya, {
      ...body,
      label: 'Lagi',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('catalogue.counter_number_taken');
    // The refused write left no audit entry behind: it rolled back with the write.
    expect(await t.db.query("SELECT 1 FROM audit_events WHERE action = 'catalogue.counter_created'")).toHaveLength(
      audited.length,
    );
    const counters = (await call('GET', '/api/v1/mpps/mpp-kota-surabaya/counters')).json().items;
    expect(counters.filter((c: { number: number }) => c.number === 950)).toHaveLength(1);
  });

  it('gives a counter number to only one of two managers creating it at once', async () => {
    const create = (label: string) =>
      call('POST', '/api/v1/mpps/mpp-kota-surabaya/counters', as.managerSurabaya, {
        number: 960,
        label,
        tenantRef: 'bpjs-kesehatan',
        serviceRefs: ['pendaftaran-peserta-jkn'],
      });
    const answers = await Promise.all([create('Loket A'), create('Loket B')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const counters = (await call('GET', '/api/v1/mpps/mpp-kota-surabaya/counters')).json().items;
    expect(counters.filter((c: { number: number }) => c.number === 960)).toHaveLength(1);
  });

  it("refuses a counter for a tenant without a gerai there, or serving another tenant's service", async () => {
    await call('POST', '/api/v1/tenants', as.national, {
      slug: 'instansi-tanpa-gerai',
      name: 'Instansi Tanpa Gerai',
      shortName: 'ITG',
      type: 'bumd',
    });
    const noGerai = await call('POST', '/api/v1/mpps/mpp-kota-surabaya/counters', as.managerSurabaya, {
      number: 951,
      label: 'Loket 951',
      tenantRef: 'instansi-tanpa-gerai',
      serviceRefs: ['pendaftaran-peserta-jkn'],
    });
    expect(noGerai.statusCode).toBe(422);
    expect(noGerai.json().code).toBe('catalogue.gerai_missing');
    const foreign = await call('POST', '/api/v1/mpps/mpp-kota-surabaya/counters', as.managerSurabaya, {
      number: 952,
      label: 'Loket 952',
      tenantRef: 'bpjs-kesehatan',
      serviceRefs: ['pendaftaran-peserta-jkn', 'konsultasi-notifikasi-kosmetik'],
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json()).toMatchObject({
      code: 'catalogue.counter_services_invalid',
      errors: [{ field: 'body.serviceRefs.1' }],
    });
  });

  it("lets the MPP's manager close a counter and answers 404 to another MPP's manager", async () => {
    const [counter] = (await call('GET', '/api/v1/mpps/mpp-kota-surabaya/counters')).json().items;
    const foreign = await call('PATCH', `/api/v1/counters/${counter.id}`, as.managerMakassar, { status: 'inactive' });
    expect(foreign.statusCode).toBe(404);
    const closed = await call('PATCH', `/api/v1/counters/${counter.id}`, as.managerSurabaya, {
      status: 'inactive',
      label: 'Loket Tutup',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'inactive', label: 'Loket Tutup' });
  });
});

describe('service definitions', () => {
  it('lets a tenant admin change their service’s Standar Pelayanan as a new version, keeping the old one', async () => {
    const current = (await call('GET', '/api/v1/services/pendaftaran-peserta-jkn', as.tenantAdminBpjs)).json();
    expect(current.standardView).toBe('internal');
    const timeLimit = { value: current.standard.timeLimit.value + 5, unit: current.standard.timeLimit.unit };
    const changed = {
      ...definitionOf(current),
      standard: { ...current.standard, timeLimit },
      expectedVersion: current.version,
    };
    const updated = await call('PUT', '/api/v1/services/pendaftaran-peserta-jkn', as.tenantAdminBpjs, changed);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ version: current.version + 1, timeLimit });

    const versions = (
      await call('GET', '/api/v1/services/pendaftaran-peserta-jkn/versions', as.tenantAdminBpjs)
    ).json();
    expect(versions.items.map((v: { version: number }) => v.version).slice(0, 2)).toEqual([
      current.version + 1,
      current.version,
    ]);
    expect(versions.items[1].standard.timeLimit).toEqual(current.standard.timeLimit);
    const [entry] = (await auditOf(current.id)).filter((a) => a.action === 'catalogue.service_updated');
    expect(entry?.details).toMatchObject({ changed: ['standard'], previousVersion: current.version });
  });

  it('makes no new version for an unchanged definition', async () => {
    const current = (await call('GET', '/api/v1/services/perubahan-data-peserta-jkn', as.tenantAdminBpjs)).json();
    const same = await call('PUT', '/api/v1/services/perubahan-data-peserta-jkn', as.tenantAdminBpjs, {
      ...definitionOf(current),
      expectedVersion: current.version,
    });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().version).toBe(current.version);
    expect((await auditOf(current.id)).filter((a) => a.action === 'catalogue.service_updated')).toEqual([]);
  });

  it('refuses an edit made from a version someone else has since replaced', async () => {
    const read = (await call('GET', '/api/v1/services/pindah-faskes-jkn', as.tenantAdminBpjs)).json();
    const first = await call('PUT', '/api/v1/services/pindah-faskes-jkn', as.national, {
      ...definitionOf(read),
      description: `${read.description} Diperbarui.`,
      expectedVersion: read.version,
    });
    expect(first.json().version).toBe(read.version + 1);
    const late = await call('PUT', '/api/v1/services/pindah-faskes-jkn', as.tenantAdminBpjs, {
      ...definitionOf(read),
      name: 'Perubahan Yang Terlambat',
      expectedVersion: read.version,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('catalogue.version_conflict');
    expect((await call('GET', '/api/v1/services/pindah-faskes-jkn')).json().name).toBe(read.name);
  });

  it('accepts only one of two edits made at once from the same version', async () => {
    const read = (await call('GET', '/api/v1/services/pengaktifan-kembali-jkn', as.tenantAdminBpjs)).json();
    const edit = (description: string) =>
      call('PUT', '/api/v1/services/pengaktifan-kembali-jkn', as.tenantAdminBpjs, {
        ...definitionOf(read),
        description,
        expectedVersion: read.version,
      });
    const answers = await Promise.all([edit('Versi pertama.'), edit('Versi kedua.')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const versions = (await call('GET', '/api/v1/services/pengaktifan-kembali-jkn/versions', as.national)).json();
    expect(versions.items[0].version).toBe(read.version + 1);
    expect(versions.items.filter((v: { version: number }) => v.version > read.version)).toHaveLength(1);
  });

  it("answers 404 to a tenant admin editing another tenant's service, and changes nothing", async () => {
    const before = (await call('GET', '/api/v1/services/konsultasi-notifikasi-kosmetik', as.national)).json();
    const response = await call('PUT', '/api/v1/services/konsultasi-notifikasi-kosmetik', as.tenantAdminBpjs, {
      ...definitionOf(before),
      name: 'Diubah Instansi Lain',
      expectedVersion: before.version,
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('catalogue.service_not_found');
    const versions = await call('GET', '/api/v1/services/konsultasi-notifikasi-kosmetik/versions', as.tenantAdminBpjs);
    expect(versions.statusCode).toBe(404);
    const after = (await call('GET', '/api/v1/services/konsultasi-notifikasi-kosmetik', as.national)).json();
    expect(after).toMatchObject({ name: before.name, version: before.version });
  });

  it('lets a tenant admin add a service that the MPP manager then offers and search finds', async () => {
    const created = await call('POST', '/api/v1/services', as.tenantAdminBpjs, {
      tenantRef: 'bpjs-kesehatan',
      slug: 'konsultasi-zeolit-jkn',
      name: 'Konsultasi Zeolit JKN',
      description: 'Layanan uji.',
      category: 'lainnya',
      modes: ['walk_in'],
      keywords: ['zeolit'],
      standard: aStandard(),
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ version: 1, standardView: 'internal', offeredAt: [] });
    expect(Object.keys(created.json().standard)).toHaveLength(14);
    const foreign = await call('POST', '/api/v1/services', as.tenantAdminBpjs, {
      ...definitionOf(created.json()),
      tenantRef: 'badan-pom',
      slug: 'layanan-titipan',
    });
    expect(foreign.statusCode).toBe(404);

    const offered = await call(
      'PUT',
      '/api/v1/mpps/mpp-kota-surabaya/services/konsultasi-zeolit-jkn',
      as.managerSurabaya,
      { active: true },
    );
    expect(offered.statusCode, offered.body).toBe(200);
    expect(offered.json().active).toBe(true);
    const elsewhere = await call(
      'PUT',
      '/api/v1/mpps/mpp-kota-makassar/services/konsultasi-zeolit-jkn',
      as.managerSurabaya,
      { active: true },
    );
    expect(elsewhere.statusCode).toBe(404);
    const found = (await call('GET', '/api/v1/search?q=zeolit')).json();
    expect(found.services.map((s: { service: { slug: string } }) => s.service.slug)).toContain('konsultasi-zeolit-jkn');
  });

  it('shows the six published components to the public and all fourteen to staff', async () => {
    const anonymous = (await call('GET', '/api/v1/services/pendaftaran-peserta-jkn')).json();
    expect(anonymous.standardView).toBe('public');
    expect(Object.keys(anonymous.standard).sort()).toEqual(PUBLISHED);
    const staff = (await call('GET', '/api/v1/services/pendaftaran-peserta-jkn', as.officer)).json();
    expect(staff.standardView).toBe('internal');
    expect(Object.keys(staff.standard)).toHaveLength(14);
    expect(staff.standard).toMatchObject({ legalBasis: expect.any(Array), implementerEvaluation: expect.any(String) });
  });
});

describe('bad requests', () => {
  it.each([
    ['POST', '/api/v1/mpps', {}, 'body.slug'],
    ['POST', '/api/v1/mpps', { ...anMpp({ slug: 'x-1' }), latitude: 'south' }, 'body.latitude'],
    ['PATCH', '/api/v1/mpps/mpp-kota-surabaya', {}, 'body'],
    ['PATCH', '/api/v1/mpps/mpp-kota-surabaya', { nmae: 'Salah ketik' }, 'body'],
    ['PATCH', '/api/v1/mpps/mpp-kota-surabaya', { latitude: -7.2 }, 'body.longitude'],
    [
      'PATCH',
      '/api/v1/mpps/mpp-kota-surabaya',
      {
        closures: [
          { date: '2027-01-02', reason: 'a' },
          { date: '2027-01-02', reason: 'b' },
        ],
      },
      'body.closures.1.date',
    ],
    [
      'POST',
      '/api/v1/mpps/mpp-kota-surabaya/counters',
      { number: 0, label: 'x', tenantRef: 'a', serviceRefs: ['b'] },
      'body.number',
    ],
    ['PATCH', `/api/v1/counters/${'0'.repeat(8)}`, { status: 'open' }, 'params.id'],
    [
      'POST',
      '/api/v1/services',
      {
        tenantRef: 'bpjs-kesehatan',
        slug: 'tanpa-standar',
        name: 'Tanpa Standar',
        description: 'x',
        category: 'lainnya',
        modes: ['walk_in'],
        standard: { ...aStandard(), legalBasis: undefined, fee: { kind: 'fixed', amountRupiah: -1 } },
      },
      'body.standard.legalBasis',
    ],
    ['PUT', '/api/v1/services/pendaftaran-peserta-jkn', { name: 'Tanpa versi' }, 'body.expectedVersion'],
    ['PUT', '/api/v1/mpps/mpp-kota-surabaya/services/pendaftaran-peserta-jkn', { active: 'ya' }, 'body.active'],
  ] as const)('%s %s with a bad body answers a problem naming %s', async (method, url, body, field) => {
    const response = await call(method, url, as.national, body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('platform.validation_failed');
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});

describe('imports, exports, calendar and synonyms behind roles', () => {
  it('keeps whole-document imports and exports to national admins, and one tenant to its admin', async () => {
    const json = await call('POST', '/api/v1/admin/catalogue/imports?dryRun=true', as.tenantAdminBpjs, {
      format: 'satupintu.catalogue/v1',
    });
    expect(json.statusCode).toBe(403);
    expect(json.json().code).toBe('catalogue.national_scope_required');
    const everything = await call('GET', '/api/v1/admin/catalogue/export', as.tenantAdminBpjs);
    expect(everything.statusCode).toBe(403);
    const own = await call(
      'GET',
      '/api/v1/admin/catalogue/export?tenant=bpjs-kesehatan&format=csv',
      as.tenantAdminBpjs,
    );
    expect(own.statusCode).toBe(200);
    const other = await call('GET', '/api/v1/admin/catalogue/export?tenant=badan-pom', as.tenantAdminBpjs);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('catalogue.tenant_not_found');
    const csvImport = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/catalogue/imports?tenant=badan-pom',
      headers: { ...as.tenantAdminBpjs.headers, 'content-type': 'text/csv' },
      payload: 'slug,name\n',
    });
    expect(csvImport.statusCode).toBe(404);
    const reimport = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/catalogue/imports?tenant=bpjs-kesehatan',
      headers: { ...as.tenantAdminBpjs.headers, 'content-type': 'text/csv' },
      payload: own.body,
    });
    expect(reimport.statusCode, reimport.body).toBe(200);
    const [entry] = await t.db.query<{ tenant_id: string }>(
      "SELECT tenant_id FROM audit_events WHERE action = 'catalogue.imported' ORDER BY seq DESC LIMIT 1",
    );
    expect(entry?.tenant_id).toBe(ids.bpjs);
  });

  it("lets an MPP manager set their own MPP's days, but not national dates or another MPP's", async () => {
    const own = await call('PUT', '/api/v1/admin/calendar-dates', as.managerSurabaya, {
      mppId: 'mpp-kota-surabaya',
      date: '2026-12-28',
      kind: 'local_holiday',
      name: 'Hari jadi uji',
    });
    expect(own.statusCode, own.body).toBe(200);
    const other = await call('PUT', '/api/v1/admin/calendar-dates', as.managerSurabaya, {
      mppId: 'mpp-kota-makassar',
      date: '2026-12-28',
      kind: 'local_holiday',
      name: 'Bukan milik',
    });
    expect(other.statusCode).toBe(404);
    const national = await call('PUT', '/api/v1/admin/calendar-dates', as.managerSurabaya, {
      date: '2026-12-29',
      kind: 'cuti_bersama',
      name: 'Cuti',
    });
    expect(national.statusCode).toBe(403);
    const holiday = (await call('GET', '/api/v1/calendar?from=2026-08-17&to=2026-08-17')).json().items[0];
    expect((await call('DELETE', `/api/v1/admin/calendar-dates/${holiday.id}`, as.managerSurabaya)).statusCode).toBe(
      404,
    );
    expect((await call('DELETE', `/api/v1/admin/calendar-dates/${own.json().id}`, as.managerMakassar)).statusCode).toBe(
      404,
    );
    expect((await call('DELETE', `/api/v1/admin/calendar-dates/${own.json().id}`, as.managerSurabaya)).statusCode).toBe(
      204,
    );
    expect((await auditOf(own.json().id)).map((a) => a.action)).toEqual([
      'catalogue.calendar_date_saved',
      'catalogue.calendar_date_removed',
    ]);
  });
});
