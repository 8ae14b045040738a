/**
 * Saves screenshots of the appointment pages into docs/screenshots/booking-*.png, against the
 * real app started in-process with the demo catalogue and a clock set to Monday 30 November 2026,
 * 09:30 in Makassar (the clock runs on, and is moved forward once for a late check-in):
 *   citizen (390x844, touch): the service page's link, the days and slots, a closed date, a date
 *     not yet open, confirming signed out and signed in, a full slot's alternatives, the
 *     busy-retry countdown (the 503 is played by the page, not provoked), the NIK refusal, the
 *     booking made, my bookings (QR, cancel question, the locked rule), rescheduling
 *   kiosk (1280x800, touch): the first screen, the code keyboard, an appointment's ticket and its
 *     print, a late check-in's walk-in ticket, an unknown code, a code too early
 *   waitlist (390x844, touch; the browser's clock set to the server's, for the countdown): a
 *     full day offering its line signed out and in, joined (second in line), my bookings with the
 *     place waiting and the question to leave, then a cancellation and the first in line leaving
 *     hand the seat on: held (countdown), the question to decline, taken (the booking), and, for
 *     a third citizen, an offer whose 30 minutes ran out
 *   npx tsx test/e2e/booking-screenshots.ts [waitlist]
 */
import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Booking } from '../../web/src/api/booking-types.js';
import { createCitizen } from '../support/auth.js';
import { rollingSchedule } from '../support/booking.js';
import { launchChromium } from './support/browser.js';
import { signInCitizen, uniqueEmail } from './support/citizen.js';
import { MONDAY_MORNING, openQueueContext } from './support/queue-pages.js';
import type { QueueServer } from './support/queue-server.js';

const outDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const MPP = 'mpp-kota-makassar';
const PHONE = { width: 390, height: 844 };
const KIOSK = { width: 1280, height: 800 };

/** WCAG 2.1 AA problems on the screen as shot, printed (the journey tests fail on them). */
const problems: string[] = [];

async function save(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.waitForTimeout(250);
  await page.screenshot({ path: `${outDir}booking-${name}.png`, ...options });
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  // The kiosk turns pinch-zoom off on purpose (a zoomed screen would greet the next visitor); its
  // type is large instead.
  if (name.startsWith('kiosk-')) axe.disableRules(['meta-viewport']);
  const result = await axe.analyze();
  for (const v of result.violations) problems.push(`${name}: ${v.id} (${v.nodes.length}) ${v.help}`);
  console.log(`booking-${name}.png`);
}

type Server = QueueServer & {
  /** Moves the running clock to `iso` (it keeps running from there). */
  setNow: (iso: string) => void;
  /** A citizen with a verified NIK, as a bearer token for API calls. */
  verifiedCitizen: (name: string) => Promise<string>;
  /** A bearer session for an account (staff: no second factor asked, as in the API tests). */
  bearer: (accountId: string) => Promise<string>;
};

let serial = 0;
function nextNik(): string {
  serial += 1;
  // 7371 (Kota Makassar), born 15-07-1990; the simulator confirms any NIK not ending in 9999.
  return `737101150790${String(serial).padStart(4, '0')}`;
}

/** The real app (as the queue screenshots start it) with a clock this script can move. */
async function startServer(startAt: string): Promise<Server> {
  const webDir = `${repoRoot}dist/web`;
  if (!existsSync(`${webDir}/kiosk.html`)) {
    const vite = await import('vite');
    await vite.build({ configFile: `${repoRoot}web/vite.config.ts`, logLevel: 'warn' });
  }
  const [{ buildApp }, { openEmbeddedDatabase }, { prepareDatabase }] = await Promise.all([
    import('../../src/app.js'),
    import('../../src/platform/db/database.js'),
    import('../../src/runtime.js'),
  ]);
  let offset = Date.parse(startAt) - Date.now();
  const clock = { now: () => new Date(Date.now() + offset) };
  const db = await openEmbeddedDatabase();
  await prepareDatabase(db, { seedDemoWhenEmpty: true, clock });
  const { app, notifications, identity } = await buildApp({
    db,
    clock,
    logLevel: false,
    webDir,
    secretKey: 'Ym9va2luZy1zY3JlZW5zaG90cy1rZXktZm9yLXNhdHVwaW50dS1ib29raW5nLXBhZ2U=',
    environment: 'test',
  });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  notifications.worker.start();
  const withIdentity = { app, db, identity };
  return {
    baseUrl,
    clock,
    setNow(iso) {
      offset = Date.parse(iso) - Date.now();
    },
    async createStaff(input) {
      serial += 1;
      const email = `janji${serial}@kemenpan.example.id`;
      const password = `Kata-sandi-janji-${serial}-panjang`;
      const { id } = await identity.api.createStaffAccount({ ...input, email, password });
      return { id, email, password };
    },
    async verifiedCitizen(name) {
      serial += 1;
      const { accountId } = await createCitizen(withIdentity, `+62813${String(serial).padStart(7, '0')}`);
      const token = await identity.api.issueBearerSession(accountId);
      await call(baseUrl, token, 'PATCH', '/api/v1/me/profile', { nik: nextNik(), fullName: name }, 200);
      return token;
    },
    bearer: (accountId) => identity.api.issueBearerSession(accountId),
    async close() {
      await app.close();
      await db.close();
    },
  };
}

