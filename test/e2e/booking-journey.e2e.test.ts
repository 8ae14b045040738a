import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollingSchedule } from '../support/booking.js';
import { type OfferedService, servicesOf, staffCall } from './booking-console-support.js';
import {
  createVerifiedCitizen,
  signInWithEmailCode,
  takeWalkInTicket,
  tapCode,
  waitForDevMessage,
  watchForProblems,
} from './support/booking-pages.js';
import { launchChromium } from './support/browser.js';
import { uniqueEmail } from './support/citizen.js';
import {
  makassarStaff,
  openQueueContext,
  prepareServiceSettings,
  QUEUE_MPP,
  signInQueueStaff,
} from './support/queue-pages.js';
import { type QueueServer, startQueueServer } from './support/queue-server.js';
import type { StaffCredentials } from './support/staff.js';

/**
 * An appointment from booking to the counter, on Monday 30 November 2026 in Makassar (WITA):
 * a citizen books the 11.00 slot on their phone at 09.30, the confirmation reaches the dev
 * channel, a walk-in visitor takes a number at 11.02, the citizen checks in at the kiosk at
 * 11.05 with the code, and the officer's next call is the citizen's number.
 *
 * Why those times: the appointment ticket waits from its booked time (docs/booking.md,
 * Check-in: "called from the booked time"), walk-ins from when they took their number, and the
 * counter calls in that order. A walk-in taken before 11.00 is rightly called before
 * the 11.00 appointment; one taken at 11.02 is behind it even though the citizen checks in
 * later, at 11.05, within the window of 30 minutes before to 15 after the start. (Priority
 * tickets would still go first: there are none here.)
 */

const SLOT_DAY = '2026-11-30';
const SETUP_AT = '2026-11-30T09:00:00+08:00';
const BOOKING_AT = '2026-11-30T09:30:00+08:00';
const WALK_IN_AT = '2026-11-30T11:02:00+08:00';
const CHECK_IN_AT = '2026-11-30T11:05:00+08:00';
const COUNTER_LABEL = 'Pendaftaran Peserta JKN';
const SERVICE_SLUG = 'pendaftaran-peserta-jkn';
/** 7371 (Kota Makassar), born 15-07-1990: a NIK the development registry simulator confirms. */
const NIK = '7371011507900001';

let server: QueueServer;
let browser: Browser;
let service: OfferedService;
let officer: StaffCredentials;
let kioskToken = '';
const citizen = { email: uniqueEmail('janji'), fullName: 'Siti Rahmawati', seen: [] as string[] };

/** What each step leaves for the next. */
let phone: { context: BrowserContext; page: Page; problems: string[] } | undefined;
let booked: { id: string; code: string } | undefined;
let tickets: { walkIn: string; appointment: string } | undefined;

beforeAll(async () => {
  server = await startQueueServer({ startAt: SETUP_AT });
  browser = await launchChromium();
  const staff = await makassarStaff(server);
  const { mpp, bpjs, manager } = staff;
  officer = staff.officer;
  const offered = (await servicesOf(server, mpp.id, bpjs.id)).find((s) => s.slug === SERVICE_SLUG);
  if (!offered) throw new Error(`BPJS Kesehatan does not offer ${SERVICE_SLUG} at MPP Kota Makassar`);
  service = offered;

  // The manager, through the API with a console session: the service's schedule (30-minute
  // slots of 4 seats, bookable until an hour before), the queue settings, and a kiosk.
  const context = await openQueueContext(browser, server, { width: 1280, height: 900 });
  const page = await context.newPage();
  await signInQueueStaff(page, server, manager);
  const path = `/api/v1/booking/mpps/${QUEUE_MPP}/services/${service.slug}/schedule`;
  await staffCall(page, 'PUT', path, rollingSchedule(4));
  await prepareServiceSettings(page, QUEUE_MPP);
  const device = await staffCall<{ token: string }>(page, 'POST', `/api/v1/queue/mpps/${QUEUE_MPP}/devices`, {
    name: 'Anjungan lobi',
  });
  kioskToken = device.token;
  await context.close();

  // The citizen made their account earlier, with a NIK the registry confirmed.
  const { codeMessageId } = await createVerifiedCitizen(server.baseUrl, { ...citizen, nik: NIK });
  citizen.seen.push(codeMessageId);
});

