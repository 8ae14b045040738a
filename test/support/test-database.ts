import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { type Database, openEmbeddedDatabase, openServerDatabase } from '../../src/platform/db/database.js';
import { newId } from '../../src/platform/ids.js';
import { prepareDatabase } from '../../src/runtime.js';
import { fixedClock } from '../../src/platform/clock.js';

export const TEST_CLOCK_START = '2026-11-25T03:00:00Z';

/**
 * A fresh database for one test file, holding the migrated schema and the demo catalogue:
 * a PGlite clone of the template, or a new schema on PostgreSQL when TEST_DATABASE_URL is set.
 */
export async function createTestDatabase(options: { seedDemo?: boolean } = {}): Promise<Database> {
  const seedDemo = options.seedDemo ?? true;
  const url = inject('databaseUrl');
  if (url) {
    const schema = `sp_test_${newId().replaceAll('-', '').slice(-16)}`;
    const admin = await openServerDatabase({ url, poolSize: 1 });
    await admin.exec(`CREATE SCHEMA "${schema}"`);
    await admin.close();
    const db = await openServerDatabase({ url, poolSize: 4, schema });
    await prepareDatabase(db, { seedDemoWhenEmpty: seedDemo, clock: fixedClock(TEST_CLOCK_START) });
    return {
      ...db,
      async close() {
        await db.close();
        const cleanup = await openServerDatabase({ url, poolSize: 1 });
        await cleanup.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await cleanup.close();
      },
    };
  }
  if (!seedDemo) {
    const db = await openEmbeddedDatabase();
    await prepareDatabase(db, { seedDemoWhenEmpty: false, clock: fixedClock(TEST_CLOCK_START) });
    return db;
  }
  const template = await readFile(inject('templateFile'));
  return openEmbeddedDatabase({ loadDataDir: new Blob([template]) });
}
