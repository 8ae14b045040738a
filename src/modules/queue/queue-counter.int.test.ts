import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signInAs } from '../../../test/support/auth.js';
import { findDemoCounter, pairKiosk, queueStaff } from '../../../test/support/queue.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { TEST_CLOCK_START } from '../../../test/support/test-database.js';

/** Working a counter: who may, calling, serving, transferring, parking, no-shows and stale actions. */

let t: TestApp;
let place: Awaited<ReturnType<typeof findDemoCounter>>;
let staff: Awaited<ReturnType<typeof queueStaff>>;
let kiosk: Record<string, string>;
type Headers = Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ seedDemo: true, logLevel: 'error' });
  place = await findDemoCounter(t);
  staff = await queueStaff(t, place);
  kiosk = await pairKiosk(t, place.mppSlug, staff.manager);
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(TEST_CLOCK_START));

const counterUrl = (id: string, action = '') => `/api/v1/queue/counters/${id}${action ? `/${action}` : ''}`;

function act(headers: Headers, counterId: string, action: string, payload?: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: counterUrl(counterId, action), headers, ...(payload ? { payload } : {}) });
}

async function take(serviceId: string, extra: Record<string, unknown> = {}) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/queue/kiosk/tickets',
    headers: kiosk,
    payload: { serviceId, ...extra },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; displayNumber: string; accessKey: string };
}

