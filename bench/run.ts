/**
 * Benchmarks of the foundation issue (not tests: they report, nothing fails on a number).
 *
 *   npm run bench                      # PGlite and PostgreSQL (BENCH_DATABASE_URL or local test db)
 *   npm run bench -- --db pglite       # one engine
 *   npm run bench -- --quick           # shorter runs
 *   npm run bench -- --startup-only    # only the start-up measure
 *
 * On `seed --scale national` (514 MPPs), for each engine:
 *  - search latency p50/p95 at 1 and 32 concurrent clients through the HTTP endpoint, beside the
 *    same main search SQL run directly through the driver (the baseline), and their p95 ratio;
 *  - `npm start` to a ready /health/ready on the existing data directory, and resident memory
 *    after start, beside opening the same PGlite data directory bare (the baseline).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { buildApp } from '../src/app.js';
import { createCatalogueModule } from '../src/modules/catalogue/index.js';
import { systemClock } from '../src/platform/clock.js';
import { type Database, openServerDatabase, type Queryable } from '../src/platform/db/database.js';
import { openDatabase, prepareDatabase } from '../src/runtime.js';
import { BENCH_QUERIES } from './queries.js';
import { percentile, type Row, printTable } from './report.js';

const args = process.argv.slice(2);
const engines = args.includes('--db') ? [args[args.indexOf('--db') + 1]] : ['pglite', 'postgres'];
const quick = args.includes('--quick');
const DURATION_S = quick ? 5 : 15;
const ROOT = new URL('..', import.meta.url).pathname;
const PGLITE_DIR = process.env.BENCH_DATA_DIR ?? join(tmpdir(), 'satupintu-bench-national');
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/satupintu_bench';
const POOL = 10; // app and baseline use the same pool size

async function ensurePostgresDatabase(url: string) {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  u.pathname = '/postgres';
  const admin = await openServerDatabase({ url: u.toString(), poolSize: 1 });
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.length === 0) await admin.exec(`CREATE DATABASE "${name}"`);
  await admin.close();
}

async function openSeeded(engine: string): Promise<{ db: Database; close: () => Promise<void> }> {
  const config =
    engine === 'pglite'
      ? { dataDir: PGLITE_DIR, databaseUrl: undefined, databasePoolSize: POOL }
      : { dataDir: PGLITE_DIR, databaseUrl: PG_URL, databasePoolSize: POOL };
  if (engine === 'postgres') await ensurePostgresDatabase(PG_URL);
  const opened = await openDatabase(config);
  await prepareDatabase(opened.db, { seedDemoWhenEmpty: false });
  const [row] = await opened.db.query<{ n: number }>('SELECT count(*)::int AS n FROM mpps');
  if (Number(row?.n) < 514) {
    console.error(`[${engine}] seeding the national catalogue (once; kept for later runs) ...`);
    const catalogue = createCatalogueModule({ db: opened.db, clock: systemClock });
    const started = performance.now();
    await catalogue.seedNational((done, total) => {
      if (done % 3 === 0 || done === total) console.error(`[${engine}]   ${done}/${total} batches`);
    });
    console.error(`[${engine}] seeded in ${Math.round((performance.now() - started) / 1000)} s`);
  }
  return opened;
}

/** Latencies of `task` run by `clients` concurrent loops for `seconds`. */
async function measure(clients: number, seconds: number, task: (i: number) => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let counter = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const i = counter++;
        const started = performance.now();
        await task(i);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

type Statement = { text: string; params: unknown[] };

/**
 * Records the SQL statements a search sends, inside its read transaction, so the baseline can
 * replay exactly those statements the same way.
 */
function recording(db: Database) {
  let log: Statement[] | undefined;
  const record = <Q extends Queryable>(q: Q): Q => ({
    ...q,
    query: async <T>(text: string, params: unknown[] = []) => {
      log?.push({ text, params });
      return q.query<T>(text, params);
    },
    exec: async (text: string) => {
      log?.push({ text, params: [] });
      return q.exec(text);
    },
  });
  const wrapped: Database = {
    ...record(db),
    transaction: (fn) => db.transaction((tx) => fn(record(tx))),
  };
  return {
    db: wrapped,
    async capture(run: () => Promise<unknown>): Promise<Statement[]> {
      log = [];
      await run();
      const captured = log;
      log = undefined;
      return captured;
    },
  };
}

/** Replays one search's statements in one transaction, as the endpoint runs them. */
function replay(db: Database, statements: Statement[]) {
  return db.transaction(async (tx) => {
    for (const statement of statements) {
      if (statement.params.length === 0) await tx.exec(statement.text);
      else await tx.query(statement.text, statement.params);
    }
  });
}

const BENCH_SECRET_KEY = 'YmVuY2gtc2VjcmV0LWtleS1mb3Itc2F0dXBpbnR1LWJlbmNobWFya3M=';

async function searchBenchmarks(engine: string, rows: Row[]) {
  const opened = await openSeeded(engine);
  const recorder = recording(opened.db);
  for (const cacheMs of [0, 30_000]) {
    const { app, catalogue } = await buildApp({
      db: recorder.db,
      logLevel: false,
      webDir: false,
      searchCacheMs: cacheMs,
      secretKey: BENCH_SECRET_KEY,
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      // The baseline: the very statements the endpoint sends for each query, replayed in order
      // straight through the driver (no HTTP, no validation, no mapping, no cache).
      const scripts: Statement[][] = [];
      for (const q of BENCH_QUERIES) {
        scripts.push(await recorder.capture(() => catalogue.api.search.search({ q, limit: 20 } as never)));
      }
      catalogue.api.search.invalidate();
      for (const clients of [1, 32]) {
        const bare = await measure(clients, DURATION_S, (i) => replay(opened.db, scripts[i % scripts.length] ?? []));
        const endpoint = await runAutocannon(address, clients, DURATION_S);
        const bareP95 = percentile(bare, 95);
        rows.push({
          engine,
          measure: `search, ${clients} client${clients > 1 ? 's' : ''}, ${cacheMs ? 'result cache 30 s' : 'no result cache'}`,
          baseline: `same SQL bare: p50 ${percentile(bare, 50).toFixed(1)} / p95 ${bareP95.toFixed(1)} ms (${bare.length} runs)`,
          result: `endpoint: p50 ${endpoint.p50.toFixed(1)} / p95 ${endpoint.p95.toFixed(1)} ms (${endpoint.count} req, ${endpoint.errors} errors)`,
          ratio: endpoint.p95 / bareP95,
        });
        console.error(rows.at(-1));
      }
    } finally {
      await app.close();
    }
  }
  await opened.close();
}

async function runAutocannon(address: string, connections: number, seconds: number) {
  const requests = BENCH_QUERIES.map((q) => ({
    method: 'GET' as const,
    path: `/api/v1/search?q=${encodeURIComponent(q)}&limit=20`,
  }));
  // A long timeout: on the single-connection embedded database, 32 clients queue for seconds.
  const result = await autocannon({ url: address, connections, duration: seconds, requests, timeout: 60 } as never);
  const r = result as unknown as {
    latency: { p50: number; p97_5: number; p90: number; p99: number };
    requests: { total: number };
    errors: number;
    non2xx: number;
  };
  // autocannon reports p90 and p97.5; p95 is interpolated between them.
  const p95 = r.latency.p90 + ((r.latency.p97_5 - r.latency.p90) * (95 - 90)) / (97.5 - 90);
  return { p50: r.latency.p50, p95, count: r.requests.total, errors: r.errors + r.non2xx };
}

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function startupBenchmark(rows: Row[]) {
  if (!existsSync(join(PGLITE_DIR, 'pglite'))) return;
  // Build first, untimed: the measure is a start on an existing build and data directory.
  await timeProcess(['node', 'scripts/ensure-build.mjs'], undefined);
  // Baseline: opening the same PGlite data directory bare, in a fresh process.
  const bareMs = await timeProcess(
    [
      'node',
      '--input-type=module',
      '-e',
      `import { PGlite } from '@electric-sql/pglite'; import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'; import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'; const t = performance.now(); const db = await PGlite.create({ dataDir: ${JSON.stringify(join(PGLITE_DIR, 'pglite'))}, extensions: { pg_trgm, btree_gist } }); await db.query('select 1'); await db.close();`,
    ],
    undefined,
  );
  const port = 39_500 + Math.floor(Math.random() * 400);
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: PGLITE_DIR,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: 'ignore',
    detached: true,
  });
  let readyMs = Number.NaN;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) {
        readyMs = performance.now() - started;
        break;
      }
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => setTimeout(r, 1000));
  const nodePid = await findNodeChild(child.pid ?? 0);
  const rss = nodePid ? await rssOf(nodePid) : Number.NaN;
  if (child.pid) process.kill(-child.pid, 'SIGTERM');
  await new Promise((r) => setTimeout(r, 3000));
  rows.push({
    engine: 'pglite',
    measure: 'npm start -> /health/ready (existing data dir)',
    baseline: `bare PGlite open ${bareMs.toFixed(0)} ms`,
    result: `${readyMs.toFixed(0)} ms, RSS ${rss.toFixed(0)} MB after start`,
    ratio: readyMs / bareMs,
  });
}

async function findNodeChild(pid: number): Promise<number | undefined> {
  // npm -> sh -> node: the server is the descendant running bin/satupintu.js.
  const { execSync } = await import('node:child_process');
  const out = execSync(`ps -eo pid,ppid,args`).toString();
  const procs = out
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.trim().split(/\s+/))
    .map(([p, pp, ...rest]) => ({ pid: Number(p), ppid: Number(pp), args: rest.join(' ') }));
  const descendants = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of procs) {
      if (descendants.has(p.ppid) && !descendants.has(p.pid)) {
        descendants.add(p.pid);
        grew = true;
      }
    }
  }
  return procs.find((p) => descendants.has(p.pid) && /^node\b.*bin\/satupintu\.js/.test(p.args))?.pid;
}

function timeProcess(command: string[], env: Record<string, string> | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const [cmd = 'node', ...rest] = command;
    const child = spawn(cmd, rest, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
    child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`exit ${code}`))));
  });
}

const rows: Row[] = [];
const onlyStartup = args.includes('--startup-only');
for (const engine of onlyStartup ? [] : engines) {
  if (!engine) continue;
  await searchBenchmarks(engine, rows);
}
if (engines.includes('pglite')) await startupBenchmark(rows);
printTable(rows);
