/**
 * Saves screenshots of the console's appointment screens into docs/screenshots/booking-console-*.png,
 * against the real app started in-process with the demo catalogue and a clock set to Monday
 * 30 November 2026, 09:30 in Makassar (so the MPP is open whatever day the script runs):
 *   officer (1280x900): the day's bookings of their agency, a check-in with its queue number,
 *     the same at tablet width (820x1180)
 *   manager (1280x900): the day at the whole MPP, a service without appointments, its first
 *     schedule (weekly release) and a refused one, the two-week calendar with a closed date,
 *     the question before closing, and a date with a closed slot
 *   npx tsx test/e2e/booking-console-screenshots.ts
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import {
  BOOKING_MPP,
  book,
  cancelBooking,
  deskSchedule,
  servicesOf,
  staffCall,
  verifiedCitizen,
} from './booking-console-support.js';
import { launchChromium } from './support/browser.js';
import { MONDAY_MORNING, makassarStaff, openQueueContext, signInQueueStaff } from './support/queue-pages.js';
import { type QueueServer, startQueueServer } from './support/queue-server.js';
import type { StaffCredentials } from './support/staff.js';

const outDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const TODAY = '2026-11-30';

async function save(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: `${outDir}booking-console-${name}.png`, ...options });
  console.log(`booking-console-${name}.png`);
}

async function signedIn(
  browser: Browser,
  server: QueueServer,
  staff: StaffCredentials,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const context = await openQueueContext(browser, server, viewport);
  const page = await context.newPage();
  await signInQueueStaff(page, server, staff);
  return page;
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const server = await startQueueServer({ startAt: MONDAY_MORNING });
  const browser = await launchChromium();
  try {
    const { mpp, bpjs, manager, officer } = await makassarStaff(server, {
      manager: 'Rina Wulandari',
      officer: 'Budi Santoso',
    });
    const [first, second, third] = await servicesOf(server, mpp.id, bpjs.id);
    if (!first || !second || !third) throw new Error('BPJS Kesehatan offers fewer than three services here');

    // Two services take appointments already; the manager sets up the third on screen.
    const desk = await signedIn(browser, server, manager);
    const schedulePath = (serviceSlug: string) =>
      `/api/v1/booking/mpps/${BOOKING_MPP}/services/${serviceSlug}/schedule`;
    await staffCall(desk, 'PUT', schedulePath(first.slug), deskSchedule(2));
    await staffCall(
      desk,
      'PUT',
      schedulePath(second.slug),
      deskSchedule(1, { slotMinutes: 30, release: { kind: 'weekly', weekday: 5, at: '14:00' } }),
    );

    // A morning's bookings: citizens book through the API, one cancels.
    const names = [
      'Siti Rahmawati',
      'Andi Pratama',
      'Nurul Hidayah',
      'Muhammad Fadli',
      'Rina Kartika',
      'Ahmad Syahrul',
      'Dewi Lestari',
      'Yusuf Maulana',
    ];
    const citizens = [];
    for (const name of names) citizens.push(await verifiedCitizen(server, name));
    const slots = ['09:45', '09:45', '10:00', '10:15', '10:15', '10:30', '11:00', '11:15'];
    const made = [];
    for (const [index, token] of citizens.entries())
      made.push(await book(server, token, first.id, `${TODAY}T${slots[index]}`));
    await book(server, citizens[0] ?? '', second.id, `${TODAY}T10:00`);
    await book(server, citizens[2] ?? '', second.id, `${TODAY}T11:00`);
    await cancelBooking(server, citizens[7] ?? '', made[7]?.id ?? '');
    // Wednesday's booking, cancelled when the manager closes that day.
    await book(server, citizens[3] ?? '', first.id, '2026-12-02T10:00');
    // An afternoon slot closed for a staff meeting.
    await staffCall(desk, 'PUT', `/api/v1/booking/mpps/${BOOKING_MPP}/services/${first.slug}/dates/${TODAY}`, {
      closedSlots: ['13:30', '13:45'],
      reason: 'Rapat koordinasi petugas',
    });

    // The officer's morning: one already checked in at the kiosk-side desk, one checked in now.
    const officerPage = await signedIn(browser, server, officer);
    await staffCall(officerPage, 'POST', `/api/v1/booking/mpps/${BOOKING_MPP}/check-in`, { code: made[0]?.code });
    await officerPage.goto('/console/janji');
    await officerPage.getByRole('heading', { name: first.name }).waitFor();
    await officerPage.waitForTimeout(500);
    await save(officerPage, 'day', { fullPage: true });
    await officerPage.getByRole('button', { name: `Lapor hadir untuk ${names[1]} (kode ${made[1]?.code})` }).click();
    await officerPage.getByTestId('checkin-ticket-number').waitFor();
    await officerPage.waitForTimeout(300);
    await save(officerPage, 'check-in');
    await officerPage.getByRole('button', { name: 'Tutup' }).click();

    const tablet = await signedIn(browser, server, officer, { width: 820, height: 1180 });
    await tablet.goto('/console/janji');
    await tablet.getByRole('heading', { name: first.name }).waitFor();
    await tablet.waitForTimeout(300);
    await save(tablet, 'day-tablet');

    // The manager: the whole MPP's day, then the third service's first schedule.
    await desk.goto(`/console/janji?mpp=${BOOKING_MPP}`);
    await desk.getByRole('heading', { name: first.name }).waitFor();
    await desk.waitForTimeout(300);
    await save(desk, 'day-manager', { fullPage: true });
    await desk.getByLabel('Layanan', { exact: true }).selectOption(third.slug);
    await desk.getByRole('link', { name: 'Buka jadwal' }).click();
    await desk.getByText('Layanan ini belum menerima janji temu di MPP ini.').waitFor();
    await save(desk, 'schedule-none');
    await desk.getByRole('button', { name: 'Siapkan jadwal janji temu' }).click();
    await desk.getByLabel('Mingguan').check();
    await desk.getByLabel('Warga per slot').fill('0');
    await desk.getByRole('button', { name: 'Buat jadwal' }).click();
    await desk.locator('.form-alert').waitFor();
    await desk.waitForTimeout(300);
    await save(desk, 'schedule-refused');
    await desk.getByLabel('Warga per slot').fill('3');
    await desk.getByLabel('Lama satu slot').fill('20');
    await desk.getByRole('heading', { name: 'Slot dan kapasitas' }).evaluate((h) => {
      h.scrollIntoView();
      window.scrollBy(0, -24);
    });
    await desk.waitForTimeout(300);
    await save(desk, 'schedule-new');
    await desk.getByRole('button', { name: 'Buat jadwal' }).click();
    await desk.getByText('Jadwal dibuat.', { exact: false }).waitFor();
    await desk.getByRole('heading', { name: 'Kalender dua minggu' }).waitFor();
    await desk.evaluate(() => window.scrollTo(0, 0));
    await desk.waitForTimeout(300);
    await save(desk, 'schedule');

    // The first service's calendar: close Wednesday for network maintenance.
    await desk.goto(`/console/janji/${BOOKING_MPP}/jadwal/${first.slug}`);
    await desk.getByRole('heading', { name: 'Kalender dua minggu' }).waitFor();
    await desk.getByRole('button', { name: /^Rabu, 2 Desember 2026/ }).click();
    await desk.getByLabel('Tutup sepanjang hari').check();
    await desk.getByLabel('Alasan penutupan').fill('Pemeliharaan jaringan listrik gedung');
    await desk.getByRole('button', { name: 'Tutup tanggal ini' }).click();
    await desk.getByRole('heading', { name: /^Tutup Rabu, 2 Desember 2026\?/ }).waitFor();
    await save(desk, 'close-confirm');
    await desk.getByRole('button', { name: 'Ya, tutup dan beri tahu warga' }).click();
    await desk.getByText('Rabu, 2 Desember 2026 disimpan.').waitFor();
    await desk.getByRole('button', { name: /^Senin, 30 November 2026/ }).click();
    await desk.getByRole('heading', { name: 'Ubah Senin, 30 November 2026' }).waitFor();
    await desk.getByRole('heading', { name: 'Kalender dua minggu' }).scrollIntoViewIfNeeded();
    await desk.waitForTimeout(300);
    await save(desk, 'calendar', { fullPage: true });
    await desk.context().close();
    await officerPage.context().close();
    await tablet.context().close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
