import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { testDatabaseUrl } from '../../src/config.js';
import { openEmbeddedDatabase, openServerDatabase } from '../../src/platform/db/database.js';
import { prepareDatabase } from '../../src/runtime.js';
import { fixedClock } from '../../src/platform/clock.js';

/**
 * Once per run: a migrated PGlite holding the demo catalogue, dumped to a tarball that each test
 * file loads into its own fresh in-memory database (a clone of the template, never shared).
 * With TEST_DATABASE_URL, the suite runs against PostgreSQL instead, one schema per test file.
 */
export const TEMPLATE_CLOCK = '2026-11-25T03:00:00Z';

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'satupintu-template-'));
  const url = testDatabaseUrl();
  if (url) {
    // Clean schemas left by an interrupted earlier run.
    const admin = await openServerDatabase({ url, poolSize: 1 });
    const stale = await admin.query<{ nspname: string }>(
      "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'sp_test_%'",
    );
    for (const row of stale) await admin.exec(`DROP SCHEMA IF EXISTS "${row.nspname}" CASCADE`);
    await admin.exec(
      'CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public; CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;',
    );
    await admin.close();
    project.provide('databaseUrl', url);
  }
  const db = await openEmbeddedDatabase();
  await prepareDatabase(db, { seedDemoWhenEmpty: true, clock: fixedClock(TEMPLATE_CLOCK) });
  const dump = await db.client.dumpDataDir('none');
  await db.close();
  const file = join(dir, 'template.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('templateFile', file);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateFile: string;
    databaseUrl: string | undefined;
  }
}
