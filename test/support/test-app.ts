import { buildApp } from '../../src/app.js';
import { fixedClock } from '../../src/platform/clock.js';
import type { Database } from '../../src/platform/db/database.js';
import { createTestDatabase, TEST_CLOCK_START } from './test-database.js';

/** The real app on a fresh database, for `inject` requests. */
export async function createTestApp(options: { seedDemo?: boolean; now?: string; adminToken?: string } = {}) {
  const db: Database = await createTestDatabase(options);
  const clock = fixedClock(options.now ?? TEST_CLOCK_START);
  const { app, catalogue } = await buildApp({
    db,
    clock,
    logLevel: false,
    webDir: false,
    ...(options.adminToken ? { adminToken: options.adminToken } : {}),
  });
  await app.ready();
  return {
    app,
    db,
    clock,
    catalogue,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
