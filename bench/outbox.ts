/**
 * Benchmark of the notifications outbox (not a test: it reports, nothing fails on a number).
 *
 *   npx tsx bench/outbox.ts                          # fresh in-memory PGlite, 2,000 messages at 250/s
 *   npx tsx bench/outbox.ts --messages 5000 --rate 300
 *   npx tsx bench/outbox.ts --url postgres://postgres@127.0.0.1:5432/test   # a fresh schema there
 *
 * A local SMTP server (no auth, discards; in its own thread, as a mail server would be on
 * another machine) receives everything. Baseline, in the same run: nodemailer's pooled
 * transport sending the same number of messages straight to it, no outbox. Then the outbox:
 * each message enqueued in its own committed transaction, in bursts every 100 ms at the offered
 * rate, while the worker runs (live mode, email over SMTP). Commit to delivery is measured from
 * the commit returning to the SMTP server having the whole message; throughput from the first
 * commit to the last arrival. CPU time per message (the whole process) is printed too: on a
 * shared machine it moves less than the rates do.
 */
import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createTransport } from 'nodemailer';
import { createNotificationsModule } from '../src/modules/notifications/index.js';
import { systemClock } from '../src/platform/clock.js';
import { type Database, openEmbeddedDatabase, openServerDatabase } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';
import { newId } from '../src/platform/ids.js';
import { percentile } from './report.js';

export type OutboxBenchResult = {
  messages: number;
  seconds: number;
  perSecond: number;
  commitToDeliveryP50Ms: number;
  commitToDeliveryP95Ms: number;
  baselineSmtpPerSecond: number;
  /** The rate messages were committed at (what the outbox was asked to carry). */
  offeredPerSecond: number;
  /** Process CPU time per message (all threads), outbox and baseline. */
  cpuMsPerMessage: number;
  baselineCpuMsPerMessage: number;
};

/** The worker's concurrency and SMTP pool size, used by the baseline too. */
const CONCURRENCY = 16;
const SMTP_CONNECTIONS = 8;
const BURST_INTERVAL_MS = 100;
const FROM = 'SatuPintu <noreply@satupintu.example>';

export async function benchOutbox(options: {
  db: Database;
  messages: number;
  /** Messages committed per second, in bursts every 100 ms (default 250). */
  ratePerSecond?: number;
}): Promise<OutboxBenchResult> {
  const sink = await startSinkThread();
  try {
    await measureBaseline(sink.url, 200); // warm-up: JIT and connections, for both measures
    const baseline = await measureBaseline(sink.url, options.messages);
    sink.received.clear();
    const outbox = await measureOutbox(options.db, sink, options.messages, options.ratePerSecond ?? 250);
    return { ...outbox, baselineSmtpPerSecond: baseline.perSecond, baselineCpuMsPerMessage: baseline.cpuMsPerMessage };
  } finally {
    await sink.close();
  }
}

type SinkThread = { url: string; received: Map<string, number>; close(): Promise<void> };

/**
 * The SMTP sink runs in its own thread, as a real mail server would be elsewhere: on one
 * thread it would take CPU from the worker it measures. It reports each Message-ID with its
 * arrival time (epoch ms, comparable across threads).
 */
const SINK_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { SMTPServer } = require('smtp-server');
let pending = [];
const server = new SMTPServer({
  authOptional: true, disabledCommands: ['STARTTLS'], disableReverseLookup: true, logger: false, closeTimeout: 1000,
  onData(stream, session, callback) {
    let head = '';
    stream.on('data', (chunk) => { if (head.length < 8192) head += chunk.toString('latin1'); });
    stream.on('end', () => {
      const match = /^message-id:\\s*<([^>@]+)@/im.exec(head);
      pending.push([match ? match[1] : '', performance.timeOrigin + performance.now()]);
      callback();
    });
  },
});
setInterval(() => { if (pending.length) { parentPort.postMessage({ received: pending }); pending = []; } }, 5).unref();
parentPort.on('message', (message) => {
  if (message === 'close') server.close(() => { parentPort.postMessage({ closed: true }); });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.server.address().port }));
