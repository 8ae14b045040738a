import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KioskMenu } from '../../web/src/api/queue-types.js';
import { launchChromium } from './support/browser.js';
import {
  issueAtKiosk,
  makassarStaff,
  MONDAY_MORNING,
  openQueueContext,
  prepareServiceSettings,
  QUEUE_MPP,
  signInQueueStaff,
} from './support/queue-pages.js';
import { type QueueServer, startQueueServer } from './support/queue-server.js';
import type { StaffCredentials } from './support/staff.js';

/**
 * A morning at the queue: a manager pairs a kiosk, a visitor takes a number on its touch screen,
 * an officer calls numbers from the counter desk with the keyboard, the TV board shows and
 * speaks each call in turn, and the citizen's phone is told which counter to go to.
 */

let server: QueueServer;
let browser: Browser;
let officer: StaffCredentials;
let pairQuery = '';
let token = '';
let serviceIds: string[] = [];
/** The citizen's ticket and the counter desk that called it, for the steps after the call. */
let called: { displayNumber: string; deskPath: string } | undefined;

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking).toEqual([]);
}

beforeAll(async () => {
  server = await startQueueServer({ startAt: MONDAY_MORNING });
  browser = await launchChromium();
  const staff = await makassarStaff(server);
  const { bpjs, manager } = staff;
  officer = staff.officer;

  const context = await openQueueContext(browser, server, { width: 1280, height: 900 });
  const page = await context.newPage();
  await signInQueueStaff(page, server, manager);
  await page.goto(`/console/antrean?mpp=${QUEUE_MPP}`);
  await prepareServiceSettings(page, QUEUE_MPP);
  await page.getByLabel('Nama perangkat').fill('Anjungan uji');
  await page.getByRole('button', { name: 'Buat perangkat anjungan' }).click();
  pairQuery = new URL((await page.getByTestId('device-pair-url').textContent()) ?? '').search;
  token = new URLSearchParams(pairQuery).get('pair') ?? '';
  await context.close();

  const menu = (await (
    await fetch(`${server.baseUrl}/api/v1/queue/kiosk/menu`, { headers: { 'X-Device-Token': token } })
  ).json()) as KioskMenu;
  serviceIds = (menu.tenants.find((t) => t.id === bpjs.id)?.services ?? []).filter((s) => s.isOpen).map((s) => s.id);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the kiosk', () => {
  it('says it is not paired when it has no device token', async () => {
    const context = await openQueueContext(browser, server, { width: 1280, height: 800 }, { touch: true });
    const page = await context.newPage();
    await page.goto('/kiosk');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Anjungan ini belum dipasangkan');
    await context.close();
  });

  it('keeps the pairing token out of the address and prints one ticket from touches alone', async () => {
    const context = await openQueueContext(browser, server, { width: 1280, height: 800 }, { touch: true });
    await context.addInitScript(
      'window.__prints = 0; window.print = () => { window.__prints += 1; window.dispatchEvent(new Event("afterprint")); };',
    );
    const page = await context.newPage();
    const askedForAppointments = page.waitForResponse((r) =>
      /\/api\/v1\/booking\/mpps\/[^/]+\/services$/.test(r.url()),
    );
    await page.goto(`/kiosk${pairQuery}`);
    await page.getByRole('heading', { name: 'Sentuh instansi yang ingin Anda tuju' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    // No service of this MPP takes appointments: the kiosk offers no appointment check-in.
    expect((await (await askedForAppointments).json()).items).toEqual([]);
    await page.waitForTimeout(200);
    expect(await page.getByRole('button', { name: /^Saya punya janji temu/ }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page);

    await page.locator('.kiosk-choice', { hasText: 'BPJS Kesehatan' }).first().tap();
    await page.locator('.kiosk-choice:not([disabled])').first().tap();
    await page.getByRole('button', { name: 'Tidak', exact: true }).tap();
    await page.getByRole('button', { name: 'Ambil nomor antrean' }).tap();
    const number = page.getByTestId('kiosk-ticket-number');
    await number.waitFor();
    expect(await number.textContent()).toMatch(/^[A-Z]{1,2}-\d{3}$/);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __prints: number }).__prints)).toBe(1);
    expect(await page.locator('.print-ticket svg').count()).toBe(1);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });
});