/** A fresh officer with the counter opened for them, and nothing waiting from earlier tests. */
async function freshCounter() {
  const officer = await signInAs(t, { role: 'officer', mppId: place.mppId, tenantId: place.counter.tenant.id });
  // A new counter of the tenant for each test, serving the same two services.
  nextNumber += 1;
  const created = await t.app.inject({
    method: 'POST',
    url: `/api/v1/mpps/${place.mppSlug}/counters`,
    headers: staff.manager.headers,
    payload: {
      number: nextNumber,
      label: `Loket ${nextNumber}`,
      tenantRef: place.counter.tenant.id,
      serviceRefs: [place.serviceId],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  t.queue.clearCache();
  const counter = created.json() as { id: string; services: { id: string }[] };
  const opened = await act(officer.headers, counter.id, 'open', {});
  expect(opened.statusCode, opened.body).toBe(200);
  return { officer: officer.headers, counter, serviceId: counter.services[0]?.id as string };
}
let nextNumber = 800;

/** The counter's full view (who is next, parked, missed, today's counts), as the desk reads it. */
async function deskOf(officer: Headers, counterId: string) {
  const response = await t.app.inject({ method: 'GET', url: counterUrl(counterId), headers: officer });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function drain(officer: Headers, counterId: string) {
  for (;;) {
    const called = await act(officer, counterId, 'call-next');
    if (called.statusCode !== 200) return;
    await act(officer, counterId, 'finish', { ticketId: called.json().current.id, outcome: 'served' });
  }
}

describe('who may work a counter', () => {
  it("refuses an officer of another tenant at the same MPP (403) and hides another MPP's counter (404)", async () => {
    const other = place.counters.find((c) => c.tenant.id !== place.counter.tenant.id) as {
      id: string;
      tenant: { id: string };
    };
    const officer = await signInAs(t, { role: 'officer', mppId: place.mppId, tenantId: other.tenant.id });
    const notMine = await act(officer.headers, place.counter.id, 'open', {});
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json().code).toBe('queue.counter_not_assigned');
    const elsewhere = await findDemoCounter(t, 'mpp-kota-surabaya');
    const farAway = await act(officer.headers, elsewhere.counter.id, 'open', {});
    expect(farAway.statusCode).toBe(404);
  });

  it('keeps an officer assigned to some counters out of the others (403)', async () => {
    const mine = place.counters.filter((c) => c.tenant.id === place.counter.tenant.id);
    const officer = await signInAs(t, {
      role: 'officer',
      mppId: place.mppId,
      tenantId: place.counter.tenant.id,
      counterIds: [(mine[0] as { id: string }).id],
    });
    const list = (
      await t.app.inject({ method: 'GET', url: '/api/v1/queue/me/counters', headers: officer.headers })
    ).json();
    expect(list.items.map((i: { counter: { id: string } }) => i.counter.id)).toEqual([(mine[0] as { id: string }).id]);
    if (mine[1]) expect((await act(officer.headers, mine[1].id, 'open', {})).statusCode).toBe(403);
  });

  it('lets one officer at a time hold a counter (409 for a second one)', async () => {
    const { counter } = await freshCounter();
    const second = await signInAs(t, { role: 'officer', mppId: place.mppId, tenantId: place.counter.tenant.id });
    const response = await act(second.headers, counter.id, 'call-next');
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('queue.counter_in_use');
  });
});

describe('calling and serving', () => {
  it('calls, starts and finishes; a second finish is stale (409) and changes nothing', async () => {
    const { officer, counter, serviceId } = await freshCounter();
    await drain(officer, counter.id);
    const ticket = await take(serviceId);
    const second = await take(serviceId);
    const called = await act(officer, counter.id, 'call-next');
    expect(called.json().current).toMatchObject({ id: ticket.id, status: 'called' });
    expect(called.json().ticket).toMatchObject({ id: ticket.id, status: 'called' });
    // The answer's waiting count is the one the desk reads: the second ticket still waits.
    const waitingNow = (await deskOf(officer, counter.id)).services.find((s: { id: string }) => s.id === serviceId);
    expect(called.json().services.find((s: { id: string }) => s.id === serviceId)).toEqual(waitingNow);
    expect(waitingNow.waiting).toBeGreaterThanOrEqual(1);
    const busy = await act(officer, counter.id, 'call-next');
    expect(busy.statusCode).toBe(409);
    expect(busy.json().code).toBe('queue.counter_busy');
    expect((await act(officer, counter.id, 'start', { ticketId: ticket.id })).json().current.status).toBe('serving');
    const done = await act(officer, counter.id, 'finish', { ticketId: ticket.id, outcome: 'served' });
    expect(done.json().current).toBeNull();
    expect(done.json().ticket).toMatchObject({ id: ticket.id, status: 'done', outcome: 'served' });
    expect((await deskOf(officer, counter.id)).today.served).toBeGreaterThanOrEqual(1);
    const stale = await act(officer, counter.id, 'finish', { ticketId: ticket.id, outcome: 'removed_by_staff' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'queue.stale_action', ticket: { status: 'done' } });
    await drain(officer, counter.id);
    expect(second.id).not.toBe(ticket.id);
    const page = (await t.app.inject({ method: 'GET', url: `/api/v1/queue/tickets/${ticket.id}` })).json();
    expect(page.outcome).toBe('served');
  });

  it('says nobody is waiting (409) rather than calling nothing', async () => {
    const { officer, counter } = await freshCounter();
    await drain(officer, counter.id);
    const response = await act(officer, counter.id, 'call-next');
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('queue.nobody_waiting');
  });

  it('does not call during a break', async () => {
    const { officer, counter, serviceId } = await freshCounter();
    await take(serviceId);
    expect((await act(officer, counter.id, 'break')).json().state).toBe('break');
    const response = await act(officer, counter.id, 'call-next');
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('queue.counter_not_open');
    expect((await act(officer, counter.id, 'resume')).json().state).toBe('open');
  });

  it('answers 404 when acting on a ticket of another MPP', async () => {
    const { officer, counter } = await freshCounter();
    const elsewhere = await findDemoCounter(t, 'mpp-kota-surabaya');
    const manager = await signInAs(t, { role: 'mpp_manager', mppId: elsewhere.mppId });
    const foreign = await t.app.inject({
      method: 'POST',
      url: `/api/v1/queue/mpps/${elsewhere.mppSlug}/tickets`,
      headers: manager.headers,
      payload: { serviceId: elsewhere.serviceId },
    });
    expect(foreign.statusCode, foreign.body).toBe(201);
    const response = await act(officer, counter.id, 'call', { ticketId: foreign.json().id });
    expect(response.statusCode).toBe(404);
  });

  it('recalls the same ticket and announces it again', async () => {
    const { officer, counter, serviceId } = await freshCounter();
    await drain(officer, counter.id);
    const ticket = await take(serviceId);
    await act(officer, counter.id, 'call-next');
    const recalled = await act(officer, counter.id, 'recall', { ticketId: ticket.id });
    expect(recalled.statusCode).toBe(200);
    const board = (await t.app.inject({ method: 'GET', url: `/api/v1/queue/mpps/${place.mppSlug}/board` })).json();
    expect(
      board.calls.slice(0, 2).map((c: { ticketId: string; isRecall: boolean }) => [c.ticketId, c.isRecall]),
    ).toEqual([
      [ticket.id, true],
      [ticket.id, false],
    ]);
    await act(officer, counter.id, 'finish', { ticketId: ticket.id, outcome: 'served' });
  });
});

describe('transfers, parking and no-shows', () => {
  it('transfers to another service keeping the arrival time, ahead of later arrivals there', async () => {
    const { officer, counter, serviceId } = await freshCounter();
    await drain(officer, counter.id);
    const other = place.counters.find((c) => c.services.some((s) => s.id !== serviceId)) as {
      services: { id: string }[];
    };
    const target = other.services.find((s) => s.id !== serviceId)?.id as string;
    const early = await take(serviceId); // 11:00
    t.clock.set('2026-11-25T03:05:00Z');
    const later = await take(target); // 11:05, already waiting at the target service
    t.clock.set('2026-11-25T03:10:00Z');
    await act(officer, counter.id, 'call-next');
    const moved = await act(officer, counter.id, 'transfer', { ticketId: early.id, toServiceId: target });
    expect(moved.statusCode, moved.body).toBe(200);
    const earlyPage = (await t.app.inject({ method: 'GET', url: `/api/v1/queue/tickets/${early.id}` })).json();
    const laterPage = (await t.app.inject({ method: 'GET', url: `/api/v1/queue/tickets/${later.id}` })).json();
    expect(earlyPage).toMatchObject({ status: 'waiting', service: { id: target }, displayNumber: early.displayNumber });
    expect(earlyPage.position).toBeLessThan(laterPage.position);
  });

  it('refuses a transfer to the same service (422) and keeps the ticket at the counter', async () => {
    const { officer, counter, serviceId } = await freshCounter();
    await drain(officer, counter.id);
    const ticket = await take(serviceId);
    await act(officer, counter.id, 'call-next');
    const response = await act(officer, counter.id, 'transfer', { ticketId: ticket.id, toServiceId: serviceId });
    expect(response.statusCode).toBe(422);
    expect(
      (await t.app.inject({ method: 'GET', url: counterUrl(counter.id), headers: officer })).json().current.id,
    ).toBe(ticket.id);
    await act(officer, counter.id, 'finish', { ticketId: ticket.id, outcome: 'served' });
  });

  it('parks a ticket, calls the next one, then calls the parked one back', async () => {
    const { officer, counter, serviceId } = await freshCounter();
    await drain(officer, counter.id);
    const first = await take(serviceId);
    const second = await take(serviceId);
    await act(officer, counter.id, 'call-next');
    const parked = await act(officer, counter.id, 'park', { ticketId: first.id });
    expect(parked.json()).toMatchObject({ current: null, ticket: { id: first.id, status: 'parked' } });
    expect((await deskOf(officer, counter.id)).parked.map((p: { id: string }) => p.id)).toEqual([first.id]);
    await act(officer, counter.id, 'call-next');
    await act(officer, counter.id, 'finish', { ticketId: second.id, outcome: 'served' });
    const back = await act(officer, counter.id, 'unpark', { ticketId: first.id });
    expect(back.json().current.id).toBe(first.id);
    await act(officer, counter.id, 'finish', { ticketId: first.id, outcome: 'served' });
  });

  it('lets a no-show come back once within the grace period, not after it', async () => {
    const { officer, counter, serviceId } = await freshCounter();
    await drain(officer, counter.id);
    const ticket = await take(serviceId);
    await act(officer, counter.id, 'call-next');
    const missed = await act(officer, counter.id, 'no-show', { ticketId: ticket.id });
    expect(missed.json().ticket).toMatchObject({ id: ticket.id, status: 'no_show' });
    expect((await deskOf(officer, counter.id)).noShows.map((n: { id: string }) => n.id)).toEqual([ticket.id]);
    t.clock.set('2026-11-25T03:10:00Z');
    const back = await act(officer, counter.id, 'recycle', { ticketId: ticket.id });
    expect(back.statusCode, back.body).toBe(200);
    await act(officer, counter.id, 'call-next');
    await act(officer, counter.id, 'no-show', { ticketId: ticket.id });
    const twice = await act(officer, counter.id, 'recycle', { ticketId: ticket.id });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('queue.recycle_not_allowed');
  });

  it('sends "your turn is near" by SMS once to a kiosk ticket with a phone number', async () => {
    const { officer, counter, serviceId } = await freshCounter();
    await drain(officer, counter.id);
    await take(serviceId);
    const withPhone = await take(serviceId, { phone: '081234567890' });
    await act(officer, counter.id, 'call-next');
    const rows = await t.db.query<{ recipient: string; params: { ticket: string } }>(
      "SELECT recipient, params FROM outbox_messages WHERE event = 'queue.turn_near'",
    );
    const mine = rows.filter((r) => r.params.ticket === withPhone.displayNumber);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.recipient).toBe('+6281234567890');
  });
});

describe('manager views', () => {
  it("shows the MPP's waiting counts, counters and today's KPIs", async () => {
    const live = await t.app.inject({
      method: 'GET',
      url: `/api/v1/queue/mpps/${place.mppSlug}/live`,
      headers: staff.manager.headers,
    });
    expect(live.statusCode, live.body).toBe(200);
    const body = live.json();
    expect(body.counters.some((c: { state: string }) => c.state === 'open')).toBe(true);
    const served = body.kpis.reduce((n: number, k: { served: number }) => n + k.served, 0);
    expect(served).toBeGreaterThan(0);
    const byHour = await t.app.inject({
      method: 'GET',
      url: `/api/v1/queue/mpps/${place.mppSlug}/kpis?from=2026-11-25&to=2026-11-25&groupBy=hour`,
      headers: staff.manager.headers,
    });
    expect(byHour.json().items.map((r: { label: string }) => r.label)).toContain('11:00');
  });

  it('refuses a KPI range with from after to (400)', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/queue/mpps/${place.mppSlug}/kpis?from=2026-11-26&to=2026-11-25`,
      headers: staff.manager.headers,
    });
    expect(response.statusCode).toBe(400);
  });
});
