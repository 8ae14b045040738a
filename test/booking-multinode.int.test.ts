import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppNode, listen, startSecondNode } from './support/app-nodes.js';
import { signInAs } from './support/auth.js';
import { rollingSchedule, verifiedCrowd } from './support/booking.js';
import { call, findDemoCounter } from './support/queue.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { TEST_CLOCK_START } from './support/test-database.js';

/**
 * A booking rush on two app nodes (two processes on PostgreSQL, each with its own pool): 2,000
 * citizens try at once for 100 seats, once as 100 slots of one seat, once as 10 slots of ten.
 * Every seat goes to exactly one citizen, no slot is over capacity, every loser is told so
 * (409, or 429/503 with Retry-After when a node sheds load and they gave up), and nothing
 * answers 500.
 */

const ATTEMPTS = 2_000;
const IN_FLIGHT = 64;
/** Tries of one citizen while the node answers 503 (busy), and the pause between them. */
const MAX_TRIES = 20;
const RETRY_MS = 50;
/** Every attempt comes from this one test process: no per-address limit; shedding stays on. */
const RUSH_TUNING = { guard: { perAddressPerMinute: 1_000_000 } };

let t: TestApp;
let nodeA: AppNode;
let nodeB: AppNode;
let place: Awaited<ReturnType<typeof findDemoCounter>>;
let crowd: { authorization: string }[];
let services: string[];

beforeAll(async () => {
  t = await createTestApp({ seedDemo: true, bookingTuning: RUSH_TUNING });
  place = await findDemoCounter(t);
  services = [...new Set(place.counters.flatMap((c) => c.services.map((s) => s.id)))];
  const manager = await signInAs(t, { role: 'mpp_manager', mppId: place.mppId });
  for (const [k, capacity] of [1, 10].entries()) {
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/booking/mpps/${place.mppSlug}/services/${services[k]}/schedule`,
      headers: manager.headers,
      payload: rollingSchedule(capacity, { maxPerWeek: 14 }),
    });
    if (saved.statusCode !== 200) throw new Error(saved.body);
  }
  crowd = await verifiedCrowd(t, ATTEMPTS);
  nodeA = await listen(t);
  nodeB = await startSecondNode(t, TEST_CLOCK_START, { bookingTuning: RUSH_TUNING });
}, 300_000);

afterAll(async () => {
  await nodeB?.close();
  await t?.close();
}, 120_000);

/** The first `count` open slots of the service, from the public listing. */
async function openSlots(serviceId: string, count: number): Promise<string[]> {
  const listing = await call(
    nodeA.baseUrl,
    'GET',
    `/api/v1/booking/mpps/${place.mppSlug}/services/${serviceId}/slots`,
    {},
  );
  expect(listing.status).toBe(200);
  const days = listing.body.days as { slots: { key: string; state: string }[] }[];
  const keys = days.flatMap((d) => d.slots.filter((s) => s.state === 'open').map((s) => s.key));
  expect(keys.length).toBeGreaterThanOrEqual(count);
  return keys.slice(0, count);
}

/** Every citizen of the crowd tries one of the slots, half through each node, 64 at a time. */
async function rush(serviceId: string, slots: string[]) {
  const answers: { status: number; code?: string; retryAfter?: boolean }[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      for (;;) {
        const k = next++;
        if (k >= ATTEMPTS) return;
        const node = k % 2 === 0 ? nodeA : nodeB;
        // A node that sheds load answers 503 with Retry-After, and the citizen's app tries again
        // (here sooner than asked, to keep the test short); the last answer is theirs.
        for (let tries = 1; ; tries++) {
          const response = await fetch(`${node.baseUrl}/api/v1/booking/bookings`, {
            method: 'POST',
            headers: { ...crowd[k], 'content-type': 'application/json' },
            body: JSON.stringify({ mppId: place.mppSlug, serviceId, slot: slots[(k * 7919) % slots.length] }),
          });
          const body = (await response.json()) as { code?: string };
          const retryAfter = response.headers.has('retry-after');
          if (response.status === 503 && retryAfter && tries < MAX_TRIES) {
            await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
            continue;
          }
          answers.push({ status: response.status, ...(body.code ? { code: body.code } : {}), retryAfter });
          break;
        }
      }
    }),
  );
  return answers;
}

async function seatsOf(serviceId: string) {
  return t.db.query<{ starts_at: Date; capacity: number; booked: number; confirmed: number }>(
    `SELECT s.starts_at, s.capacity, s.booked,
       (SELECT count(*)::int FROM bookings b WHERE b.service_id = s.service_id AND b.starts_at = s.starts_at AND b.status = 'confirmed') AS confirmed
     FROM booking_slots s WHERE s.service_id = $1`,
    [serviceId],
  );
}

describe('a booking rush on two app nodes', () => {
  for (const [k, shape] of [
    { slots: 100, capacity: 1 },
    { slots: 10, capacity: 10 },
  ].entries()) {
    it(`gives ${shape.slots} slots of ${shape.capacity} seat(s) to exactly ${shape.slots * shape.capacity} of ${ATTEMPTS} citizens`, async () => {
      const serviceId = services[k] as string;
      const slots = await openSlots(serviceId, shape.slots);
      const answers = await rush(serviceId, slots);
      expect(answers).toHaveLength(ATTEMPTS);
      const booked = answers.filter((a) => a.status === 201).length;
      const refused = answers.filter(
        (a) => a.status === 409 || ((a.status === 429 || a.status === 503) && a.retryAfter),
      );
      expect(answers.filter((a) => a.status >= 500 && a.status !== 503)).toEqual([]);
      expect(booked + refused.length).toBe(ATTEMPTS);
      expect(booked).toBe(shape.slots * shape.capacity);
      expect(new Set(answers.filter((a) => a.status === 409).map((a) => a.code))).toEqual(
        new Set(['booking.slot_full']),
      );
      const seats = await seatsOf(serviceId);
      expect(seats).toHaveLength(shape.slots);
      for (const seat of seats) {
        expect(seat.booked).toBe(shape.capacity);
        expect(seat.confirmed).toBe(seat.booked);
      }
    }, 600_000);
  }
});
