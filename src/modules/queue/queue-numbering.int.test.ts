import fc from 'fast-check';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../../../test/support/auth.js';
import { findDemoCounter } from '../../../test/support/queue.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

/**
 * Numbering across the three zones (property, against a model): a ticket's service day is the
 * date on the MPP's own clock (at 08:00 WIT in Jayapura it is still the day before in UTC), and
 * each service's numbers start at 001 on each service day and go up by one.
 */

const MPPS = ['mpp-kota-surabaya', 'mpp-kota-makassar', 'mpp-kota-jayapura'] as const;
const ZONES: Record<(typeof MPPS)[number], string> = {
  'mpp-kota-surabaya': 'Asia/Jakarta',
  'mpp-kota-makassar': 'Asia/Makassar',
  'mpp-kota-jayapura': 'Asia/Jayapura',
};

let t: TestApp;
const serviceOf: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ seedDemo: true });
  for (const slug of MPPS) serviceOf[slug] = (await findDemoCounter(t, slug)).serviceId;
});
afterAll(() => t.close());

describe('ticket numbers by service day', () => {
  it('follow the local date of each zone and restart at 001 every service day', async () => {
    const issued = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...MPPS),
        fc.integer({ min: 0, max: 20 }),
        // Local time of day: 08:00 to 13:59, inside the demo MPPs' weekday hours (Friday's break aside).
        fc.integer({ min: 8 * 60, max: 13 * 60 + 59 }),
        async (slug, dayOffset, minuteOfDay) => {
          const local = DateTime.fromISO('2026-11-30T00:00', { zone: ZONES[slug] }).plus({
            days: dayOffset,
            minutes: minuteOfDay,
          });
          t.clock.set(local.toJSDate());
          // Sessions expire as the clock jumps days: sign in at each moment.
          const admin = await signInAs(t, { role: 'national_admin' });
          const response = await t.app.inject({
            method: 'POST',
            url: `/api/v1/queue/mpps/${slug}/tickets`,
            headers: admin.headers,
            payload: { serviceId: serviceOf[slug] },
          });
          if (response.statusCode === 422) {
            // Closed then (weekend, holiday, Friday prayers, last-ticket time): it says when it opens.
            expect(response.json().nextOpeningAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
            return;
          }
          expect(response.statusCode, response.body).toBe(201);
          const ticket = response.json() as { serviceDay: string; displayNumber: string };
          const day = local.toFormat('yyyy-MM-dd');
          expect(ticket.serviceDay).toBe(day);
          const key = `${slug}:${day}`;
          const expected = (issued.get(key) ?? 0) + 1;
          issued.set(key, expected);
          expect(ticket.displayNumber).toMatch(new RegExp(`-${String(expected).padStart(3, '0')}$`));
        },
      ),
      { numRuns: 40 },
    );
    // The run issued tickets in more than one zone.
    expect(new Set([...issued.keys()].map((k) => k.split(':')[0])).size).toBeGreaterThan(1);
  }, 120_000);

  it('dates a Jayapura ticket at 08:30 WIT by the local day, while UTC is still on the day before', async () => {
    t.clock.set('2026-12-06T23:30:00Z'); // Monday 7 December, 08:30 WIT
    const admin = await signInAs(t, { role: 'national_admin' });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/queue/mpps/mpp-kota-jayapura/tickets',
      headers: admin.headers,
      payload: { serviceId: serviceOf['mpp-kota-jayapura'] },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().serviceDay).toBe('2026-12-07');
    expect(response.json().issuedAt).toBe('2026-12-07T08:30:00+09:00');
  });
});
