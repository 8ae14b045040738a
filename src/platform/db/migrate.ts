import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import type { Database } from './database.js';

/**
 * Applies the SQL files in `migrations/` (`NNNN_name.sql`, one transaction each) and records
 * them in `schema_migrations`. Plain SQL, because the search configuration, triggers and
 * extensions are PostgreSQL features the query builder does not model; the same files run on
 * PGlite (PostgreSQL 18) and PostgreSQL 15.
 */

export type Migration = { version: number; name: string; sql: string; checksum: string };

export class NewerSchemaError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `The database was written by a newer SatuPintu (schema version ${databaseVersion}; this build knows up to ${codeVersion}). ` +
        'Refusing to start so nothing is damaged: upgrade SatuPintu, or restore a backup made by this version. ' +
        `/ Basis data ditulis oleh versi SatuPintu yang lebih baru (skema ${databaseVersion}, versi ini ${codeVersion}).`,
    );
    this.name = 'NewerSchemaError';
  }
}

export class MigrationChecksumError extends Error {
  constructor(readonly version: number) {
    super(`Migration ${version} in the database differs from the file shipped with this build; refusing to continue.`);
    this.name = 'MigrationChecksumError';
  }
}

export async function loadMigrations(dir = join(packageRoot(), 'migrations')): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const sql = await readFile(join(dir, file), 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.slice(5, -4),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    }),
  );
}

const LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

export type MigrationStatus = { applied: number[]; pending: number[]; latestKnown: number };

export async function readMigrationStatus(db: Database, migrations?: Migration[]): Promise<MigrationStatus> {
  const known = migrations ?? (await loadMigrations());
  const exists = await db.query<{ present: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
  const applied = exists[0]?.present
    ? (await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map(
        (r) => r.version,
      )
    : [];
  return {
    applied,
    pending: known.filter((m) => !applied.includes(m.version)).map((m) => m.version),
    latestKnown: known.at(-1)?.version ?? 0,
  };
}

/** Applies pending migrations; safe to run from several app nodes at once (advisory lock). */
export async function migrate(
  db: Database,
  options: { migrations?: Migration[]; onApplied?: (m: Migration) => void } = {},
): Promise<number[]> {
  const migrations = options.migrations ?? (await loadMigrations());
  const latestKnown = migrations.at(-1)?.version ?? 0;
  const applied: number[] = [];
  await db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('satupintu.migrate'))");
    await tx.exec(LEDGER);
  });
  for (const migration of migrations) {
    // Each migration in its own transaction, serialised across app nodes by an advisory lock.
    const didApply = await db.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('satupintu.migrate'))");
      const rows = await tx.query<{ version: number; checksum: string }>(
        'SELECT version, checksum FROM schema_migrations ORDER BY version',
      );
      const newest = rows.at(-1)?.version ?? 0;
      if (newest > latestKnown) throw new NewerSchemaError(newest, latestKnown);
      const done = rows.find((r) => r.version === migration.version);
      if (done) {
        if (done.checksum !== migration.checksum) throw new MigrationChecksumError(migration.version);
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      return true;
    });
    if (didApply) {
      applied.push(migration.version);
      options.onApplied?.(migration);
    }
  }
  return applied;
}
