/**
 * A second app node in its own process, for multi-node tests on PostgreSQL: the same app on the
 * same database (and test schema), listening on a free port. Prints `ready <port>` when serving.
 * Env: NODE_DATABASE_URL, NODE_SCHEMA, NODE_NOW (fixed clock), NODE_SECRET_KEY, NODE_BOOKING_TUNING (JSON).
 */
import { buildApp } from '../../src/app.js';
import { fixedClock } from '../../src/platform/clock.js';
import { openServerDatabase } from '../../src/platform/db/database.js';

const url = process.env.NODE_DATABASE_URL;
const schema = process.env.NODE_SCHEMA;
if (!url || !schema) throw new Error('NODE_DATABASE_URL and NODE_SCHEMA are required');
const db = await openServerDatabase({ url, schema, poolSize: 8, applicationName: 'satupintu-test-node' });
const { app } = await buildApp({
  db,
  clock: fixedClock(process.env.NODE_NOW ?? new Date().toISOString()),
  logLevel: false,
  webDir: false,
  secretKey: process.env.NODE_SECRET_KEY ?? '',
  environment: 'test',
  notifications: { runWorker: false },
  bookingTuning: JSON.parse(process.env.NODE_BOOKING_TUNING ?? '{}'),
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`ready ${typeof address === 'object' && address ? address.port : 0}\n`);
const stop = async () => {
  await app.close();
  await db.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
