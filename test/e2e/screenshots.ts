/**
 * Saves screenshots for the README and docs into docs/screenshots/:
 *   - the citizen portal, one viewport each (1280x800 and 360x740): <page>-<desktop|phone>.png
 *   - the citizen's account pages on a phone (360x740): sign-in, profile, my data
 *   - the staff console on a desktop (1280x800): sign-in, service editor
 *   npx tsx test/e2e/screenshots.ts
 * Uses the real app started in-process (with a staff account created for the console), or for
 * the portal pages E2E_BASE_URL when set.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, type Browser, type Page, request } from 'playwright-core';
import { launchChromium, VIEWPORTS } from './support/browser.js';
import { readCode } from './support/citizen.js';
import { signInStaff } from './support/console.js';
import { openPortal, waitForSettled } from './support/page.js';
import { startE2eServer } from './support/server.js';
import { type StaffServer, startStaffServer } from './support/staff.js';

const outDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const SURABAYA = 'mpp-kota-surabaya';

async function findSlugs(apiUrl: string): Promise<{ service: string; tenant: string }> {
  const response = await fetch(`${apiUrl}/api/v1/search?q=paspor&mppId=${SURABAYA}&limit=1`);
  const result = (await response.json()) as { services: { service: { slug: string; tenant: { slug: string } } }[] };
  const hit = result.services[0];
  if (!hit) throw new Error('The demo seed has no passport service at MPP Kota Surabaya');
  return { service: hit.service.slug, tenant: hit.service.tenant.slug };
}

async function shootPortal(browser: Browser, baseUrl: string, apiUrl: string): Promise<void> {
  const slugs = await findSlugs(apiUrl);
  const shots = [
    { name: 'home', path: '/' },
    { name: 'search', path: '/cari?q=buat%20paspor' },
    { name: 'mpp', path: `/mpp/${SURABAYA}` },
    { name: 'service', path: `/layanan/${slugs.service}?mpp=${SURABAYA}` },
    { name: 'tenant', path: `/instansi/${slugs.tenant}` },
  ];
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    const { context, page } = await openPortal(browser, baseUrl, viewport);
    for (const shot of shots) {
      await page.goto(shot.path);
      await waitForSettled(page);
      await page.locator('main h1').first().waitFor();
      await save(page, `${shot.name}-${size}`);
    }
    await context.close();
  }
}

/** A citizen with a filled-in profile whose data an officer looked up once (so "who viewed my data" has a row). */
async function prepareCitizen(server: StaffServer, api: APIRequestContext): Promise<void> {
  const session = (await (await api.get('/api/v1/auth/session')).json()) as { csrfToken: string };
  const headers = { 'X-CSRF-Token': session.csrfToken };
  await api.patch('/api/v1/me/profile', {
    headers,
    data: {
      fullName: 'Siti Rahmawati',
      nik: '3174054507900001',
      birthDate: '1990-07-05',
      sex: 'P',
      address: { line: 'Jl. Kebayoran Lama No. 12, RT 003/RW 005', provinceCode: '31', regencyCode: '31.74' },
      channels: ['email'],
    },
  });
  const officer = await server.createStaffAccount({
    displayName: 'Budi Santoso',
    grants: [
      {
        role: 'officer',
        mppId: await mppId(server, SURABAYA),
        tenantId: await tenantId(server, 'dukcapil-kota-surabaya'),
      },
    ],
  });
  const staff = await request.newContext({ baseURL: server.apiUrl });
  try {
    const signedIn = await staff.post('/api/v1/auth/staff/password', {
      data: { email: officer.email, password: officer.password },
    });
    const result = (await signedIn.json()) as { session?: { csrfToken: string } };
    if (result.session) {
      await staff.post('/api/v1/citizens/lookup', {
        headers: { 'X-CSRF-Token': result.session.csrfToken },
        data: { nik: '3174054507900001', reason: 'Verifikasi berkas permohonan KTP-el di loket 1' },
      });
    }
  } finally {
    await staff.dispose();
  }
}

