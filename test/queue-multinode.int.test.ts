import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppNode, listen, startSecondNode } from './support/app-nodes.js';
import { signInAs } from './support/auth.js';
import { call, findDemoCounter, queueStaff, seedWaitingTickets } from './support/queue.js';
import { connectSse } from './support/sse-client.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { TEST_CLOCK_START } from './support/test-database.js';

/**
 * The queue across app nodes: counters on different nodes (different processes on PostgreSQL)
 * never get the same ticket, and a call made on one node reaches a board on the other.
 */

const COUNTERS = 8;
const CALLS_PER_COUNTER = 500;

let t: TestApp;
let nodeA: AppNode;
let nodeB: AppNode;
let place: Awaited<ReturnType<typeof findDemoCounter>>;
let staff: Awaited<ReturnType<typeof queueStaff>>;
const counterIds: string[] = [];
const officers: { authorization: string }[] = [];

beforeAll(async () => {
  t = await createTestApp({ seedDemo: true, queueTuning: { placesTtlMs: 0 } });
  place = await findDemoCounter(t);
  staff = await queueStaff(t, place);
  // Eight counters of the tenant at the MPP, all serving one service.
  const free = 900;
  for (let i = 0; i < COUNTERS - 1; i++) {
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/mpps/${place.mppSlug}/counters`,
      headers: staff.manager.headers,
      payload: {
        number: free + i,
        label: `Loket ${free + i}`,
        tenantRef: place.counter.tenant.id,
        serviceRefs: [place.serviceId],
      },
    });
    if (created.statusCode !== 201) throw new Error(created.body);
    counterIds.push((created.json() as { id: string }).id);
  }
  counterIds.push(place.counter.id);
  for (let i = 0; i < COUNTERS; i++) {
    officers.push(
      (await signInAs(t, { role: 'officer', mppId: place.mppId, tenantId: place.counter.tenant.id })).headers,
    );
  }
  nodeA = await listen(t);
  nodeB = await startSecondNode(t, TEST_CLOCK_START);
  for (let i = 0; i < COUNTERS; i++) {
    const node = i % 2 === 0 ? nodeA : nodeB;
    const opened = await call(
      node.baseUrl,
      'POST',
      `/api/v1/queue/counters/${counterIds[i]}/open`,
      officers[i] as never,
      {
        serviceIds: [place.serviceId],
      },
    );
    if (opened.status !== 200) throw new Error(JSON.stringify(opened.body));
  }
}, 300_000);

afterAll(async () => {
  await nodeB?.close();
  await t?.close();
}, 120_000);

describe('eight counters calling one service on two app nodes', () => {
  it('call every waiting ticket exactly once', async () => {
    const total = COUNTERS * CALLS_PER_COUNTER;
    await seedWaitingTickets(t, {
      mppId: place.mppId,
      serviceId: place.serviceId,
      tenantId: place.counter.tenant.id,
      serviceDay: '2026-11-25',
      count: total,
      at: '2026-11-25T02:00:00Z',
    });
    const calledBy = await Promise.all(
      counterIds.map(async (counterId, i) => {
        const node = i % 2 === 0 ? nodeA : nodeB;
        const headers = officers[i] as never;
        const mine: string[] = [];
        for (;;) {
          const called = await call(node.baseUrl, 'POST', `/api/v1/queue/counters/${counterId}/call-next`, headers);
          if (called.status === 409 && called.body.code === 'queue.nobody_waiting') return mine;
          expect(called.status, JSON.stringify(called.body)).toBe(200);
          const ticketId = (called.body.current as { id: string }).id;
          mine.push(ticketId);
          const finished = await call(node.baseUrl, 'POST', `/api/v1/queue/counters/${counterId}/finish`, headers, {
            ticketId,
            outcome: 'served',
          });
          expect(finished.status, JSON.stringify(finished.body)).toBe(200);
        }
      }),
    );
    const all = calledBy.flat();
    expect(all).toHaveLength(total);
    expect(new Set(all).size).toBe(total);
    // Both nodes did part of the work.
    expect(calledBy.every((list) => list.length > 0)).toBe(true);
    const [state] = await t.db.query<{ not_done: string; multi_called: string; waiting: number }>(
      `SELECT count(*) FILTER (WHERE status <> 'done') AS not_done, count(*) FILTER (WHERE call_count <> 1) AS multi_called,
         (SELECT waiting FROM queue_service_days WHERE mpp_id = $1 AND service_id = $2 AND service_day = '2026-11-25') AS waiting
       FROM queue_tickets WHERE mpp_id = $1 AND service_id = $2`,
      [place.mppId, place.serviceId],
    );
    expect(Number(state?.not_done)).toBe(0);
    expect(Number(state?.multi_called)).toBe(0);
    expect(Number(state?.waiting)).toBe(0);
  }, 900_000);
});

describe('the display stream across nodes', () => {
  it('delivers a call made on node A to a board connected to node B', async () => {
    const board = connectSse(`${nodeB.baseUrl}/api/v1/queue/mpps/${place.mppSlug}/events`);
    expect(await board.opened).toBe(200);
    await seedWaitingTickets(t, {
      mppId: place.mppId,
      serviceId: place.serviceId,
      tenantId: place.counter.tenant.id,
      serviceDay: '2026-11-25',
      count: 1,
      at: '2026-11-25T02:30:00Z',
    });
    const called = await call(
      nodeA.baseUrl,
      'POST',
      `/api/v1/queue/counters/${counterIds[0]}/call-next`,
      officers[0] as never,
    );
    expect(called.status).toBe(200);
    const ticket = called.body.current as { id: string; displayNumber: string };
    const event = await board.waitFor(
      (e) => e.event === 'queue.ticket_called' && (e.data as { ticketId: string }).ticketId === ticket.id,
    );
    expect(event.data).toMatchObject({ displayNumber: ticket.displayNumber, counter: { id: counterIds[0] } });
    board.close();
    await call(nodeA.baseUrl, 'POST', `/api/v1/queue/counters/${counterIds[0]}/finish`, officers[0] as never, {
      ticketId: ticket.id,
      outcome: 'served',
    });
  });

  it('lets a board that reconnects with Last-Event-ID receive every call it missed, in order', async () => {
    const first = connectSse(`${nodeB.baseUrl}/api/v1/queue/mpps/${place.mppSlug}/events`);
    await first.opened;
    await seedWaitingTickets(t, {
      mppId: place.mppId,
      serviceId: place.serviceId,
      tenantId: place.counter.tenant.id,
      serviceDay: '2026-11-25',
      count: 4,
      at: '2026-11-25T02:40:00Z',
    });
    const counter = counterIds[1] as string;
    const officer = officers[1] as never;
    const callOne = async () => {
      const called = await call(nodeB.baseUrl, 'POST', `/api/v1/queue/counters/${counter}/call-next`, officer);
      const id = (called.body.current as { id: string }).id;
      await call(nodeB.baseUrl, 'POST', `/api/v1/queue/counters/${counter}/finish`, officer, {
        ticketId: id,
        outcome: 'served',
      });
      return id;
    };
    const seen = await callOne();
    const lastSeen = await first.waitFor(
      (e) => e.event === 'queue.ticket_finished' && (e.data as { ticketId: string }).ticketId === seen,
    );
    first.close();
    // While the board is away (a network blip), three more calls happen on the other node.
    const missed = [await callOneOn(nodeA), await callOneOn(nodeA), await callOneOn(nodeA)];
    async function callOneOn(node: AppNode) {
      const called = await call(node.baseUrl, 'POST', `/api/v1/queue/counters/${counter}/call-next`, officer);
      expect(called.status, JSON.stringify(called.body)).toBe(200);
      const id = (called.body.current as { id: string }).id;
      await call(node.baseUrl, 'POST', `/api/v1/queue/counters/${counter}/finish`, officer, {
        ticketId: id,
        outcome: 'served',
      });
      return id;
    }
    const resumed = connectSse(`${nodeB.baseUrl}/api/v1/queue/mpps/${place.mppSlug}/events`, {
      lastEventId: lastSeen.id as string,
    });
    await resumed.waitFor(
      (e) => e.event === 'queue.ticket_finished' && (e.data as { ticketId: string }).ticketId === missed[2],
    );
    const calls = resumed.events
      .filter((e) => e.event === 'queue.ticket_called')
      .map((e) => (e.data as { ticketId: string }).ticketId);
    expect(calls).toEqual(missed);
    const ids = resumed.events.map((e) => Number(e.id));
    expect(ids[0]).toBe(Number(lastSeen.id) + 1);
    expect(ids).toEqual(ids.map((_, i) => (ids[0] as number) + i));
    resumed.close();
  });
});
