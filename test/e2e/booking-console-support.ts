import type { Page } from 'playwright-core';
import { readCode, uniqueEmail } from './support/citizen.js';
import { QUEUE_MPP } from './support/queue-pages.js';
import type { QueueServer } from './support/queue-server.js';

/**
 * Staging for the appointment screens of the console (the browser test and the screenshots):
 * the demo MPP, verified citizens who book through the real API, and staff calls made from a
 * signed-in console page (its cookie and CSRF token), all on the queue server's shifted clock.
 */

export const BOOKING_MPP = QUEUE_MPP;

export type DemoMpp = {
  id: string;
  slug: string;
  tenants: { id: string; shortName: string }[];
};

export type OfferedService = { id: string; slug: string; name: string; tenant: { id: string; shortName: string } };

export async function readMpp(server: QueueServer): Promise<DemoMpp> {
  return (await (await fetch(`${server.baseUrl}/api/v1/mpps/${BOOKING_MPP}`)).json()) as DemoMpp;
}

/** The services the demo catalogue offers at the MPP from one agency, by name. */
export async function servicesOf(server: QueueServer, mppId: string, tenantId: string): Promise<OfferedService[]> {
  const url = `${server.baseUrl}/api/v1/services?mppId=${mppId}&tenantId=${tenantId}&limit=100`;
  const { items } = (await (await fetch(url)).json()) as { items: OfferedService[] };
  return items.sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/** A staff call from a signed-in console page, with the session's CSRF token. */
export async function staffCall<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
    { method, path, body },
  );
  if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${answer.text}`);
  return (answer.text ? JSON.parse(answer.text) : undefined) as T;
}

let serial = 0;

/**
 * A citizen signed in by e-mail code (a bearer token), whose NIK the development registry
 * simulator confirms (any NIK not ending in 9999, any name without "SALAH").
 */
export async function verifiedCitizen(server: QueueServer, fullName: string): Promise<string> {
  serial += 1;
  const email = uniqueEmail('janji');
  const asked = await fetch(`${server.baseUrl}/api/v1/auth/otp`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel: 'email', destination: email }),
  });
  if (asked.status !== 202) throw new Error(`OTP: ${asked.status} ${await asked.text()}`);
  const { challengeId } = (await asked.json()) as { challengeId: string };
  const { code } = await readCode(server.baseUrl, email);
  const verified = await fetch(`${server.baseUrl}/api/v1/auth/otp/verify`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ challengeId, code, delivery: 'token' }),
  });
  if (verified.status !== 200) throw new Error(`OTP verify: ${verified.status} ${await verified.text()}`);
  const { token } = (await verified.json()) as { token: string };
  const nik = `3174051507${90}${String(((process.pid * 13 + serial * 7) % 8998) + 1).padStart(4, '0')}`;
  const profile = await fetch(`${server.baseUrl}/api/v1/me/profile`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ nik, fullName }),
  });
  if (profile.status !== 200) throw new Error(`profile: ${profile.status} ${await profile.text()}`);
  return token;
}

export type BookingMade = { id: string; code: string; status: string };

/** Books a slot ("2026-11-30T10:00") as the citizen. */
export async function book(server: QueueServer, token: string, serviceId: string, slot: string): Promise<BookingMade> {
  const response = await fetch(`${server.baseUrl}/api/v1/booking/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ mppId: BOOKING_MPP, serviceId, slot }),
  });
  if (response.status !== 201) throw new Error(`book ${slot}: ${response.status} ${await response.text()}`);
  return (await response.json()) as BookingMade;
}

export async function cancelBooking(server: QueueServer, token: string, id: string): Promise<void> {
  const response = await fetch(`${server.baseUrl}/api/v1/booking/bookings/${id}/cancel`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`cancel: ${response.status} ${await response.text()}`);
}

/**
 * A schedule a desk can check citizens in for at once: 15-minute slots bookable up to their
 * start (no notice), so a slot starting in a quarter of an hour is in its check-in window.
 */
export function deskSchedule(capacity: number, extra: Record<string, unknown> = {}) {
  return {
    isEnabled: true,
    slotMinutes: 15,
    capacity,
    windowDays: 14,
    release: { kind: 'rolling' },
    minNoticeMinutes: 0,
    changeCutoffMinutes: 0,
    maxPerWeek: 2,
    checkInEarlyMinutes: 30,
    checkInLateMinutes: 15,
    noShowLimit: 3,
    noShowBlockDays: 30,
    ...extra,
  };
}
