import { join } from 'node:path';
import type { Config } from './config.js';
import { createCatalogueModule } from './modules/catalogue/index.js';

import { type Clock, systemClock } from './platform/clock.js';
import { type Database, openEmbeddedDatabase, openServerDatabase } from './platform/db/database.js';
import { lockDataDir } from './platform/db/data-dir-lock.js';
import { migrate } from './platform/db/migrate.js';

/**
 * Opening and preparing the database for any command: the embedded PGlite in DATA_DIR (with a
 * lock so a second process cannot open it) or PostgreSQL when DATABASE_URL is set.
 */

export type OpenedDatabase = { db: Database; close: () => Promise<void> };

export function embeddedDataPath(dataDir: string): string {
  return join(dataDir, 'pglite');
}

export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'databasePoolSize'> & { embeddedSharedBuffersMb?: number },
): Promise<OpenedDatabase> {
  if (config.databaseUrl) {
    const db = await openServerDatabase({ url: config.databaseUrl, poolSize: config.databasePoolSize });
    return { db, close: () => db.close() };
  }
  const release = await lockDataDir(config.dataDir);
  try {
    const db = await openEmbeddedDatabase({
      dataDir: embeddedDataPath(config.dataDir),
      ...(config.embeddedSharedBuffersMb ? { sharedBuffersMb: config.embeddedSharedBuffersMb } : {}),
    });
    return {
      db,
      async close() {
        try {
          await db.close();
        } finally {
          await release();
        }
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

export type PrepareOptions = {
  clock?: Clock;
  /** Load the demo catalogue when the database has no MPP yet. */
  seedDemoWhenEmpty: boolean;
  log?: (message: string) => void;
};

/** Migrations, reference data, and on an empty database the demo catalogue. */
export async function prepareDatabase(db: Database, options: PrepareOptions): Promise<{ seeded: boolean }> {
  const log = options.log ?? (() => {});
  const applied = await migrate(db, { onApplied: (m) => log(`migration ${m.version} ${m.name} applied`) });
  if (applied.length === 0) log('schema up to date');
  const catalogue = createCatalogueModule({ db, clock: options.clock ?? systemClock });
  await catalogue.ensureReferenceData();
  if (options.seedDemoWhenEmpty && (await catalogue.isEmpty())) {
    log('empty database: loading the demo catalogue (clearly labelled demo data)');
    const summary = await catalogue.seedDemo();
    log(`demo catalogue: ${summary.mpps} MPPs, ${summary.tenants} tenants, ${summary.services} services`);
    return { seeded: true };
  }
  return { seeded: false };
}
