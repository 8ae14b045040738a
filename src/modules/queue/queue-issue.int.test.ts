import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signInAs } from '../../../test/support/auth.js';
import { findDemoCounter, pairKiosk, queueStaff } from '../../../test/support/queue.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { TEST_CLOCK_START } from '../../../test/support/test-database.js';

/** Taking a ticket: kiosk, online and walk-in; numbering, quotas, hours and the ticket's own page. */

let t: TestApp;
let place: Awaited<ReturnType<typeof findDemoCounter>>;
let staff: Awaited<ReturnType<typeof queueStaff>>;
let kiosk: Record<string, string>;
/** A second service of the MPP, so each test can use a line of its own. */
let services: string[];

beforeAll(async () => {
  t = await createTestApp({ seedDemo: true });
  place = await findDemoCounter(t);
  staff = await queueStaff(t, place);
  kiosk = await pairKiosk(t, place.mppSlug, staff.manager);
  const menu = (await t.app.inject({ method: 'GET', url: '/api/v1/queue/kiosk/menu', headers: kiosk })).json();
  services = menu.tenants.flatMap((tenant: { services: { id: string }[] }) => tenant.services.map((s) => s.id));
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(TEST_CLOCK_START));

function takeAtKiosk(serviceId: string, extra: Record<string, unknown> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/queue/kiosk/tickets',
    headers: kiosk,
    payload: { serviceId, ...extra },
  });
}

describe('the kiosk', () => {
  it('refuses to issue without the token of a paired kiosk', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/queue/kiosk/tickets',
      payload: { serviceId: place.serviceId },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('queue.device_required');
  });

  it('stops working as soon as the manager unpairs it', async () => {
    const spare = await pairKiosk(t, place.mppSlug, staff.manager);
    const devices = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/queue/mpps/${place.mppSlug}/devices`,
        headers: staff.manager.headers,
      })
    ).json().items as { id: string; revokedAt: string | null }[];
    const newest = devices.at(-1) as { id: string };
    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/queue/devices/${newest.id}`,
      headers: staff.manager.headers,
    });
    expect(revoked.statusCode).toBe(204);
    const menu = await t.app.inject({ method: 'GET', url: '/api/v1/queue/kiosk/menu', headers: spare });
    expect(menu.statusCode).toBe(401);
  });

  it('numbers a service line A-001, A-002... and concurrent issues never share or skip a number', async () => {
    const serviceId = services[1] as string;
    const answers = await Promise.all(Array.from({ length: 20 }, () => takeAtKiosk(serviceId)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(201));
    const numbers = answers.map((a) => a.json().displayNumber as string);
    const prefix = numbers[0]?.split('-')[0];
    expect(prefix).toMatch(/^[A-Z]{1,2}$/);
    expect([...numbers].sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `${prefix}-${String(i + 1).padStart(3, '0')}`),
    );
  });

  it('gives priority tickets their own P series and a link to the ticket page with its key, for the QR code', async () => {
    const first = (await takeAtKiosk(services[2] as string, { priorityGroup: 'pregnant' })).json();
    const second = (await takeAtKiosk(services[3] as string, { priorityGroup: 'disability' })).json();
    expect(first.displayNumber).toMatch(/^P-\d{3}$/);
    expect(Number(second.displayNumber.slice(2))).toBe(Number(first.displayNumber.slice(2)) + 1);
    expect(first.priorityGroup).toBe('pregnant');
    expect(first.statusUrl).toContain(`/antrean/${first.id}?k=${first.accessKey}`);
  });

  it('refuses a malformed phone number clearly and issues nothing', async () => {
    const before = (await t.app.inject({ method: 'GET', url: `/api/v1/queue/mpps/${place.mppSlug}/board` })).json();
    const response = await takeAtKiosk(services[4] as string, { phone: '12345' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('body.phone');
    const after = (await t.app.inject({ method: 'GET', url: `/api/v1/queue/mpps/${place.mppSlug}/board` })).json();
    expect(after.services).toEqual(before.services);
  });

  it('answers 404 for a service the MPP does not offer', async () => {
    const response = await takeAtKiosk('01900000-0000-7000-8000-00000000abcd');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('queue.service_not_offered');
  });
});

