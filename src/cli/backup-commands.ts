import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
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
    if (existsSync(target) && (await readdir(target)).length > 0) {
      if (!options.force) {
        console.error(`${target} is not empty; pass --force to move it aside and restore over it.`);
        process.exitCode = 1;
        return;
      }
      const aside = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(target, aside);
      console.error(`moved the current database to ${aside}`);
    }
    await mkdir(target, { recursive: true });
    const blob = new Blob([await readFile(file)]);
    const client = await PGlite.create({ dataDir: target, loadDataDir: blob });
    await client.close();
    console.error(`restored ${file} into ${config.dataDir}; start SatuPintu to apply any newer migrations.`);
  } finally {
    await release();
  }
}
