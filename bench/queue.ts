/**
 * Benchmarks of the queue issue (issue 4). Not tests: they report, nothing fails on a number.
 *
 *   npm run bench:queue                         # PGlite (in memory) and PostgreSQL, one after the other
 *   npm run bench:queue -- --db postgres        # one engine
 *   npm run bench:queue -- --quick              # shorter runs (smoke test of the bench itself)
 *   npm run bench:queue -- --subscribers 500    # fewer SSE subscribers in (c)
 *   npm run bench:queue -- --profile tmp/prof   # CPU profiles of the main thread during (a), baseline and app apart
 *
 * PostgreSQL: BENCH_QUEUE_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), a fresh
 * schema per run, dropped at the end. PGlite: a fresh in-memory database. Both get the demo
 * catalogue. The line is "Perekaman Data KTP-el" (Dukcapil) at MPP Kota Makassar, served by
 * counter 1 and three counters the bench adds through the catalogue API, each opened for that
 * one service by its own officer; tickets come from a paired kiosk. The clock is fixed inside
 * opening hours, and each measure gets its own service day, so one measure's tickets and visits
 * do not weigh on the next.
 *
 * For each engine, in one run:
 *  (a) issue -> call-next -> finish cycles per second through the app over real HTTP (fetch,
 *      keep-alive, from a worker thread so the client does not share the server's event loop),
 *      4 counters in parallel and 1 counter, on both engines (PGlite: one connection, taken in turns).
 *      Baseline: the same statements the use cases send, copied from the repositories, in the
 *      same transactions with the same row and advisory locks, straight through the driver at
 *      the same concurrency. Rounds interleave baseline and app so drift hits both alike. Also:
 *      an HTTP floor (3 trivial GETs per cycle), CPU per cycle of the server thread and of the
 *      PostgreSQL backends, and what those backends wait on (pg_stat_activity every 10 ms).
 *  (b) call-next latency with 10 and with 50,000 tickets waiting: call-next + finish cycles at
 *      one counter, only call-next timed. The 50,000 are written by one INSERT ... SELECT
 *      generate_series mirroring issuing (tickets, visits, issued events, number series, day
 *      counts). The same SQL's call-next is timed beside it, and a few calls are probed one at
 *      a time with their statements counted and their reads replayed alone (EXPLAIN of the
 *      slowest in the log), to show where the time goes.
 *  (c) display fan-out: 2,000 SSE subscribers (node:http, in a worker thread, each with its own
 *      X-Forwarded-For address so the per-address stream cap is not what is measured) on
 *      /api/v1/queue/mpps/:mpp/events; 50 calls 100 ms apart; call-to-delivery latency from just
 *      before call-next is sent to each subscriber parsing that ticket's queue.ticket_called
 *      event, beside the same with 1 subscriber. Server memory per subscriber: the main thread's
 *      heapUsed + external after a full GC, before and after connecting them, divided by their
 *      number (the clients live in the worker thread's own heap and are not counted; the process
 *      RSS difference, which counts them, is printed too).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { availableParallelism, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { buildApp } from '../src/app.js';
import { type CallCandidate, formatDisplayNumber, pickNext } from '../src/domain/queue/index.js';
import { fixedClock } from '../src/platform/clock.js';
import {
  type Database,
  openEmbeddedDatabase,
  openServerDatabase,
  type Queryable,
} from '../src/platform/db/database.js';
import { APPEND_EVENT } from '../src/modules/queue/queue-events.repository.js';
import { newId } from '../src/platform/ids.js';
import { prepareDatabase } from '../src/runtime.js';
import { percentile } from './report.js';

const args = process.argv.slice(2);
const argument = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const engines = argument('--db') ? [argument('--db') ?? 'pglite'] : ['pglite', 'postgres'];
const quick = args.includes('--quick');
/** Where to write CPU profiles of the server's thread during (a)'s rounds (one per side). */
const profileDir = argument('--profile');
/** (a): seconds per variant per round, and rounds. */
const CYCLE_SECONDS = quick ? 3 : 5;
const ROUNDS = quick ? 1 : 2;
/** (b): call-next + finish cycles per case (capped in time). */
const LATENCY_CYCLES = quick ? 100 : 250;
const LATENCY_SECONDS = quick ? 8 : 12;
const PROBES = 10;
const LARGE_LINE = 50_000;
const SMALL_LINE = 10;
/** (c) */
const SUBSCRIBERS = Number(argument('--subscribers') ?? 2000);
const CALLS = 50;
const CALL_SPACING_MS = 100;
const PG_URL = process.env.BENCH_QUEUE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const POOL = 10;
const BENCH_SECRET_KEY = 'YmVuY2gtc2VjcmV0LWtleS1mb3Itc2F0dXBpbnR1LWJlbmNobWFya3M=';
const MPP_SLUG = 'mpp-kota-makassar';
const SERVICE_NAME = 'Perekaman Data KTP-el';
/** One service day per measure, inside MPP Kota Makassar's hours (WITA, UTC+8). */
const DAY_FANOUT_AND_CYCLES = '2026-11-25T03:00:00Z'; // Wednesday 11:00
const DAY_SMALL_LINE = '2026-11-26T03:00:00Z'; // Thursday 11:00
const DAY_LARGE_LINE = '2026-11-27T01:00:00Z'; // Friday 09:00 (Friday hours stop issuing at 11:00)

type Row = { engine: string; measure: string; baseline: string; result: string; ratio: string; target: string };

// ---------------------------------------------------------------------------------------------
// Database and instrumentation

async function openFresh(engine: string, clock: ReturnType<typeof fixedClock>) {
  if (engine === 'pglite') {
    const db = await openEmbeddedDatabase();
    await prepareDatabase(db, { seedDemoWhenEmpty: true, clock });
    return { db, where: 'in-memory PGlite', close: () => db.close(), admin: undefined };
  }
  const schema = `sp_bench_queue_${newId().replaceAll('-', '').slice(-12)}`;
  const admin = await openServerDatabase({ url: PG_URL, poolSize: 1 });
  await admin.exec(
    `CREATE SCHEMA "${schema}"; CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public; CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;`,
  );
  const db = await openServerDatabase({ url: PG_URL, poolSize: POOL, schema, applicationName: APP_NAME });
  const close = async () => {
    await db.close();
    await admin.exec(`DROP SCHEMA "${schema}" CASCADE`);
    await admin.close();
  };
  try {
    await prepareDatabase(db, { seedDemoWhenEmpty: true, clock });
  } catch (error) {
    await close();
    throw error;
  }
  return { db, where: `schema ${schema} of ${new URL(PG_URL).pathname.slice(1)}`, close, admin: admin as Database };
}

type Probe = {
  medianMs: number;
  statements: number;
  transactions: number;
  top: { statement: string; perOperation: number; msPerOperation: number }[];
  /**
   * The read statements of the last run replayed alone, one after the other (median of 5): on
   * PGlite the statements of a view run together queue for its one connection, so their timings
   * above include that wait; these do not.
   */
  alone: { statement: string; ms: number }[];
  /** The slowest of them, for EXPLAIN. */
  slowest?: { text: string; params: unknown[] } | undefined;
};

/**
 * The database as the app and the baseline see it, counting and timing statements while a probe
 * runs (nothing is recorded otherwise). Background work of the app (the outbox worker's polls)
 * falls into a probe too when it happens meanwhile: medians and per-operation averages.
 */