async function call<T>(baseUrl: string, token: string, method: string, path: string, body?: unknown, expect = 200) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== expect && !(expect === 200 && response.status === 204)) {
    throw new Error(`${method} ${path}: ${response.status} ${text}`);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

type Setup = {
  serviceSlug: string;
  serviceId: string;
  mppId: string;
  kioskToken: string;
  /** The manager's account (a session is asked for when needed: the clock moves on). */
  managerId: string;
  book: (token: string, slot: string) => Promise<Booking>;
};

/**
 * A weekly release (Friday 14.00 opens the next week), 4 seats a slot; 3 December closed; the
 * 09.00 slot of 1 December full and two seats of 10.00 taken; a paired kiosk.
 */
async function prepare(server: Server): Promise<Setup> {
  const mpp = await (await fetch(`${server.baseUrl}/api/v1/mpps/${MPP}`)).json();
  const services = (await (await fetch(`${server.baseUrl}/api/v1/services?mppId=${mpp.id}&limit=100`)).json()) as {
    items: { id: string; slug: string; name: string; tenant: { shortName: string } }[];
  };
  const service = services.items.find((s) => /KTP/i.test(s.name) && s.tenant.shortName === 'Dukcapil');
  if (!service) throw new Error('No Dukcapil KTP service at MPP Kota Makassar in the demo seed');
  const manager = await server.createStaff({
    displayName: 'Rina Wulandari',
    grants: [{ role: 'mpp_manager', mppId: mpp.id }],
  });
  const managerToken = await server.bearer(manager.id);
  const path = `/api/v1/booking/mpps/${MPP}/services/${service.slug}`;
  await call(
    server.baseUrl,
    managerToken,
    'PUT',
    `${path}/schedule`,
    rollingSchedule(4, {
      release: { kind: 'weekly', weekday: 5, at: '14:00' },
      minNoticeMinutes: 30,
      changeCutoffMinutes: 120,
      maxPerWeek: 3,
    }),
  );
  await call(server.baseUrl, managerToken, 'PUT', `${path}/dates/2026-12-03`, {
    closed: true,
    reason: 'Pemeliharaan jaringan listrik gedung',
  });
  await call(server.baseUrl, managerToken, 'GET', `/api/v1/queue/mpps/${MPP}/services`);
  const device = await call<{ token: string }>(
    server.baseUrl,
    managerToken,
    'POST',
    `/api/v1/queue/mpps/${MPP}/devices`,
    { name: 'Anjungan lobi' },
    201,
  );
  const book = (token: string, slot: string) =>
    call<Booking>(
      server.baseUrl,
      token,
      'POST',
      '/api/v1/booking/bookings',
      {
        mppId: MPP,
        serviceId: service.slug,
        slot,
      },
      201,
    );
  for (let i = 0; i < 4; i++) await book(await server.verifiedCitizen(`Warga Penuh ${i + 1}`), '2026-12-01T09:00');
  for (let i = 0; i < 2; i++) await book(await server.verifiedCitizen(`Warga Pagi ${i + 1}`), '2026-12-01T10:00');
  return {
    serviceSlug: service.slug,
    serviceId: service.id,
    mppId: mpp.id,
    kioskToken: device.token,
    managerId: manager.id,
    book,
  };
}

async function phoneContext(browser: Browser, server: Server): Promise<BrowserContext> {
  return openQueueContext(browser, server, PHONE, { touch: true });
}

/** Signs the browser's citizen in and gives them a verified NIK, through the API with its cookies. */
async function signInVerified(context: BrowserContext, server: Server, name: string, withNik = true) {
  const email = uniqueEmail('janji');
  await signInCitizen(context, server.baseUrl, email);
  const session = await (await context.request.get('/api/v1/auth/session')).json();
  const profile = await context.request.patch('/api/v1/me/profile', {
    headers: { 'X-CSRF-Token': session.csrfToken },
    data: withNik ? { nik: nextNik(), fullName: name } : { fullName: name },
  });
  if (profile.status() !== 200) throw new Error(`profile: ${profile.status()} ${await profile.text()}`);
  return session.csrfToken as string;
}

async function citizenJourney(browser: Browser, server: Server, setup: Setup): Promise<string[]> {
  const context = await phoneContext(browser, server);
  const page = await context.newPage();

  // The way in: the service page at the MPP, signed out.
  await page.goto(`/layanan/${setup.serviceSlug}?mpp=${MPP}`);
  const link = page.getByRole('link', { name: 'Buat janji temu' });
  await link.waitFor();
  await link.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 120));
  await save(page, 'service-link');

  await link.tap();
  await page.getByRole('heading', { name: 'Pilih tanggal' }).waitFor();
  await save(page, 'days');
  await page.locator('[data-date="2026-12-01"]').tap();
  await page.getByRole('heading', { name: /Pilih jam: Selasa, 1 Desember 2026/ }).waitFor();
  await save(page, 'slots', { fullPage: true });
  await page.locator('[data-date="2026-12-03"]').tap();
  await page.getByText('Pemeliharaan jaringan listrik gedung', { exact: false }).last().waitFor();
  await save(page, 'day-closed');
  await page.locator('[data-date="2026-12-08"]').scrollIntoViewIfNeeded();
  await page.locator('[data-date="2026-12-08"]').tap();
  await page.getByText('Pemesanan untuk tanggal ini dibuka', { exact: false }).waitFor();
  await save(page, 'day-not-open');

  // A slot, signed out: the confirm step sends to sign-in and back.
  await page.locator('[data-date="2026-12-01"]').scrollIntoViewIfNeeded();
  await page.locator('[data-date="2026-12-01"]').tap();
  await page.locator('[data-slot="2026-12-01T10:00"]').tap();
  await page.getByRole('heading', { name: 'Periksa janji temu Anda' }).waitFor();
  await save(page, 'confirm-signed-out', { fullPage: true });

  await signInVerified(context, server, 'Siti Rahmawati');
  await page.reload();
  const confirm = page.getByRole('button', { name: 'Konfirmasi janji temu' });
  await confirm.waitFor();
  await save(page, 'confirm', { fullPage: true });

  // Someone else takes the last two seats meanwhile: the refusal offers the free slots.
  for (let i = 0; i < 2; i++)
    await setup.book(await server.verifiedCitizen(`Warga Cepat ${i + 1}`), '2026-12-01T10:00');
  await confirm.tap();
  await page.getByRole('list', { name: 'Jam yang masih kosong' }).waitFor();
  await save(page, 'full-alternatives', { fullPage: true });

  // A busy moment: the first answer is a 503 with Retry-After (played here), then the same
  // attempt goes through by itself.
  await page.getByRole('list', { name: 'Jam yang masih kosong' }).getByRole('button').first().tap();
  const again = page.getByRole('button', { name: 'Konfirmasi janji temu' });
  await again.waitFor();
  let busyOnce = true;
  await page.route('**/api/v1/booking/bookings', async (route) => {
    if (busyOnce && route.request().method() === 'POST') {
      busyOnce = false;
      await route.fulfill({
        status: 503,
        headers: { 'content-type': 'application/problem+json', 'retry-after': '4' },
        body: JSON.stringify({
          type: 'urn:satupintu:problem:booking.busy',
          title: 'Sedang ramai',
          status: 503,
          code: 'booking.busy',
          detail: 'Banyak orang sedang memesan pada saat yang sama. Coba lagi dalam 1 detik; tidak ada yang dipesan.',
        }),
      });
      return;
    }
    await route.continue();
  });
  await again.tap();
  const countdown = page.getByText('Sedang ramai. Mencoba lagi otomatis', { exact: false });
  await countdown.waitFor();
  await countdown.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  await save(page, 'busy-retry');
  await page.getByRole('heading', { name: 'Janji temu dibuat' }).waitFor({ timeout: 15_000 });
  await page.unroute('**/api/v1/booking/bookings');
  await save(page, 'done', { fullPage: true });

  // History: one cancelled, and one today within the cut-off (locked), booked through the API
  // with this browser's session.
  const session = await (await context.request.get('/api/v1/auth/session')).json();
  const headers = { 'X-CSRF-Token': session.csrfToken };
  const cancelled = await context.request.post('/api/v1/booking/bookings', {
    headers: { ...headers, 'Idempotency-Key': `shot-${Date.now()}-a` },
    data: { mppId: MPP, serviceId: setup.serviceSlug, slot: '2026-12-02T13:00' },
  });
  const cancelledId = ((await cancelled.json()) as Booking).id;
  await context.request.post(`/api/v1/booking/bookings/${cancelledId}/cancel`, { headers });
  const today = await context.request.post('/api/v1/booking/bookings', {
    headers: { ...headers, 'Idempotency-Key': `shot-${Date.now()}-b` },
    data: { mppId: MPP, serviceId: setup.serviceSlug, slot: '2026-11-30T10:30' },
  });
  if (today.status() !== 201) throw new Error(`today: ${today.status()} ${await today.text()}`);
  const todayCode = ((await today.json()) as Booking).code;

  await page.getByRole('link', { name: 'Janji temu saya' }).tap();
  await page.getByRole('heading', { name: 'Akan datang' }).waitFor();
  await save(page, 'mine', { fullPage: true });
  await page.getByRole('button', { name: 'Tampilkan kode QR' }).last().tap();
  await page.locator('.booking-card .booking-qr').waitFor();
  await page.locator('.booking-card .booking-qr').scrollIntoViewIfNeeded();
  await save(page, 'mine-qr');
  await page
    .getByRole('button', { name: /^Batalkan janji temu/ })
    .first()
    .tap();
  await page.getByRole('dialog').waitFor();
  await save(page, 'mine-cancel-question');
  await page.getByRole('button', { name: 'Tidak', exact: true }).tap();

  // Reschedule: the same picker, then the old and new times side by side.
  await page
    .getByRole('link', { name: /^Ubah jadwal janji temu/ })
    .first()
    .tap();
  await page.getByRole('heading', { name: 'Ubah jadwal janji temu' }).waitFor();
  await page.locator('[data-date="2026-12-02"]').tap();
  await page.locator('[data-slot="2026-12-02T08:30"]').tap();
  await page.getByRole('button', { name: 'Pindahkan ke jadwal ini' }).waitFor();
  await page.waitForTimeout(400);
  await save(page, 'reschedule-confirm', { fullPage: true });
  await page.getByRole('button', { name: 'Pindahkan ke jadwal ini' }).tap();
  await page.getByRole('heading', { name: 'Jadwal janji temu diubah' }).waitFor();
  await save(page, 'rescheduled', { fullPage: true });
  await context.close();

  // A citizen whose NIK is not verified yet.
  const unverified = await phoneContext(browser, server);
  const other = await unverified.newPage();
  await signInVerified(unverified, server, 'Andi Pratama', false);
  await other.goto(`/janji/${MPP}/${setup.serviceSlug}?tanggal=2026-12-02&slot=2026-12-02T11:00`);
  await other.getByRole('button', { name: 'Konfirmasi janji temu' }).tap();
  await other.getByRole('alert').getByRole('link', { name: 'Lengkapi profil' }).waitFor();
  await save(other, 'nik-required', { fullPage: true });
  await unverified.close();

  return [todayCode];
}

