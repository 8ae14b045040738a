import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { TEST_SECRET_KEY } from './test-app.js';
import type { AppOptions } from '../../src/app.js';
import type { TestApp } from './test-app.js';

/**
 * The app as several nodes on one database. On PostgreSQL (TEST_DATABASE_URL) the second node is
 * another process with its own pool and LISTEN connection; on PGlite, which one process owns,
 * both nodes are app instances in this process sharing the database.
 */
export type AppNode = { baseUrl: string; close(): Promise<void> };

export async function listen(t: TestApp): Promise<AppNode> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { baseUrl: `http://127.0.0.1:${port}`, close: async () => {} };
}

export async function startSecondNode(
  t: TestApp,
  now: string,
  tuning: { bookingTuning?: AppOptions['bookingTuning'] } = {},
): Promise<AppNode & { process?: ChildProcess }> {
  const url = inject('databaseUrl');
  if (!url) {
    const { buildApp } = await import('../../src/app.js');
    const { app } = await buildApp({
      db: t.db,
      clock: t.clock,
      logLevel: false,
      webDir: false,
      secretKey: TEST_SECRET_KEY,
      environment: 'test',
      notifications: { runWorker: false },
      ...(tuning.bookingTuning ? { bookingTuning: tuning.bookingTuning } : {}),
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return { baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
  }
  const [row] = await t.db.query<{ schema: string }>('SELECT current_schema() AS schema');
  const schema = row?.schema ?? 'public';
  const script = fileURLToPath(new URL('./app-node.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: {
      ...process.env,
      NODE_DATABASE_URL: url,
      NODE_SCHEMA: schema,
      NODE_NOW: now,
      NODE_SECRET_KEY: TEST_SECRET_KEY,
      NODE_BOOKING_TUNING: JSON.stringify(tuning.bookingTuning ?? {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`second node exited with ${code}`)));
    setTimeout(() => reject(new Error('second node did not start in 60 s')), 60_000).unref();
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    process: child,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
