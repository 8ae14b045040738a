import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signInAs } from '../../../test/support/auth.js';
import { rollingSchedule, verifiedCitizen } from '../../../test/support/booking.js';
import { findDemoCounter } from '../../../test/support/queue.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { TEST_CLOCK_START } from '../../../test/support/test-database.js';

/**
 * The waitlist of a full day at MPP Kota Makassar (WITA): Monday 30 November has two slots of
 * one seat (09:00 and 09:30). The clock starts on Wednesday 25 November 2026, 11:00 local.
 */

let t: TestApp;
let place: Awaited<ReturnType<typeof findDemoCounter>>;
let manager: Awaited<ReturnType<typeof signInAs>>;
let serviceId: string;
const DAY = '2026-11-30';

beforeAll(async () => {
  t = await createTestApp({ seedDemo: true });
  place = await findDemoCounter(t);
  manager = await signInAs(t, { role: 'mpp_manager', mppId: place.mppId });
  serviceId = place.serviceId;
  const base = `/api/v1/booking/mpps/${place.mppSlug}/services/${serviceId}`;
  const saved = await t.app.inject({
    method: 'PUT',
    url: `${base}/schedule`,
    headers: manager.headers,
    payload: rollingSchedule(1),
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const narrowed = await t.app.inject({
    method: 'PUT',
    url: `${base}/dates/${DAY}`,
    headers: manager.headers,
    payload: { periods: [{ opens: '09:00', closes: '10:00' }] },
  });
  expect(narrowed.statusCode, narrowed.body).toBe(200);
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(TEST_CLOCK_START));

type Headers = Record<string, string>;

const post = (url: string, headers: Headers, payload?: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });

async function book(headers: Headers, slot: string) {
  const response = await post('/api/v1/booking/bookings', headers, { mppId: place.mppSlug, serviceId, slot });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; code: string };
}

const join = (headers: Headers, date = DAY) =>
  post('/api/v1/booking/waitlist', headers, { mppId: place.mppSlug, serviceId, date });

async function entryOf(headers: Headers, id: string) {
  const response = await t.app.inject({ method: 'GET', url: '/api/v1/booking/me/waitlist', headers });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { id: string; status: string; position: number | null; offer: unknown }[]).find(
    (e) => e.id === id,
  );
}