`;

async function startSinkThread(): Promise<SinkThread> {
  const worker = new Worker(SINK_SOURCE, { eval: true });
  const received = new Map<string, number>();
  let onClosed: () => void = () => {};
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (message: { port?: number; received?: [string, number][]; closed?: boolean }) => {
      if (message.port) resolve(message.port);
      for (const [id, at] of message.received ?? []) if (!received.has(id)) received.set(id, at);
      if (message.closed) onClosed();
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async close() {
      await new Promise<void>((resolve) => {
        onClosed = resolve;
        worker.postMessage('close');
      });
      await worker.terminate();
    },
  };
}

/** Milliseconds since the epoch, comparable with the sink thread's clock. */
function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** nodemailer pooled, the same connections and concurrency as the worker, no database. */
async function measureBaseline(url: string, messages: number): Promise<{ perSecond: number; cpuMsPerMessage: number }> {
  const mailer = createTransport(
    { pool: true, url, maxConnections: SMTP_CONNECTIONS, maxMessages: 1000 },
    { from: FROM },
  );
  let next = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < messages) {
        const i = next++;
        await mailer.sendMail({
          to: `baseline${i}@example.com`,
          subject: 'Kode SatuPintu Anda: 123456',
          text: TEXT,
          html: HTML,
          messageId: `<${newId()}@satupintu>`,
        });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  mailer.close();
  return { perSecond: messages / seconds, cpuMsPerMessage: (used.user + used.system) / 1000 / messages };
}

/** The same OTP email the outbox sends (text and HTML alternative). */
const TEXT =
  'Kode SatuPintu Anda: 123456\n\nBerlaku 5 menit. Jangan berikan kode ini kepada siapa pun, termasuk petugas.\n\n' +
  'Jika Anda tidak meminta kode ini, abaikan email ini.';
const HTML = `<!doctype html><html lang="id"><body style="font-family:sans-serif;line-height:1.5">\n${TEXT.split('\n\n')
  .map((p) => `<p>${p}</p>`)
  .join('\n')}\n</body></html>`;

async function measureOutbox(
  db: Database,
  sink: SinkThread,
  messages: number,
  ratePerSecond: number,
): Promise<Omit<OutboxBenchResult, 'baselineSmtpPerSecond' | 'baselineCpuMsPerMessage'>> {
  const burstSize = Math.max(1, Math.round((ratePerSecond * BURST_INTERVAL_MS) / 1000));
  const notifications = createNotificationsModule({
    db,
    clock: systemClock,
    environment: 'production',
    config: {
      mode: 'live',
      teamRecipients: [],
      transports: { email: 'smtp', sms: 'dev', whatsapp: 'dev' },
      smtp: { url: sink.url, from: FROM },
      runWorker: true,
    },
  });
  notifications.validate();
  const committedAt = new Map<string, number>();
  notifications.worker.start();
  const cpu = process.cpuUsage();
  let lastCommit = 0;
  try {
    for (let sent = 0; sent < messages; sent += burstSize) {
      const burstStarted = performance.now();
      const size = Math.min(burstSize, messages - sent);
      await Promise.all(
        Array.from({ length: size }, async (_, j) => {
          const { id } = await db.transaction((tx) =>
            notifications.api.enqueue(tx, {
              event: 'identity.otp_requested',
              channel: 'email',
              to: `warga${sent + j}@example.com`,
              language: 'id',
              params: { code: String(100000 + sent + j), minutes: 5 },
            }),
          );
          committedAt.set(id, epochNow());
        }),
      );
      lastCommit = epochNow();
      const wait = BURST_INTERVAL_MS - (performance.now() - burstStarted);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    await until(() => [...committedAt.keys()].every((id) => sink.received.has(id)), 120_000);
    // The outcome is written just after the SMTP server has the message.
    await until(async () => (await countDelivered(db, [...committedAt.keys()])) >= messages, 30_000);
  } finally {
    await notifications.worker.stop();
  }
  const used = process.cpuUsage(cpu);

  const arrivals = new Map([...committedAt.keys()].map((id) => [id, sink.received.get(id) ?? Number.NaN]));
  const latencies = [...committedAt].map(([id, at]) => Math.max(0, (arrivals.get(id) ?? Number.NaN) - at));
  const firstCommit = Math.min(...committedAt.values());
  const lastArrival = Math.max(...arrivals.values());
  const seconds = (lastArrival - firstCommit) / 1000;
  return {
    messages,
    seconds,
    perSecond: messages / seconds,
    commitToDeliveryP50Ms: percentile(latencies, 50),
    commitToDeliveryP95Ms: percentile(latencies, 95),
    offeredPerSecond: messages / ((lastCommit - firstCommit) / 1000),
    cpuMsPerMessage: (used.user + used.system) / 1000 / messages,
  };
}

async function countDelivered(db: Database, ids: string[]): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM outbox_messages WHERE id = ANY($1::uuid[]) AND status = 'delivered'",
    [ids],
  );
  return Number(row?.n ?? 0);
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`benchmark: not done within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A fresh database: in-memory PGlite, or a new schema on the PostgreSQL server at `url`. */
async function openFreshDatabase(url: string | undefined): Promise<{ db: Database; close: () => Promise<void> }> {
  if (!url) {
    const db = await openEmbeddedDatabase();
    await migrate(db);
    return { db, close: () => db.close() };
  }
  const schema = `sp_bench_outbox_${newId().replaceAll('-', '').slice(-12)}`;
  const admin = await openServerDatabase({ url, poolSize: 1 });
  await admin.exec(
    `CREATE SCHEMA "${schema}"; CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public; CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;`,
  );
  const db = await openServerDatabase({ url, poolSize: 10, schema });
  await migrate(db);
  return {
    db,
    async close() {
      await db.close();
      await admin.exec(`DROP SCHEMA "${schema}" CASCADE`);
      await admin.close();
    },
  };
}

