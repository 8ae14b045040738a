import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDemoCounter, pairKiosk, queueStaff } from '../../../test/support/queue.js';
import { connectSse } from '../../../test/support/sse-client.js';
import { listen } from '../../../test/support/app-nodes.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

/** The end of a service day, and the ticket page's live stream. */

let t: TestApp;
let place: Awaited<ReturnType<typeof findDemoCounter>>;
let staff: Awaited<ReturnType<typeof queueStaff>>;
let kiosk: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ seedDemo: true, now: '2026-11-25T06:00:00Z' }); // Wednesday 14:00 WITA
  place = await findDemoCounter(t);
  staff = await queueStaff(t, place);
  kiosk = await pairKiosk(t, place.mppSlug, staff.manager);
});
afterAll(() => t.close());

function take(serviceId: string, extra: Record<string, unknown> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/queue/kiosk/tickets',
    headers: kiosk,
    payload: { serviceId, ...extra },
  });
}

describe("a ticket page's live stream", () => {
  it('sends the new position when the ticket ahead is called, then the counter when it is called', async () => {
    const node = await listen(t);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/queue/counters/${place.counter.id}/open`,
      headers: staff.officer.headers,
      payload: {},
    });
    const first = (await take(place.serviceId)).json();
    const second = (await take(place.serviceId)).json();
    const page = connectSse(`${node.baseUrl}/api/v1/queue/tickets/${second.id}/events`);
    await page.waitFor((e) => e.event === 'ticket' && (e.data as { position: number }).position === 2);
    const call = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/queue/counters/${place.counter.id}/call-next`,
        headers: staff.officer.headers,
      });
    await call();
    await page.waitFor((e) => (e.data as { position: number }).position === 1);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/queue/counters/${place.counter.id}/finish`,
      headers: staff.officer.headers,
      payload: { ticketId: first.id, outcome: 'served' },
    });
    await call();
    const called = await page.waitFor((e) => (e.data as { status: string }).status === 'called');
    expect(called.data).toMatchObject({ counter: { id: place.counter.id }, position: null });
    page.close();
  });
});

describe('the day close', () => {
  it('ends open tickets, closes counters, erases phones and freezes the figures, once', async () => {
    const waiting = (await take(place.serviceId, { phone: '081299990000' })).json();
    t.clock.set('2026-11-25T16:30:00Z'); // 00:30 WITA on Thursday: the service day is over
    const ended = await t.queue.closeDay.runOnce();
    expect(ended).toBeGreaterThanOrEqual(2);
    const page = (await t.app.inject({ method: 'GET', url: `/api/v1/queue/tickets/${waiting.id}` })).json();
    expect(page).toMatchObject({ status: 'done', outcome: 'ended_by_day_close' });
    // The officer's session has expired overnight: the next shift signs in.
    const next = await queueStaff(t, place);
    const counter = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/queue/counters/${place.counter.id}`,
        headers: next.officer.headers,
      })
    ).json();
    expect(counter.state, JSON.stringify(counter)).toBe('closed');
    const phones = await t.db.query(
      "SELECT 1 FROM queue_tickets WHERE phone IS NOT NULL AND service_day = '2026-11-25'",
    );
    expect(phones).toHaveLength(0);
    const [closing] = await t.db.query<{ ended_tickets: number; figures: { service: { served: number }[] } }>(
      "SELECT ended_tickets, figures FROM queue_day_closings WHERE service_day = '2026-11-25'",
    );
    expect(Number(closing?.ended_tickets)).toBe(ended);
    expect(closing?.figures.service.reduce((n, r) => n + r.served, 0)).toBe(1);
    expect(await t.queue.closeDay.runOnce()).toBe(0);
  });

  it('starts the numbers again on the new service day', async () => {
    t.clock.set('2026-11-26T01:00:00Z'); // Thursday 09:00 WITA
    const ticket = (await take(place.serviceId)).json();
    expect(ticket.serviceDay).toBe('2026-11-26');
    expect(ticket.displayNumber).toMatch(/-001$/);
  });
});