function instrumented(db: Database) {
  let log: Map<string, { n: number; ms: number }> | undefined;
  let recorded: { text: string; params: unknown[] }[] = [];
  let statements = 0;
  let transactions = 0;
  const timed = async <T>(text: string, run: () => Promise<T>, params: unknown[] = []): Promise<T> => {
    const current = log;
    if (!current) return run();
    statements++;
    recorded.push({ text, params });
    const started = performance.now();
    try {
      return await run();
    } finally {
      const label = text.replace(/\s+/g, ' ').trim().slice(0, 100);
      const entry = current.get(label) ?? { n: 0, ms: 0 };
      entry.n++;
      entry.ms += performance.now() - started;
      current.set(label, entry);
    }
  };
  const wrap = (q: Queryable): Queryable => ({
    query: <T>(text: string, params: unknown[] = []) => timed(text, () => q.query<T>(text, params), params),
    exec: (text: string) => timed(text, () => q.exec(text)),
  });
  const wrapped: Database = {
    kind: db.kind,
    ...wrap(db),
    transaction: (fn) => {
      if (log) transactions++;
      return db.transaction((tx) => fn(wrap(tx)));
    },
    listen: (channel, onMessage, onReconnect) => db.listen(channel, onMessage, onReconnect),
    close: () => db.close(),
  };
  return {
    db: wrapped,
    /** Runs `operation` n times one after the other (with untimed `before`/`after`), recording its statements. */
    async probe(
      n: number,
      operation: () => Promise<unknown>,
      around: { before?: () => Promise<unknown>; after?: () => Promise<unknown> } = {},
    ): Promise<Probe> {
      const times: number[] = [];
      const byStatement = new Map<string, { n: number; ms: number }>();
      statements = 0;
      transactions = 0;
      for (let k = 0; k < n; k++) {
        await around.before?.();
        recorded = [];
        log = byStatement;
        const started = performance.now();
        await operation();
        times.push(performance.now() - started);
        log = undefined;
        await around.after?.();
      }
      const reads = new Map<string, { text: string; params: unknown[] }>();
      for (const r of recorded) {
        if (/^\s*SELECT\b/i.test(r.text) && !/pg_advisory|pg_notify/.test(r.text)) reads.set(r.text, r);
      }
      const alone: (Probe['alone'][number] & { read: { text: string; params: unknown[] } })[] = [];
      for (const r of reads.values()) {
        const runs: number[] = [];
        for (let k = 0; k < 5; k++) {
          const started = performance.now();
          await db.query(r.text, r.params);
          runs.push(performance.now() - started);
        }
        alone.push({ statement: shortStatement(r.text), ms: percentile(runs, 50), read: r });
      }
      alone.sort((a, b) => b.ms - a.ms);
      return {
        alone: alone.slice(0, 3).map(({ statement, ms }) => ({ statement, ms })),
        slowest: alone[0]?.read,
        medianMs: percentile(times, 50),
        statements: statements / n,
        transactions: transactions / n,
        top: [...byStatement]
          .sort((a, b) => b[1].ms - a[1].ms)
          .slice(0, 4)
          .map(([statement, e]) => ({ statement, perOperation: e.n / n, msPerOperation: e.ms / n })),
      };
    },
  };
}

/** A statement by what tells it apart: from its FROM on (the select lists repeat). */
function shortStatement(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const from = flat.indexOf(' FROM ');
  return from > 0 && from < 120 ? flat.slice(from + 1, from + 110) : flat.slice(0, 110);
}

/**
 * With --profile: runs `work` under the V8 CPU profiler, and `save()` writes the samples of
 * every run (one .cpuprofile per name). Without it, runs `work` as it is.
 */
function profiler(name: string) {
  const runs: { nodes: unknown[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }[] = [];
  const session = profileDir ? new Session() : undefined;
  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    if (!session) return work();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    try {
      return await work();
    } finally {
      const { profile } = await session.post('Profiler.stop');
      runs.push(profile as (typeof runs)[number]);
      session.disconnect();
    }
  };
  run.save = async () => {
    if (!profileDir || runs.length === 0) return;
    mkdirSync(profileDir, { recursive: true });
    // The last run stands for all (the profiles of separate runs do not merge).
    writeFileSync(`${profileDir}/${name}.cpuprofile`, JSON.stringify(runs.at(-1)));
  };
  return run;
}

/** A full garbage collection: --expose-gc when given, else the flag switched on at run time. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Bytes the main thread's JavaScript holds: V8 heap in use plus memory of C++ objects bound to it. */
function heapBytes(gc: () => void): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

// ---------------------------------------------------------------------------------------------
// The place: a line with four counters, officers, a kiosk

type Lane = { counterId: string; number: number; officerId: string; headers: Record<string, string> };
type Place = {
  mppId: string;
  serviceId: string;
  tenantId: string;
  prefix: string;
  targetWaitMinutes: number;
  lanes: Lane[];
  kiosk: Record<string, string>;
};

type Reply = { status: number; body: Record<string, unknown> };

