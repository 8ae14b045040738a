import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, VIEWPORTS } from './support/browser.js';
import { signInStaff } from './support/console.js';
import { openPortal, waitForSettled } from './support/page.js';
import { createStaffAccount, type StaffCredentials, type StaffServer, startStaffServer } from './support/staff.js';

/**
 * The staff console, as a national admin uses it on a desktop: first sign-in with the
 * authenticator enrolment, a new tenant with its gerai, an officer invited (who accepts and
 * signs in), and a service's Standar Pelayanan edited into a new version.
 */

const PASSPORT = 'penerbitan-paspor-biasa';
const SURABAYA = 'Mal Pelayanan Publik Kota Surabaya (MPP Siola)';

let server: StaffServer;
let browser: Browser;
let admin: StaffCredentials;
let page: Page;
let closeContext: () => Promise<void>;
const problems: string[] = [];

beforeAll(async () => {
  server = await startStaffServer();
  browser = await launchChromium();
  admin = await createStaffAccount(server, {
    displayName: 'Rina Admin Nasional',
    grants: [{ role: 'national_admin' }],
  });
  const opened = await openPortal(browser, server.baseUrl, VIEWPORTS.desktop);
  page = opened.page;
  closeContext = () => opened.context.close();
  page.on('pageerror', (error) => problems.push(error.message));
});

afterAll(async () => {
  await closeContext?.();
  await browser?.close();
  await server?.close();
});

async function expectNoSeriousAxeViolations(target: Page): Promise<void> {
  const result = await new AxeBuilder({ page: target })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const blocking = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking).toEqual([]);
}

async function readInvitationToken(email: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${server.apiUrl}/api/v1/dev/messages?to=${encodeURIComponent(email)}`);
    const { items } = (await response.json()) as { items: { body: string }[] };
    const match = items.map((m) => /invitation\?token=([^\s]+)/.exec(m.body)).find(Boolean);
    if (match?.[1]) return decodeURIComponent(match[1]);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No invitation reached ${email}`);
}

