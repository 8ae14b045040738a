import { mkdir } from 'node:fs/promises';
import lockfile from 'proper-lockfile';

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The data directory ${dataDir} is in use by another SatuPintu process. Stop it first, or set DATA_DIR to another directory. ` +
        `/ Direktori data ${dataDir} sedang dipakai proses SatuPintu lain.`,
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * Takes an exclusive lock on the embedded data directory so a second process cannot open the
 * same PGlite files (PGlite is single-process; two writers would corrupt it). The lock is
 * refreshed while we run and becomes stale shortly after a killed process, so a restart after
 * kill -9 is not blocked for long. Returns the release function.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: `${dataDir.replace(/\/+$/, '')}/satupintu.lock`,
      stale: 10_000,
      update: 2_000,
      retries: { retries: 8, minTimeout: 500, maxTimeout: 2_000 },
      realpath: false,
      onCompromised: () => {
        // Another process took over a lock we believed ours: stop writing at once.
        process.exitCode = 1;
        process.kill(process.pid, 'SIGTERM');
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') throw new DataDirLockedError(dataDir);
    throw error;
  }
}
