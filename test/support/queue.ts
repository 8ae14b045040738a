import type { TestApp } from './test-app.js';
import { signInAs } from './auth.js';

/** A counter of the demo catalogue with its tenant and services, found through the public API. */
export async function findDemoCounter(t: TestApp, mppSlug = 'mpp-kota-makassar', tenantShortName?: string) {
  const mpp = (await t.app.inject({ method: 'GET', url: `/api/v1/mpps/${mppSlug}` })).json() as { id: string };
  const counters = (await t.app.inject({ method: 'GET', url: `/api/v1/mpps/${mppSlug}/counters` })).json() as {
    items: {
      id: string;
      number: number;
      label: string;
      tenant: { id: string; shortName: string };
      services: { id: string; name: string }[];
    }[];
  };
  const counter = counters.items.find(
    (c) => c.services.length > 0 && (tenantShortName === undefined || c.tenant.shortName === tenantShortName),
  );
  if (!counter) throw new Error(`no demo counter at ${mppSlug}`);
  return { mppId: mpp.id, mppSlug, counter, counters: counters.items, serviceId: counter.services[0]?.id as string };
}

/** An officer of the counter's tenant at the MPP, and a manager of the MPP (bearer sessions). */
export async function queueStaff(t: TestApp, place: { mppId: string; counter: { tenant: { id: string } } }) {
  const officer = await signInAs(t, { role: 'officer', mppId: place.mppId, tenantId: place.counter.tenant.id });
  const manager = await signInAs(t, { role: 'mpp_manager', mppId: place.mppId });
  return { officer, manager };
}

/** A paired kiosk of the MPP: its device token header. */
export async function pairKiosk(t: TestApp, mppSlug: string, manager: { headers: Record<string, string> }) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/queue/mpps/${mppSlug}/devices`,
    headers: manager.headers,
    payload: { kind: 'kiosk', name: 'Kios lobi' },
  });
  if (response.statusCode !== 201) throw new Error(`pairing failed: ${response.body}`);
  return { 'x-device-token': (response.json() as { token: string }).token };
}

/**
 * `count` waiting tickets of one service, written straight to the tables the way issuing does
 * (ticket, visit, waiting count, number series): the setup of load and concurrency tests.
 */
export async function seedWaitingTickets(
  t: TestApp,
  input: { mppId: string; serviceId: string; tenantId: string; serviceDay: string; count: number; at: string },
) {
  const series = `service:${input.serviceId}`;
  await t.db.transaction(async (tx) => {
    // Numbers continue the series, as issuing would.
    const [last] = await tx.query<{ n: number }>(
      'SELECT coalesce(max(last_number), 0) AS n FROM queue_number_series WHERE mpp_id = $1 AND series = $2 AND service_day = $3',
      [input.mppId, series, input.serviceDay],
    );
    const offset = Number(last?.n ?? 0);
    await tx.query(
      `INSERT INTO queue_tickets (id, mpp_id, service_id, tenant_id, service_day, series, number, display_number, channel,
         lane, status, issued_at, order_at, aged_at, updated_at)
       SELECT gen_random_uuid(), $1, $2, $3, $4, $5, n, 'Z-' || lpad(n::text, 3, '0'), 'kiosk', 'walk_in', 'waiting',
         $6::timestamptz, $6::timestamptz + n * interval '1 millisecond', $6::timestamptz + interval '30 minutes', $6::timestamptz
       FROM generate_series($8::integer + 1, $8::integer + $7::integer) AS n`,
      [input.mppId, input.serviceId, input.tenantId, input.serviceDay, series, input.at, input.count, offset],
    );
    await tx.query(
      `INSERT INTO queue_visits (id, ticket_id, mpp_id, service_day, service_id, tenant_id, is_priority, joined_at, target_wait_minutes)
       SELECT gen_random_uuid(), id, mpp_id, service_day, service_id, tenant_id, false, order_at, 30
       FROM queue_tickets WHERE mpp_id = $1 AND series = $2 AND service_day = $3 AND number > $4`,
      [input.mppId, series, input.serviceDay, offset],
    );
    await tx.query(
      `INSERT INTO queue_service_days (mpp_id, service_id, service_day, issued, waiting) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (mpp_id, service_id, service_day) DO UPDATE
         SET issued = queue_service_days.issued + $4, waiting = queue_service_days.waiting + $4`,
      [input.mppId, input.serviceId, input.serviceDay, input.count],
    );
    await tx.query(
      `INSERT INTO queue_number_series (mpp_id, series, service_day, last_number) VALUES ($1, $2, $3, $4)
       ON CONFLICT (mpp_id, series, service_day) DO UPDATE SET last_number = queue_number_series.last_number + $4`,
      [input.mppId, series, input.serviceDay, input.count],
    );
  });
}

/** JSON over HTTP to a listening node. */
export async function call(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
