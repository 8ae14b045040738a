import pino from 'pino';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { join } from 'node:path';
import { loadOrCreateSecretKey } from '../platform/crypto/secrets.js';
import { loggerOptions } from '../platform/logging/logger.js';
import { openDatabase, prepareDatabase } from '../runtime.js';

/**
 * Connections the kernel may hold before the server accepts them (capped by net.core.somaxconn).
 * Node's default, 511, overflows when thousands of phones open connections at a quota release:
 * the ones dropped retry their SYN after 1 s and then 3 s, which is most of what a citizen waits.
 */
export const LISTEN_BACKLOG = 4096;

/**
 * `satupintu serve`: open the database, migrate, seed on first start, listen. On SIGTERM or
 * SIGINT: stop accepting, finish in-flight requests (up to SHUTDOWN_TIMEOUT_MS), then close the
 * database cleanly so the embedded data directory is checkpointed and nothing is lost.
 */
export async function serve(overrides: { port?: number; host?: string } = {}) {
  const config = loadConfig();
  const log = pino(loggerOptions(config.logLevel));
  const started = performance.now();
  const opened = await openDatabase(config);
  try {
    await prepareDatabase(opened.db, { seedDemoWhenEmpty: config.seedDemoOnEmpty, log: (m) => log.info(m) });
  } catch (error) {
    await opened.close();
    throw error;
  }
  let built: Awaited<ReturnType<typeof buildApp>>;
  try {
    if (!config.secretKey && config.databaseUrl)
      log.warn('SECRET_KEY is not set: using a key generated in DATA_DIR; every app node must share one SECRET_KEY');
    const secretKey = await loadOrCreateSecretKey({
      secretKey: config.secretKey,
      file: join(config.dataDir, 'secret.key'),
    });
    built = await buildApp({
      db: opened.db,
      logLevel: config.logLevel,
      searchCacheMs: config.searchCacheMs,
      secretKey,
      environment: config.environment,
      trustProxy: config.trustProxy,
      identity: config.identity,
      notifications: config.notifications,
      publicUrl: config.publicUrl ?? `http://localhost:${overrides.port ?? config.port}`,
    });
  } catch (error) {
    await opened.close();
    throw error;
  }
  const { app } = built;
  let closing = false;
  async function shutdown(signal: string) {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down: no new requests, finishing in-flight ones');
    const timer = setTimeout(() => {
      log.error('shutdown timeout: closing the database with requests still open');
      void opened.close().finally(() => process.exit(1));
    }, config.shutdownTimeoutMs);
    timer.unref();
    try {
      await app.close();
      await opened.close();
      log.info('database closed cleanly; bye');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  }
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  let address: string;
  try {
    address = await app.listen({
      port: overrides.port ?? config.port,
      host: overrides.host ?? config.host,
      backlog: LISTEN_BACKLOG,
    });
  } catch (error) {
    // Port in use, say: close the database cleanly and release the lock before failing.
    await app.close().catch(() => {});
    await opened.close();
    throw error;
  }
  if (config.notifications.runWorker) built.notifications.worker.start();
  // Every node runs the day close: it is idempotent and locks what it closes.
  built.queue.closeDay.start();
  built.booking.jobs.start();
  log.info(
    {
      address,
      notifyMode: config.notifications.mode,
      database: opened.db.kind,
      startupMs: Math.round(performance.now() - started),
    },
    `SatuPintu ready at ${address} (database: ${opened.db.kind === 'pglite' ? `embedded in ${config.dataDir}` : 'PostgreSQL'})`,
  );
}