describe('hours and quotas', () => {
  it('says when the MPP opens again when it is closed (422)', async () => {
    t.clock.set('2026-11-25T14:00:00Z'); // 22:00 WITA
    const response = await takeAtKiosk(place.serviceId);
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('queue.outside_hours');
    expect(response.json().nextOpeningAt).toBe('2026-11-26T08:00:00+08:00');
  });

  it('stops numbers before the Friday prayer break and points to the afternoon opening', async () => {
    t.clock.set('2026-11-27T03:10:00Z'); // Friday 11:10 WITA; the morning closes at 11:30
    const response = await takeAtKiosk(place.serviceId);
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('queue.after_last_ticket');
    expect(response.json().nextOpeningAt).toBe('2026-11-27T13:00:00+08:00');
  });

  it('refuses a ticket past the daily quota (409) with the next opening, and the menu shows it full', async () => {
    const serviceId = services[5] as string;
    const list = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/queue/mpps/${place.mppSlug}/services`,
        headers: staff.manager.headers,
      })
    ).json().items as { serviceId: string; prefix: string }[];
    const current = list.find((s) => s.serviceId === serviceId) as { prefix: string };
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/queue/mpps/${place.mppSlug}/services/${serviceId}`,
      headers: staff.manager.headers,
      payload: {
        prefix: current.prefix,
        dailyQuota: 2,
        lastTicketMinutesBeforeClose: 30,
        targetWaitMinutes: 30,
        isOnlineEnabled: true,
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await takeAtKiosk(serviceId)).statusCode).toBe(201);
    expect((await takeAtKiosk(serviceId)).statusCode).toBe(201);
    const third = await takeAtKiosk(serviceId);
    expect(third.statusCode).toBe(409);
    expect(third.json().code).toBe('queue.quota_reached');
    expect(third.json().nextOpeningAt).toBe('2026-11-26T08:00:00+08:00');
    const menu = (await t.app.inject({ method: 'GET', url: '/api/v1/queue/kiosk/menu', headers: kiosk })).json();
    const entry = menu.tenants
      .flatMap((x: { services: unknown[] }) => x.services)
      .find((s: { id: string }) => s.id === serviceId);
    expect(entry).toMatchObject({ isOpen: false, reason: 'quota_full', remaining: 0 });
  });

  it('refuses a prefix another service uses (409)', async () => {
    const list = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/queue/mpps/${place.mppSlug}/services`,
        headers: staff.manager.headers,
      })
    ).json().items as { serviceId: string; prefix: string }[];
    const [a, b] = list as [{ serviceId: string; prefix: string }, { serviceId: string; prefix: string }];
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/queue/mpps/${place.mppSlug}/services/${a.serviceId}`,
      headers: staff.manager.headers,
      payload: {
        prefix: b.prefix,
        dailyQuota: null,
        lastTicketMinutesBeforeClose: 30,
        targetWaitMinutes: 30,
        isOnlineEnabled: true,
      },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('queue.prefix_taken');
    expect(response.json().errors[0].field).toBe('body.prefix');
  });
});

describe('online tickets', () => {
  it('gives a signed-in citizen one active ticket per service; a second answers 409 with the first', async () => {
    const citizen = await signInAs(t, { role: 'citizen' });
    const serviceId = services[6] as string;
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/queue/tickets',
      headers: citizen.headers,
      payload: { mppId: place.mppSlug, serviceId },
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().channel).toBe('online');
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/queue/tickets',
      headers: citizen.headers,
      payload: { mppId: place.mppSlug, serviceId },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('queue.active_ticket_exists');
    expect(second.json().ticket.id).toBe(first.json().id);
    const mine = (
      await t.app.inject({ method: 'GET', url: '/api/v1/queue/me/tickets', headers: citizen.headers })
    ).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toEqual([first.json().id]);
  });
});

