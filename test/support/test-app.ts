import { type AppOptions, buildApp } from '../../src/app.js';
import { fixedClock } from '../../src/platform/clock.js';
import type { Database } from '../../src/platform/db/database.js';
import { createTestDatabase, TEST_CLOCK_START } from './test-database.js';

/** A fixed master secret for tests (32 bytes, base64). */
export const TEST_SECRET_KEY = 'dGVzdC1zZWNyZXQta2V5LWZvci1zYXR1cGludHUtdGVzdHM=';

/** The real app on a fresh database, for `inject` requests. */
export async function createTestApp(
  options: {
    seedDemo?: boolean;
    now?: string;
    identity?: AppOptions['identity'];
    notifications?: AppOptions['notifications'];
    notificationsTuning?: AppOptions['notificationsTuning'];
    publicUrl?: string;
    logLevel?: string | false;
    queueTuning?: AppOptions['queueTuning'];
    bookingTuning?: AppOptions['bookingTuning'];
  } = {},
) {
  const db: Database = await createTestDatabase(options);
  const clock = fixedClock(options.now ?? TEST_CLOCK_START);
  const { app, catalogue, identity, notifications, queue, booking } = await buildApp({
    db,
    clock,
    logLevel: options.logLevel ?? false,
    webDir: false,
    secretKey: TEST_SECRET_KEY,
    environment: 'test',
    ...(options.identity ? { identity: options.identity } : {}),
    ...(options.notifications ? { notifications: options.notifications } : {}),
    ...(options.notificationsTuning ? { notificationsTuning: options.notificationsTuning } : {}),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    ...(options.queueTuning ? { queueTuning: options.queueTuning } : {}),
    ...(options.bookingTuning ? { bookingTuning: options.bookingTuning } : {}),
  });
  await app.ready();
  return {
    app,
    db,
    clock,
    catalogue,
    identity,
    notifications,
    queue,
    booking,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
