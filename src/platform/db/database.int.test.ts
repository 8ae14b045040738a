import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openEmbeddedDatabase } from './database.js';

/** The embedded database runs in the server's thread: it must not keep the event loop from requests. */
let db: Database;
beforeAll(async () => {
  db = await openEmbeddedDatabase();
  await db.exec('CREATE TABLE t (n integer)');
});
afterAll(() => db.close());

/** How many turns the event loop got while `work` ran. */
async function turnsDuring(work: () => Promise<void>): Promise<number> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  try {
    await work();
  } finally {
    running = false;
  }
  return turns;
}

describe('the embedded database', () => {
  it('gives the event loop a turn during a long stream of statements, as a rush of bookings makes', async () => {
    // Statements one after another, each awaited: without a yield the loop would get no turn.
    const turns = await turnsDuring(async () => {
      const started = performance.now();
      while (performance.now() - started < 200) {
        await db.query('INSERT INTO t (n) VALUES ($1)', [1]);
        await db.transaction(async (tx) => {
          await tx.query('SELECT count(*) FROM t');
        });
      }
    });
    // Roughly one turn per 2 ms of statements; 200 ms of them gives well over 10.
    expect(turns).toBeGreaterThan(10);
  });

  it('gives turns inside a long transaction too (each turn lets the server accept a connection)', async () => {
    const turns = await turnsDuring(() =>
      db.transaction(async (tx) => {
        const started = performance.now();
        while (performance.now() - started < 200) await tx.query('INSERT INTO t (n) VALUES ($1)', [2]);
      }),
    );
    expect(turns).toBeGreaterThan(10);
    // The transaction's statements all took effect, turns or not.
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM t WHERE n = 2');
    expect(row?.n).toBeGreaterThan(10);
  });
});
