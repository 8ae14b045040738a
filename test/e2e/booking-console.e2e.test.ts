import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BOOKING_MPP,
  book,
  deskSchedule,
  type OfferedService,
  readMpp,
  servicesOf,
  staffCall,
  verifiedCitizen,
} from './booking-console-support.js';
import { launchChromium } from './support/browser.js';
import { MONDAY_MORNING, openQueueContext, signInQueueStaff } from './support/queue-pages.js';
import { type QueueServer, startQueueServer } from './support/queue-server.js';
import type { StaffCredentials } from './support/staff.js';

/**
 * Appointments in the staff console, on Monday 30 November 2026 at 09:30 in Makassar: the MPP's
 * manager gives a service its first schedule and closes a date; an officer sees the day's
 * bookings of their agency and checks a citizen in at the desk, reading out the queue number.
 */

const TODAY = '2026-11-30';

let server: QueueServer;
let browser: Browser;
let manager: StaffCredentials;
let officer: StaffCredentials;
let services: OfferedService[] = [];
/** The manager signs in once: a second sign-in within the same 30 s would replay the one-time code. */
let managerPage: Page;

async function signedIn(staff: StaffCredentials): Promise<Page> {
  const context = await openQueueContext(browser, server, { width: 1280, height: 900 });
  const page = await context.newPage();
  await signInQueueStaff(page, server, staff);
  return page;
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(async () => {
  server = await startQueueServer({ startAt: MONDAY_MORNING });
  browser = await launchChromium();
  const mpp = await readMpp(server);
  const bpjs = mpp.tenants.find((t) => t.shortName === 'BPJS Kesehatan');
  if (!bpjs) throw new Error('The demo seed has no BPJS Kesehatan at MPP Kota Makassar');
  services = await servicesOf(server, mpp.id, bpjs.id);
  if (services.length < 2) throw new Error('BPJS Kesehatan offers fewer than two services here');
  manager = await server.createStaff({ displayName: 'Rina Manajer', grants: [{ role: 'mpp_manager', mppId: mpp.id }] });
  officer = await server.createStaff({
    displayName: 'Budi Petugas',
    grants: [{ role: 'officer', mppId: mpp.id, tenantId: bpjs.id }],
  });
  managerPage = await signedIn(manager);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the schedule screen', () => {
  it('lets a manager create a schedule, close a date with a reason and see it closed in the calendar', async () => {
    const service = services[0] as OfferedService;
    const page = managerPage;
    await page.goto(`/console/janji?mpp=${BOOKING_MPP}`);
    await page.getByLabel('Layanan', { exact: true }).selectOption(service.slug);
    await page.getByRole('link', { name: 'Buka jadwal' }).click();

    await page.getByRole('heading', { level: 1, name: `Jadwal janji temu: ${service.name}` }).waitFor();
    await page.getByText('Layanan ini belum menerima janji temu di MPP ini.').waitFor();
    await page.getByRole('button', { name: 'Siapkan jadwal janji temu' }).click();
    expect(await page.getByLabel('Lama satu slot').inputValue()).toBe('15');
    expect(await page.getByLabel('Warga per slot').inputValue()).toBe('1');
    await page.getByLabel('Mingguan').check();
    const preview = page.getByRole('complementary', { name: 'Artinya bagi warga' });
    await preview
      .getByText('Pelepasan kuota: setiap Jumat 14.00 WITA untuk minggu berikutnya', { exact: false })
      .waitFor();
    await page.getByLabel('Bergulir').check();
    await page.getByRole('button', { name: 'Buat jadwal' }).click();
    await page.getByText('Jadwal dibuat. Warga sekarang dapat memesan layanan ini.').waitFor();

    await page.getByRole('heading', { name: 'Kalender dua minggu' }).waitFor();
    await page.getByRole('button', { name: /^Rabu, 2 Desember 2026/ }).click();
    await page.getByLabel('Tutup sepanjang hari').check();
    await page.getByLabel('Alasan penutupan').fill('Pemeliharaan jaringan listrik gedung');
    await page.getByRole('button', { name: 'Tutup tanggal ini' }).click();
    const question = page.getByRole('dialog', { name: 'Tutup Rabu, 2 Desember 2026?' });
    await question.waitFor();
    expect(await question.textContent()).toContain('dibatalkan');
    await question.getByRole('button', { name: 'Ya, tutup dan beri tahu warga' }).click();

    await page.getByText('Rabu, 2 Desember 2026 disimpan.').waitFor();
    const wednesday = page.getByRole('button', { name: /^Rabu, 2 Desember 2026/ });
    await expect(wednesday.getAttribute('aria-label')).resolves.toContain('Pemeliharaan jaringan listrik gedung');
    expect(await wednesday.textContent()).toContain('Ditutup');
    expect(await page.getByRole('button', { name: /^Kamis, 3 Desember 2026/ }).textContent()).toContain('terisi');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('the day view', () => {
  it("shows an officer the day's bookings and checks one in with the queue number", async () => {
    const service = services[1] as OfferedService;
    await staffCall(
      managerPage,
      'PUT',
      `/api/v1/booking/mpps/${BOOKING_MPP}/services/${service.slug}/schedule`,
      deskSchedule(2),
    );
    const citizen = await verifiedCitizen(server, 'Siti Rahmawati');
    const booking = await book(server, citizen, service.id, `${TODAY}T09:45`);

    const page = await signedIn(officer);
    await page.getByRole('navigation', { name: 'Menu konsol' }).getByRole('link', { name: 'Janji temu' }).click();
    const card = page.getByRole('region', { name: service.name });
    await card.waitFor();
    expect(await card.textContent()).toContain('1 dari');
    const row = card.getByRole('row', { name: /Siti Rahmawati/ });
    expect(await row.textContent()).toContain(booking.code);
    expect(await row.textContent()).toContain('Terkonfirmasi');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await row.getByRole('button', { name: `Lapor hadir untuk Siti Rahmawati (kode ${booking.code})` }).click();
    const dialog = page.getByRole('dialog', { name: 'Lapor hadir berhasil' });
    await dialog.waitFor();
    const number = (await dialog.getByTestId('checkin-ticket-number').textContent())?.trim() ?? '';
    expect(number).toMatch(/^[A-Z]+-?\d+$/);
    expect(await dialog.textContent()).toContain('jalur janji temu');
    await dialog.getByRole('button', { name: 'Tutup' }).click();

    await row.getByText('Sudah hadir').waitFor();
    expect(await card.getByRole('button', { name: /^Lapor hadir untuk Siti/ }).count()).toBe(0);
    await page.context().close();
  });
});
