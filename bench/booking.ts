/**
 * Benchmark of the booking issue (issue 5). Not a test: it reports, nothing fails on a number.
 *
 *   npm run bench:booking                     # PGlite (in memory), then PostgreSQL
 *   npm run bench:booking -- --db postgres    # one engine
 *   npm run bench:booking -- --quick          # 2,000 clients, shorter phases
 *   npm run bench:booking -- --sustained-only # no rush (to profile the sustained phases)
 *
 * PostgreSQL: BENCH_BOOKING_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), a
 * fresh schema per run, dropped at the end. Both engines get the demo catalogue.
 *
 * 1. The rush. Friday 27 November 2026, 14:00 WIB: MPP Kota Surabaya releases Monday's passport
 *    slots (a weekly release), 10 slots of 50 seats = 500 seats. 10,000 citizens with verified
 *    NIKs (each its own address, X-Forwarded-For) each book one slot, 1,000 in flight at a time,
 *    early slots more wanted than late ones. A client answered 503 or 429 retries after
 *    Retry-After (at most 10 tries), as the apps will. Reported: how many clients got each final
 *    answer, the answers of every request, p50/p99 latency of answered requests and each client's
 *    time to its final answer, and oversell (seats booked past capacity: must be 0).
 * 2. Sustained booking load: 8 clients book, one after another, on a slot with room for all, over
 *    HTTP, against the same statements through the driver (the use case's reads, then its
 *    transaction: the person's lock, their bookings that week, the confirmation in the outbox, the
 *    seat and the booking in one statement; the schedule and the date's override, which the app
 *    reuses for a second, once per phase), at the same
 *    concurrency, alternating rounds. Ratio: app bookings/s / baseline bookings/s (target >= 0.5x).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { buildApp } from '../src/app.js';
import { LISTEN_BACKLOG } from '../src/cli/serve.js';
import { createBookingRepository } from '../src/modules/booking/booking.repository.js';
import { createNotificationsRepository } from '../src/modules/notifications/notifications.repository.js';
import { fixedClock } from '../src/platform/clock.js';
import { type Database, openEmbeddedDatabase, openServerDatabase } from '../src/platform/db/database.js';
import { newId } from '../src/platform/ids.js';
import { prepareDatabase } from '../src/runtime.js';
import { percentile } from './report.js';

const args = process.argv.slice(2);
const argument = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const engines = argument('--db') ? [argument('--db') ?? 'pglite'] : ['pglite', 'postgres'];
const quick = args.includes('--quick');
/** Only the sustained phases (for profiling them). */
const skipRush = args.includes('--sustained-only');
const CLIENTS = quick ? 2_000 : 10_000;
const IN_FLIGHT = 1_000;
const SUSTAINED_LANES = 8;
const SUSTAINED_SECONDS = quick ? 3 : 5;
const ROUNDS = 3;
const PG_URL = process.env.BENCH_BOOKING_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECRET = 'YmVuY2gtc2VjcmV0LWtleS1mb3Itc2F0dXBpbnR1LWJlbmNobWFya3M=';
const MPP = 'mpp-kota-surabaya';
const RUSH_SERVICE = 'penerbitan-paspor-biasa';
const RELEASE = '2026-11-27T07:00:00Z'; // Friday 14:00 WIB
const RUSH_DATE = '2026-11-30'; // next Monday
/** Sustained phases: one date each, so a citizen books once per date. */
const SUSTAINED_DATES = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07', '2026-12-08'];

type Answer = { status: number; code: string; ms: number };
type ClientResult = { final: Answer; tries: number; totalMs: number; answers: Answer[] };

const CLIENT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { base, jobs, inFlight, retries } = workerData;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// node:http with kept-alive sockets: a load generator that costs the shared cores less than fetch.
// Each client keeps its connection between tries, as a phone does (the default keeps 256 idle).
const agent = new http.Agent({ keepAlive: true, maxSockets: inFlight, maxFreeSockets: inFlight });
const url = new URL(base + '/api/v1/booking/bookings');
function post(job) {
  const body = JSON.stringify(job.body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: job.authorization,
          'x-forwarded-for': job.address,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (c) => chunks.push(c));
        response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, text: Buffer.concat(chunks).toString() }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
