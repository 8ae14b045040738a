import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { findDemoCounter, pairKiosk, queueStaff } from '../../../test/support/queue.js';

let t: TestApp;
let place: Awaited<ReturnType<typeof findDemoCounter>>;
let staff: Awaited<ReturnType<typeof queueStaff>>;
let kiosk: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ seedDemo: true, logLevel: 'error' });
  place = await findDemoCounter(t);
  staff = await queueStaff(t, place);
  kiosk = await pairKiosk(t, place.mppSlug, staff.manager);
});
afterAll(() => t.close());

describe('a ticket from the kiosk to the counter', () => {
  it('is issued, called, served and finished', async () => {
    const issued = await t.app.inject({
      method: 'POST',
      url: '/api/v1/queue/kiosk/tickets',
      headers: kiosk,
      payload: { serviceId: place.serviceId, priorityGroup: 'elderly' },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const ticket = issued.json();
    expect(ticket.displayNumber).toMatch(/^P-\d{3}$/);
    expect(ticket.position).toBe(1);
    expect(ticket.statusUrl).toContain(`?k=${ticket.accessKey}`);

    const opened = await t.app.inject({
      method: 'POST',
      url: `/api/v1/queue/counters/${place.counter.id}/open`,
      headers: staff.officer.headers,
      payload: {},
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const called = await t.app.inject({
      method: 'POST',
      url: `/api/v1/queue/counters/${place.counter.id}/call-next`,
      headers: staff.officer.headers,
    });
    expect(called.statusCode, called.body).toBe(200);
    expect(called.json().current.displayNumber).toBe(ticket.displayNumber);

    const board = (await t.app.inject({ method: 'GET', url: `/api/v1/queue/mpps/${place.mppSlug}/board` })).json();
    expect(board.calls[0].displayNumber).toBe(ticket.displayNumber);
    expect(board.calls[0].announcement.text).toMatch(/^Nomor antrean P nol nol satu, silakan menuju loket /);

    const finished = await t.app.inject({
      method: 'POST',
      url: `/api/v1/queue/counters/${place.counter.id}/finish`,
      headers: staff.officer.headers,
      payload: { ticketId: ticket.id, outcome: 'served' },
    });
    expect(finished.statusCode, finished.body).toBe(200);
    expect(finished.json().current).toBeNull();
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/queue/counters/${place.counter.id}/finish`,
      headers: staff.officer.headers,
      payload: { ticketId: ticket.id, outcome: 'served' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('queue.stale_action');
  });
});
