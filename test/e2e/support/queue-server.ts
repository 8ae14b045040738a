import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Grant } from '../../../src/domain/identity/access.js';
import type { Clock } from '../../../src/platform/clock.js';
import type { StaffCredentials } from './staff.js';

/**
 * The real app for the queue pages, with a clock that starts at a chosen instant and then runs
 * (so the demo MPP is open whatever the day the script runs on, and waits still grow), serving
 * dist/web (built when missing) on `port` (0 = any).
 */
export type QueueServer = {
  baseUrl: string;
  clock: Clock;
  /** Moves the running clock to `at` (ISO with offset); it runs on from there. Browsers keep their own time. */
  setNow: (at: string) => void;
  createStaff: (input: { displayName: string; grants: Grant[] }) => Promise<StaffCredentials>;
  close: () => Promise<void>;
};

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const webDir = `${repoRoot}dist/web`;
let counter = 0;

/** A clock at `startAt` when made, moving at the speed of real time; `set` moves it, and it runs on from there. */
export function runningClockFrom(startAt: string): Clock & { set: (at: string) => void } {
  let offset = Date.parse(startAt) - Date.now();
  return {
    now: () => new Date(Date.now() + offset),
    set(at) {
      offset = Date.parse(at) - Date.now();
    },
  };
}

export async function startQueueServer(options: {
  startAt: string;
  port?: number;
  publicUrl?: string;
}): Promise<QueueServer> {
  if (!existsSync(`${webDir}/kiosk.html`)) {
    const vite = await import('vite');
    await vite.build({ configFile: `${repoRoot}web/vite.config.ts`, logLevel: 'warn' });
  }
  const [{ buildApp }, { openEmbeddedDatabase }, { prepareDatabase }] = await Promise.all([
    import('../../../src/app.js'),
    import('../../../src/platform/db/database.js'),
    import('../../../src/runtime.js'),
  ]);
  const clock = runningClockFrom(options.startAt);
  const db = await openEmbeddedDatabase();
  await prepareDatabase(db, { seedDemoWhenEmpty: true, clock });
  const port = options.port ?? 0;
  const { app, notifications, identity } = await buildApp({
    db,
    clock,
    logLevel: false,
    webDir,
    secretKey: 'cXVldWUtc2NyZWVuc2hvdHMta2V5LWZvci1zYXR1cGludHUtcXVldWUtcGFnZXM=',
    environment: 'test',
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : port ? { publicUrl: `http://127.0.0.1:${port}` } : {}),
  });
  const address = await app.listen({ port, host: '127.0.0.1' });
  notifications.worker.start();
  return {
    baseUrl: address,
    clock,
    setNow: (at) => clock.set(at),
    async createStaff(input) {
      counter += 1;
      const email = `antrean${Date.now()}${counter}@kemenpan.example.id`;
      const password = `Kata-sandi-antrean-${counter}-panjang`;
      const { id } = await identity.api.createStaffAccount({
        email,
        displayName: input.displayName,
        password,
        grants: input.grants,
      });
      return { id, email, password };
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
