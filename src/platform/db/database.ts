import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';

/**
 * One database handle, the same on PGlite and PostgreSQL: `query` runs one parameterised
 * statement and returns its rows; `exec` runs multi-statement SQL (migrations). Repositories
 * write plain SQL: the search and import statements are PostgreSQL-specific (tsvector, pg_trgm,
 * jsonb_to_recordset, ON CONFLICT) and read best as SQL.
 */
export type Queryable = {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  exec(text: string): Promise<void>;
};

export type Database = Queryable & {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` on one connection inside BEGIN/COMMIT (ROLLBACK when it throws). */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * LISTEN on a channel: `onMessage` gets each NOTIFY payload, after the notifying transaction
   * commits. On a server the listening connection is re-opened when it drops, and
   * `onReconnect` runs then, since notifications sent meanwhile are lost: the listener should
   * catch up from the table. Returns the function that stops listening.
   */
  listen(channel: string, onMessage: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

const CHANNEL_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

function checkChannel(channel: string): void {
  // LISTEN takes an identifier, not a parameter: only plain names are accepted.
  if (!CHANNEL_PATTERN.test(channel)) throw new Error(`Not a valid channel name: ${channel}`);
}

export type EmbeddedDatabaseOptions = {
  /** Directory for the data files; undefined keeps everything in memory (tests). */
  dataDir?: string;
  /** A data directory tarball (from `dumpDataDir`) to start from: the migrated test template. */
  loadDataDir?: Blob;
  /**
   * PostgreSQL shared_buffers inside the WebAssembly heap. PGlite's default (128 MB) is most of
   * the process's memory; the files are cached by the operating system anyway.
   */
  sharedBuffersMb?: number;
};

const EXTENSIONS = { pg_trgm, btree_gist };

/**
 * PGlite runs each statement in this thread, and its promises resolve without giving the event
 * loop a turn: a stream of statements (a rush of bookings, one after another) would keep every
 * incoming request unread, even one that would be refused at once, for as long as it lasts.
 * After a statement, in a transaction or not, once the loop has had no turn for YIELD_AFTER_MS,
 * it gets one before the caller goes on. After, not before: the statement is queued for the
 * connection at once, as a caller that starts it before a transaction and awaits it inside one
 * expects. Short turns matter for new connections too: Node (libuv 1.46) accepts one connection
 * per turn of the loop, so a rush of new clients waits on the number of turns, not on their
 * length (measured: 1,000 connections took 3.5 s to accept behind 3 ms of work per turn; 20% of
 * a rush's first wave waited 2-6 s with turns only outside transactions every 5 ms).
 */
const YIELD_AFTER_MS = 2;

function createFairTurns(): () => Promise<void> {
  let lastTurn = performance.now();
  let watching = false;
  // Notes each turn the loop takes on its own, so a quiet database never waits for one.
  const watch = () => {
    if (watching) return;
    watching = true;
    setImmediate(() => {
      watching = false;
      lastTurn = performance.now();
    });
  };
  return async () => {
    if (performance.now() - lastTurn >= YIELD_AFTER_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      lastTurn = performance.now();
    }
    watch();
  };
}

export async function openEmbeddedDatabase(
  options: EmbeddedDatabaseOptions = {},
): Promise<Database & { client: PGlite }> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: EXTENSIONS,
    postgresqlconf: [`shared_buffers = ${options.sharedBuffersMb ?? 32}MB`],
  });
  const turn = createFairTurns();
  return {
    kind: 'pglite',
    client,
    async query<Row>(text: string, params: unknown[] = []) {
      const result = await client.query<Row>(text, params);
      await turn();
      return result.rows;
    },
    async exec(text: string) {
      await client.exec(text);
      await turn();
    },
    transaction(fn) {
      return client.transaction((tx) =>
        fn({
          query: async <Row>(text: string, params: unknown[] = []) => {
            const result = await tx.query<Row>(text, params);
            await turn();
            return result.rows;
          },
          exec: async (text: string) => {
            await tx.exec(text);
            await turn();
          },
        }),
      );
    },
    async listen(channel, onMessage) {
      checkChannel(channel);
      // PGlite is one in-process connection: it never drops, so there is nothing to catch up.
      return client.listen(channel, (payload) => onMessage(payload));
    },
    async close() {
      // close() shuts PostgreSQL down cleanly (checkpoint), so nothing is lost on restart.
      if (!client.closed) await client.close();
    },
  };
}

export type ServerDatabaseOptions = {
  url: string;
  poolSize?: number;
  /** Tests use one schema per test file; production uses the default search_path. */
  schema?: string;
  applicationName?: string;
};

export class DatabaseUnreachableError extends Error {
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(
      `Cannot connect to PostgreSQL at ${redactUrl(url)}: ${cause instanceof Error ? cause.message : String(cause)}. ` +
        'Check DATABASE_URL, that the server runs and accepts connections. / Tidak dapat terhubung ke PostgreSQL.',
      { cause },
    );
    this.name = 'DatabaseUnreachableError';
  }
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

export async function openServerDatabase(options: ServerDatabaseOptions): Promise<Database & { pool: pg.Pool }> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    application_name: options.applicationName ?? 'satupintu',
    // JIT compilation costs ~70 ms per search statement and never pays back on short OLTP queries.
    options: ['-c jit=off', ...(options.schema ? [`-c search_path=${options.schema},public`] : [])].join(' '),
  });
  // An idle client error (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseUnreachableError(options.url, error);
  }
  return {
    kind: 'postgres',
    pool,
    async query<Row>(text: string, params: unknown[] = []) {
      const result = await pool.query(text, params);
      return result.rows as Row[];
    },
    async exec(text: string) {
      await pool.query(text);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async <Row>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as Row[],
          exec: async (text: string) => {
            await client.query(text);
          },
        });
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        // A connection whose ROLLBACK failed is in an unknown state: destroy it, do not reuse it.
        const broken = await client.query('ROLLBACK').then(
          () => undefined,
          (rollbackError: unknown) => rollbackError,
        );
        client.release(broken instanceof Error ? broken : undefined);
        throw error;
      }
    },
    listen: (channel, onMessage, onReconnect) => listenOnServer(options, channel, onMessage, onReconnect),
    async close() {
      await pool.end();
    },
  };
}

/**
 * A dedicated connection (outside the pool, which would hand it to other queries) that LISTENs,
 * and re-connects with a growing delay (up to 5 s) when the server restarts or the network drops.
 */
async function listenOnServer(
  options: ServerDatabaseOptions,
  channel: string,
  onMessage: (payload: string) => void,
  onReconnect?: () => void,
): Promise<() => Promise<void>> {
  checkChannel(channel);
  let stopped = false;
  let client: pg.Client | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let delayMs = 100;

  async function connect(): Promise<void> {
    const next = new pg.Client({
      connectionString: options.url,
      application_name: `${options.applicationName ?? 'satupintu'}-listen`,
      connectionTimeoutMillis: 5_000,
    });
    next.on('notification', (message) => {
      if (message.channel === channel) onMessage(message.payload ?? '');
    });
    next.on('error', () => scheduleReconnect(next));
    next.on('end', () => scheduleReconnect(next));
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    client = next;
    delayMs = 100;
  }

  function scheduleReconnect(failed: pg.Client): void {
    if (stopped || client !== failed || retryTimer) return;
    client = undefined;
    failed.end().catch(() => {});
    const attempt = () => {
      retryTimer = undefined;
      if (stopped) return;
      connect().then(
        () => onReconnect?.(),
        () => {
          delayMs = Math.min(delayMs * 2, 5_000);
          retryTimer = setTimeout(attempt, delayMs);
          retryTimer.unref();
        },
      );
    };
    retryTimer = setTimeout(attempt, delayMs);
    retryTimer.unref();
  }

  await connect();
  return async () => {
    stopped = true;
    if (retryTimer) clearTimeout(retryTimer);
    const current = client;
    client = undefined;
    await current?.end().catch(() => {});
  };
}
