import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../config.js';
import { lockDataDir } from '../platform/db/data-dir-lock.js';
import { openEmbeddedDatabase } from '../platform/db/database.js';
import { embeddedDataPath } from '../runtime.js';

/**
 * `satupintu backup` / `restore` for the embedded database: a gzipped tarball of the PGlite
 * data directory, taken while holding the data-directory lock (stop the server first). For
 * PostgreSQL use pg_dump / pg_restore, which know far more than we could.
 */

function refuseForPostgres(databaseUrl: string | undefined): boolean {
  if (!databaseUrl) return false;
  console.error('DATABASE_URL is set: back up PostgreSQL with pg_dump and restore with pg_restore.');
  process.exitCode = 1;
  return true;
}

export async function backupCommand(file: string) {
  const config = loadConfig();
  if (refuseForPostgres(config.databaseUrl)) return;
  const release = await lockDataDir(config.dataDir);
  try {
    const db = await openEmbeddedDatabase({ dataDir: embeddedDataPath(config.dataDir) });
    try {
      console.error(`backing up ${config.dataDir} ...`);
      const dump = await db.client.dumpDataDir('gzip');
      await writeFile(file, Buffer.from(await dump.arrayBuffer()));
      console.error(`wrote ${file} (${Math.round(dump.size / 1024)} KiB)`);
    } finally {
      await db.close();
    }
  } finally {
    await release();
  }
}

export async function restoreCommand(file: string, options: { force?: boolean }) {
  const config = loadConfig();
  if (refuseForPostgres(config.databaseUrl)) return;
  if (!existsSync(file)) {
    console.error(`no such file: ${file}`);
    process.exitCode = 1;
    return;
  }
  const release = await lockDataDir(config.dataDir);
  try {
    const target = embeddedDataPath(config.dataDir);
    const occupied = existsSync(target) && (await readdir(target)).length > 0;
    if (occupied && !options.force) {
      console.error(`${target} is not empty; pass --force to move it aside and restore over it.`);
      process.exitCode = 1;
      return;
    }
    // Restore beside the target first: a bad backup file must not cost the current database.
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const staging = `${target}.restoring-${stamp}`;
    await mkdir(staging, { recursive: true });
    try {
      const client = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([await readFile(file)]) });
      await client.query('SELECT 1');
      await client.close();
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      console.error(`${file} is not a usable backup: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
      return;
    }
    if (occupied) {
      const aside = `${target}.before-restore-${stamp}`;
      await rename(target, aside);
      console.error(`moved the current database to ${aside}`);
    } else if (existsSync(target)) {
      await rm(target, { recursive: true, force: true });
    }
    await rename(staging, target);
    console.error(`restored ${file} into ${config.dataDir}; start SatuPintu to apply any newer migrations.`);
  } finally {
    await release();
  }
}
