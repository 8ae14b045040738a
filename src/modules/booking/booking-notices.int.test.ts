import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signInAs } from '../../../test/support/auth.js';
import { rollingSchedule, verifiedCitizen } from '../../../test/support/booking.js';
import { findDemoCounter } from '../../../test/support/queue.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { TEST_CLOCK_START } from '../../../test/support/test-database.js';

/**
 * What citizens are told about their appointments at MPP Kota Makassar (WITA): the confirmation
 * and its calendar file, the reminders, a booking the MPP had to cancel, and what staff see of a
 * day. The clock starts on Wednesday 25 November 2026, 11:00 local.
 */

let t: TestApp;
let place: Awaited<ReturnType<typeof findDemoCounter>>;
let manager: Awaited<ReturnType<typeof signInAs>>;
let services: { id: string; tenantId: string }[];

beforeAll(async () => {
  t = await createTestApp({ seedDemo: true });
  place = await findDemoCounter(t);
  manager = await signInAs(t, { role: 'mpp_manager', mppId: place.mppId });
  const seen = new Map<string, string>();
  for (const c of place.counters) for (const s of c.services) if (!seen.has(s.id)) seen.set(s.id, c.tenant.id);
  services = [...seen].map(([id, tenantId]) => ({ id, tenantId }));
  expect(services.length).toBeGreaterThanOrEqual(6);
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(TEST_CLOCK_START));

const base = (serviceId: string) => `/api/v1/booking/mpps/${place.mppSlug}/services/${serviceId}`;

async function open(serviceId: string, capacity = 2) {
  const response = await t.app.inject({
    method: 'PUT',
    url: `${base(serviceId)}/schedule`,
    headers: manager.headers,
    payload: rollingSchedule(capacity),
  });
  expect(response.statusCode, response.body).toBe(200);
}

async function book(headers: Record<string, string>, serviceId: string, slot: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/booking/bookings',
    headers,
    payload: { mppId: place.mppSlug, serviceId, slot },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; code: string; startsAt: string; status: string };
}

/** The messages written to the outbox for an account, oldest first. */
async function messagesTo(accountId: string) {
  return t.db.query<{ event: string; channel: string; recipient: string; params: Record<string, string> }>(
    'SELECT event, channel, recipient, params FROM outbox_messages WHERE account_id = $1 ORDER BY created_at, id',
    [accountId],
  );
}

async function phoneOf(accountId: string) {
  const [row] = await t.db.query<{ phone: string }>('SELECT phone FROM accounts WHERE id = $1', [accountId]);
  return row?.phone;
}