describe('calling from the counter desk', () => {
  it('shows and speaks every call in turn, and tells the citizen where to go', async () => {
    const first = serviceIds[0];
    if (!first) throw new Error('No open BPJS Kesehatan service');
    // Two numbers before the citizen's, so the desk has calls to make first.
    await issueAtKiosk(server, token, first);
    await issueAtKiosk(server, token, first);
    const mine = await issueAtKiosk(server, token, first);

    // The TV: sound allowed, speech that takes a while, and a record of any cancel.
    const boardContext = await openQueueContext(browser, server, { width: 1920, height: 1080 });
    await boardContext.addInitScript(`
      window.__cancels = 0;
      speechSynthesis.cancel = () => { window.__cancels += 1; };
      speechSynthesis.speak = (u) => { setTimeout(() => u.onend && u.onend(new Event('end')), 150); };
    `);
    const board = await boardContext.newPage();
    await board.goto(`/layar/${QUEUE_MPP}`);
    await board.locator('.board__header').waitFor();
    // A TV's browser may keep sound locked until someone touches it: the board then asks with
    // "Aktifkan suara" (its autoplay probe gives up after 0.7 s, sooner on a busy machine) and
    // the operator touches it once (docs/queue.md). Calls wait in the queue meanwhile.
    const gate = board.getByRole('button', { name: 'Aktifkan suara' });
    await gate.waitFor({ timeout: 3_000 }).then(
      () => gate.click(),
      () => undefined,
    );
    await expectNoSeriousAxeViolations(board);

    const phoneContext = await openQueueContext(browser, server, { width: 360, height: 740 }, { touch: true });
    const phone = await phoneContext.newPage();
    const status = new URL(mine.statusUrl);
    await phone.goto(`${status.pathname}${status.search}`);
    await phone.getByTestId('ticket-number').waitFor();
    await expectNoSeriousAxeViolations(phone);

    const deskContext = await openQueueContext(browser, server, { width: 1280, height: 900 });
    const desk = await deskContext.newPage();
    await signInQueueStaff(desk, server, officer);
    await desk.goto('/console/loket');
    await desk.getByRole('button', { name: 'Buka loket' }).first().click();
    await desk.getByRole('button', { name: 'Buka dan mulai melayani' }).click();
    await desk.getByText('Belum ada nomor yang dipanggil.').waitFor();

    // A shortcut typed into a text field is text, not an action.
    await desk.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'typing-test';
      input.setAttribute('aria-label', 'uji');
      document.querySelector('main')?.append(input);
      input.focus();
    });
    await desk.keyboard.press('n');
    await desk.waitForTimeout(600);
    expect(await desk.getByTestId('desk-current-number').count()).toBe(0);
    await desk.evaluate(() => document.getElementById('typing-test')?.remove());

    await desk.keyboard.press('n');
    await desk.getByTestId('desk-current-number').waitFor();
    const firstCalled = await desk.getByTestId('desk-current-number').textContent();
    await desk.keyboard.press('s');
    await desk.waitForTimeout(400);
    await desk.keyboard.press('f');
    await desk.getByText('Belum ada nomor yang dipanggil.').waitFor();
    await desk.keyboard.press('n');
    await desk.waitForFunction(
      (previous) => document.querySelector('[data-testid="desk-current-number"]')?.textContent !== previous,
      firstCalled,
    );
    await expectNoSeriousAxeViolations(desk);

    await board.waitForFunction(() => {
      const log = (window as unknown as { __satupintuSpeech?: { spoken: string[]; pending: string[] } })
        .__satupintuSpeech;
      return log !== undefined && log.spoken.length >= 4 && log.pending.length === 0;
    });
    const log = await board.evaluate(
      () => (window as unknown as { __satupintuSpeech: { spoken: string[] } }).__satupintuSpeech.spoken,
    );
    expect(log).toHaveLength(4);
    expect(log[0]).toBe(log[1]);
    expect(log[2]).toBe(log[3]);
    expect(log[0]).not.toBe(log[2]);
    expect(log[0]).toMatch(/^Nomor antrean .+, silakan menuju loket .+$/);
    expect(await board.evaluate(() => (window as unknown as { __cancels: number }).__cancels)).toBe(0);

    // The citizen's number, called out of turn: the phone says which counter.
    await desk.keyboard.press('s');
    await desk.waitForTimeout(400);
    await desk.keyboard.press('f');
    await desk.getByText('Belum ada nomor yang dipanggil.').waitFor();
    await desk.getByRole('button', { name: `Panggil nomor ${mine.displayNumber}` }).click();
    await phone.locator('.ticket-callout').waitFor();
    expect(await phone.locator('.ticket-callout__counter').textContent()).toMatch(/^Silakan menuju Loket \d+$/);
    called = { displayNumber: mine.displayNumber, deskPath: new URL(desk.url()).pathname };

    await Promise.all([boardContext.close(), phoneContext.close(), deskContext.close()]);
  });

  it('puts a no-show back in line and calls a number typed at the desk', async () => {
    if (!called) throw new Error('Needs the call above: the citizen number is at the desk');
    const { displayNumber, deskPath } = called;
    const context = await openQueueContext(browser, server, { width: 1280, height: 900 });
    const desk = await context.newPage();
    await signInQueueStaff(desk, server, officer);
    await desk.goto(deskPath);
    await desk.getByTestId('desk-current-number').waitFor();
    expect(await desk.getByTestId('desk-current-number').textContent()).toBe(displayNumber);

    // The citizen does not come: the number leaves the desk for the missed-call list.
    await desk.keyboard.press('x');
    const recycle = desk.getByRole('button', { name: `Kembalikan ${displayNumber} ke antrean` });
    await recycle.waitFor();
    expect(await desk.getByTestId('desk-current-number').count()).toBe(0);

    // They turn up within the grace period: back in line, and no longer in the missed-call list.
    await recycle.click();
    await desk.getByRole('button', { name: `Panggil nomor ${displayNumber}` }).waitFor();
    await desk.getByText('Tidak ada nomor tidak hadir yang masih dapat dikembalikan.').waitFor();
    await expectNoSeriousAxeViolations(desk);

    // A number the desk cannot see is refused in words; the citizen's, typed loosely, is called.
    await desk.keyboard.press('c');
    const typed = desk.getByLabel('Ketik nomor antrean');
    await typed.fill('ZZ-999');
    await desk.getByRole('button', { name: 'Panggil', exact: true }).click();
    await desk.getByText('Nomor ZZ-999 tidak ada di daftar yang terlihat', { exact: false }).waitFor();
    await typed.fill(displayNumber.replace('-', ' ').toLowerCase());
    await desk.getByRole('button', { name: 'Panggil', exact: true }).click();
    await desk.waitForFunction(
      (number) => document.querySelector('[data-testid="desk-current-number"]')?.textContent === number,
      displayNumber,
    );
    await context.close();
  });
});
