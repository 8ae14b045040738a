/**
 * Saves screenshots of the queue's pages into docs/screenshots/queue-*.png, against the real
 * app started in-process with the demo catalogue and a clock set to a Monday morning in
 * Makassar (so the MPP is open whatever day the script runs):
 *   kiosk (1280x800, touch): not paired, agencies, services, priority question, SMS number,
 *     the issued ticket, and the printed 80 mm and 58 mm tickets
 *   display board (1920x1080): a call, and the sound switch with the reconnecting sign
 *   citizen (360x740): the ticket page waiting, the "I am late" question, called
 *   officer console (1280x900): counter picker, counter desk with a called ticket and a missed
 *     call, transfer, a ticket for a walk-in (and its print), calling a typed number
 *   manager console (1280x900): live queue, queue settings per service, kiosk pairing link
 *   npx tsx test/e2e/queue-screenshots.ts
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { KioskMenu } from '../../web/src/api/queue-types.js';
import { launchChromium } from './support/browser.js';
import {
  issueAtKiosk,
  MONDAY_MORNING,
  makassarStaff,
  openQueueContext,
  prepareServiceSettings,
  QUEUE_MPP,
  signInQueueStaff as signIn,
} from './support/queue-pages.js';
import { type QueueServer, startQueueServer } from './support/queue-server.js';
import type { StaffCredentials } from './support/staff.js';

const outDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const MPP = QUEUE_MPP;

async function save(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: `${outDir}queue-${name}.png`, ...options });
  console.log(`queue-${name}.png`);
}

function newContext(browser: Browser, server: QueueServer, viewport: { width: number; height: number }, touch = false) {
  return openQueueContext(browser, server, viewport, { touch });
}

/** The manager pairs a kiosk (the pairing link is shown once) and writes the board's news line. */
async function managerPairsKiosk(browser: Browser, server: QueueServer, manager: StaffCredentials): Promise<string> {
  const context = await newContext(browser, server, { width: 1280, height: 900 });
  const page = await context.newPage();
  await signIn(page, server, manager);
  await page.goto(`/console/antrean?mpp=${MPP}`);
  await page
    .getByLabel('Teks berjalan di layar antrean')
    .fill(
      'Selamat datang di MPP Kota Makassar. Tidak ada biaya tambahan di luar tarif resmi. Laporkan pungutan liar melalui SP4N-LAPOR!',
    );
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await page.getByText('Perubahan disimpan.').waitFor();
  await prepareServiceSettings(page, MPP);
  await page.getByLabel('Nama perangkat').fill('Anjungan lobi utara');
  await page.getByRole('button', { name: 'Buat perangkat anjungan' }).click();
  const link = page.getByTestId('device-pair-url');
  await link.waitFor();
  await link.scrollIntoViewIfNeeded();
  await save(page, 'console-kiosk-pairing');
  const pairUrl = (await link.textContent()) ?? '';
  await context.close();
  return new URL(pairUrl).search;
}

async function kioskJourney(browser: Browser, server: QueueServer, pairQuery: string): Promise<void> {
  const unpaired = await newContext(browser, server, { width: 1280, height: 800 }, true);
  const blank = await unpaired.newPage();
  await blank.goto('/kiosk');
  await blank.getByRole('heading', { level: 1 }).waitFor();
  await save(blank, 'kiosk-not-paired');
  await unpaired.close();

  const context = await newContext(browser, server, { width: 1280, height: 800 }, true);
  // The thermal printer: record the call instead of opening a print dialog.
  await context.addInitScript('window.print = () => window.dispatchEvent(new Event("afterprint"));');
  const page = await context.newPage();
  await page.goto(`/kiosk${pairQuery}`);
  await page.getByRole('heading', { name: 'Sentuh instansi yang ingin Anda tuju' }).waitFor();
  await save(page, 'kiosk-agencies');
  await page.locator('.kiosk-choice').filter({ hasText: 'Dukcapil' }).first().tap();
  await page.getByRole('heading', { name: /Pilih layanan/ }).waitFor();
  await save(page, 'kiosk-services');
  await page.locator('.kiosk-choice', { hasText: 'Perekaman Data KTP-el' }).tap();
  await page.getByRole('heading', { name: 'Apakah Anda termasuk kelompok prioritas?' }).waitFor();
  await save(page, 'kiosk-priority');
  await page.getByRole('button', { name: 'Lanjut usia (60 tahun ke atas)' }).tap();
  for (const digit of '081234567890') await page.locator('.kiosk-key', { hasText: new RegExp(`^${digit}$`) }).tap();
  await save(page, 'kiosk-sms');
  await page.getByRole('button', { name: 'Ambil nomor dan kirim SMS' }).tap();
  await page.getByTestId('kiosk-ticket-number').waitFor();
  await save(page, 'kiosk-ticket');
  await page.emulateMedia({ media: 'print' });
  for (const paper of [80, 58] as const) {
    await page.evaluate((width) => {
      const ticket = document.querySelector('.print-ticket');
      ticket?.classList.remove('print-ticket--58', 'print-ticket--80');
      ticket?.classList.add(`print-ticket--${width}`);
    }, paper);
    await page.locator('.print-ticket').screenshot({ path: `${outDir}queue-kiosk-printed-${paper}mm.png` });
    console.log(`queue-kiosk-printed-${paper}mm.png`);
  }
  await context.close();
}