async function main() {
  const args = process.argv.slice(2);
  const argument = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const messages = Number(argument('--messages') ?? 2000);
  const ratePerSecond = Number(argument('--rate') ?? 250);
  const url = argument('--url');
  const { db, close } = await openFreshDatabase(url);
  try {
    const r = await benchOutbox({ db, messages, ratePerSecond });
    const round = (n: number) => Math.round(n * 10) / 10;
    console.log(
      `outbox benchmark on ${db.kind}: ${r.messages} emails to a local SMTP server, offered at ${round(r.offeredPerSecond)}/s`,
    );
    console.log(`(load average ${loadavg().map(round).join(' ')} on ${availableParallelism()} CPUs)`);
    console.log('| measure | baseline (same run) | outbox | ratio | target |');
    console.log('|---|---|---|---|---|');
    console.log(
      `| throughput | ${round(r.baselineSmtpPerSecond)} msg/s (nodemailer pooled, no outbox) | ${round(r.perSecond)} msg/s (${round(r.seconds)} s) | ${(r.perSecond / r.baselineSmtpPerSecond).toFixed(2)}x | >= 200 msg/s |`,
    );
    console.log(
      `| CPU per message | ${round(r.baselineCpuMsPerMessage)} ms | ${round(r.cpuMsPerMessage)} ms | ${(r.cpuMsPerMessage / r.baselineCpuMsPerMessage).toFixed(2)}x | |`,
    );
    console.log(`| commit -> delivery p50 | | ${round(r.commitToDeliveryP50Ms)} ms | | |`);
    console.log(`| commit -> delivery p95 | | ${round(r.commitToDeliveryP95Ms)} ms | | <= 1000 ms |`);
  } finally {
    await close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
