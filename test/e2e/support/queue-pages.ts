import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { IssuedTicket } from '../../../web/src/api/queue-types.js';
import { totpCode } from './console.js';
import type { QueueServer } from './queue-server.js';
import type { StaffCredentials } from './staff.js';

/** The demo MPP the queue journeys and screenshots use. */
export const QUEUE_MPP = 'mpp-kota-makassar';
/** Monday 30 November 2026, 09:30 WITA: the MPP is open, whatever day the tests run. */
export const MONDAY_MORNING = '2026-11-30T09:30:00+08:00';

/** Whether the server answers /kiosk and /layar/<mpp> with their own pages (kiosk.html, display.html). */
let servesEntries: boolean | undefined;

/**
 * A browser context on the queue server. Until the server sends kiosk.html for /kiosk and
 * display.html for /layar/<mpp>, those pages are fetched as the static files the build wrote.
 */
export async function openQueueContext(
  browser: Browser,
  server: QueueServer,
  viewport: { width: number; height: number },
  options: { touch?: boolean } = {},
): Promise<BrowserContext> {
  const touch = options.touch ?? false;
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport,
    locale: 'id-ID',
    hasTouch: touch,
    isMobile: touch && viewport.width < 500,
  });
  servesEntries ??= (
    await (await fetch(`${server.baseUrl}/kiosk`, { headers: { Accept: 'text/html' } })).text()
  ).includes('/assets/kiosk-');
  if (!servesEntries) {
    await context.route(/\/(kiosk|layar\/[^/?]+)(\?.*)?$/, (route) => {
      const url = new URL(route.request().url());
      const entry = url.pathname.startsWith('/kiosk') ? 'kiosk.html' : 'display.html';
      return route.continue({ url: `${url.origin}/${entry}${url.search}` });
    });
  }
  return context;
}

/**
 * The demo MPP's BPJS Kesehatan, with its manager and an officer of that agency: the people of the
 * queue and booking journeys and their screenshots.
 */
export async function makassarStaff(
  server: QueueServer,
  names: { manager: string; officer: string } = { manager: 'Rina Manajer', officer: 'Budi Petugas' },
): Promise<{
  mpp: { id: string; tenants: { id: string; shortName: string }[] };
  bpjs: { id: string; shortName: string };
  manager: StaffCredentials;
  officer: StaffCredentials;
}> {
  const mpp = (await (await fetch(`${server.baseUrl}/api/v1/mpps/${QUEUE_MPP}`)).json()) as {
    id: string;
    tenants: { id: string; shortName: string }[];
  };
  const bpjs = mpp.tenants.find((t) => t.shortName === 'BPJS Kesehatan');
  if (!bpjs) throw new Error('The demo seed has no BPJS Kesehatan at MPP Kota Makassar');
  const manager = await server.createStaff({
    displayName: names.manager,
    grants: [{ role: 'mpp_manager', mppId: mpp.id }],
  });
  const officer = await server.createStaff({
    displayName: names.officer,
    grants: [{ role: 'officer', mppId: mpp.id, tenantId: bpjs.id }],
  });
  return { mpp, bpjs, manager, officer };
}

const secrets = new Map<string, string>();

/** Signs staff in through the console; the one-time code follows the server's (shifted) clock. */
export async function signInQueueStaff(page: Page, server: QueueServer, staff: StaffCredentials): Promise<void> {
  await page.goto('/console/sign-in');
  await page.getByLabel('Alamat surel dinas').fill(staff.email);
  await page.getByLabel('Kata sandi').fill(staff.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  const code = page.getByLabel('Kode 6 angka');
  const home = page.getByRole('heading', { level: 1, name: /Selamat datang/ });
  await Promise.race([code.waitFor(), home.waitFor()]);
  if (await home.isVisible()) return;
  // The first sign-in enrols the authenticator (the page shows the secret); later ones reuse it.
  const shown = page.getByTestId('totp-secret');
  const secret = (await shown.count()) > 0 ? await shown.getAttribute('data-secret') : secrets.get(staff.email);
  if (!secret) throw new Error('The console asks for a code but no secret is known');
  secrets.set(staff.email, secret);
  await code.fill(totpCode(secret, server.clock.now().getTime()));
  await page.getByRole('button', { name: /^(Masuk|Aktifkan dan masuk)$/ }).click();
  await home.waitFor();
}

/**
 * Makes the services' queue settings (prefixes, quotas). The server makes them the first time
 * one is needed; the kiosk menu alone does not, so a manager's first look at the list does.
 */
export async function prepareServiceSettings(page: Page, mpp: string): Promise<void> {
  const status = await page.evaluate(async (ref) => (await fetch(`/api/v1/queue/mpps/${ref}/services`)).status, mpp);
  if (status !== 200) throw new Error(`GET /queue/mpps/${mpp}/services answered ${status}`);
}

/** A ticket issued at the kiosk through the API, as the kiosk page does. */
export async function issueAtKiosk(
  server: QueueServer,
  token: string,
  serviceId: string,
  priorityGroup?: string,
): Promise<IssuedTicket> {
  const response = await fetch(`${server.baseUrl}/api/v1/queue/kiosk/tickets`, {
    method: 'POST',
    headers: { 'X-Device-Token': token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ serviceId, ...(priorityGroup ? { priorityGroup } : {}) }),
  });
  if (response.status !== 201) throw new Error(`kiosk ticket: ${response.status} ${await response.text()}`);
  return (await response.json()) as IssuedTicket;
}