describe("the ticket's own page", () => {
  it('shows position and wait, and lets only the holder of the printed key cancel it', async () => {
    const serviceId = services[7] as string;
    const a = (await takeAtKiosk(serviceId)).json();
    const b = (await takeAtKiosk(serviceId)).json();
    const viewB = (await t.app.inject({ method: 'GET', url: `/api/v1/queue/tickets/${b.id}` })).json();
    expect(viewB.position).toBe(2);
    expect(viewB).not.toHaveProperty('accessKey');
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/queue/tickets/${a.id}/cancel`,
      payload: { accessKey: 'wrong' },
    });
    expect(refused.statusCode).toBe(403);
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/v1/queue/tickets/${a.id}/cancel`,
      payload: { accessKey: a.accessKey },
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'done', outcome: 'cancelled_by_citizen' });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/queue/tickets/${b.id}` })).json().position).toBe(1);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/queue/tickets/${a.id}/cancel`,
      payload: { accessKey: a.accessKey },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('queue.stale_action');
  });

  for (const [k, rule] of (['priority_first', 'interleave'] as const).entries()) {
    it(`tells a new ticket the same place in line its page shows (${rule}), whoever joined before it`, async () => {
      const serviceId = services[9 + k] as string;
      expect(serviceId).toBeDefined();
      const url = `/api/v1/queue/mpps/${place.mppSlug}/settings`;
      const saved = (await t.app.inject({ method: 'GET', url, headers: staff.manager.headers })).json();
      const put = (settings: unknown) =>
        t.app.inject({ method: 'PUT', url, headers: staff.manager.headers, payload: settings as object });
      expect((await put({ ...saved, priorityRule: rule, regularPerPriority: 2 })).statusCode).toBe(200);
      try {
        const start = Date.parse(TEST_CLOCK_START);
        const joins = ['regular', 'priority', 'appointment', 'regular', 'regular', 'priority', 'regular', 'regular'];
        const positions: number[] = [];
        for (const [n, kind] of joins.entries()) {
          t.clock.set(new Date(start + n * 60_000).toISOString());
          if (kind === 'appointment') {
            // Checked in early for a slot 20 minutes on: walk-ins arriving before then go ahead of it.
            await t.queue.api.issueTicket({
              mppRef: place.mppId,
              serviceId,
              channel: 'appointment',
              appointment: { bookedAt: new Date(start + 20 * 60_000) },
            });
            continue;
          }
          const issued = await takeAtKiosk(serviceId, kind === 'priority' ? { priorityGroup: 'elderly' } : {});
          expect(issued.statusCode, issued.body).toBe(201);
          const page = (await t.app.inject({ method: 'GET', url: `/api/v1/queue/tickets/${issued.json().id}` })).json();
          expect(issued.json().position).toBe(page.position);
          positions.push(page.position);
        }
        // The walk-ins after the early appointment are ahead of it, so none is told it is last.
        expect(positions.at(-1)).toBeLessThan(joins.length);
      } finally {
        expect((await put(saved)).statusCode).toBe(200);
      }
    });
  }

  it('moves a citizen running late to the back of the line, once', async () => {
    const serviceId = services[8] as string;
    const late = (await takeAtKiosk(serviceId)).json();
    t.clock.set('2026-11-25T03:01:00Z');
    await takeAtKiosk(serviceId);
    t.clock.set('2026-11-25T03:02:00Z');
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/queue/tickets/${late.id}/late`,
      payload: { accessKey: late.accessKey },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().position).toBe(2);
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/v1/queue/tickets/${late.id}/late`,
      payload: { accessKey: late.accessKey },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('queue.late_not_allowed');
  });

  it('answers 404 for an unknown ticket and 400 for a malformed id', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/queue/tickets/01900000-0000-7000-8000-000000000001' }))
        .statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/queue/tickets/not-a-ticket' })).statusCode).toBe(400);
  });
});
