import { loadConfig } from '../config.js';
import { readMigrationStatus } from '../platform/db/migrate.js';
import { openDatabase, prepareDatabase } from '../runtime.js';

/** `satupintu migrate`: apply pending migrations (and reference data), print the status. */
export async function migrateCommand(options: { status?: boolean }) {
  const config = loadConfig();
  const opened = await openDatabase(config);
  try {
    if (options.status) {
      const status = await readMigrationStatus(opened.db);
      console.log(`applied: ${status.applied.join(', ') || 'none'}; pending: ${status.pending.join(', ') || 'none'}`);
      return;
    }
    await prepareDatabase(opened.db, { seedDemoWhenEmpty: false, log: (m) => console.log(m) });
  } finally {
    await opened.close();
  }
}