describe('confirmation', () => {
  it('sends the code and the local time to the citizen, and gives a calendar file that ical.js reads', async () => {
    const serviceId = services[0]?.id as string;
    await open(serviceId);
    const citizen = await verifiedCitizen(t);
    const made = await book(citizen.headers, serviceId, '2026-11-30T09:00');

    const sent = await messagesTo(citizen.accountId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      event: 'booking.confirmed',
      channel: 'sms',
      recipient: await phoneOf(citizen.accountId),
      params: { code: made.code, when: 'Sen, 30 Nov 2026 09.00 WITA', mpp: expect.stringContaining('Kota Makassar') },
    });
    // The dev channel shows the text as it would be sent.
    await t.notifications.worker.drain();
    const [text] = await t.notifications.api.devMessages({ to: (await phoneOf(citizen.accountId)) as string });
    expect(text?.body).toContain(made.code);

    const one = await t.app.inject({
      method: 'GET',
      url: `/api/v1/booking/bookings/${made.id}`,
      headers: citizen.headers,
    });
    expect(one.json()).toMatchObject({ id: made.id, changeableUntil: '2026-11-30T07:00:00+08:00', ticketId: null });

    const file = await t.app.inject({
      method: 'GET',
      url: `/api/v1/booking/bookings/${made.id}/calendar.ics`,
      headers: citizen.headers,
    });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-type']).toContain('text/calendar');
    expect(file.headers['content-disposition']).toContain(`janji-${made.code}.ics`);
    const calendar = new ICAL.Component(ICAL.parse(file.body));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0] as ICAL.Component);
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(made.startsAt).toISOString());
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(30 * 60_000);
    expect(event.description).toContain(made.code);
    expect(event.location).toContain('Kota Makassar');
    expect((events[0] as ICAL.Component).getAllSubcomponents('valarm')).toHaveLength(1);

    const stranger = await verifiedCitizen(t);
    const hidden = await t.app.inject({
      method: 'GET',
      url: `/api/v1/booking/bookings/${made.id}/calendar.ics`,
      headers: stranger.headers,
    });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.headers['content-type']).toContain('application/problem+json');
  });

  it('tells the citizen the new time and code after a reschedule', async () => {
    const serviceId = services[1]?.id as string;
    await open(serviceId);
    const citizen = await verifiedCitizen(t);
    const made = await book(citizen.headers, serviceId, '2026-11-30T09:00');
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/booking/bookings/${made.id}/reschedule`,
      headers: citizen.headers,
      payload: { slot: '2026-12-01T10:30' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const sent = await messagesTo(citizen.accountId);
    expect(sent.map((m) => m.event)).toEqual(['booking.confirmed', 'booking.rescheduled']);
    expect(sent[1]?.params).toMatchObject({ code: moved.json().code, when: 'Sel, 1 Des 2026 10.30 WITA' });
  });
});

describe('reminders', () => {
  it('reminds the day before and two hours before, once each, even when the job runs twice', async () => {
    const serviceId = services[2]?.id as string;
    await open(serviceId);
    const citizen = await verifiedCitizen(t);
    const made = await book(citizen.headers, serviceId, '2026-11-27T10:00'); // Friday 10:00 WITA
    const reminders = async () =>
      (await messagesTo(citizen.accountId)).filter((m) => m.event.startsWith('booking.reminder'));

    t.clock.set('2026-11-26T01:30:00Z'); // Thursday 09:30: more than a day ahead
    await t.booking.jobs.runOnce();
    expect(await reminders()).toEqual([]);

    t.clock.set('2026-11-26T02:05:00Z'); // Thursday 10:05
    await t.booking.jobs.runOnce();
    await t.booking.jobs.runOnce();
    expect((await reminders()).map((m) => [m.event, m.params.code])).toEqual([['booking.reminder_day', made.code]]);

    t.clock.set('2026-11-27T00:10:00Z'); // Friday 08:10
    await t.booking.jobs.runOnce();
    await t.booking.jobs.runOnce();
    expect((await reminders()).map((m) => m.event)).toEqual(['booking.reminder_day', 'booking.reminder_soon']);
    expect((await reminders())[1]?.params.when).toBe('Jum, 27 Nov 2026 10.00 WITA');
  });

  it('sends no reminder for a booking made closer to its start than the reminder, nor for a cancelled one', async () => {
    const serviceId = services[3]?.id as string;
    await open(serviceId);
    t.clock.set('2026-11-27T00:00:00Z'); // Friday 08:00
    const late = await verifiedCitizen(t);
    await book(late.headers, serviceId, '2026-11-27T09:30');
    const early = await verifiedCitizen(t);
    const dropped = await book(early.headers, serviceId, '2026-11-30T13:00');
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/v1/booking/bookings/${dropped.id}/cancel`,
      headers: early.headers,
    });
    expect(cancelled.statusCode).toBe(200);
    t.clock.set('2026-11-27T00:45:00Z'); // 08:45: 45 minutes before the first, 3 days before the second
    await t.booking.jobs.runOnce();
    t.clock.set('2026-11-30T04:00:00Z'); // Monday 12:00: an hour before the cancelled one
    await t.booking.jobs.runOnce();
    expect((await messagesTo(late.accountId)).map((m) => m.event)).toEqual(['booking.confirmed']);
    expect((await messagesTo(early.accountId)).map((m) => m.event)).toEqual(['booking.confirmed']);
  });
});