function httpClient(base: string) {
  return async (method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<Reply> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
}
type Http = ReturnType<typeof httpClient>;

function expectStatus(reply: Reply, status: number, what: string): Record<string, unknown> {
  if (reply.status !== status) throw new Error(`${what}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

type Built = Awaited<ReturnType<typeof buildApp>>;

async function preparePlace(built: Built, db: Database, http: Http, counters: number): Promise<Place> {
  const { identity, queue } = built;
  const runId = newId().slice(-8);
  const mpp = expectStatus(await http('GET', `/api/v1/mpps/${MPP_SLUG}`), 200, 'MPP');
  const mppId = String(mpp.id);
  type CounterItem = { id: string; number: number; tenant: { id: string }; services: { id: string; name: string }[] };
  const list = expectStatus(await http('GET', `/api/v1/mpps/${MPP_SLUG}/counters`), 200, 'counters');
  const first = (list.items as CounterItem[]).find((c) => c.services.some((s) => s.name === SERVICE_NAME));
  const serviceId = first?.services.find((s) => s.name === SERVICE_NAME)?.id;
  if (!first || !serviceId) throw new Error(`no counter serving ${SERVICE_NAME} at ${MPP_SLUG}`);
  const tenantId = first.tenant.id;

  const manager = await identity.api.createStaffAccount({
    email: `bench-${runId}-manager@bench.invalid`,
    displayName: 'Bench manager',
    grants: [{ role: 'mpp_manager', mppId }],
  });
  const managerHeaders = { authorization: `Bearer ${await identity.api.issueBearerSession(manager.id)}` };
  const counterIds: { id: string; number: number }[] = [{ id: first.id, number: first.number }];
  for (let k = 1; k < counters; k++) {
    const created = expectStatus(
      await http('POST', `/api/v1/mpps/${MPP_SLUG}/counters`, managerHeaders, {
        number: 900 + k,
        label: `Perekaman KTP-el ${k + 1}`,
        tenantRef: tenantId,
        serviceRefs: [serviceId],
      }),
      201,
      'create counter',
    );
    counterIds.push({ id: String(created.id), number: Number(created.number) });
  }
  queue.clearCache();
  const device = expectStatus(
    await http('POST', `/api/v1/queue/mpps/${MPP_SLUG}/devices`, managerHeaders, { kind: 'kiosk', name: 'Kios bench' }),
    201,
    'pair kiosk',
  );
  const lanes: Lane[] = [];
  for (const [k, counter] of counterIds.entries()) {
    const officer = await identity.api.createStaffAccount({
      email: `bench-${runId}-officer${k}@bench.invalid`,
      displayName: `Bench officer ${k}`,
      grants: [{ role: 'officer', mppId, tenantId }],
    });
    const headers = { authorization: `Bearer ${await identity.api.issueBearerSession(officer.id)}` };
    expectStatus(
      await http('POST', `/api/v1/queue/counters/${counter.id}/open`, headers, { serviceIds: [serviceId] }),
      200,
      'open counter',
    );
    lanes.push({ counterId: counter.id, number: counter.number, officerId: officer.id, headers });
  }
  const [settings] = await db.query<{ prefix: string; target_wait_minutes: number }>(
    'SELECT prefix, target_wait_minutes FROM queue_service_settings WHERE mpp_id = $1 AND service_id = $2',
    [mppId, serviceId],
  );
  if (!settings) throw new Error('no queue settings for the service');
  return {
    mppId,
    serviceId,
    tenantId,
    prefix: settings.prefix,
    targetWaitMinutes: Number(settings.target_wait_minutes),
    lanes,
    kiosk: { 'x-device-token': String(device.token) },
  };
}

/** New bearer sessions after the clock moved to another day (sessions expire by the clock). */
async function refreshSessions(built: Built, place: Place) {
  for (const lane of place.lanes) {
    lane.headers = { authorization: `Bearer ${await built.identity.api.issueBearerSession(lane.officerId)}` };
  }
}

// ---------------------------------------------------------------------------------------------
// The baseline: the statements the use cases send, copied from the repositories and services
// (queue-issue.service, queue-counter.service, queue.core, and the tickets, counters, settings
// and events repositories), in the same order and the same transactions.

const TICKET_COLUMNS = `*, to_char(service_day, 'YYYY-MM-DD') AS service_day_text`;
const LINE_HEADS = `SELECT h.* FROM unnest($2::uuid[]) AS s(service_id)
         CROSS JOIN (VALUES (true), (false)) AS p(is_priority)
         CROSS JOIN LATERAL (
           SELECT t.id, t.is_priority, t.order_at, t.aged_at, t.display_number, t.service_id, t.priority_group, t.lane
           FROM queue_tickets t
           WHERE t.mpp_id = $1 AND t.service_id = s.service_id AND t.status = 'waiting' AND t.is_priority = p.is_priority
             AND (t.target_counter_id IS NULL OR t.target_counter_id = $3::uuid)
           ORDER BY t.order_at, t.id LIMIT $4
         ) h`;

type Baseline = { db: Database; place: Place; now: () => Date; day: () => string };

async function rawAppendEvent(
  tx: Queryable,
  b: Baseline,
  type: string,
  ticket: Record<string, unknown>,
  counterId: string | null,
  extra: Record<string, unknown>,
) {
  const { mppId, serviceId } = b.place;
  const payload = {
    ticketId: ticket.id,
    displayNumber: ticket.display_number,
    serviceId,
    serviceIds: [serviceId],
    status: ticket.status,
    ...extra,
  };
  // The events repository's append: the waiting counts, the stream's next number, the event and
  // the NOTIFY in one statement.
  await tx.query(APPEND_EVENT, [
    mppId,
    newId(),
    type,
    ticket.id,
    counterId,
    JSON.stringify(payload),
    b.now(),
    'satupintu_queue',
    [serviceId],
    String(ticket.service_day_text),
  ]);
}

async function rawIssue(b: Baseline): Promise<void> {
  const { db, place } = b;
  const now = b.now();
  const day = b.day();
  const series = `service:${place.serviceId}`;
  // The settings come from the app's per-node cache (2 s) and the quota is the guarded increment:
  // nothing is read before the transaction.
  await db.transaction(async (tx) => {
    const counted = await tx.query(
      `INSERT INTO queue_service_days (mpp_id, service_id, service_day, issued, waiting) VALUES ($1, $2, $3, 1, 1)
         ON CONFLICT (mpp_id, service_id, service_day) DO UPDATE
           SET issued = queue_service_days.issued + 1, waiting = queue_service_days.waiting + 1
           WHERE $4::integer IS NULL OR queue_service_days.issued < $4::integer
         RETURNING issued`,
      [place.mppId, place.serviceId, day, null],
    );
    if (counted.length === 0) throw new Error('baseline: quota reached');
    const [numbered] = await tx.query<{ last_number: number }>(
      `INSERT INTO queue_number_series (mpp_id, series, service_day, last_number) VALUES ($1, $2, $3, 1)
         ON CONFLICT (mpp_id, series, service_day) DO UPDATE SET last_number = queue_number_series.last_number + 1
         RETURNING last_number`,
      [place.mppId, series, day],
    );
    const number = Number(numbered?.last_number);
    const [ticket] = await tx.query(
      `INSERT INTO queue_tickets (id, mpp_id, service_id, tenant_id, service_day, series, number, display_number, channel,
           lane, priority_group, citizen_account_id, phone, status, issued_at, order_at, aged_at, target_counter_id,
           appointment_id, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'waiting', $14, $15, $16, $17, NULL, $18)
         RETURNING ${TICKET_COLUMNS}`,
      [
        newId(),
        place.mppId,
        place.serviceId,
        place.tenantId,
        day,
        series,
        number,
        formatDisplayNumber(place.prefix, number),
        'kiosk',
        'walk_in',
        null,
        null,
        null,
        now,
        now,
        new Date(now.getTime() + place.targetWaitMinutes * 60_000),
        null,
        now,
      ],
    );
    if (!ticket) throw new Error('baseline: no ticket');
    await tx.query(
      `INSERT INTO queue_visits (id, ticket_id, mpp_id, service_day, service_id, tenant_id, is_priority, joined_at, target_wait_minutes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [newId(), ticket.id, place.mppId, day, place.serviceId, place.tenantId, false, now, place.targetWaitMinutes],
    );
    await rawAppendEvent(tx, b, 'queue.ticket_issued', ticket, null, { channel: 'kiosk', priorityGroup: null });
  });
}

/** callNext: the session locked, the busy check, the line locks, the heads, the rule, the call. */
async function rawCallNext(b: Baseline, lane: Lane): Promise<string | undefined> {
  const { place } = b;
  return b.db.transaction(async (tx) => {
    const now = b.now();
    const [session] = await tx.query(
      `SELECT * FROM queue_counter_sessions WHERE counter_id = $1 AND state <> 'closed' FOR UPDATE`,
      [lane.counterId],
    );
    if (!session) throw new Error('baseline: counter not open');
    const busy = await tx.query(
      `SELECT ${TICKET_COLUMNS} FROM queue_tickets WHERE counter_id = $1 AND status IN ('called', 'serving')`,
      [lane.counterId],
    );
    if (busy.length > 0) throw new Error('baseline: counter busy');
    const serviceIds = (session.service_ids as string[]).map(String);
    const keys = [...serviceIds].sort().map((s) => `queue-line:${place.mppId}:${s}`);
    await tx.query(
      'SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest($1::text[]) WITH ORDINALITY AS u(k, n)',
      [keys],
    );
    const heads = await tx.query(LINE_HEADS, [place.mppId, serviceIds, lane.counterId, 1]);
    // The rule, and how many ahead are told their turn is near, come from the settings cache.
    const candidates: CallCandidate[] = heads.map((r) => ({
      id: String(r.id),
      isPriority: Boolean(r.is_priority),
      orderAt: new Date(r.order_at as string),
      agedAt: new Date(r.aged_at as string),
    }));
    const chosen = pickNext(
      candidates,
      { kind: 'priority_first' },
      { regularStreak: Number(session.regular_streak) },
      now,
    );
    if (!chosen) return undefined;
    // No ticket lock: the line locks keep other counters away; the status guard is the last word.
    const [called] = await tx.query(
      `UPDATE queue_tickets SET status = $3, counter_id = $4, officer_account_id = $5, called_at = $6, call_count = call_count + 1, updated_at = $7 WHERE id = $1 AND status = ANY($2::text[]) RETURNING ${TICKET_COLUMNS}`,
      [chosen.id, ['waiting'], 'called', lane.counterId, session.officer_account_id, now, now],
    );
    if (!called) throw new Error('baseline: stale call');
    await tx.query(
      `INSERT INTO queue_service_days (mpp_id, service_id, service_day, issued, waiting) VALUES ($1, $2, $3, 0, greatest($4, 0))
         ON CONFLICT (mpp_id, service_id, service_day) DO UPDATE SET waiting = queue_service_days.waiting + $4`,
      [place.mppId, place.serviceId, called.service_day_text, -1],
    );
    await tx.query(
      `UPDATE queue_visits SET first_called_at = coalesce(first_called_at, $4), counter_id = $2, officer_account_id = $3
         WHERE ticket_id = $1 AND ended_at IS NULL`,
      [called.id, lane.counterId, session.officer_account_id, now],
    );
    await tx.query('UPDATE queue_counter_sessions SET regular_streak = $2 WHERE id = $1', [
      session.id,
      Number(session.regular_streak) + 1,
    ]);
    // notifyTurnNear: the first in line with a phone (none here, so no update).
    await tx.query(
      `SELECT ${TICKET_COLUMNS} FROM (
           (SELECT * FROM queue_tickets WHERE mpp_id = $1 AND service_id = $2 AND status = 'waiting' AND is_priority
            ORDER BY order_at, id LIMIT $3)
           UNION ALL
           (SELECT * FROM queue_tickets WHERE mpp_id = $1 AND service_id = $2 AND status = 'waiting' AND NOT is_priority
            ORDER BY order_at, id LIMIT $3)
         ) t WHERE phone IS NOT NULL AND near_notified_at IS NULL`,
      [place.mppId, place.serviceId, 3],
    );
    await rawAppendEvent(tx, b, 'queue.ticket_called', called, lane.counterId, {
      isRecall: false,
      calledAt: now.toISOString(),
      counter: { id: lane.counterId, number: lane.number, label: `Loket ${lane.number}` },
      serviceName: SERVICE_NAME,
      tenantShortName: 'Dukcapil',
      announcement: { text: `Nomor antrean ${String(called.display_number)}, silakan menuju loket`, repeat: 2 },
    });
    return chosen.id;
  });
}