async function mppId(server: StaffServer, slug: string): Promise<string> {
  return ((await (await fetch(`${server.apiUrl}/api/v1/mpps/${slug}`)).json()) as { id: string }).id;
}

async function tenantId(server: StaffServer, slug: string): Promise<string> {
  const response = await fetch(`${server.apiUrl}/api/v1/tenants/${slug}`);
  if (response.ok) return ((await response.json()) as { id: string }).id;
  // The seed's slugs may differ: take the first tenant at the MPP.
  const list = (await (await fetch(`${server.apiUrl}/api/v1/tenants?mppId=${SURABAYA}&limit=1`)).json()) as {
    items: { id: string }[];
  };
  const first = list.items[0];
  if (!first) throw new Error('No tenant at MPP Kota Surabaya');
  return first.id;
}

async function shootAccount(browser: Browser, server: StaffServer): Promise<void> {
  const { context, page } = await openPortal(browser, server.baseUrl, VIEWPORTS.phone);
  try {
    await page.goto('/masuk');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await save(page, 'sign-in-phone');

    // The code step, as the citizen sees it after asking for a code.
    // A fresh in-process server each run, so a fixed, readable address never collides.
    const email = 'siti.rahmawati@warga.example.id';
    await page.getByRole('radio', { name: 'Surel (email)' }).check();
    await page.getByLabel('Alamat surel').fill(email);
    await page.getByRole('button', { name: 'Kirim kode' }).click();
    await page.getByText(/Kode 6 angka dikirim ke/).waitFor();
    await save(page, 'sign-in-code-phone');
    const { code } = await readCode(server.apiUrl, email);
    await page.getByLabel('Kode', { exact: true }).fill(code);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL(/\/akun$/);

    await prepareCitizen(server, context.request);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Profil' }).waitFor();
    await waitForSettled(page);
    await save(page, 'profile-phone');
    await page.evaluate(() => document.getElementById('personal-heading')?.scrollIntoView());
    await save(page, 'profile-nik-phone');

    await page.goto('/akun/data');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await waitForSettled(page);
    await save(page, 'my-data-phone');
    await page.evaluate(() => document.getElementById('access-heading')?.scrollIntoView());
    await save(page, 'my-data-access-log-phone');
  } finally {
    await context.close();
  }
}

async function shootConsole(browser: Browser, server: StaffServer): Promise<void> {
  const admin = await server.createStaffAccount({
    displayName: 'Rina Wulandari',
    grants: [{ role: 'national_admin' }],
  });
  const { context, page } = await openPortal(browser, server.baseUrl, VIEWPORTS.desktop);
  try {
    await page.goto('/console/sign-in');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await save(page, 'console-sign-in-desktop');
    await page.getByLabel('Alamat surel dinas').fill(admin.email);
    await page.getByLabel('Kata sandi').fill(admin.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Pasang aplikasi autentikator' }).waitFor();
    await save(page, 'console-totp-enrolment-desktop');
    await page.getByRole('button', { name: /Mulai lagi/ }).click();
    await signInStaff(page, admin);

    const slugs = await findSlugs(server.apiUrl);
    await page.goto(`/console/services/${slugs.service}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await waitForSettled(page);
    await save(page, 'console-service-editor-desktop');
    await page.evaluate(() => document.getElementById('component-requirements')?.scrollIntoView());
    await save(page, 'console-service-standard-desktop');
  } finally {
    await context.close();
  }
}

async function save(page: Page, name: string): Promise<void> {
  const file = `${outDir}${name}.png`;
  await page.screenshot({ path: file });
  console.log(`saved ${file}`);
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  await mkdir(outDir, { recursive: true });
  try {
    const portal = await startE2eServer();
    try {
      await shootPortal(browser, portal.baseUrl, portal.apiUrl);
    } finally {
      await portal.close();
    }
    const server = await startStaffServer();
    try {
      await shootAccount(browser, server);
      await shootConsole(browser, server);
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