describe('staff console', () => {
  it('the sign-in page has no serious accessibility problems', async () => {
    await page.goto('/console/');
    await page.waitForURL(/\/console\/sign-in$/);
    await page.getByRole('heading', { level: 1, name: 'Masuk konsol petugas' }).waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it('a national admin signs in for the first time and enrols an authenticator', async () => {
    await page.goto('/console/sign-in');
    await page.getByLabel('Alamat surel dinas').fill(admin.email);
    await page.getByLabel('Kata sandi').fill(admin.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Pasang aplikasi autentikator' }).waitFor();
    // The QR code is an image made from the server's SVG, never markup injected into the page.
    const qr = page.getByRole('img', { name: /Kode QR/ });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;utf8,/);
    await expectNoSeriousAxeViolations(page);

    // signInStaff reads the secret shown for manual entry and types the current code.
    await page.getByRole('button', { name: /Mulai lagi/ }).click();
    const secret = await signInStaff(page, admin);
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await page.getByRole('navigation', { name: 'Menu konsol' }).getByRole('link', { name: 'Log audit' }).waitFor();
  });

  it('creates a tenant with a gerai at an MPP', async () => {
    await page.getByRole('navigation', { name: 'Menu konsol' }).getByRole('link', { name: 'Instansi' }).click();
    await page.getByRole('link', { name: 'Tambah instansi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tambah instansi' }).waitFor();
    await page.getByLabel('Slug').fill('dinas-perpustakaan-uji');
    await page.getByLabel('Nama instansi').fill('Dinas Perpustakaan dan Kearsipan Uji');
    await page.getByLabel('Nama singkat').fill('Dispusip Uji');
    await page.getByLabel('Jenis instansi').selectOption('pemerintah_kabupaten_kota');
    await page.getByLabel('MPP', { exact: true }).selectOption({ label: SURABAYA });
    await page.getByLabel('Lokasi gerai').fill('Lantai 2, Gerai 31');
    await page.getByRole('button', { name: 'Simpan instansi' }).click();

    await page.getByRole('heading', { level: 1, name: 'Dinas Perpustakaan dan Kearsipan Uji' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Instansi dibuat.' }).waitFor();
    await page.locator('.rows', { hasText: 'Lantai 2, Gerai 31' }).waitFor();
    const tenant = await fetch(`${server.apiUrl}/api/v1/tenants/dinas-perpustakaan-uji`);
    expect(tenant.status).toBe(200);
    expect(((await tenant.json()) as { gerai: { location: string }[] }).gerai[0]?.location).toBe('Lantai 2, Gerai 31');
  });

  it('invites an officer for the new tenant, who accepts and signs in', async () => {
    const officerEmail = `petugas-${Date.now()}@dispusip.example.id`;
    await page.getByRole('navigation', { name: 'Menu konsol' }).getByRole('link', { name: 'Petugas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Petugas' }).waitFor();
    await page.getByLabel('Nama', { exact: true }).fill('Budi Santoso');
    await page.getByLabel('Surel dinas').fill(officerEmail);
    await page.getByLabel('Peran', { exact: true }).selectOption('officer');
    await page.getByLabel('MPP', { exact: true }).selectOption({ label: SURABAYA });
    await page.getByLabel('Instansi', { exact: true }).selectOption({ label: 'Dinas Perpustakaan dan Kearsipan Uji' });
    await page.getByRole('button', { name: 'Kirim undangan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Undangan dikirim ke ${officerEmail}` })
      .waitFor();
    const row = page.locator('tr', { hasText: officerEmail });
    await row.waitFor();
    expect(await row.textContent()).toContain('Petugas loket');
    expect(await row.textContent()).toContain('Diundang');
    await expectNoSeriousAxeViolations(page);

    // The officer opens the link from the email in a browser of their own.
    const token = await readInvitationToken(officerEmail);
    const officer = await openPortal(browser, server.baseUrl, VIEWPORTS.desktop);
    try {
      await officer.page.goto(`/console/invitation?token=${encodeURIComponent(token)}`);
      await officer.page.getByLabel('Kata sandi baru').fill('buku-pinjam-rak-tiga');
      await officer.page.getByLabel('Ulangi kata sandi').fill('buku-pinjam-rak-tiga');
      await officer.page.getByRole('button', { name: 'Simpan kata sandi' }).click();
      await officer.page.getByText('Kata sandi disimpan. Silakan masuk.').waitFor();
      await signInStaff(officer.page, { id: '', email: officerEmail, password: 'buku-pinjam-rak-tiga' });
      expect(await officer.page.locator('main').textContent()).toContain('Petugas loket');
      // An officer reads services but manages no staff, keys or MPPs.
      const menu = officer.page.getByRole('navigation', { name: 'Menu konsol' });
      expect(await menu.getByRole('link', { name: 'Layanan' }).count()).toBe(1);
      expect(await menu.getByRole('link', { name: 'Petugas' }).count()).toBe(0);
      expect(await menu.getByRole('link', { name: 'Kunci API' }).count()).toBe(0);
    } finally {
      await officer.context.close();
    }
  });

  it("edits a service's Standar Pelayanan into a new version", async () => {
    await page.getByRole('navigation', { name: 'Menu konsol' }).getByRole('link', { name: 'Layanan' }).click();
    await page.getByLabel('Instansi', { exact: true }).selectOption({ label: 'Direktorat Jenderal Imigrasi' });
    await page.getByRole('link', { name: 'Penerbitan Paspor Biasa' }).click();
    await page.getByRole('heading', { level: 1, name: 'Penerbitan Paspor Biasa' }).waitFor();
    await page.getByText('Versi 1').waitFor();

    // All 14 components are there, numbered, in the order of PermenPANRB 15/2014.
    const components = await page.locator('.standard-component h3').allTextContents();
    expect(components).toHaveLength(14);
    expect(components[0]).toBe('1. Dasar hukum');
    expect(components[13]).toBe('14. Evaluasi kinerja pelaksana');

    await page.getByRole('spinbutton', { name: 'Jumlah pelaksana' }).fill('7');
    await page
      .getByRole('textbox', { name: 'Produk pelayanan' })
      .fill('Paspor biasa 48 halaman (non-elektronik), diambil di loket Imigrasi.');
    await page.getByRole('button', { name: 'Tambah langkah' }).click();
    const steps = page.locator('#component-procedure .row-list__row');
    const newStep = steps.last();
    await newStep.getByRole('textbox', { name: 'Langkah', exact: true }).fill('Ambil paspor dengan bukti pembayaran');
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Simpan sebagai versi baru' }).click();
    await page.getByRole('status').filter({ hasText: 'Tersimpan sebagai versi 2.' }).waitFor();
    await page.getByText('Versi 2').first().waitFor();
    await page.locator('#versions-heading').waitFor();
    await page.locator('tr', { hasText: 'Paspor biasa' }).first().waitFor();

    // The public page shows the new product; the internal component stays for staff.
    const publicView = (await (await fetch(`${server.apiUrl}/api/v1/services/${PASSPORT}`)).json()) as {
      version: number;
      standard: { product: string; procedure: { title: string }[]; numberOfImplementers?: number };
    };
    expect(publicView.version).toBe(2);
    expect(publicView.standard.product).toContain('diambil di loket Imigrasi');
    expect(publicView.standard.procedure.at(-1)?.title).toBe('Ambil paspor dengan bukti pembayaran');
    expect(publicView.standard.numberOfImplementers).toBeUndefined();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Penerbitan Paspor Biasa' }).waitFor();
    expect(await page.getByRole('spinbutton', { name: 'Jumlah pelaksana' }).inputValue()).toBe('7');
    await waitForSettled(page);
    expect(problems).toEqual([]);
  });
});