async function openBoard(browser: Browser, server: QueueServer): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, server, { width: 1920, height: 1080 });
  const page = await context.newPage();
  await page.goto(`/layar/${MPP}`);
  await page.locator('.board__header').waitFor();
  return { context, page };
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const server = await startQueueServer({ startAt: MONDAY_MORNING });
  const browser = await launchChromium();
  try {
    const { bpjs, manager, officer } = await makassarStaff(server, {
      manager: 'Rina Wulandari',
      officer: 'Budi Santoso',
    });

    const pairQuery = await managerPairsKiosk(browser, server, manager);
    const token = new URLSearchParams(pairQuery).get('pair') ?? '';
    await kioskJourney(browser, server, pairQuery);

    // A morning's queue at the officer's agency.
    const menu = (await (
      await fetch(`${server.baseUrl}/api/v1/queue/kiosk/menu`, { headers: { 'X-Device-Token': token } })
    ).json()) as KioskMenu;
    const services = menu.tenants.find((t) => t.id === bpjs.id)?.services.filter((s) => s.isOpen) ?? [];
    const groups = [undefined, 'elderly', undefined, undefined, 'pregnant', undefined, undefined];
    for (const [index, group] of groups.entries()) {
      const service = services[index % Math.min(3, services.length)];
      if (service) await issueAtKiosk(server, token, service.id, group);
    }
    const citizenService = services[0];
    if (!citizenService) throw new Error('No open BPJS Kesehatan service');
    const citizenTicket = await issueAtKiosk(server, token, citizenService.id);

    const board = await openBoard(browser, server);

    const officerContext = await newContext(browser, server, { width: 1280, height: 900 });
    const desk = await officerContext.newPage();
    await signIn(desk, server, officer);
    await desk.goto('/console/loket');
    await desk.getByRole('button', { name: 'Buka loket' }).first().waitFor();
    await save(desk, 'console-counter-picker');
    await desk.getByRole('button', { name: 'Buka loket' }).first().click();
    await desk.getByRole('button', { name: 'Buka dan mulai melayani' }).click();
    await desk.getByText('Belum ada nomor yang dipanggil.').waitFor();
    const current = desk.getByTestId('desk-current-number');
    // One served, one who does not come (listed as a missed call), and one called now.
    for (const key of ['n', 's', 'f', 'n', 'x', 'n']) {
      await desk.keyboard.press(key);
      await desk.waitForTimeout(500);
    }
    await current.waitFor();
    await desk.waitForTimeout(1000);
    await save(desk, 'console-counter-desk', { fullPage: true });
    await desk.keyboard.press('t');
    await desk.getByLabel('Pilih layanan').waitFor();
    await save(desk, 'console-counter-transfer');
    await desk.getByRole('button', { name: 'Batal' }).click();

    // A visitor without a phone: the officer issues and prints a number at the desk.
    await desk.keyboard.press('w');
    const walkInService = desk.getByLabel('Layanan', { exact: true });
    await walkInService.waitFor();
    const firstService = await walkInService.locator('option[value]:not([value=""])').first().getAttribute('value');
    await walkInService.selectOption(firstService ?? '');
    await desk.getByLabel('Kelompok prioritas').selectOption('elderly');
    await desk.getByRole('button', { name: 'Terbitkan nomor' }).click();
    await desk.getByTestId('walkin-ticket-number').waitFor();
    await desk.waitForTimeout(300);
    await save(desk, 'console-counter-walk-in');
    await desk.emulateMedia({ media: 'print' });
    await desk.getByTestId('walkin-print').screenshot({ path: `${outDir}queue-console-counter-walk-in-printed.png` });
    console.log('queue-console-counter-walk-in-printed.png');
    await desk.emulateMedia({ media: 'screen' });
    await desk.getByRole('dialog').getByRole('button', { name: 'Tutup', exact: true }).click();

    await board.page.waitForTimeout(1500);
    await save(board.page, 'display-board');

    // The citizen follows the ticket from the QR code on a phone.
    const phoneContext = await newContext(browser, server, { width: 360, height: 740 }, true);
    const phone = await phoneContext.newPage();
    const status = new URL(citizenTicket.statusUrl);
    await phone.goto(`${status.pathname}${status.search}`);
    await phone.getByTestId('ticket-number').waitFor();
    await phone.waitForTimeout(800);
    await save(phone, 'ticket-waiting', { fullPage: true });
    await phone.getByRole('button', { name: 'Saya terlambat' }).tap();
    await phone.getByRole('heading', { name: 'Mundurkan antrean Anda?' }).waitFor();
    await save(phone, 'ticket-late-question');
    await phone.getByRole('button', { name: 'Tidak', exact: true }).tap();

    // The officer calls that number: finish the current one, then call it out of turn by typing
    // it (a number the desk cannot see is refused in words first).
    for (const key of ['s', 'f']) {
      await desk.keyboard.press(key);
      await desk.waitForTimeout(500);
    }
    await desk.keyboard.press('c');
    const typed = desk.getByLabel('Ketik nomor antrean');
    await typed.fill('A-250');
    await desk.getByRole('button', { name: 'Panggil', exact: true }).click();
    await desk.getByText('Nomor A-250 tidak ada', { exact: false }).waitFor();
    await save(desk, 'console-counter-call-number');
    await typed.fill(citizenTicket.displayNumber);
    await desk.getByRole('button', { name: 'Panggil', exact: true }).click();
    await phone.locator('.ticket-callout').waitFor();
    await phone.waitForTimeout(500);
    await save(phone, 'ticket-called', { fullPage: true });

    const managerContext = await newContext(browser, server, { width: 1280, height: 900 });
    const live = await managerContext.newPage();
    await signIn(live, server, manager);
    await live.goto(`/console/antrean?mpp=${MPP}`);
    await live.getByRole('heading', { name: 'Menunggu per layanan' }).waitFor();
    await live.waitForTimeout(1000);
    await save(live, 'console-live');

    // The queue rules of each service: a prefix another service uses is refused at the field.
    const section = live.getByRole('region', { name: 'Pengaturan antrean per layanan' });
    await live.getByLabel('Cari layanan, instansi, atau kode').fill('JKN');
    const prefixes = await section.locator('tbody td.mono').allTextContents();
    await section.scrollIntoViewIfNeeded();
    await live.waitForTimeout(300);
    await save(live, 'console-service-settings');
    await section
      .getByRole('button', { name: /^Ubah pengaturan antrean/ })
      .first()
      .click();
    await live.getByLabel('Kode nomor').fill(prefixes[1] ?? 'A');
    await live.getByRole('button', { name: 'Simpan', exact: true }).click();
    await live.locator('dialog .field__error').first().waitFor();
    await save(live, 'console-service-settings-edit');
    await live.getByRole('button', { name: 'Batal' }).click();

    // A TV that keeps sound locked until touched, while the connection drops.
    const lockedContext = await newContext(browser, server, { width: 1920, height: 1080 });
    await lockedContext.addInitScript(`
      const Real = window.AudioContext;
      window.AudioContext = class extends Real {
        get state() { return 'suspended'; }
        resume() { return new Promise(() => {}); }
      };
    `);
    const locked = await lockedContext.newPage();
    await locked.goto(`/layar/${MPP}`);
    await locked.locator('.sound-gate').waitFor();
    await save(locked, 'display-sound-switch');

    await Promise.all([
      board.context.close(),
      officerContext.close(),
      phoneContext.close(),
      managerContext.close(),
      lockedContext.close(),
    ]);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