async function rawFinish(b: Baseline, lane: Lane, ticketId: string): Promise<void> {
  await b.db.transaction(async (tx) => {
    const now = b.now();
    const [session] = await tx.query(
      `SELECT * FROM queue_counter_sessions WHERE counter_id = $1 AND state <> 'closed' FOR UPDATE`,
      [lane.counterId],
    );
    if (!session) throw new Error('baseline: counter not open');
    await tx.query(`SELECT ${TICKET_COLUMNS} FROM queue_tickets WHERE id = $1 FOR UPDATE`, [ticketId]);
    const [done] = await tx.query(
      `UPDATE queue_tickets SET status = $3, outcome = $4, finished_at = $5, updated_at = $6 WHERE id = $1 AND status = ANY($2::text[]) RETURNING ${TICKET_COLUMNS}`,
      [ticketId, ['called', 'serving'], 'done', 'served', now, now],
    );
    if (!done) throw new Error('baseline: stale finish');
    await tx.query('UPDATE queue_visits SET ended_at = $3, outcome = $2 WHERE ticket_id = $1 AND ended_at IS NULL', [
      ticketId,
      'served',
      now,
    ]);
    await rawAppendEvent(tx, b, 'queue.ticket_finished', done, lane.counterId, { outcome: 'served' });
  });
}

type CycleSample = {
  cycles: number;
  seconds: number;
  issue: number[];
  call: number[];
  finish: number[];
  cycle: number[];
};

/** Baseline loops, one per lane, until the time or the cycle budget is used. */
async function rawCycles(
  b: Baseline,
  lanes: Lane[],
  options: { seconds: number; maxCycles?: number; issueFirst: boolean },
): Promise<CycleSample> {
  const sample: CycleSample = { cycles: 0, seconds: 0, issue: [], call: [], finish: [], cycle: [] };
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  let begun = 0;
  await Promise.all(
    lanes.map(async (lane) => {
      while (performance.now() < deadline && begun < (options.maxCycles ?? Number.POSITIVE_INFINITY)) {
        begun++;
        const t0 = performance.now();
        if (options.issueFirst) await rawIssue(b);
        const t1 = performance.now();
        const ticketId = await rawCallNext(b, lane);
        const t2 = performance.now();
        if (!ticketId) throw new Error('baseline: nobody waiting');
        await rawFinish(b, lane, ticketId);
        const t3 = performance.now();
        sample.issue.push(t1 - t0);
        sample.call.push(t2 - t1);
        sample.finish.push(t3 - t2);
        sample.cycle.push(t3 - t0);
        sample.cycles++;
      }
    }),
  );
  sample.seconds = (performance.now() - started) / 1000;
  return sample;
}

// ---------------------------------------------------------------------------------------------
// The app side: HTTP clients in a worker thread (fetch keeps connections alive)

const CYCLE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { base, kiosk, serviceId, lanes, seconds, maxCycles, issueFirst, floor } = workerData;
async function send(path, headers, body) {
  const init = { method: 'POST', headers: { ...headers } };
  if (body !== undefined) { init.headers['content-type'] = 'application/json'; init.body = JSON.stringify(body); }
  const response = await fetch(base + path, init);
  return { status: response.status, text: await response.text() };
}
const result = { cycles: 0, seconds: 0, issue: [], call: [], finish: [], cycle: [], errors: {} };
function fail(step, r) {
  const code = (/"code":"([^"]+)"/.exec(r.text) || [])[1] || r.text.slice(0, 80);
  const key = step + ' ' + r.status + ' ' + code;
  result.errors[key] = (result.errors[key] || 0) + 1;
}
let begun = 0;
async function lane(l) {
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline && begun < maxCycles) {
    begun++;
    const t0 = performance.now();
    if (floor) {
      // The HTTP floor: three requests that do no work (the same client, server and connections).
      for (let k = 0; k < 3; k++) await (await fetch(base + '/health/live')).text();
      result.cycle.push(performance.now() - t0);
      result.cycles++;
      continue;
    }
    if (issueFirst) {
      const r = await send('/api/v1/queue/kiosk/tickets', kiosk, { serviceId });
      if (r.status !== 201) { fail('issue', r); continue; }
    }
    const t1 = performance.now();
    const c = await send('/api/v1/queue/counters/' + l.counterId + '/call-next', l.headers);
    const t2 = performance.now();
    if (c.status !== 200) { fail('call-next', c); continue; }
    const current = JSON.parse(c.text).current;
    if (!current) { fail('call-next', { status: 200, text: 'no current ticket' }); continue; }
    const f = await send('/api/v1/queue/counters/' + l.counterId + '/finish', l.headers, { ticketId: current.id, outcome: 'served' });
    const t3 = performance.now();
    if (f.status !== 200) { fail('finish', f); continue; }
    result.issue.push(t1 - t0); result.call.push(t2 - t1); result.finish.push(t3 - t2); result.cycle.push(t3 - t0);
    result.cycles++;
  }
}
const started = performance.now();
Promise.all(lanes.map(lane)).then(
  () => { result.seconds = (performance.now() - started) / 1000; parentPort.postMessage(result); },
  (e) => parentPort.postMessage({ error: String((e && e.stack) || e) }),
);
`;

type AppSample = CycleSample & { errors: Record<string, number> };

function appCycles(
  base: string,
  place: Place,
  lanes: Lane[],
  options: { seconds: number; maxCycles?: number; issueFirst: boolean; floor?: boolean },
): Promise<AppSample> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(CYCLE_WORKER, {
      eval: true,
      workerData: {
        base,
        kiosk: place.kiosk,
        serviceId: place.serviceId,
        lanes: lanes.map((l) => ({ counterId: l.counterId, headers: l.headers })),
        seconds: options.seconds,
        maxCycles: options.maxCycles ?? Number.MAX_SAFE_INTEGER,
        issueFirst: options.issueFirst,
        floor: options.floor ?? false,
      },
    });
    worker.once('error', reject);
    worker.once('message', (message: AppSample & { error?: string }) => {
      void worker.terminate();
      if (message.error) reject(new Error(message.error));
      else resolve(message);
    });
  });
}

function mergeSamples<T extends CycleSample>(samples: T[]): CycleSample {
  return {
    cycles: samples.reduce((n, s) => n + s.cycles, 0),
    seconds: samples.reduce((n, s) => n + s.seconds, 0),
    issue: samples.flatMap((s) => s.issue),
    call: samples.flatMap((s) => s.call),
    finish: samples.flatMap((s) => s.finish),
    cycle: samples.flatMap((s) => s.cycle),
  };
}

// ---------------------------------------------------------------------------------------------
// (b) 50,000 waiting, written the way issuing writes them

/**
 * `count` kiosk tickets of the place's service on `day`, arrived 50 ms apart until `now`: the
 * day's count and waiting number, the number series, each ticket with its open visit and its
 * queue.ticket_issued event, in one transaction (the series and stream rows locked as issuing
 * locks them).
 */
async function insertWaiting(db: Database, place: Place, day: string, now: Date, count: number): Promise<void> {
  const series = `service:${place.serviceId}`;
  const firstArrival = new Date(now.getTime() - count * 50);
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO queue_service_days (mpp_id, service_id, service_day, issued, waiting) VALUES ($1, $2, $3, $4, $4)
       ON CONFLICT (mpp_id, service_id, service_day) DO UPDATE
         SET issued = queue_service_days.issued + $4, waiting = queue_service_days.waiting + $4`,
      [place.mppId, place.serviceId, day, count],
    );
    const [numbered] = await tx.query<{ last_number: number }>(
      `INSERT INTO queue_number_series (mpp_id, series, service_day, last_number) VALUES ($1, $2, $3, $4)
       ON CONFLICT (mpp_id, series, service_day) DO UPDATE SET last_number = queue_number_series.last_number + $4
       RETURNING last_number`,
      [place.mppId, series, day, count],
    );
    const [stream] = await tx.query<{ last_seq: string }>(
      `INSERT INTO queue_streams (mpp_id, last_seq) VALUES ($1, $2)
       ON CONFLICT (mpp_id) DO UPDATE SET last_seq = queue_streams.last_seq + $2 RETURNING last_seq`,
      [place.mppId, count],
    );
    const firstNumber = Number(numbered?.last_number) - count + 1;
    const firstSeq = Number(stream?.last_seq) - count + 1;
    await tx.query(
      `WITH g AS (
         SELECT n, gen_random_uuid() AS id, $9::integer + n - 1 AS number,
                $10::timestamptz + (n - 1) * interval '50 milliseconds' AS at
         FROM generate_series(1, $8::integer) AS n
       ), t AS (
         INSERT INTO queue_tickets (id, mpp_id, service_id, tenant_id, service_day, series, number, display_number, channel,
           lane, priority_group, citizen_account_id, phone, status, issued_at, order_at, aged_at, target_counter_id,
           appointment_id, updated_at)
         SELECT id, $1, $2, $3, $4::date, $5, number, $6 || '-' || lpad(number::text, greatest(3, length(number::text)), '0'),
           'kiosk', 'walk_in', NULL, NULL, NULL, 'waiting', at, at, at + $7::integer * interval '1 minute', NULL, NULL, at
         FROM g RETURNING id, order_at
       ), v AS (
         INSERT INTO queue_visits (id, ticket_id, mpp_id, service_day, service_id, tenant_id, is_priority, joined_at, target_wait_minutes)
         SELECT gen_random_uuid(), id, $1, $4::date, $2, $3, false, order_at, $7::integer FROM t
       )
       INSERT INTO queue_events (mpp_id, seq, id, type, ticket_id, counter_id, payload, created_at)
       SELECT $1, $11::bigint + n - 1, gen_random_uuid(), 'queue.ticket_issued', id, NULL,
         jsonb_build_object('ticketId', id, 'displayNumber', $6 || '-' || lpad(number::text, greatest(3, length(number::text)), '0'),
           'serviceId', $2::text, 'serviceIds', jsonb_build_array($2::text), 'status', 'waiting',
           'waiting', jsonb_build_object($2::text, n), 'channel', 'kiosk', 'priorityGroup', NULL),
         at
       FROM g`,
      [
        place.mppId,
        place.serviceId,
        place.tenantId,
        day,
        series,
        place.prefix,
        place.targetWaitMinutes,
        count,
        firstNumber,
        firstArrival,
        firstSeq,
      ],
    );
  });
}