async function once(job) {
  const t0 = performance.now();
  const response = await post(job);
  // A problem's code; a booking (201) has a code too, which is not an answer.
  const code = response.status === 201 ? '' : (/"code":"([^"]+)"/.exec(response.text) || [])[1] || '';
  return { status: response.status, code, ms: performance.now() - t0, retryAfter: Number(response.headers['retry-after'] || 0) };
}
const results = new Array(jobs.length);
let next = 0;
async function lane() {
  for (;;) {
    const k = next++;
    if (k >= jobs.length) return;
    const started = performance.now();
    const answers = [];
    let answer;
    for (let tries = 0; tries < retries; tries++) {
      answer = await once(jobs[k]);
      answers.push({ status: answer.status, code: answer.code, ms: answer.ms });
      if (answer.status !== 503 && answer.status !== 429) break;
      await sleep(Math.max(1, answer.retryAfter) * 1000);
    }
    results[k] = { final: answers[answers.length - 1], tries: answers.length, totalMs: performance.now() - started, answers };
  }
}
const started = performance.now();
Promise.all(Array.from({ length: inFlight }, lane)).then(
  () => parentPort.postMessage({ results, seconds: (performance.now() - started) / 1000 }),
  (e) => parentPort.postMessage({ error: String((e && e.stack) || e) }),
);
`;

function runClients(base: string, jobs: unknown[], inFlight: number, retries: number) {
  return new Promise<{ results: ClientResult[]; seconds: number }>((resolve, reject) => {
    const worker = new Worker(CLIENT_WORKER, { eval: true, workerData: { base, jobs, inFlight, retries } });
    worker.once('error', reject);
    worker.once('message', (m: { results: ClientResult[]; seconds: number; error?: string }) => {
      void worker.terminate();
      if (m.error) reject(new Error(m.error));
      else resolve(m);
    });
  });
}

async function openFresh(engine: string, clock: ReturnType<typeof fixedClock>) {
  if (engine === 'pglite') {
    const db = await openEmbeddedDatabase();
    await prepareDatabase(db, { seedDemoWhenEmpty: true, clock });
    return { db, close: () => db.close() };
  }
  const schema = `sp_bench_booking_${newId().replaceAll('-', '').slice(-12)}`;
  const admin = await openServerDatabase({ url: PG_URL, poolSize: 1 });
  await admin.exec(
    `CREATE SCHEMA "${schema}"; CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public; CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;`,
  );
  const db = await openServerDatabase({ url: PG_URL, poolSize: 10, schema });
  await prepareDatabase(db, { seedDemoWhenEmpty: true, clock });
  return {
    db,
    close: async () => {
      await db.close();
      await admin.exec(`DROP SCHEMA "${schema}" CASCADE`);
      await admin.close();
    },
  };
}

/** `count` citizens with a verified NIK, straight into identity's tables, each with a bearer session. */
async function crowd(db: Database, built: Awaited<ReturnType<typeof buildApp>>, count: number, from = 0) {
  const rows = await db.query<{ id: string; nik_hash: string; phone: string }>(
    `WITH a AS (
       INSERT INTO accounts (id, kind, status, phone, preferred_language)
       SELECT gen_random_uuid(), 'citizen', 'active', '+6281' || lpad(n::text, 9, '0'), 'id'
       FROM generate_series($2::integer + 1, $2::integer + $1::integer) AS n
       RETURNING id, phone
     ), p AS (
       INSERT INTO citizen_profiles (account_id, nik_hash, nik_masked, nik_verification_status, nik_verification_source, nik_verified_at)
       SELECT id, md5(id::text), '3578**********01', 'match', 'simulator', now() FROM a RETURNING account_id, nik_hash
     ) SELECT p.account_id AS id, p.nik_hash, a.phone FROM p JOIN a ON a.id = p.account_id`,
    [count, from],
  );
  const people = [];
  for (const [k, r] of rows.entries()) {
    people.push({
      accountId: r.id,
      nikHash: r.nik_hash,
      phone: r.phone,
      authorization: `Bearer ${await built.identity.api.issueBearerSession(r.id)}`,
      address: `10.${((k + from) >> 16) & 255}.${((k + from) >> 8) & 255}.${(k + from) & 255}`,
    });
  }
  return people;
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '-');
function tally(values: string[]) {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k}: ${n}`)
    .join(', ');
}