async function seatsLeft(starts: string) {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/booking/mpps/${place.mppSlug}/services/${serviceId}/slots?from=${DAY}&to=${DAY}`,
  });
  return response.json().days[0].slots.find((s: { starts: string }) => s.starts === starts)?.seatsLeft;
}

describe('waitlist', () => {
  it('holds a freed seat for the first in line, who accepts it; a lapsed offer goes to the next or back on sale', async () => {
    const [first, second, third, fourth] = [
      await verifiedCitizen(t),
      await verifiedCitizen(t),
      await verifiedCitizen(t),
      await verifiedCitizen(t),
    ] as const;
    const early = await join(third.headers);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'booking.day_has_seats', status: 409 });

    const a = await book(first.headers, `${DAY}T09:00`);
    const b = await book(second.headers, `${DAY}T09:30`);
    const thirdIn = await join(third.headers);
    expect(thirdIn.statusCode, thirdIn.body).toBe(201);
    expect(thirdIn.json()).toMatchObject({ status: 'waiting', position: 1, date: DAY, offer: null });
    const fourthIn = await join(fourth.headers);
    expect(fourthIn.json()).toMatchObject({ position: 2 });
    expect((await join(third.headers)).json().code).toBe('booking.already_waiting');
    expect((await join(first.headers)).json().code).toBe('booking.one_per_day');

    // The 09:00 booking is cancelled: its seat is held for the third citizen, not put back on sale.
    expect((await post(`/api/v1/booking/bookings/${a.id}/cancel`, first.headers)).statusCode).toBe(200);
    expect(await seatsLeft('09:00')).toBe(0);
    const offered = await entryOf(third.headers, thirdIn.json().id);
    expect(offered).toMatchObject({
      status: 'offered',
      offer: { startsAt: `${DAY}T09:00:00+08:00`, expiresAt: '2026-11-25T11:30:00+08:00' },
    });
    expect((await entryOf(fourth.headers, fourthIn.json().id))?.position).toBe(1);
    const [told] = await t.db.query<{ params: Record<string, string> }>(
      "SELECT params FROM outbox_messages WHERE account_id = $1 AND event = 'booking.waitlist_offered'",
      [third.accountId],
    );
    expect(told?.params).toMatchObject({ when: 'Sen, 30 Nov 2026 09.00 WITA', expires: '11.30 WITA' });

    // Someone else cannot take the held seat, and cannot accept another's offer.
    expect((await post(`/api/v1/booking/waitlist/${thirdIn.json().id}/accept`, fourth.headers)).statusCode).toBe(404);
    const accepted = await post(`/api/v1/booking/waitlist/${thirdIn.json().id}/accept`, third.headers);
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json()).toMatchObject({ status: 'confirmed', startsAt: `${DAY}T09:00:00+08:00` });
    expect(await entryOf(third.headers, thirdIn.json().id)).toMatchObject({ status: 'booked' });
    expect(await seatsLeft('09:00')).toBe(0);

    // The 09:30 booking is cancelled: the fourth is offered it but lets the offer lapse.
    expect((await post(`/api/v1/booking/bookings/${b.id}/cancel`, second.headers)).statusCode).toBe(200);
    expect(await entryOf(fourth.headers, fourthIn.json().id)).toMatchObject({ status: 'offered' });
    t.clock.set('2026-11-25T03:31:00Z');
    expect((await t.booking.jobs.runOnce()).lapsed).toBeGreaterThanOrEqual(1);
    expect(await entryOf(fourth.headers, fourthIn.json().id)).toMatchObject({ status: 'expired', offer: null });
    expect(await seatsLeft('09:30')).toBe(1);
    const late = await post(`/api/v1/booking/waitlist/${fourthIn.json().id}/accept`, fourth.headers);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('booking.offer_gone');
  });

  it('lets a citizen leave the line, and refuses a day outside the window or not yet released', async () => {
    const citizen = await verifiedCitizen(t);
    const other = await verifiedCitizen(t);
    await book(other.headers, `${DAY}T09:30`).catch(() => undefined);
    const taken = await verifiedCitizen(t);
    const full = await t.app.inject({
      method: 'GET',
      url: `/api/v1/booking/mpps/${place.mppSlug}/services/${serviceId}/slots?from=${DAY}&to=${DAY}`,
    });
    for (const slot of full.json().days[0].slots) if (slot.seatsLeft > 0) await book(taken.headers, slot.key);
    const joined = await join(citizen.headers);
    expect(joined.statusCode, joined.body).toBe(201);
    const left = await post(`/api/v1/booking/waitlist/${joined.json().id}/leave`, citizen.headers);
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json()).toMatchObject({ status: 'left', position: null });
    expect((await post(`/api/v1/booking/waitlist/${joined.json().id}/leave`, citizen.headers)).statusCode).toBe(409);

    const outside = await join(citizen.headers, '2027-03-01');
    expect(outside.statusCode).toBe(422);
    expect(outside.headers['content-type']).toContain('application/problem+json');
    const malformed = await post('/api/v1/booking/waitlist', citizen.headers, {
      mppId: place.mppSlug,
      serviceId,
      date: '2026-13-01',
    });
    expect(malformed.statusCode).toBe(400);
  });

  it('offers the seats a manager opens to those waiting, first in line first, and tells them', async () => {
    const base = `/api/v1/booking/mpps/${place.mppSlug}/services/${serviceId}`;
    const put = (path: string, payload: Record<string, unknown>) =>
      t.app.inject({ method: 'PUT', url: `${base}${path}`, headers: manager.headers, payload });
    const offeredTo = async (accountId: string) =>
      (
        await t.db.query<{ params: Record<string, string> }>(
          "SELECT params FROM outbox_messages WHERE account_id = $1 AND event = 'booking.waitlist_offered'",
          [accountId],
        )
      ).map((m) => m.params.when);
    // Tuesday 1 December: one slot of one seat, booked; two citizens wait.
    const TUESDAY = '2026-12-01';
    expect((await put(`/dates/${TUESDAY}`, { periods: [{ opens: '09:00', closes: '09:30' }] })).statusCode).toBe(200);
    const [holder, first, second] = [await verifiedCitizen(t), await verifiedCitizen(t), await verifiedCitizen(t)];
    await book(holder.headers, `${TUESDAY}T09:00`);
    const firstIn = (await join(first.headers, TUESDAY)).json();
    const secondIn = (await join(second.headers, TUESDAY)).json();
    expect(secondIn).toMatchObject({ status: 'waiting', position: 2 });

    // The manager gives the day two seats a slot: the new seat is held for the first in line.
    const raised = await put(`/dates/${TUESDAY}`, { periods: [{ opens: '09:00', closes: '09:30' }], capacity: 2 });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(await entryOf(first.headers, firstIn.id)).toMatchObject({
      status: 'offered',
      offer: { startsAt: `${TUESDAY}T09:00:00+08:00` },
    });
    expect(await entryOf(second.headers, secondIn.id)).toMatchObject({ status: 'waiting', position: 1 });
    expect(await offeredTo(first.accountId)).toEqual(['Sel, 1 Des 2026 09.00 WITA']);

    // Then a longer day (09:00-10:00): the 09:30 slot's two seats; one is offered to the second,
    // the other is on sale, as nobody else waits.
    const longer = await put(`/dates/${TUESDAY}`, { periods: [{ opens: '09:00', closes: '10:00' }], capacity: 2 });
    expect(longer.statusCode, longer.body).toBe(200);
    expect(await entryOf(second.headers, secondIn.id)).toMatchObject({
      status: 'offered',
      offer: { startsAt: `${TUESDAY}T09:30:00+08:00` },
    });
    const slots = await t.app.inject({ method: 'GET', url: `${base}/slots?from=${TUESDAY}&to=${TUESDAY}` });
    expect(
      slots.json().days[0].slots.map((x: { starts: string; seatsLeft: number }) => [x.starts, x.seatsLeft]),
    ).toEqual([
      ['09:00', 0],
      ['09:30', 1],
    ]);

    // A larger capacity in the schedule does the same for every day with a line (Wednesday).
    const WEDNESDAY = '2026-12-02';
    expect((await put(`/dates/${WEDNESDAY}`, { periods: [{ opens: '09:00', closes: '09:30' }] })).statusCode).toBe(200);
    const [other, waiting] = [await verifiedCitizen(t), await verifiedCitizen(t)];
    await book(other.headers, `${WEDNESDAY}T09:00`);
    const waitingIn = (await join(waiting.headers, WEDNESDAY)).json();
    const schedule = await put('/schedule', rollingSchedule(2));
    expect(schedule.statusCode, schedule.body).toBe(200);
    expect(await entryOf(waiting.headers, waitingIn.id)).toMatchObject({
      status: 'offered',
      offer: { startsAt: `${WEDNESDAY}T09:00:00+08:00` },
    });
    const [audited] = await t.db.query<{ details: { offeredToWaitlist: number } }>(
      "SELECT details FROM audit_events WHERE action = 'booking.schedule_saved' ORDER BY seq DESC LIMIT 1",
    );
    expect(audited?.details.offeredToWaitlist).toBe(1);
    expect((await put('/schedule', rollingSchedule(1))).statusCode).toBe(200);
  });
});