afterAll(async () => {
  await phone?.context.close();
  await browser?.close();
  await server?.close();
});

describe('an appointment from booking to the counter', () => {
  it('books a slot on a phone, signing in on the way, and shows the code and its QR', async () => {
    // Half an hour later; this also lets the citizen ask for a new code (one a minute).
    server.setNow(BOOKING_AT);
    const context = await openQueueContext(browser, server, { width: 390, height: 844 }, { touch: true });
    const page = await context.newPage();
    phone = { context, page, problems: watchForProblems(page) };

    await page.goto(`/layanan/${service.slug}?mpp=${QUEUE_MPP}`);
    await page.getByRole('link', { name: 'Buat janji temu' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Buat janji temu' }).waitFor();
    await page.getByRole('heading', { name: 'Pilih tanggal' }).waitFor();

    // Today still has seats; its slots until 10.30 have begun or are within the hour's notice.
    const today = page.getByRole('button', { name: /30 Nov/ });
    expect(await today.textContent()).toMatch(/\d+ kursi/);
    await today.tap();
    const slots = page.getByRole('list', { name: 'Jam pada Senin, 30 November 2026' });
    await slots.waitFor();
    const eleven = slots.getByRole('button', { name: /^11\.00–11\.30/ });
    expect(await eleven.textContent()).toContain('4 kursi tersisa');
    expect(await slots.getByRole('button', { name: /^10\.30–11\.00/ }).count()).toBe(0);
    await eleven.tap();

    await page.getByRole('heading', { name: 'Periksa janji temu Anda' }).waitFor();
    const summary = page.locator('.booking-summary');
    expect(await summary.textContent()).toContain(service.name);
    expect(await summary.textContent()).toContain('11.00–11.30 WITA');
    await page.getByRole('link', { name: 'Masuk untuk membuat janji temu' }).tap();
    await signInWithEmailCode(page, server.baseUrl, citizen.email, citizen.seen);

    // Back at the same step, signed in.
    const confirm = page.getByRole('button', { name: 'Konfirmasi janji temu' });
    await confirm.waitFor();
    expect(new URL(page.url()).searchParams.get('slot')).toBe(`${SLOT_DAY}T11:00`);
    await confirm.tap();

    await page.getByRole('heading', { level: 1, name: 'Janji temu dibuat' }).waitFor();
    const code = (await page.getByTestId('booking-code').getAttribute('data-code')) ?? '';
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    expect(await page.getByTestId('booking-code').textContent()).toBe(`${code.slice(0, 4)} ${code.slice(4)}`);
    await page.getByRole('img', { name: `Kode QR janji temu ${code}` }).waitFor();
    expect(await page.locator('.booking-pass').textContent()).toContain('Terkonfirmasi');
    booked = { id: new URL(page.url()).pathname.split('/').pop() ?? '', code };
    expect(phone.problems).toEqual([]);
  });

  it('sends the confirmation with the code to the dev channel', async () => {
    if (!booked || !phone) throw new Error('Needs the booking above');
    const { code } = booked;
    await waitForDevMessage(
      server.baseUrl,
      citizen.email,
      (m) => (m.subject ?? '').startsWith('Janji temu terkonfirmasi') && m.body.includes(code),
    );

    const page = await phone.context.newPage();
    await page.goto('/dev/messages');
    const message = page.getByRole('article').filter({ hasText: code });
    await message.getByRole('heading', { name: /^Janji temu terkonfirmasi: / }).waitFor();
    expect(await message.textContent()).toContain(citizen.email);
    expect(await message.textContent()).toContain(`Kode: ${code}`);
    await page.close();
  });

  it('checks the citizen in at the kiosk with the code, after a walk-in took a number', async () => {
    if (!booked) throw new Error('Needs the booking above');
    const context = await openQueueContext(browser, server, { width: 1280, height: 800 }, { touch: true });
    await context.addInitScript('window.print = () => window.dispatchEvent(new Event("afterprint"));');
    const kiosk = await context.newPage();
    const problems = watchForProblems(kiosk);
    await kiosk.goto(`/kiosk?pair=${encodeURIComponent(kioskToken)}`);
    const start = kiosk.getByRole('button', { name: /^Saya punya janji temu/ });
    await start.waitFor();

    server.setNow(WALK_IN_AT);
    const walkIn = await takeWalkInTicket(kiosk, 'BPJS Kesehatan', service.name);
    await kiosk.getByRole('button', { name: 'Selesai', exact: true }).tap();

    server.setNow(CHECK_IN_AT);
    await start.tap();
    await kiosk.getByRole('heading', { name: 'Masukkan kode janji temu Anda' }).waitFor();
    await tapCode(kiosk, booked.code);
    expect(await kiosk.getByRole('textbox', { name: 'Kode janji temu' }).inputValue()).toBe(booked.code);
    await kiosk.getByRole('button', { name: 'Lapor hadir' }).tap();

    const number = kiosk.getByTestId('kiosk-ticket-number');
    await number.waitFor();
    const appointment = (await number.textContent()) ?? '';
    expect(appointment).toMatch(/^[A-Z]{1,2}-\d{3}$/);
    expect(appointment).not.toBe(walkIn);
    const ticket = kiosk.locator('.kiosk-ticket__main');
    expect(await ticket.textContent()).toContain('Janji temu pukul 11.00 WITA');
    expect(await ticket.textContent()).toContain(service.name);
    tickets = { walkIn, appointment };
    expect(problems).toEqual([]);
    await context.close();
  });

  it("calls the citizen's number at the counter ahead of the walk-in taken before the check-in", async () => {
    if (!tickets) throw new Error('Needs both tickets above');
    const context = await openQueueContext(browser, server, { width: 1280, height: 900 });
    const desk = await context.newPage();
    const problems = watchForProblems(desk);
    await signInQueueStaff(desk, server, officer);
    await desk.goto('/console/loket');
    const counter = desk.getByRole('heading', { name: new RegExp(`^Loket \\d+ · ${COUNTER_LABEL}$`) });
    await counter.waitFor();
    await desk.getByRole('listitem').filter({ has: counter }).getByRole('button', { name: 'Buka loket' }).click();
    await desk.getByRole('button', { name: 'Buka dan mulai melayani' }).click();
    await desk.getByText('Belum ada nomor yang dipanggil.').waitFor();

    // The line already says so: the appointment first, marked as one, then the walk-in.
    const line = desk.getByRole('table', { name: 'Antrean berikutnya untuk loket ini (10 teratas)' });
    const rows = line.getByRole('row').filter({ has: desk.getByRole('button') });
    await rows.nth(1).waitFor();
    expect(await rows.nth(0).getByRole('cell').first().textContent()).toBe(tickets.appointment);
    expect(await rows.nth(0).textContent()).toContain('Janji temu');
    expect(await rows.nth(1).getByRole('cell').first().textContent()).toBe(tickets.walkIn);

    await desk.getByRole('button', { name: 'Panggil berikutnya' }).click();
    const current = desk.getByRole('region', { name: 'Sedang dilayani' });
    await current.getByTestId('desk-current-number').waitFor();
    expect(await current.getByTestId('desk-current-number').textContent()).toBe(tickets.appointment);
    expect(await current.textContent()).toContain('Janji temu');
    await desk.getByRole('button', { name: `Panggil nomor ${tickets.walkIn}` }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows the booking as checked in among the citizen's appointments", async () => {
    if (!booked || !phone) throw new Error('Needs the booking above');
    const { page } = phone;
    await page.getByRole('link', { name: 'Janji temu saya', exact: true }).tap();
    await page.getByRole('heading', { level: 1, name: 'Janji temu saya' }).waitFor();
    // Checked in, it has left "Akan datang" for the history, where it can no longer be changed.
    // The code reads in two groups of four ("ABCD EFGH").
    const code = new RegExp(`${booked.code.slice(0, 4)} ?${booked.code.slice(4)}`);
    const card = page.getByRole('region', { name: 'Riwayat' }).getByRole('listitem').filter({ hasText: code });
    expect(await card.textContent()).toContain('Sudah lapor hadir');
    expect(await card.getByRole('button', { name: `Batalkan janji temu ${booked.code}` }).count()).toBe(0);
    expect(phone.problems).toEqual([]);
  });
});