async function kioskJourney(browser: Browser, server: Server, setup: Setup, todayCode: string): Promise<void> {
  const context = await openQueueContext(browser, server, KIOSK, { touch: true });
  await context.addInitScript('window.print = () => window.dispatchEvent(new Event("afterprint"));');
  const page = await context.newPage();
  await page.goto(`/kiosk?pair=${encodeURIComponent(setup.kioskToken)}`);
  const choice = page.getByRole('button', { name: /Saya punya janji temu/ });
  await choice.waitFor();
  await save(page, 'kiosk-start');

  // An unknown code, typed on the screen.
  await choice.tap();
  await page.getByRole('heading', { name: 'Masukkan kode janji temu Anda' }).waitFor();
  for (const key of 'XYZ23')
    await page.locator('.kiosk-code-keys .kiosk-key', { hasText: new RegExp(`^${key}$`) }).tap();
  await save(page, 'kiosk-code');
  for (const key of 'ABC') await page.locator('.kiosk-code-keys .kiosk-key', { hasText: new RegExp(`^${key}$`) }).tap();
  await page.getByRole('button', { name: 'Lapor hadir' }).tap();
  await page.getByRole('heading', { name: 'Belum dapat lapor hadir' }).waitFor();
  await save(page, 'kiosk-error-unknown');
  await page.getByRole('button', { name: 'Mulai dari awal' }).tap();

  // A booking of tomorrow: too early, with its window.
  const tomorrow = await setup.book(await server.verifiedCitizen('Warga Besok'), '2026-12-02T09:30');
  await choice.tap();
  await page.getByRole('textbox', { name: 'Kode janji temu' }).fill(tomorrow.code);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Belum dapat lapor hadir' }).waitFor();
  await save(page, 'kiosk-error-early');
  await page.getByRole('button', { name: 'Mulai dari awal' }).tap();

  // Today's 10.30 booking, scanned on the first screen (the scanner types the code and Enter).
  server.setNow('2026-11-30T10:05:00+08:00');
  await choice.waitFor();
  await page.keyboard.type(todayCode.toLowerCase(), { delay: 15 });
  await page.keyboard.press('Enter');
  await page.getByTestId('kiosk-ticket-number').waitFor();
  await save(page, 'kiosk-ticket');
  await page.emulateMedia({ media: 'print' });
  await page.locator('.print-ticket').screenshot({ path: `${outDir}booking-kiosk-printed-80mm.png` });
  console.log('booking-kiosk-printed-80mm.png');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Selesai' }).tap();

  // Late: a 10.00 booking checked in at 10.20 gets a walk-in ticket, saying why.
  const late = await setup.book(await server.verifiedCitizen('Warga Terlambat'), '2026-11-30T11:00');
  server.setNow('2026-11-30T11:20:00+08:00');
  await choice.tap();
  await page.getByRole('textbox', { name: 'Kode janji temu' }).fill(late.code);
  await page.getByRole('button', { name: 'Lapor hadir' }).tap();
  await page.getByTestId('kiosk-ticket-number').waitFor();
  await save(page, 'kiosk-ticket-late');
  await context.close();
}

