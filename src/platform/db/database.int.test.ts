import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openEmbeddedDatabase } from './database.js';

/** The embedded database runs in the server's thread: it must not keep the event loop from requests. */
let db: Database;
beforeAll(async () => {
  db = await openEmbeddedDatabase();
  await db.exec('CREATE TABLE t (n integer)');
});
afterAll(() => db.close());

describe('the embedded database', () => {
  it('gives the event loop a turn during a long stream of statements, as a rush of bookings makes', async () => {
    let turns = 0;
    let streaming = true;
    const tick = () => {
      if (!streaming) return;
      turns += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    const started = performance.now();
    // Statements one after another, each awaited: without a yield the loop would get no turn.
    while (performance.now() - started < 200) {
      await db.query('INSERT INTO t (n) VALUES ($1)', [1]);
      await db.transaction(async (tx) => {
        await tx.query('SELECT count(*) FROM t');
      });
    }
    streaming = false;
    // Roughly one turn per 2 ms of statements; 200 ms of them gives well over 10.
    expect(turns).toBeGreaterThan(10);
  });

  it('gives turns inside a long transaction too (each turn lets the server accept a connection)', async () => {
    let turns = 0;
    let streaming = true;
    const tick = () => {
      if (!streaming) return;
      turns += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    await db.transaction(async (tx) => {
      const started = performance.now();
      while (performance.now() - started < 200) await tx.query('INSERT INTO t (n) VALUES ($1)', [2]);
    });
    streaming = false;
    expect(turns).toBeGreaterThan(10);
    // The transaction's statements all took effect, turns or not.
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM t WHERE n = 2');
    expect(row?.n).toBeGreaterThan(10);
  });
});
