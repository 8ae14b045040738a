import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signInAs } from '../../../test/support/auth.js';
import { rollingSchedule, verifiedCitizen } from '../../../test/support/booking.js';
import { findDemoCounter, pairKiosk } from '../../../test/support/queue.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { TEST_CLOCK_START } from '../../../test/support/test-database.js';

/**
 * Appointments at MPP Kota Makassar (WITA). The clock starts on Wednesday 25 November 2026,
 * 11:00 local; each test uses a service of its own so their seats never meet.
 */

let t: TestApp;
let place: Awaited<ReturnType<typeof findDemoCounter>>;
let manager: Awaited<ReturnType<typeof signInAs>>;
let services: string[];

beforeAll(async () => {
  t = await createTestApp({ seedDemo: true });
  place = await findDemoCounter(t);
  manager = await signInAs(t, { role: 'mpp_manager', mppId: place.mppId });
  services = [...new Set(place.counters.flatMap((c) => c.services.map((s) => s.id)))];
  expect(services.length).toBeGreaterThanOrEqual(8);
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(TEST_CLOCK_START));

const base = (serviceId: string) => `/api/v1/booking/mpps/${place.mppSlug}/services/${serviceId}`;

async function schedule(serviceId: string, body: Record<string, unknown>) {
  const response = await t.app.inject({
    method: 'PUT',
    url: `${base(serviceId)}/schedule`,
    headers: manager.headers,
    payload: body,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function slotsOf(serviceId: string, query = '') {
  const response = await t.app.inject({ method: 'GET', url: `${base(serviceId)}/slots${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    days: {
      date: string;
      closedReason: string | null;
      slots: { key: string; seatsLeft: number; state: string; opensAt: string | null }[];
    }[];
  };
}

function book(headers: Record<string, string>, serviceId: string, slot: string, extra: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/booking/bookings',
    headers: { ...headers, ...extra },
    payload: { mppId: place.mppSlug, serviceId, slot },
  });
}

describe('schedules', () => {
  it('lets the MPP manager set a schedule that citizens read; another MPP manager cannot', async () => {
    const serviceId = services[0] as string;
    const saved = await schedule(serviceId, rollingSchedule(3));
    expect(saved).toMatchObject({ slotMinutes: 30, capacity: 3, release: { kind: 'rolling' } });
    const read = await t.app.inject({ method: 'GET', url: `${base(serviceId)}/schedule` });
    expect(read.json()).toMatchObject({ capacity: 3, windowDays: 14, mpp: { slug: place.mppSlug } });
    const [elsewhere] = await t.db.query<{ id: string }>('SELECT id FROM mpps WHERE id <> $1 LIMIT 1', [place.mppId]);
    const stranger = await signInAs(t, { role: 'mpp_manager', mppId: elsewhere?.id as string });
    const refused = await t.app.inject({
      method: 'PUT',
      url: `${base(serviceId)}/schedule`,
      headers: stranger.headers,
      payload: rollingSchedule(9),
    });
    expect(refused.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `${base(serviceId)}/schedule` })).json().capacity).toBe(3);

    // The MPP's list of services taking appointments (what its kiosk asks) has it.
    const listed = async () =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/booking/mpps/${place.mppSlug}/services` })).json();
    expect((await listed()).items.map((s: { id: string }) => s.id)).toContain(serviceId);
    expect((await listed()).mpp.slug).toBe(place.mppSlug);

    // Switched off: citizens see no appointments; the MPP's manager still reads it, to switch it on.
    await schedule(serviceId, rollingSchedule(3, { isEnabled: false }));
    expect((await listed()).items.map((s: { id: string }) => s.id)).not.toContain(serviceId);
    const hidden = await t.app.inject({ method: 'GET', url: `${base(serviceId)}/schedule` });
    expect(hidden.statusCode).toBe(404);
    const kept = await t.app.inject({ method: 'GET', url: `${base(serviceId)}/schedule`, headers: manager.headers });
    expect(kept.json()).toMatchObject({ isEnabled: false, capacity: 3 });
    const notTheirs = await t.app.inject({
      method: 'GET',
      url: `${base(serviceId)}/schedule`,
      headers: stranger.headers,
    });
    expect(notTheirs.statusCode).toBe(404);
    await schedule(serviceId, rollingSchedule(3));
  });

  it('refuses a schedule that cannot work, clearly, and changes nothing', async () => {
    const serviceId = services[0] as string;
    for (const bad of [
      rollingSchedule(0),
      rollingSchedule(2, { slotMinutes: 3 }),
      rollingSchedule(2, { release: { kind: 'weekly', weekday: 8, at: '14:00' } }),
      rollingSchedule(2, { release: { kind: 'weekly', weekday: 5, at: '25:00' } }),
      { ...rollingSchedule(2), extra: true },
    ]) {
      const response = await t.app.inject({
        method: 'PUT',
        url: `${base(serviceId)}/schedule`,
        headers: manager.headers,
        payload: bad,
      });
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('answers 404 for a service that takes no appointments here', async () => {
    const response = await t.app.inject({ method: 'GET', url: `${base(services[7] as string)}/slots` });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('booking.not_bookable');
    const [elsewhere] = await t.db.query<{ slug: string }>(
      'SELECT m.slug FROM mpps m WHERE NOT EXISTS (SELECT 1 FROM booking_schedules b WHERE b.mpp_id = m.id) LIMIT 1',
    );
    const none = await t.app.inject({ method: 'GET', url: `/api/v1/booking/mpps/${elsewhere?.slug}/services` });
    expect(none.statusCode, none.body).toBe(200);
    expect(none.json().items).toEqual([]);
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/booking/mpps/mpp-tidak-ada/services' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
  });
});

describe('slots', () => {
  it('follows the MPP hours: nothing in the Friday prayer break, nothing on Sunday', async () => {
    const serviceId = services[1] as string;
    await schedule(serviceId, rollingSchedule(2));
    const listing = await slotsOf(serviceId, '?from=2026-11-27&to=2026-11-29');
    const friday = listing.days.find((d) => d.date === '2026-11-27');
    const starts = (friday?.slots ?? []).map((s) => s.key.slice(11));
    expect(starts.length).toBeGreaterThan(4);
    expect(starts.filter((s) => s >= '11:30' && s < '13:00')).toEqual([]);
    expect(listing.days.find((d) => d.date === '2026-11-29')?.slots).toEqual([]);
    expect(friday?.slots.every((s) => s.seatsLeft === 2 && s.state === 'open')).toBe(true);
  });

  it('shows a week released on Friday 14:00 as not yet open, with the moment it opens', async () => {
    const serviceId = services[2] as string;
    await schedule(serviceId, rollingSchedule(2, { release: { kind: 'weekly', weekday: 5, at: '14:00' } }));
    const nextWeek = await slotsOf(serviceId, '?from=2026-11-30&to=2026-11-30');
    expect(nextWeek.days[0]?.slots[0]).toMatchObject({ state: 'not_yet_open', opensAt: '2026-11-27T14:00:00+08:00' });
    const citizen = await verifiedCitizen(t);
    const early = await book(citizen.headers, serviceId, '2026-11-30T09:00');
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'booking.not_yet_open', opensAt: '2026-11-27T14:00:00+08:00' });
    t.clock.set('2026-11-27T06:00:00Z'); // Friday 14:00 WITA
    // Two days on, the session has lapsed: a new one.
    const later = { authorization: `Bearer ${await t.identity.api.issueBearerSession(citizen.accountId)}` };
    const released = await book(later, serviceId, '2026-11-30T09:00');
    expect(released.statusCode, released.body).toBe(201);
  });

  it('closes a date the manager closes, with the reason citizens read', async () => {
    const serviceId = services[3] as string;
    await schedule(serviceId, rollingSchedule(2));
    const closed = await t.app.inject({
      method: 'PUT',
      url: `${base(serviceId)}/dates/2026-12-01`,
      headers: manager.headers,
      payload: { closed: true, reason: 'Pemeliharaan jaringan' },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toEqual({ cancelledBookings: 0 });
    const listing = await slotsOf(serviceId, '?from=2026-12-01&to=2026-12-01');
    expect(listing.days[0]).toMatchObject({ closedReason: 'Pemeliharaan jaringan', slots: [] });
  });
});

describe('booking', () => {
  it('books a seat for a citizen with a verified NIK, once a day, and frees it on cancel', async () => {
    const serviceId = services[4] as string;
    await schedule(serviceId, rollingSchedule(2));
    const unverified = await signInAs(t, { role: 'citizen' });
    const refused = await book(unverified.headers, serviceId, '2026-11-26T09:00');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('booking.nik_required');

    const citizen = await verifiedCitizen(t);
    const made = await book(citizen.headers, serviceId, '2026-11-26T09:00');
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      status: 'confirmed',
      date: '2026-11-26',
      startsAt: '2026-11-26T09:00:00+08:00',
      canChange: true,
    });
    expect(made.json().code).toMatch(/^[A-HJ-KM-NP-Z2-9]{8}$/);
    const seats = async () =>
      (await slotsOf(serviceId, '?from=2026-11-26&to=2026-11-26')).days[0]?.slots.find(
        (s) => s.key === '2026-11-26T09:00',
      )?.seatsLeft;
    expect(await seats()).toBe(1);

    const again = await book(citizen.headers, serviceId, '2026-11-26T10:00');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'booking.one_per_day' });

    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/booking/me/bookings', headers: citizen.headers });
    expect(mine.json().items.map((b: { id: string }) => b.id)).toEqual([made.json().id]);

    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/v1/booking/bookings/${made.json().id}/cancel`,
      headers: citizen.headers,
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
    expect(await seats()).toBe(2);
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/v1/booking/bookings/${made.json().id}/cancel`,
      headers: citizen.headers,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('booking.stale');
    // Someone else's booking is not found.
    const other = await verifiedCitizen(t);
    const foreign = await t.app.inject({
      method: 'POST',
      url: `/api/v1/booking/bookings/${made.json().id}/cancel`,
      headers: other.headers,
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('reads the citizen with their session, and never keeps them past the request', async () => {
    const serviceId = services[4] as string;
    await schedule(serviceId, rollingSchedule(2));
    // The session's first lookup reads the person too: not yet verified, so refused.
    const citizen = await signInAs(t, { role: 'citizen' });
    const refused = await book(citizen.headers, serviceId, '2026-11-26T11:00');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('booking.nik_required');
    expect(refused.json().detail).toContain('unverified');
    // The registry confirms the NIK (as if on another node): the next request, whose session
    // this node still remembers, must see it and not the person read with the first one.
    await t.db.query(
      `UPDATE citizen_profiles SET nik_hash = md5(account_id::text || 'fresh'), nik_masked = '3174**********02',
         nik_verification_status = 'match', nik_verification_source = 'simulator', nik_verified_at = now(), full_name = 'Warga Segar'
       WHERE account_id = $1`,
      [citizen.accountId],
    );
    const made = await book(citizen.headers, serviceId, '2026-11-26T11:00');
    expect(made.statusCode, made.body).toBe(201);
    // And a person blocked from booking is refused at once, whichever way they were read.
    await t.db.query("UPDATE citizen_profiles SET nik_verification_status = 'mismatch' WHERE account_id = $1", [
      citizen.accountId,
    ]);
    const again = await book(citizen.headers, serviceId, '2026-11-27T11:00');
    expect(again.statusCode).toBe(403);
    expect(again.json().code).toBe('booking.nik_required');
    expect(again.json().detail).toContain('mismatch');
  });

  it('holds a citizen to the weekly limit over any 7 days in a row, not calendar weeks', async () => {
    const serviceId = services[10] as string;
    expect(serviceId).toBeDefined();
    await schedule(serviceId, rollingSchedule(3, { maxPerWeek: 2 }));
    const citizen = await verifiedCitizen(t);
    for (const slot of ['2026-11-26T09:00', '2026-11-30T09:00'])
      expect((await book(citizen.headers, serviceId, slot)).statusCode).toBe(201);
    // Wednesday 2 December: 26 November to 2 December would hold three.
    const third = await book(citizen.headers, serviceId, '2026-12-02T09:00');
    expect(third.statusCode).toBe(409);
    expect(third.json()).toMatchObject({ code: 'booking.weekly_limit' });
    expect(third.json().detail).toContain('2');
    // Thursday 3 December: no 7 days in a row hold all three (26 November is a week before).
    expect((await book(citizen.headers, serviceId, '2026-12-03T09:00')).statusCode).toBe(201);
  });

  it('never seats more than the capacity when many book the last seat at once', async () => {
    const serviceId = services[5] as string;
    await schedule(serviceId, rollingSchedule(1));
    const citizens = await Promise.all(Array.from({ length: 12 }, () => verifiedCitizen(t)));
    const answers = await Promise.all(citizens.map((c) => book(c.headers, serviceId, '2026-11-26T13:00')));
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(11);
    const full = answers.find((a) => a.statusCode === 409)?.json();
    expect(full.code).toBe('booking.slot_full');
    // The nearest free slots come with the answer, none of them the full one.
    expect(full.alternatives.length).toBeGreaterThan(0);
    expect(full.alternatives.map((s: { key: string }) => s.key)).not.toContain('2026-11-26T13:00');
    const [row] = await t.db.query<{ booked: number; capacity: number }>(
      `SELECT booked, capacity FROM booking_slots WHERE service_id = $1`,
      [serviceId],
    );
    expect(row).toEqual({ booked: 1, capacity: 1 });
  });

  it('returns the first answer to a retried request with the same Idempotency-Key', async () => {
    const serviceId = services[6] as string;
    await schedule(serviceId, rollingSchedule(5));
    const citizen = await verifiedCitizen(t);
    const key = { 'idempotency-key': 'retry-0001-abcdef' };
    const [first, second] = await Promise.all([
      book(citizen.headers, serviceId, '2026-11-26T14:00', key),
      book(citizen.headers, serviceId, '2026-11-26T14:00', key),
    ]);
    const third = await book(citizen.headers, serviceId, '2026-11-26T14:00', key);
    const ok = [first, second, third].filter((r) => r.statusCode === 201);
    // Two at once: one is handled, the other is told the first is in flight (409) or replayed.
    for (const r of [first, second]) expect([201, 409]).toContain(r.statusCode);
    expect(third.statusCode).toBe(201);
    expect(third.headers['idempotent-replayed']).toBe('true');
    expect(new Set(ok.map((r) => r.json().id)).size).toBe(1);
    const [count] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM bookings WHERE service_id = $1 AND status = 'confirmed'`,
      [serviceId],
    );
    expect(count?.n).toBe(1);
    const reused = await book(citizen.headers, serviceId, '2026-11-26T15:00', key);
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('booking.idempotency_mismatch');
  });

  it('refuses a slot in the past, too close to its start, or that does not exist, and books nothing', async () => {
    const serviceId = services[4] as string;
    const citizen = await verifiedCitizen(t);
    const past = await book(citizen.headers, serviceId, '2026-11-25T08:00');
    expect(past.statusCode).toBe(422);
    expect(past.json().code).toBe('booking.slot_closed');
    const soon = await book(citizen.headers, serviceId, '2026-11-25T11:30');
    expect(soon.statusCode).toBe(422);
    for (const slot of ['2026-11-26T09:10', '2026-11-29T09:00', 'kemarin', '2026-02-30T09:00']) {
      const response = await book(citizen.headers, serviceId, slot);
      expect(response.statusCode, slot).toBe(404);
      expect(response.json().code).toBe('booking.slot_not_found');
    }
    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/booking/me/bookings', headers: citizen.headers });
    expect(mine.json().items).toEqual([]);
  });
});

describe('rescheduling', () => {
  const move = (headers: Record<string, string>, id: string, slot: string) =>
    t.app.inject({ method: 'POST', url: `/api/v1/booking/bookings/${id}/reschedule`, headers, payload: { slot } });
  const seatsAt = async (serviceId: string, key: string) =>
    (await slotsOf(serviceId, `?from=${key.slice(0, 10)}&to=${key.slice(0, 10)}`)).days[0]?.slots.find(
      (s) => s.key === key,
    )?.seatsLeft;
  const statusOf = async (id: string) =>
    (await t.db.query<{ status: string }>('SELECT status FROM bookings WHERE id = $1', [id]))[0]?.status;

  it('moves a booking in one step, the same day or another, and frees the old seat', async () => {
    const serviceId = services[8] as string;
    await schedule(serviceId, rollingSchedule(1));
    const citizen = await verifiedCitizen(t);
    const first = (await book(citizen.headers, serviceId, '2026-11-26T09:00')).json();
    const sameDay = await move(citizen.headers, first.id, '2026-11-26T10:00');
    expect(sameDay.statusCode, sameDay.body).toBe(200);
    expect(sameDay.json()).toMatchObject({ status: 'confirmed', startsAt: '2026-11-26T10:00:00+08:00' });
    expect(await statusOf(first.id)).toBe('cancelled');
    expect(await seatsAt(serviceId, '2026-11-26T09:00')).toBe(1);
    expect(await seatsAt(serviceId, '2026-11-26T10:00')).toBe(0);
    const nextDay = await move(citizen.headers, sameDay.json().id, '2026-11-27T09:00');
    expect(nextDay.statusCode, nextDay.body).toBe(200);
    const mine = (
      await t.app.inject({ method: 'GET', url: '/api/v1/booking/me/bookings', headers: citizen.headers })
    ).json().items as { status: string }[];
    expect(mine.filter((b) => b.status === 'confirmed')).toHaveLength(1);
  });

  it('keeps the old booking when the new slot is full, and answers with free slots', async () => {
    const serviceId = services[8] as string;
    const citizen = await verifiedCitizen(t);
    const other = await verifiedCitizen(t);
    const mineBooked = (await book(citizen.headers, serviceId, '2026-11-30T09:00')).json();
    expect((await book(other.headers, serviceId, '2026-11-30T10:00')).statusCode).toBe(201);
    const refused = await move(citizen.headers, mineBooked.id, '2026-11-30T10:00');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('booking.slot_full');
    expect(refused.json().alternatives.length).toBeGreaterThan(0);
    expect(await statusOf(mineBooked.id)).toBe('confirmed');
    expect(await seatsAt(serviceId, '2026-11-30T09:00')).toBe(0);
  });

  it('leaves the old booking intact when the database fails half-way', async () => {
    const serviceId = services[8] as string;
    const citizen = await verifiedCitizen(t);
    const kept = (await book(citizen.headers, serviceId, '2026-12-01T09:00')).json();
    // A fault after the old booking was ended and the new seat taken: writing the new booking fails.
    await t.db.exec(`
      CREATE FUNCTION fail_new_booking() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full (test)'; END $$;
      CREATE TRIGGER fail_new_booking BEFORE INSERT ON bookings FOR EACH ROW EXECUTE FUNCTION fail_new_booking();
    `);
    try {
      const failed = await move(citizen.headers, kept.id, '2026-12-01T11:00');
      expect(failed.statusCode).toBe(500);
    } finally {
      await t.db.exec('DROP TRIGGER fail_new_booking ON bookings; DROP FUNCTION fail_new_booking();');
    }
    expect(await statusOf(kept.id)).toBe('confirmed');
    expect(await seatsAt(serviceId, '2026-12-01T09:00')).toBe(0);
    expect(await seatsAt(serviceId, '2026-12-01T11:00')).toBe(1);
  });

  it('refuses to move a booking of someone else, one already cancelled, or past the cut-off', async () => {
    const serviceId = services[8] as string;
    const citizen = await verifiedCitizen(t);
    const made = (await book(citizen.headers, serviceId, '2026-12-02T09:00')).json();
    const stranger = await verifiedCitizen(t);
    expect((await move(stranger.headers, made.id, '2026-12-02T10:00')).statusCode).toBe(404);
    t.clock.set('2026-12-02T00:30:00Z'); // 08:30 WITA, within the 120-minute cut-off
    const late = { authorization: `Bearer ${await t.identity.api.issueBearerSession(citizen.accountId)}` };
    const tooLate = await move(late, made.id, '2026-12-02T13:00');
    expect(tooLate.statusCode).toBe(422);
    expect(tooLate.json().code).toBe('booking.not_changeable');
    expect(await statusOf(made.id)).toBe('confirmed');
  });
});

describe('check-in', () => {
  const checkInAtKiosk = (kiosk: Record<string, string>, code: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/booking/kiosk/check-in', headers: kiosk, payload: { code } });
  let kiosk: Record<string, string>;
  let serviceId: string;
  beforeAll(async () => {
    t.clock.set(TEST_CLOCK_START);
    kiosk = await pairKiosk(t, place.mppSlug, manager);
    serviceId = services[9] as string;
    await schedule(serviceId, rollingSchedule(4));
  });

  it('gives an on-time citizen an appointment-lane ticket, once, and says when check-in opens', async () => {
    const citizen = await verifiedCitizen(t);
    const made = (await book(citizen.headers, serviceId, '2026-11-26T10:00')).json();
    const early = await checkInAtKiosk(kiosk, made.code);
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({
      code: 'booking.check_in_window',
      window: { from: '2026-11-26T09:30:00+08:00', to: '2026-11-26T10:15:00+08:00' },
    });
    t.clock.set('2026-11-26T01:40:00Z'); // 09:40 WITA
    // Read out in two groups and typed in lower case, as people do.
    const spoken = `${made.code.slice(0, 4)} ${made.code.slice(4)}`.toLowerCase();
    const checked = await checkInAtKiosk(kiosk, spoken);
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json()).toMatchObject({ late: false, booking: { status: 'checked_in' } });
    expect(checked.json().booking.ticketId).toBe(checked.json().ticket.id);
    const ticket = (
      await t.app.inject({ method: 'GET', url: `/api/v1/queue/tickets/${checked.json().ticket.id}` })
    ).json();
    expect(ticket).toMatchObject({ channel: 'appointment', status: 'waiting' });
    const again = await checkInAtKiosk(kiosk, made.code);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('booking.stale');
  });

  it('turns a late arrival the same day into a walk-in ticket, and a counter may check in too', async () => {
    const citizen = await verifiedCitizen(t);
    const made = (await book(citizen.headers, serviceId, '2026-11-26T09:00')).json();
    t.clock.set('2026-11-26T02:30:00Z'); // 10:30 WITA, 90 minutes late
    const officer = await signInAs(t, { role: 'officer', mppId: place.mppId, tenantId: place.counter.tenant.id });
    const checked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/booking/mpps/${place.mppSlug}/check-in`,
      headers: officer.headers,
      payload: { code: made.code },
    });
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json().late).toBe(true);
    const ticket = (
      await t.app.inject({ method: 'GET', url: `/api/v1/queue/tickets/${checked.json().ticket.id}` })
    ).json();
    expect(ticket.channel).toBe('counter');
    // A code of another MPP's booking is not found at this kiosk.
    expect((await checkInAtKiosk(kiosk, 'ZZZZZZZZ')).statusCode).toBe(404);
  });

  it('records no-shows when the day ends, and blocks booking after three', async () => {
    const citizen = await verifiedCitizen(t);
    // A week apart, so the weekly limit never applies.
    for (const day of ['2026-11-26', '2026-12-03', '2026-12-09']) {
      t.clock.set(TEST_CLOCK_START);
      const headers = { authorization: `Bearer ${await t.identity.api.issueBearerSession(citizen.accountId)}` };
      const made = await book(headers, serviceId, `${day}T13:00`);
      expect(made.statusCode, made.body).toBe(201);
    }
    t.clock.set('2026-12-10T00:00:00Z');
    expect((await t.booking.jobs.runOnce()).noShows).toBeGreaterThanOrEqual(3);
    const headers = { authorization: `Bearer ${await t.identity.api.issueBearerSession(citizen.accountId)}` };
    const blocked = await book(headers, serviceId, '2026-12-14T13:00');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toMatchObject({ code: 'booking.blocked_no_shows' });
    // Thirty days after the last missed one (9 December).
    expect(blocked.json().detail).toContain('2027-01-08');
  });
});