const FULL_DAY = '2026-12-04';

/** A phone whose clock reads the server's (shifted) time, so a held seat's countdown is true. */
async function phoneOnServerTime(browser: Browser, server: Server): Promise<BrowserContext> {
  const context = await phoneContext(browser, server);
  await context.clock.install({ time: server.clock.now() });
  return context;
}

/** Places in line of a citizen with a bearer token, through the API. */
async function waitlistOf(server: Server, token: string): Promise<{ id: string; status: string; date: string }[]> {
  const { items } = await call<{ items: { id: string; status: string; date: string }[] }>(
    server.baseUrl,
    token,
    'GET',
    '/api/v1/booking/me/waitlist',
  );
  return items;
}

/**
 * Friday 4 December cut to one hour of two one-seat slots, both booked: a full day. One citizen
 * waits first; the browser's citizen joins second, then a third. A cancellation offers its seat
 * to the first, who leaves the line, so it is held for the browser's citizen, who takes it; a
 * second cancellation is held for the third, who lets the 30 minutes run out.
 */
async function waitlistJourney(browser: Browser, server: Server, setup: Setup): Promise<void> {
  const path = `/api/v1/booking/mpps/${MPP}/services/${setup.serviceSlug}`;
  await call(server.baseUrl, await server.bearer(setup.managerId), 'PUT', `${path}/dates/${FULL_DAY}`, {
    periods: [{ opens: '08:00', closes: '09:00' }],
    capacity: 1,
  });
  const early = await server.verifiedCitizen('Warga Jumat Pagi');
  const later = await server.verifiedCitizen('Warga Jumat Siang');
  const earlyBooking = await setup.book(early, `${FULL_DAY}T08:00`);
  const laterBooking = await setup.book(later, `${FULL_DAY}T08:30`);
  const first = await server.verifiedCitizen('Warga Antre Pertama');
  const join = { mppId: MPP, serviceId: setup.serviceSlug, date: FULL_DAY };
  await call(server.baseUrl, first, 'POST', '/api/v1/booking/waitlist', join, 201);

  const context = await phoneOnServerTime(browser, server);
  const page = await context.newPage();
  await page.goto(`/janji/${MPP}/${setup.serviceSlug}?tanggal=${FULL_DAY}`);
  const signIn = page.getByRole('link', { name: 'Masuk akun untuk ikut daftar tunggu' });
  await signIn.waitFor();
  const back = new URL(`${server.baseUrl}${await signIn.getAttribute('href')}`).searchParams.get('kembali');
  if (back !== `/janji/${MPP}/${setup.serviceSlug}?tanggal=${FULL_DAY}`) throw new Error(`sign-in returns to ${back}`);
  await save(page, 'waitlist-signed-out', { fullPage: true });

  await signInVerified(context, server, 'Dewi Lestari');
  await page.reload();
  const joinButton = page.getByRole('button', { name: 'Masuk daftar tunggu' });
  await joinButton.waitFor();
  await save(page, 'waitlist-day-full', { fullPage: true });
  await joinButton.tap();
  await page.getByText('Anda masuk daftar tunggu').waitFor();
  const position = await page.getByTestId('waitlist-position').textContent();
  if (position?.trim() !== '2') throw new Error(`joined at ${position}, not second`);
  await save(page, 'waitlist-joined', { fullPage: true });

  await page.getByRole('link', { name: 'Lihat daftar tunggu saya' }).tap();
  const leave = page.getByRole('button', { name: /^Keluar dari daftar tunggu/ });
  await leave.waitFor();
  await save(page, 'waitlist-mine-waiting', { fullPage: true });
  await leave.tap();
  await page.getByRole('dialog').waitFor();
  await save(page, 'waitlist-leave-question');
  await page.getByRole('button', { name: 'Tidak', exact: true }).tap();

  // A third citizen joins behind (through the API with their browser's session).
  const thirdContext = await phoneOnServerTime(browser, server);
  const csrf = await signInVerified(thirdContext, server, 'Budi Santoso');
  const joined = await thirdContext.request.post('/api/v1/booking/waitlist', {
    headers: { 'X-CSRF-Token': csrf },
    data: join,
  });
  if (joined.status() !== 201) throw new Error(`third join: ${joined.status()} ${await joined.text()}`);

  // A cancellation: held for the first in line, who leaves; then it is held for Dewi.
  await call(server.baseUrl, early, 'POST', `/api/v1/booking/bookings/${earlyBooking.id}/cancel`);
  const [held] = (await waitlistOf(server, first)).filter((e) => e.status === 'offered');
  if (!held) throw new Error('the freed seat was not held for the first in line');
  await call(server.baseUrl, first, 'POST', `/api/v1/booking/waitlist/${held.id}/leave`);
  await context.clock.fastForward(72_000);
  await page.reload();
  await page.getByRole('heading', { name: 'Ada kursi untuk Anda' }).waitFor();
  await save(page, 'waitlist-mine-offered');
  await page.getByRole('button', { name: 'Tidak jadi' }).tap();
  await page.getByRole('dialog').waitFor();
  await save(page, 'waitlist-decline-question');
  await page.getByRole('button', { name: 'Tidak', exact: true }).tap();
  await page.getByRole('button', { name: 'Ambil kursi ini' }).tap();
  await page.getByRole('heading', { name: 'Janji temu dibuat' }).waitFor();
  await save(page, 'waitlist-accepted', { fullPage: true });
  await page.getByRole('link', { name: 'Janji temu saya' }).last().tap();
  await page.getByText('Kursi diambil').waitFor();
  await save(page, 'waitlist-mine-booked', { fullPage: true });
  await context.close();

  // The second seat is held for Budi, who lets the time run out.
  await call(server.baseUrl, later, 'POST', `/api/v1/booking/bookings/${laterBooking.id}/cancel`);
  const third = await thirdContext.newPage();
  await third.goto('/akun/janji');
  await third.getByRole('heading', { name: 'Ada kursi untuk Anda' }).waitFor();
  server.setNow(new Date(server.clock.now().getTime() + 31 * 60_000).toISOString());
  await thirdContext.clock.fastForward('31:00');
  await third.getByText('tidak diambil tepat waktu', { exact: false }).waitFor();
  await save(third, 'waitlist-mine-lapsed', { fullPage: true });
  await thirdContext.close();
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const server = await startServer(MONDAY_MORNING);
  const browser = await launchChromium();
  try {
    const setup = await prepare(server);
    // `npx tsx test/e2e/booking-screenshots.ts waitlist` shoots the waitlist's screens alone.
    if (process.argv[2] !== 'waitlist') {
      const [todayCode = ''] = await citizenJourney(browser, server, setup);
      await kioskJourney(browser, server, setup, todayCode);
    }
    await waitlistJourney(browser, server, setup);
  } finally {
    await browser.close();
    await server.close();
  }
  if (problems.length > 0) console.log(`Accessibility problems:\n${problems.join('\n')}`);
}

await main();