describe('a manager changes a date', () => {
  it('closing a slot cancels its bookings, tells each citizen why with the nearest free slots; removing gives it back', async () => {
    const serviceId = services[4]?.id as string;
    await open(serviceId, 1);
    const first = await verifiedCitizen(t);
    const second = await verifiedCitizen(t);
    const hit = await book(first.headers, serviceId, '2026-11-30T10:00');
    const kept = await book(second.headers, serviceId, '2026-11-30T10:30');

    const closeSlot = await t.app.inject({
      method: 'PUT',
      url: `${base(serviceId)}/dates/2026-11-30`,
      headers: manager.headers,
      payload: { closedSlots: ['10:00'], reason: 'Perbaikan alat perekam' },
    });
    expect(closeSlot.statusCode, closeSlot.body).toBe(200);
    expect(closeSlot.json()).toEqual({ cancelledBookings: 1 });

    const mine = async (headers: Record<string, string>) =>
      (await t.app.inject({ method: 'GET', url: '/api/v1/booking/me/bookings', headers })).json().items as {
        id: string;
        status: string;
      }[];
    expect((await mine(first.headers)).find((b) => b.id === hit.id)?.status).toBe('cancelled');
    expect((await mine(second.headers)).find((b) => b.id === kept.id)?.status).toBe('confirmed');
    const [told] = (await messagesTo(first.accountId)).filter((m) => m.event === 'booking.cancelled_by_mpp');
    expect(told?.params).toMatchObject({ code: hit.code, reason: 'Perbaikan alat perekam' });
    // 10:30 is taken (capacity 1): the nearest free slots start at 08:00 that day.
    expect(told?.params.alternatives).toMatch(/^Sen, 30 Nov 2026 08\.00 WITA; /);
    expect(told?.params.alternatives).not.toContain('10.00');
    expect(told?.params.link).toContain(`/janji/${place.mppSlug}/`);

    const listing = (
      await t.app.inject({ method: 'GET', url: `${base(serviceId)}/slots?from=2026-11-30&to=2026-11-30` })
    ).json();
    expect(listing.days[0].override).toEqual({
      closed: false,
      reason: 'Perbaikan alat perekam',
      periods: null,
      capacity: null,
      closedSlots: ['10:00'],
    });
    const starts = listing.days[0].slots.map((s: { starts: string }) => s.starts);
    expect(starts).not.toContain('10:00');
    expect(starts).toContain('10:30');

    const closeDay = await t.app.inject({
      method: 'PUT',
      url: `${base(serviceId)}/dates/2026-11-30`,
      headers: manager.headers,
      payload: { closed: true, reason: 'Pemadaman listrik' },
    });
    expect(closeDay.json()).toEqual({ cancelledBookings: 1 });
    expect((await mine(second.headers)).find((b) => b.id === kept.id)?.status).toBe('cancelled');

    const removed = await t.app.inject({
      method: 'DELETE',
      url: `${base(serviceId)}/dates/2026-11-30`,
      headers: manager.headers,
    });
    expect(removed.statusCode, removed.body).toBe(200);
    const back = (
      await t.app.inject({ method: 'GET', url: `${base(serviceId)}/slots?from=2026-11-30&to=2026-11-30` })
    ).json();
    expect(back.days[0].slots.find((s: { starts: string }) => s.starts === '10:00')).toMatchObject({ seatsLeft: 1 });
    const again = await t.app.inject({
      method: 'DELETE',
      url: `${base(serviceId)}/dates/2026-11-30`,
      headers: manager.headers,
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('booking.override_not_found');
  });

  it('refuses closing slots without a reason, and changes nothing', async () => {
    const serviceId = services[4]?.id as string;
    const response = await t.app.inject({
      method: 'PUT',
      url: `${base(serviceId)}/dates/2026-12-02`,
      headers: manager.headers,
      payload: { closedSlots: ['10:00'] },
    });
    expect(response.statusCode).toBe(400);
    const listing = (
      await t.app.inject({ method: 'GET', url: `${base(serviceId)}/slots?from=2026-12-02&to=2026-12-02` })
    ).json();
    expect(listing.days[0].slots.map((s: { starts: string }) => s.starts)).toContain('10:00');
  });
});

describe("staff's view of a day", () => {
  it("shows the manager each service's seats, bookings with names, and utilisation; an officer only their agency's", async () => {
    const { id: serviceId, tenantId } = services[5] as { id: string; tenantId: string };
    await open(serviceId, 2);
    const citizen = await verifiedCitizen(t);
    const made = await book(citizen.headers, serviceId, '2026-12-03T09:00');

    const day = await t.app.inject({
      method: 'GET',
      url: `/api/v1/booking/mpps/${place.mppSlug}/days/2026-12-03`,
      headers: manager.headers,
    });
    expect(day.statusCode, day.body).toBe(200);
    const entry = day.json().services.find((s: { service: { id: string } }) => s.service.id === serviceId);
    expect(entry).toMatchObject({ booked: 1, checkedIn: 0, cancelled: 0, closedReason: null });
    expect(entry.seats).toBe(entry.slots.length * 2);
    expect(entry.utilisation).toBeCloseTo(1 / entry.seats, 3);
    expect(entry.slots.find((s: { starts: string }) => s.starts === '09:00')).toMatchObject({ booked: 1, capacity: 2 });
    expect(entry.bookings).toEqual([
      expect.objectContaining({ id: made.id, code: made.code, starts: '09:00', status: 'confirmed' }),
    ]);
    expect(entry.bookings[0].citizenName).toMatch(/^Warga Uji \d+$/);

    // The manager closes the 10:00 slot of that day: the view shows it closed and its seats gone.
    const closed = await t.app.inject({
      method: 'PUT',
      url: `${base(serviceId)}/dates/2026-12-03`,
      headers: manager.headers,
      payload: { closedSlots: ['10:00'], reason: 'Perbaikan alat perekam' },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const narrowed = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/booking/mpps/${place.mppSlug}/days/2026-12-03`,
        headers: manager.headers,
      })
    )
      .json()
      .services.find((s: { service: { id: string } }) => s.service.id === serviceId);
    expect(narrowed.slots.find((s: { starts: string }) => s.starts === '10:00')).toMatchObject({ closed: true });
    expect(narrowed.seats).toBe(entry.seats - 2);
    const [audited] = await t.db.query<{ count: string }>(
      "SELECT count(*)::text AS count FROM audit_events WHERE action = 'booking.day_viewed' AND actor_account_id = $1",
      [manager.accountId],
    );
    expect(Number(audited?.count)).toBeGreaterThanOrEqual(1);

    const own = await signInAs(t, { role: 'officer', mppId: place.mppId, tenantId });
    const ownDay = await t.app.inject({
      method: 'GET',
      url: `/api/v1/booking/mpps/${place.mppSlug}/days/2026-12-03`,
      headers: own.headers,
    });
    expect(ownDay.json().services.map((s: { tenant: { id: string } }) => s.tenant.id)).toContain(tenantId);
    expect(new Set(ownDay.json().services.map((s: { tenant: { id: string } }) => s.tenant.id))).toEqual(
      new Set([tenantId]),
    );
    const other = services.find((s) => s.tenantId !== tenantId)?.tenantId as string;
    const stranger = await signInAs(t, { role: 'officer', mppId: place.mppId, tenantId: other });
    const strangerDay = await t.app.inject({
      method: 'GET',
      url: `/api/v1/booking/mpps/${place.mppSlug}/days/2026-12-03`,
      headers: stranger.headers,
    });
    expect(strangerDay.statusCode).toBe(200);
    expect(strangerDay.json().services.some((s: { service: { id: string } }) => s.service.id === serviceId)).toBe(
      false,
    );

    const bad = await t.app.inject({
      method: 'GET',
      url: `/api/v1/booking/mpps/${place.mppSlug}/days/2026-02-30`,
      headers: manager.headers,
    });
    expect(bad.statusCode).toBe(400);
  });
});