async function waitingOn(db: Database, place: Place, day: string): Promise<{ table: number; counted: number }> {
  const [row] = await db.query<{ waiting: number }>(
    'SELECT waiting FROM queue_service_days WHERE mpp_id = $1 AND service_id = $2 AND service_day = $3',
    [place.mppId, place.serviceId, day],
  );
  const [counted] = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM queue_tickets WHERE mpp_id = $1 AND service_id = $2 AND status = 'waiting'",
    [place.mppId, place.serviceId],
  );
  return { table: Number(row?.waiting ?? 0), counted: Number(counted?.n ?? 0) };
}

// ---------------------------------------------------------------------------------------------
// (c) SSE subscribers in a worker thread

const SUBSCRIBER_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { host, port, path, count, concurrency } = workerData;
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
const requests = [];
const events = {};
let pending = [];
let connected = 0, failed = 0;
const failures = {};
function open(i) {
  return new Promise((resolve) => {
    // Each board from its own address (the app trusts X-Forwarded-For here), as 2,000 screens
    // would be: the per-address cap on streams stays on and is not what is measured.
    const forwarded = '10.' + ((i >> 16) & 255) + '.' + ((i >> 8) & 255) + '.' + (i & 255);
    const headers = { accept: 'text/event-stream', 'x-forwarded-for': forwarded };
    const req = http.get({ host, port, path, agent, headers }, (res) => {
      if (res.statusCode !== 200) { failed++; failures[res.statusCode] = (failures[res.statusCode] || 0) + 1; res.resume(); resolve(); return; }
      connected++;
      resolve();
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk) => {
        const at = performance.timeOrigin + performance.now();
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\\n\\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let type = '', data = '';
          for (const line of block.split('\\n')) {
            if (line.startsWith('event: ')) type = line.slice(7);
            else if (line.startsWith('data: ')) data += line.slice(6);
          }
          if (!type) continue;
          events[type] = (events[type] || 0) + 1;
          if (type === 'queue.ticket_called') {
            const m = /"ticketId":"([^"]+)"/.exec(data);
            pending.push([m ? m[1] : '', i, at]);
          }
        }
      });
      res.on('error', () => {});
    });
    req.on('error', (e) => { failed++; failures[e.code] = (failures[e.code] || 0) + 1; resolve(); });
    requests.push(req);
  });
}
setInterval(() => { if (pending.length) { parentPort.postMessage({ received: pending }); pending = []; } }, 10).unref();
(async () => {
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => { while (next < count) await open(next++); }));
  parentPort.postMessage({ connected, failed, failures, connectMs: performance.now() - started });
})();
parentPort.on('message', (message) => {
  if (message !== 'close') return;
  if (pending.length) { parentPort.postMessage({ received: pending }); pending = []; }
  for (const req of requests) req.destroy();
  parentPort.postMessage({ closed: true, events });
});
`;

type Subscribers = {
  connected: number;
  failed: number;
  failures: Record<string, number>;
  connectMs: number;
  /** ticket id -> arrival epoch ms per subscriber index */
  received: Map<string, number[]>;
  close(): Promise<Record<string, number>>;
};

async function startSubscribers(address: string, path: string, count: number): Promise<Subscribers> {
  const url = new URL(address);
  const worker = new Worker(SUBSCRIBER_WORKER, {
    eval: true,
    workerData: { host: url.hostname, port: Number(url.port), path, count, concurrency: 100 },
  });
  const received = new Map<string, number[]>();
  let onClosed: (events: Record<string, number>) => void = () => {};
  type Message = {
    received?: [string, number, number][];
    connected?: number;
    failed?: number;
    connectMs?: number;
    failures?: Record<string, number>;
    closed?: boolean;
    events?: Record<string, number>;
  };
  const ready = await new Promise<Message>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (message: Message) => {
      for (const [ticketId, , at] of message.received ?? []) {
        const list = received.get(ticketId) ?? [];
        list.push(at);
        received.set(ticketId, list);
      }
      if (message.connected !== undefined) resolve(message);
      if (message.closed) onClosed(message.events ?? {});
    });
  });
  return {
    connected: ready.connected ?? 0,
    failed: ready.failed ?? 0,
    failures: ready.failures ?? {},
    connectMs: ready.connectMs ?? 0,
    received,
    async close() {
      const events = await new Promise<Record<string, number>>((resolve) => {
        onClosed = resolve;
        worker.postMessage('close');
      });
      await worker.terminate();
      return events;
    },
  };
}

const epochNow = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// What the app's PostgreSQL backends do meanwhile (pg_stat_activity sampled every 10 ms)

/** The app's connections carry this application_name, so other work on the server is not sampled. */
const APP_NAME = 'satupintu-bench-queue';

/** CPU time of a thread or process from /proc (utime + stime, clock ticks of 10 ms). */
function cpuMsOf(statPath: string): number | undefined {
  try {
    const stat = readFileSync(statPath, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** The server's thread (Fastify, the pg driver, PGlite); not the client worker threads. */
const mainThreadCpuMs = () => cpuMsOf(`/proc/self/task/${process.pid}/stat`) ?? Number.NaN;

async function backendCpuMs(admin: Database | undefined): Promise<Map<number, number>> {
  const cpu = new Map<number, number>();
  if (!admin) return cpu;
  const rows = await admin.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND backend_type = 'client backend'",
    [APP_NAME],
  );
  for (const { pid } of rows) {
    const ms = cpuMsOf(`/proc/${pid}/stat`);
    if (ms !== undefined) cpu.set(pid, ms);
  }
  return cpu;
}

type Usage = { waits: Map<string, number>; serverCpuMs: number; databaseCpuMs: number };
const newUsage = (): Usage => ({ waits: new Map(), serverCpuMs: 0, databaseCpuMs: 0 });

/** Runs `run` while sampling the app's backends' states and counting the CPU of the server thread and backends. */
async function sampling<T>(admin: Database | undefined, usage: Usage, run: () => Promise<T>): Promise<T> {
  const into = usage.waits;
  const cpu0 = mainThreadCpuMs();
  const db0 = await backendCpuMs(admin);
  const count = async () => {
    usage.serverCpuMs += mainThreadCpuMs() - cpu0;
    for (const [pid, ms] of await backendCpuMs(admin)) usage.databaseCpuMs += ms - (db0.get(pid) ?? 0);
  };
  if (!admin) {
    try {
      return await run();
    } finally {
      await count();
    }
  }
  let running = true;
  const sampler = (async () => {
    while (running) {
      const rows = await admin.query<{ state: string; wait: string | null }>(
        `SELECT state, wait_event_type || ':' || wait_event AS wait FROM pg_stat_activity
         WHERE application_name = $1 AND backend_type = 'client backend'`,
        [APP_NAME],
      );
      for (const r of rows) {
        if (r.state === 'idle') continue;
        const key = `${r.state}${r.wait ? ` (${r.wait})` : ''}`;
        into.set(key, (into.get(key) ?? 0) + 1);
      }
      await sleep(10);
    }
  })();
  try {
    return await run();
  } finally {
    running = false;
    await sampler;
    await count();
  }
}

/** The busiest states of the app's backends, as shares of the samples where they were not idle. */
function describeWaits(usage: Usage, cycles: number): string {
  const { waits } = usage;
  const cpu =
    `CPU/cycle ${(usage.serverCpuMs / Math.max(1, cycles)).toFixed(1)} ms Node main thread` +
    (usage.databaseCpuMs ? ` + ${(usage.databaseCpuMs / Math.max(1, cycles)).toFixed(1)} ms PostgreSQL` : '');
  if (waits.size === 0) return cpu;
  const total = [...waits.values()].reduce((a, b) => a + b, 0);
  const shares = [...waits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([k, n]) => `${k} ${Math.round((100 * n) / Math.max(1, total))}%`)
    .join(', ');
  return `${cpu}; busy backends: ${shares}`;
}

// ---------------------------------------------------------------------------------------------
// Formatting

const ms = (n: number) => (Number.isNaN(n) ? '-' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
const p = (values: number[], q: number) => ms(percentile(values, q));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const describeProbe = (x: Probe) =>
  `${ms(x.medianMs)} ms one at a time, ${x.statements.toFixed(1)} statements / ${x.transactions.toFixed(1)} tx; ` +
  `slowest reads replayed alone: ${x.alone
    .slice(0, 2)
    .map((t) => `\`${t.statement}\` ${t.ms.toFixed(2)} ms`)
    .join(', ')}`;

// ---------------------------------------------------------------------------------------------
// One engine

async function benchEngine(engine: string, rows: Row[]) {
  const log = (message: string) => console.error(`[${engine}] ${message}`);
  const loadStart = load();
  const clock = fixedClock(DAY_FANOUT_AND_CYCLES);
  const setupStarted = performance.now();
  const opened = await openFresh(engine, clock);
  log(`${opened.where}: migrated and demo catalogue loaded in ${ms((performance.now() - setupStarted) / 1000)} s`);
  const counted = instrumented(opened.db);
  const db = counted.db;
  const built = await buildApp({
    db,
    clock,
    logLevel: false,
    webDir: false,
    secretKey: BENCH_SECRET_KEY,
    environment: 'test',
    // The SSE subscribers each send their own X-Forwarded-For address (see SUBSCRIBER_WORKER).
    trustProxy: true,
  });
  const { app, queue } = built;
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const http = httpClient(address);
  const gc = collector();
  const activity = opened.admin;
  const result: Record<string, unknown> = { engine, loadStart };
  try {
    const place = await preparePlace(built, db, http, 4);
    const baseline: Baseline = {
      db,
      place,
      now: () => clock.now(),
      day: () => clock.now().toISOString().slice(0, 10),
    };
    // The service day in Makassar (UTC+8) is the UTC date for every clock used here (01:00-03:00 UTC).
    const issue = async () =>
      expectStatus(
        await http('POST', '/api/v1/queue/kiosk/tickets', place.kiosk, { serviceId: place.serviceId }),
        201,
        'issue',
      );
    const callNext = async (lane: Lane) =>
      expectStatus(await http('POST', `/api/v1/queue/counters/${lane.counterId}/call-next`, lane.headers), 200, 'call');
    const finish = async (lane: Lane, ticketId: string) =>
      expectStatus(
        await http('POST', `/api/v1/queue/counters/${lane.counterId}/finish`, lane.headers, {
          ticketId,
          outcome: 'served',
        }),
        200,
        'finish',
      );
    const currentOf = (view: Record<string, unknown>) => String((view.current as { id: string }).id);

    // ---- (c) display fan-out (first, on a quiet server) --------------------------------------
    /**
     * `calls` calls 100 ms apart, round the four counters, to `count` subscribers of the MPP's
     * stream; each counter's previous ticket is finished (untimed) before it calls again.
     */
    const fanOut = async (count: number, calls: number) => {
      for (let k = 0; k < calls; k++) await issue();
      const before = heapBytes(gc);
      const rssBefore = process.memoryUsage().rss;
      const subscribers = await startSubscribers(address, `/api/v1/queue/mpps/${MPP_SLUG}/events`, count);
      const allSubscribed = await until(() => queue.stream.subscriberCount() >= subscribers.connected, 30_000);
      await sleep(500);
      const after = heapBytes(gc);
      const rssAfter = process.memoryUsage().rss;
      const calledAt = new Map<string, number>();
      const callReplies: number[] = [];
      const holding = new Map<Lane, string>();
      const loopDelay = monitorEventLoopDelay({ resolution: 5 });
      loopDelay.enable();
      for (let k = 0; k < calls; k++) {
        const tick = performance.now();
        const lane = place.lanes[k % place.lanes.length] as Lane;
        const held = holding.get(lane);
        if (held) await finish(lane, held);
        const t0 = epochNow();
        const view = await callNext(lane);
        callReplies.push(epochNow() - t0);
        const ticketId = currentOf(view);
        calledAt.set(ticketId, t0);
        holding.set(lane, ticketId);
        const wait = CALL_SPACING_MS - (performance.now() - tick);
        if (wait > 0) await sleep(wait);
      }
      const expected = calls * subscribers.connected;
      const countReceived = () =>
        [...calledAt.keys()].reduce((n, id) => n + (subscribers.received.get(id)?.length ?? 0), 0);
      await until(() => countReceived() >= expected, 10_000);
      loopDelay.disable();
      for (const [lane, ticketId] of holding) await finish(lane, ticketId);
      const deliveries: number[] = [];
      for (const [ticketId, t0] of calledAt) {
        for (const at of subscribers.received.get(ticketId) ?? []) deliveries.push(at - t0);
      }
      const eventsSeen = await subscribers.close();
      await until(() => queue.stream.subscriberCount() === 0, 10_000);
      const left = queue.stream.subscriberCount();
      await sleep(200);
      const afterClose = heapBytes(gc);
      return {
        subscribers: subscribers.connected,
        failed: subscribers.failed,
        failures: subscribers.failures,
        allSubscribed,
        connectMs: subscribers.connectMs,
        deliveries: deliveries.length,
        expected,
        p50: percentile(deliveries, 50),
        p99: percentile(deliveries, 99),
        max: Math.max(...deliveries),
        callReplyP50: percentile(callReplies, 50),
        callReplyP99: percentile(callReplies, 99),
        eventLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
        eventLoopDelayMaxMs: loopDelay.max / 1e6,
        heapBefore: before,
        bytesPerSubscriber: (after - before) / Math.max(1, subscribers.connected),
        rssPerSubscriber: (rssAfter - rssBefore) / Math.max(1, subscribers.connected),
        heapLeftAfterCloseBytes: afterClose - before,
        subscribersLeft: left,
        eventsSeen,
      };
    };
    log(`fan-out: 1 subscriber, then ${SUBSCRIBERS}, ${CALLS} calls ${CALL_SPACING_MS} ms apart ...`);
    const single = await fanOut(1, 20);
    const fanout = await fanOut(SUBSCRIBERS, CALLS);
    result.fanout = { single, many: fanout };
    log(`fan-out: ${JSON.stringify(result.fanout)}`);
    rows.push({
      engine,
      measure: `(c) display fan-out: ${fanout.subscribers} SSE subscribers, ${CALLS} calls ${CALL_SPACING_MS} ms apart (4 counters)`,
      baseline:
        `1 subscriber, 20 calls: call -> delivery p50 ${ms(single.p50)} / p99 ${ms(single.p99)} ms, ` +
        `call-next reply p50 ${ms(single.callReplyP50)} ms`,
      result:
        `call -> delivery p50 ${ms(fanout.p50)} / p99 ${ms(fanout.p99)} / max ${ms(fanout.max)} ms ` +
        `(${fanout.deliveries.toLocaleString('en')} of ${fanout.expected.toLocaleString('en')} delivered` +
        (fanout.failed ? `; ${fanout.failed} subscribers refused: ${JSON.stringify(fanout.failures)}` : '') +
        '); ' +
        `call-next reply p50 ${ms(fanout.callReplyP50)} / p99 ${ms(fanout.callReplyP99)} ms; ` +
        `server event-loop delay p99 ${ms(fanout.eventLoopDelayP99Ms)} / max ${ms(fanout.eventLoopDelayMaxMs)} ms`,
      ratio: `p99 ${(fanout.p99 / single.p99).toFixed(1)}x`,
      target: `p99 <= 500 ms: ${
        fanout.p99 <= 500 && fanout.deliveries === fanout.expected && fanout.subscribers === SUBSCRIBERS
          ? 'met'
          : 'NOT met'
      }`,
    });
    rows.push({
      engine,
      measure: `(c) server memory per SSE subscriber (${fanout.subscribers} connected in ${ms(fanout.connectMs / 1000)} s)`,
      baseline: `heap+external ${(fanout.heapBefore / 1048576).toFixed(1)} MiB before connecting`,
      result:
        `${(fanout.bytesPerSubscriber / 1024).toFixed(1)} KiB (main-thread heapUsed + external after GC); process RSS ` +
        `+${(fanout.rssPerSubscriber / 1024).toFixed(1)} KiB each incl. the clients; ` +
        `${(fanout.heapLeftAfterCloseBytes / 1024).toFixed(0)} KiB left after all closed, ${fanout.subscribersLeft} subscribers left`,
      ratio: '',
      target: '',
    });

    // ---- (a) issue -> call-next -> finish cycles --------------------------------------------
    // 4 counters (requests overlap, as at an MPP with several counters and kiosks: on PGlite they
    // take turns on its one connection) and 1 (each request waits for the previous answer).
    const variants = [place.lanes, place.lanes.slice(0, 1)];
    const cycleResults: Record<string, unknown> = {};
    for (const lanes of variants) {
      const rounds = ROUNDS;
      log(`cycles: ${rounds} round(s) x ${CYCLE_SECONDS} s per variant, ${lanes.length} counter(s) ...`);
      await rawCycles(baseline, lanes, { seconds: 1, issueFirst: true }); // warm-up, both sides
      await appCycles(address, place, lanes, { seconds: 1, issueFirst: true });
      const rawSamples: CycleSample[] = [];
      const appSamples: AppSample[] = [];
      const rawUsage = newUsage();
      const appUsage = newUsage();
      const rawProfile = profiler(`${engine}-${lanes.length}-baseline`);
      const appProfile = profiler(`${engine}-${lanes.length}-app`);
      for (let round = 0; round < rounds; round++) {
        rawSamples.push(
          await sampling(activity, rawUsage, () =>
            rawProfile(() => rawCycles(baseline, lanes, { seconds: CYCLE_SECONDS, issueFirst: true })),
          ),
        );
        appSamples.push(
          await sampling(activity, appUsage, () =>
            appProfile(() => appCycles(address, place, lanes, { seconds: CYCLE_SECONDS, issueFirst: true })),
          ),
        );
      }
      await rawProfile.save();
      await appProfile.save();
      const floorSample = await appCycles(address, place, lanes, {
        seconds: CYCLE_SECONDS,
        issueFirst: false,
        floor: true,
      });
      const floorRate = floorSample.cycles / floorSample.seconds;
      const raw = mergeSamples(rawSamples);
      const viaApp = mergeSamples(appSamples);
      const appErrors: Record<string, number> = {};
      for (const s of appSamples) for (const [k, n] of Object.entries(s.errors)) appErrors[k] = (appErrors[k] ?? 0) + n;
      const rawRate = raw.cycles / raw.seconds;
      const appRate = viaApp.cycles / viaApp.seconds;
      cycleResults[`${lanes.length}`] = {
        raw: { rate: rawRate, p50: { issue: percentile(raw.issue, 50), call: percentile(raw.call, 50) } },
        app: { rate: appRate, errors: appErrors },
        httpFloor: { rate: floorRate, p50: percentile(floorSample.cycle, 50) },
        usage: {
          raw: { ...rawUsage, waits: Object.fromEntries(rawUsage.waits) },
          app: { ...appUsage, waits: Object.fromEntries(appUsage.waits) },
        },
      };
      rows.push({
        engine,
        measure: `(a) issue -> call-next -> finish cycles, ${lanes.length} counter${lanes.length > 1 ? 's' : ''} on one service, HTTP (fetch keep-alive, client in a worker thread)`,
        baseline:
          `same SQL through the driver: ${rawRate.toFixed(1)} cycles/s (${raw.cycles} in ${raw.seconds.toFixed(1)} s); ` +
          `p50 issue ${p(raw.issue, 50)} / call ${p(raw.call, 50)} / finish ${p(raw.finish, 50)} ms` +
          `; ${describeWaits(rawUsage, raw.cycles)}. HTTP floor, 3 x GET /health/live per cycle: ` +
          `${floorRate.toFixed(0)} cycles/s (p50 ${p(floorSample.cycle, 50)} ms)`,
        result:
          `${appRate.toFixed(1)} cycles/s (${viaApp.cycles} in ${viaApp.seconds.toFixed(1)} s); ` +
          `p50 issue ${p(viaApp.issue, 50)} / call ${p(viaApp.call, 50)} / finish ${p(viaApp.finish, 50)} ms, ` +
          `p99 cycle ${p(viaApp.cycle, 99)} ms` +
          (Object.keys(appErrors).length ? `; errors ${JSON.stringify(appErrors)}` : '') +
          `; ${describeWaits(appUsage, viaApp.cycles)}`,
        ratio: `${(appRate / rawRate).toFixed(2)}x`,
        target: `>= 0.6x: ${appRate / rawRate >= 0.6 ? 'met' : 'NOT met'}`,
      });
      log(`${rows.at(-1)?.measure}: ${rows.at(-1)?.result} vs ${rows.at(-1)?.baseline}`);
    }
    const [visits] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM queue_visits WHERE mpp_id = $1 AND service_day = $2',
      [place.mppId, baseline.day()],
    );
    // Where a cycle's time goes, one request at a time (after the run: the day holds its visits).
    const probeIssue = await counted.probe(PROBES, issue);
    const lane0 = place.lanes[0] as Lane;
    let probeTicket = '';
    const probeCall = await counted.probe(
      PROBES,
      async () => {
        probeTicket = currentOf(await callNext(lane0));
      },
      { before: issue, after: () => finish(lane0, probeTicket) },
    );
    const probeFinish = await counted.probe(PROBES, () => finish(lane0, probeTicket), {
      before: async () => {
        await issue();
        probeTicket = currentOf(await callNext(lane0));
      },
    });
    // The issue probe left its tickets waiting: empty the line for the next day's measures.
    let drained = false;
    while (!drained) drained = !(await rawCallNextAndFinish(baseline, lane0));
    result.cycles = { ...cycleResults, visitsThatDay: visits?.n };
    result.cycleProbes = { issue: probeIssue, call: probeCall, finish: probeFinish };
    for (const [name, probe] of [
      ['issue (POST /kiosk/tickets)', probeIssue],
      ['call-next', probeCall],
      ['finish', probeFinish],
    ] as const) {
      rows.push({
        engine,
        measure: `(a) ${name}, one at a time, after the run (${visits?.n ?? '?'} visits that day)`,
        baseline: '',
        result: describeProbe(probe),
        ratio: '',
        target: '',
      });
    }

    // ---- (b) call-next with 10 and with 50,000 waiting ---------------------------------------
    const lane = place.lanes[0] as Lane;
    const cases: { name: string; at: string; waiting: number }[] = [
      { name: `${SMALL_LINE} waiting`, at: DAY_SMALL_LINE, waiting: SMALL_LINE },
      { name: `${LARGE_LINE.toLocaleString('en')} waiting`, at: DAY_LARGE_LINE, waiting: LARGE_LINE },
    ];
    const latency: Record<
      string,
      {
        app: number[];
        raw: number[];
        probe: Probe;
        issueProbe: Probe;
        plan: string[];
        waiting: unknown;
        insertMs?: number;
      }
    > = {};
    for (const c of cases) {
      clock.set(c.at);
      await refreshSessions(built, place);
      const day = baseline.day();
      let insertMs: number | undefined;
      if (c.waiting === SMALL_LINE) {
        for (let k = 0; k < c.waiting; k++) await issue();
      } else {
        const t = performance.now();
        await insertWaiting(opened.db, place, day, clock.now(), c.waiting);
        insertMs = performance.now() - t;
        log(`inserted ${c.waiting} waiting tickets (+ visits, events) in ${ms(insertMs)} ms`);
      }
      // Autovacuum would analyse the grown tables within a minute; do it now, for both cases.
      await opened.db.exec(
        'ANALYZE queue_tickets; ANALYZE queue_visits; ANALYZE queue_events; ANALYZE queue_service_days',
      );
      const waitingBefore = await waitingOn(opened.db, place, day);
      // The small line is topped up before each call (untimed), the large one is not (50,000 -> 49,700).
      const replenish = c.waiting === SMALL_LINE;
      await appCycles(address, place, [lane], { seconds: 2, maxCycles: 10, issueFirst: replenish }); // warm-up
      const sample = await appCycles(address, place, [lane], {
        seconds: LATENCY_SECONDS,
        maxCycles: LATENCY_CYCLES,
        issueFirst: replenish,
      });
      let ticket = '';
      const probe = await counted.probe(
        PROBES,
        async () => {
          ticket = currentOf(await callNext(lane));
        },
        { ...(replenish ? { before: issue } : {}), after: () => finish(lane, ticket) },
      );
      const plan = probe.slowest
        ? (
            await opened.db.query<{ 'QUERY PLAN': string }>(
              `EXPLAIN (ANALYZE, BUFFERS) ${probe.slowest.text}`,
              probe.slowest.params,
            )
          ).map((r) => r['QUERY PLAN'])
        : [];
      log(`${c.name}: slowest read of call-next replayed alone:\n${plan.join('\n')}`);
      probe.slowest = undefined;
      const rawSample = await rawCycles(baseline, [lane], {
        seconds: LATENCY_SECONDS,
        maxCycles: LATENCY_CYCLES,
        issueFirst: replenish,
      });
      const waitingAfter = await waitingOn(opened.db, place, day);
      // The kiosk's answer holds the ticket's place in line, counted among everyone waiting (after
      // the measures: these tickets join the end of the line).
      const issueProbe = await counted.probe(5, issue);
      issueProbe.slowest = undefined;
      latency[c.name] = {
        app: sample.call,
        raw: rawSample.call,
        probe,
        issueProbe,
        plan,
        waiting: { before: waitingBefore, after: waitingAfter },
        ...(insertMs !== undefined ? { insertMs } : {}),
      };
      log(
        `${c.name}: app call-next p50 ${p(sample.call, 50)} / p99 ${p(sample.call, 99)} ms (${sample.cycles} cycles, errors ${JSON.stringify(sample.errors)}); ` +
          `same SQL p50 ${p(rawSample.call, 50)} / p99 ${p(rawSample.call, 99)} ms; waiting ${JSON.stringify(waitingBefore)} -> ${JSON.stringify(waitingAfter)}`,
      );
      rows.push({
        engine,
        measure: `(b) call-next latency, ${c.name} (${sample.cycles} call-next + finish cycles, 1 counter)`,
        baseline: `same SQL through the driver: p50 ${p(rawSample.call, 50)} / p99 ${p(rawSample.call, 99)} ms`,
        result:
          `p50 ${p(sample.call, 50)} / p99 ${p(sample.call, 99)} ms` +
          (Object.keys(sample.errors).length ? `; errors ${JSON.stringify(sample.errors)}` : '') +
          (insertMs !== undefined
            ? `; the ${c.waiting.toLocaleString('en')} inserted in ${ms(insertMs / 1000)} s`
            : ''),
        ratio: `app/SQL p50 ${(percentile(sample.call, 50) / percentile(rawSample.call, 50)).toFixed(2)}x`,
        target: '',
      });
      rows.push({
        engine,
        measure: `(b) call-next, ${c.name}, one at a time`,
        baseline: '',
        result: describeProbe(probe),
        ratio: '',
        target: '',
      });
      rows.push({
        engine,
        measure: `(b) issue (POST /kiosk/tickets), ${c.name}, one at a time`,
        baseline: '',
        result: describeProbe(issueProbe),
        ratio: '',
        target: '',
      });
      // Empty the small line so the large case starts from exactly its own tickets.
      let drained = !replenish;
      while (!drained) drained = !(await rawCallNextAndFinish(baseline, lane));
    }
    const small = latency[cases[0]?.name ?? ''];
    const large = latency[cases[1]?.name ?? ''];
    if (small && large) {
      const p50Ratio = percentile(large.app, 50) / percentile(small.app, 50);
      const p99Ratio = percentile(large.app, 99) / percentile(small.app, 99);
      const rawP50Ratio = percentile(large.raw, 50) / percentile(small.raw, 50);
      const rawP99Ratio = percentile(large.raw, 99) / percentile(small.raw, 99);
      rows.push({
        engine,
        measure: `(b) call-next, ${LARGE_LINE.toLocaleString('en')} waiting / ${SMALL_LINE} waiting`,
        baseline: `same SQL: p50 ${rawP50Ratio.toFixed(2)}x, p99 ${rawP99Ratio.toFixed(2)}x`,
        result: `app: p50 ${p50Ratio.toFixed(2)}x, p99 ${p99Ratio.toFixed(2)}x`,
        ratio: `p50 ${p50Ratio.toFixed(2)}x / p99 ${p99Ratio.toFixed(2)}x`,
        target: `<= 1.5x: ${p50Ratio <= 1.5 && p99Ratio <= 1.5 ? 'met' : 'NOT met'}`,
      });
      result.latency = Object.fromEntries(
        Object.entries(latency).map(([k, v]) => [
          k,
          {
            appP50: percentile(v.app, 50),
            appP99: percentile(v.app, 99),
            rawP50: percentile(v.raw, 50),
            rawP99: percentile(v.raw, 99),
            n: v.app.length,
            waiting: v.waiting,
            insertMs: v.insertMs,
            probe: v.probe,
            issueProbe: v.issueProbe,
            plan: v.plan,
          },
        ]),
      );
    }
  } finally {
    await app.close();
    await opened.close();
  }
  result.loadEnd = load();
  return result;
}

/** One baseline call and finish; false when nobody was waiting. */
async function rawCallNextAndFinish(b: Baseline, lane: Lane): Promise<boolean> {
  const ticketId = await rawCallNext(b, lane);
  if (!ticketId) return false;
  await rawFinish(b, lane, ticketId);
  return true;
}

function printTable(rows: Row[]) {
  console.log(
    [
      '| engine | measure | baseline (same run) | result | ratio | target |',
      '|---|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.engine} | ${r.measure} | ${r.baseline} | ${r.result} | ${r.ratio} | ${r.target} |`),
    ].join('\n'),
  );
}

const rows: Row[] = [];
const results: Record<string, unknown>[] = [];
const started = performance.now();
for (const engine of engines) {
  if (engine !== 'pglite' && engine !== 'postgres') throw new Error(`--db pglite|postgres, not ${engine}`);
  results.push(await benchEngine(engine, rows));
}
console.log(
  `queue benchmark${quick ? ' (--quick)' : ''}: ${((performance.now() - started) / 1000).toFixed(0)} s, ` +
    `${availableParallelism()} CPUs, load average at the end ${load()}. Ratios: app / same SQL through the driver ` +
    '(cycles per second), and call-next latency with 50,000 waiting / with 10 waiting.',
);
printTable(rows);
console.log(JSON.stringify({ bench: 'queue', quick, results }));