async function benchEngine(engine: string) {
  const log = (m: string) => console.error(`[${engine}] ${m}`);
  const clock = fixedClock(RELEASE);
  const opened = await openFresh(engine, clock);
  const db = opened.db;
  const built = await buildApp({
    db,
    clock,
    logLevel: false,
    webDir: false,
    secretKey: SECRET,
    environment: 'test',
    trustProxy: true,
    notifications: { runWorker: false },
    ...(process.env.BENCH_MAX_IN_FLIGHT
      ? { bookingTuning: { guard: { maxInFlight: Number(process.env.BENCH_MAX_IN_FLIGHT) } } }
      : {}),
  });
  const address = await built.app.listen({ port: 0, host: '127.0.0.1', backlog: LISTEN_BACKLOG });
  const rows: string[] = [];
  try {
    const [mpp] = await db.query<{ id: string }>('SELECT id FROM mpps WHERE slug = $1', [MPP]);
    const manager = await built.identity.api.createStaffAccount({
      email: `bench-${newId().slice(-8)}@bench.invalid`,
      displayName: 'Bench manager',
      grants: [{ role: 'mpp_manager', mppId: mpp?.id as string }],
    });
    const headers = {
      authorization: `Bearer ${await built.identity.api.issueBearerSession(manager.id)}`,
      'content-type': 'application/json',
    };
    const put = async (path: string, body: unknown) => {
      const r = await fetch(`${address}${path}`, { method: 'PUT', headers, body: JSON.stringify(body) });
      if (r.status >= 300) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    };
    const base = `/api/v1/booking/mpps/${MPP}/services`;
    const services = (await db.query<{ slug: string; id: string }>(
      `SELECT s.slug, s.id FROM service_offerings o JOIN services s ON s.id = o.service_id JOIN mpps m ON m.id = o.mpp_id
       WHERE m.slug = $1 AND o.is_active ORDER BY s.slug`,
      [MPP],
    )) as { slug: string; id: string }[];
    const rush = services.find((s) => s.slug === RUSH_SERVICE) ?? services[0];
    const steady = services.find((s) => s.slug !== rush?.slug);
    if (!rush || !steady) throw new Error('no services at the MPP');
    const schedule = {
      isEnabled: true,
      slotMinutes: 30,
      capacity: 50,
      windowDays: 14,
      release: { kind: 'weekly', weekday: 5, at: '14:00' },
      minNoticeMinutes: 60,
      changeCutoffMinutes: 120,
      maxPerWeek: 14,
    };
    await put(`${base}/${rush.slug}/schedule`, schedule);
    // Monday: ten slots of 50 seats, 08:00-13:00.
    await put(`${base}/${rush.slug}/dates/${RUSH_DATE}`, {
      periods: [{ opens: '08:00', closes: '13:00' }],
      capacity: 50,
    });
    await put(`${base}/${steady.slug}/schedule`, { ...schedule, capacity: 500, release: { kind: 'rolling' } });
    const started = performance.now();
    const people = await crowd(db, built, CLIENTS);
    // The sustained phases book with citizens of their own (the rush's may be at their limit of
    // attempts a minute): one per booking of each app round.
    const perRound = 400 * SUSTAINED_SECONDS;
    const steadyPeople = await crowd(db, built, perRound * ROUNDS, CLIENTS);
    log(
      `${CLIENTS + perRound * ROUNDS} verified citizens with sessions in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const rushPhase = async () => {
      // ---- 1. The rush ------------------------------------------------------------------------
      const slotKeys = Array.from(
        { length: 10 },
        (_, k) => `${RUSH_DATE}T${String(8 + Math.floor(k / 2)).padStart(2, '0')}:${k % 2 ? '30' : '00'}`,
      );
      // Early slots are wanted most: slot k with weight 10 - k.
      const weighted = slotKeys.flatMap((key, k) => Array.from({ length: 10 - k }, () => key));
      const jobs = people.map((p, k) => ({
        authorization: p.authorization,
        address: p.address,
        body: { mppId: MPP, serviceId: rush.slug, slot: weighted[(k * 7919) % weighted.length] },
      }));
      const loopDelay = monitorEventLoopDelay({ resolution: 10 });
      loopDelay.enable();
      const rushRun = await runClients(address, jobs, IN_FLIGHT, 10);
      loopDelay.disable();
      const all = rushRun.results.flatMap((r) => r.answers);
      const answered = all.map((a) => a.ms);
      const finals = rushRun.results.map((r) => `${r.final.status} ${r.final.code || 'booked'}`);
      const byStatus = [...new Set(all.map((a) => a.status))]
        .sort()
        .map((status) => {
          const times = all.filter((a) => a.status === status).map((a) => a.ms);
          return `${status} p50 ${ms(percentile(times, 50))} / p99 ${ms(percentile(times, 99))}`;
        })
        .join(', ');
      const [seats] = await db.query<{ capacity: number; booked: number; over: number; confirmed: number }>(
        `SELECT sum(capacity)::int AS capacity, sum(booked)::int AS booked, count(*) FILTER (WHERE booked > capacity)::int AS over,
           (SELECT count(*)::int FROM bookings WHERE service_id = $1 AND status = 'confirmed') AS confirmed
         FROM booking_slots WHERE service_id = $1`,
        [rush.id],
      );
      rows.push(
        `| ${engine} | rush: ${CLIENTS} clients, ${seats?.capacity} seats released at once (${IN_FLIGHT} in flight, retry on 503/429 after Retry-After) | ` +
          `final answers: ${tally(finals)}; every request: ${tally(all.map((a) => `${a.status}`))} (${all.length} requests) | ` +
          `answered requests p50 ${ms(percentile(answered, 50))} / p99 ${ms(percentile(answered, 99))} ms; client to final answer p50 ${ms(
            percentile(
              rushRun.results.map((r) => r.totalMs),
              50,
            ),
          )} / p99 ${ms(
            percentile(
              rushRun.results.map((r) => r.totalMs),
              99,
            ),
          )} ms; by answer: ${byStatus} ms; server event-loop delay p99 ${ms(loopDelay.percentile(99) / 1e6)} ms; all done in ${rushRun.seconds.toFixed(1)} s | ` +
          `oversell: ${seats?.over} slots over capacity, ${seats?.booked} seats booked = ${seats?.confirmed} confirmed bookings | p99 <= 1 s: ${percentile(answered, 99) <= 1000 ? 'met' : 'NOT met'}; oversell 0: ${seats?.over === 0 && seats?.booked === seats?.confirmed ? 'met' : 'NOT met'} |`,
      );
      log(rows.at(-1) ?? '');
    };
    if (!skipRush) await rushPhase();

    // ---- 2. Sustained load: app against the same statements through the driver ---------------
    const repository = createBookingRepository();
    const outbox = createNotificationsRepository(db);
    const steadyRow = await db.query<{ tenant_id: string }>('SELECT tenant_id FROM services WHERE id = $1', [
      steady.id,
    ]);
    const tenantId = steadyRow[0]?.tenant_id as string;
    /** The steady service's open slots of a date (the bookings of a phase spread over them). */
    const slotsOf = async (date: string) => {
      const r = await fetch(`${address}${base}/${steady.slug}/slots?from=${date}&to=${date}`);
      const listing = (await r.json()) as { days: { slots: { key: string; startsAt: string; state: string }[] }[] };
      const open = (listing.days[0]?.slots ?? []).filter((x) => x.state === 'open');
      if (open.length === 0) throw new Error(`no open slots on ${date}`);
      return open.map((x) => ({ key: x.key, start: new Date(x.startsAt) }));
    };
    // The schedule and the date's override, which the app reuses for a second, read once per phase.
    let known: { schedule: Awaited<ReturnType<typeof repository.findSchedule>> } | undefined;
    const rawBook = async (person: (typeof steadyPeople)[number], date: string, startsAt: Date) => {
      if (!known) {
        const schedule = await repository.findSchedule(db, mpp?.id as string, steady.id);
        await repository.listOverrides(db, mpp?.id as string, steady.id, date as never, date as never);
        known = { schedule };
      }
      // The use case's reads: the person, their no-shows.
      await db.query(
        `SELECT p.nik_hash, p.nik_verification_status, p.full_name, p.channels, a.email, a.phone, a.preferred_language
         FROM citizen_profiles p JOIN accounts a ON a.id = p.account_id
         WHERE p.account_id = $1 AND a.status <> 'erased'`,
        [person.accountId],
      );
      await repository.noShowsOf(db, person.nikHash, steady.id, new Date(clock.now().getTime() - 90 * 86_400_000));
      return db.transaction(async (tx) => {
        await repository.lockPerson(tx, person.nikHash, steady.id);
        await repository.listActiveOfPerson(
          tx,
          person.nikHash,
          steady.id,
          new Date(startsAt.getTime() - 7 * 86_400_000),
          new Date(startsAt.getTime() + 8 * 86_400_000),
        );
        // The confirmation, written to the outbox in the booking's transaction, then the seat.
        await outbox.insertMessage(
          tx,
          {
            event: 'booking.confirmed',
            channel: 'sms',
            recipient: person.phone,
            language: 'id',
            params: {
              code: 'K7M3QX9P',
              service: 'Paspor',
              mpp: 'MPP Kota Surabaya',
              when: 'Sen',
              link: 'x',
              early: 30,
            },
            accountId: person.accountId,
            mppId: mpp?.id as string,
          },
          clock.now(),
        );
        const made = await repository.seatAndBook(
          tx,
          {
            id: newId(),
            code: newId().replaceAll('-', '').slice(-8).toUpperCase(),
            mppId: mpp?.id as string,
            serviceId: steady.id,
            tenantId,
            citizenAccountId: person.accountId,
            nikHash: person.nikHash,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 30 * 60_000),
            slotDate: date as never,
            dayEndsAt: new Date(`${date}T17:00:00Z`),
            createdAt: clock.now(),
          },
          known?.schedule?.capacity ?? 500,
        );
        if (!made) throw new Error('baseline: full');
      });
    };
    const rawPhase = async (date: string) => {
      const slots = await slotsOf(date);
      known = undefined;
      let next = 0;
      const t0 = performance.now();
      const deadline = t0 + SUSTAINED_SECONDS * 1000;
      let done = 0;
      await Promise.all(
        Array.from({ length: SUSTAINED_LANES }, async () => {
          while (performance.now() < deadline && next < steadyPeople.length) {
            const k = next++;
            const person = steadyPeople[k];
            if (!person) return;
            await rawBook(person, date, (slots[k % slots.length] as { start: Date }).start);
            done++;
          }
        }),
      );
      return done / ((performance.now() - t0) / 1000);
    };
    const appPhase = async (date: string, round: number) => {
      const slots = await slotsOf(date);
      // Up to 400 a second for the phase's length, each citizen booking once.
      const jobs = steadyPeople.slice(round * perRound, (round + 1) * perRound).map((p, k) => ({
        authorization: p.authorization,
        address: p.address,
        body: { mppId: MPP, serviceId: steady.slug, slot: (slots[k % slots.length] as { key: string }).key },
      }));
      const run = await runClients(address, jobs, SUSTAINED_LANES, 1);
      const booked = run.results.filter((r) => r.final.status === 201).length;
      const refused = tally(
        run.results.filter((r) => r.final.status !== 201).map((r) => `${r.final.status} ${r.final.code}`),
      );
      return {
        rate: booked / run.seconds,
        refused,
        p99: percentile(
          run.results.map((r) => r.totalMs),
          99,
        ),
      };
    };
    const rawRates: number[] = [];
    const appRates: number[] = [];
    const refusals: string[] = [];
    const p99s: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      rawRates.push(await rawPhase(SUSTAINED_DATES[round * 2] as string));
      const app = await appPhase(SUSTAINED_DATES[round * 2 + 1] as string, round);
      appRates.push(app.rate);
      p99s.push(app.p99);
      if (app.refused) refusals.push(app.refused);
    }
    const raw = rawRates.reduce((a, b) => a + b, 0) / rawRates.length;
    const app = appRates.reduce((a, b) => a + b, 0) / appRates.length;
    rows.push(
      `| ${engine} | sustained booking, ${SUSTAINED_LANES} clients one after another, ${ROUNDS} rounds | same statements through the driver: ${raw.toFixed(0)} bookings/s (rounds ${rawRates.map((r) => r.toFixed(0)).join(', ')}) | ` +
        `${app.toFixed(0)} bookings/s (rounds ${appRates.map((r) => r.toFixed(0)).join(', ')}), p99 ${ms(Math.max(...p99s))} ms${refusals.length ? `; refused: ${refusals.join('; ')}` : ''} | ${(app / raw).toFixed(2)}x | >= 0.5x: ${app / raw >= 0.5 ? 'met' : 'NOT met'} |`,
    );
    log(rows.at(-1) ?? '');
  } finally {
    await built.app.close();
    await opened.close();
  }
  return rows;
}

const all: string[] = [];
const began = performance.now();
for (const engine of engines) all.push(...(await benchEngine(engine)));
console.log(`booking benchmark${quick ? ' (--quick)' : ''}: ${((performance.now() - began) / 1000).toFixed(0)} s`);
console.log('| engine | measure | answers / baseline | latency / result | integrity / ratio | target |');
console.log('|---|---|---|---|---|---|');
for (const row of all) console.log(row);
