import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_CLOCK_START } from '../../../test/support/test-database.js';
import { fixedClock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { createNotificationsModule, type NotificationsModule, type NotificationsTuning } from './index.js';
import { type HttpProviderStub, startHttpProviderStub } from './testing/http-provider-stub.js';
import { notificationsConfig, otpMessage, waitFor } from './testing/notifications-factories.js';
import { createHttpProviderTransport } from './transports/http-provider.transport.js';

let db: Database;
const stubs: HttpProviderStub[] = [];
const modules: NotificationsModule[] = [];
const clock = fixedClock(TEST_CLOCK_START);
const at = (seconds: number) => new Date(new Date(TEST_CLOCK_START).getTime() + seconds * 1000);

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: false });
});
afterAll(async () => {
  await db?.close();
});
beforeEach(async () => {
  clock.set(TEST_CLOCK_START);
  await db.exec('DELETE FROM dev_messages; DELETE FROM outbox_messages;');
});
afterEach(async () => {
  await Promise.all(modules.splice(0).map((m) => m.worker.stop()));
  await Promise.all(stubs.splice(0).map((s) => s.close()));
});

async function provider(respond?: (request: { idempotencyKey: string }) => number) {
  const stub = await startHttpProviderStub(respond ? { respond } : {});
  stubs.push(stub);
  return stub;
}

/** A module sending SMS through the HTTP provider adapter to `stub`, with jitter fixed at its middle. */
function notifications(stub: HttpProviderStub, tuning: NotificationsTuning = {}) {
  const module = createNotificationsModule(
    {
      db,
      clock,
      environment: 'test',
      config: notificationsConfig({
        transports: { email: 'dev', sms: 'http', whatsapp: 'dev' },
        smsProvider: { url: stub.url, token: 'sms-token' },
      }),
    },
    { random: () => 0.5, ...tuning },
  );
  modules.push(module);
  return module;
}

const sms = () => otpMessage({ channel: 'sms', to: '+6281234567890' });

describe('redelivery after a worker crash', () => {
  it('sends the message again after the lease, and an idempotent consumer counts it once', async () => {
    const stub = await provider();
    // Worker A sends the SMS, then "crashes": it never gets to write the outcome.
    let releaseA: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      releaseA = resolve;
    });
    const real = createHttpProviderTransport('sms', { url: stub.url, token: 'sms-token' });
    const a = notifications(stub, {
      transports: {
        sms: {
          name: 'http',
          async send(message, signal) {
            const result = await real.send(message, signal);
            await released;
            return result;
          },
          close: async () => {},
        },
      },
    });
    const b = notifications(stub);
    const { id } = await db.transaction((tx) => a.api.enqueue(tx, sms()));

    const aDrain = a.worker.drain();
    await waitFor(() => stub.requests.length === 1);
    expect(await a.api.getMessage(id)).toMatchObject({ status: 'sending', attempts: 1 });

    // While A's lease holds, nobody else takes the message.
    expect(await b.worker.drain()).toBe(0);

    clock.set(at(31));
    expect(await b.worker.drain()).toBe(1);
    expect(await b.api.getMessage(id)).toMatchObject({ status: 'delivered', attempts: 2, transport: 'http' });

    expect(stub.requests.map((r) => r.idempotencyKey)).toEqual([id, id]);
    expect(stub.accepted.size).toBe(1);
    expect(stub.requests[1]?.authorization).toBe('Bearer sms-token');
    expect(stub.requests[1]?.body).toEqual({
      id,
      to: '+6281234567890',
      text: 'Kode SatuPintu Anda: 482913. Berlaku 5 menit. Jangan berikan kode ini kepada siapa pun, termasuk petugas.',
    });

    // A wakes up late: its expired lease cannot overwrite B's outcome.
    releaseA();
    expect(await aDrain).toBe(1);
    expect(await a.api.getMessage(id)).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('claims again a message left sending with an expired lease', async () => {
    const stub = await provider();
    const { api, worker } = notifications(stub);
    const { id } = await db.transaction((tx) => api.enqueue(tx, sms()));
    await db.query(
      `UPDATE outbox_messages SET status = 'sending', attempts = 1, lease_until = $2, next_attempt_at = $2 WHERE id = $1`,
      [id, at(-1)],
    );
    expect(await worker.drain()).toBe(1);
    expect(await api.getMessage(id)).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('fails a message whose worker died during its last attempt, without sending it again', async () => {
    const stub = await provider();
    const { api, worker } = notifications(stub);
    const { id } = await db.transaction((tx) => api.enqueue(tx, sms()));
    await db.query(
      `UPDATE outbox_messages SET status = 'sending', attempts = 8, lease_until = $2, next_attempt_at = $2 WHERE id = $1`,
      [id, at(-1)],
    );
    expect(await worker.drain()).toBe(1);
    expect(await api.getMessage(id)).toMatchObject({
      status: 'failed',
      lastError: 'lease expired during the last attempt',
    });
    expect(stub.requests).toHaveLength(0);
  });
});

describe('retries', () => {
  it('retries with exponential backoff, then fails for good after the last attempt', async () => {
    const stub = await provider(() => 500);
    const { api, worker } = notifications(stub);
    const { id } = await db.transaction((tx) => api.enqueue(tx, sms()));

    expect(await worker.drain()).toBe(1);
    expect(await api.getMessage(id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: at(10).toISOString(),
      lastError: expect.stringContaining('HTTP 500'),
    });
    clock.set(at(9));
    expect(await worker.drain()).toBe(0);
    clock.set(at(10));
    expect(await worker.drain()).toBe(1);
    expect(await api.getMessage(id)).toMatchObject({
      status: 'pending',
      attempts: 2,
      nextAttemptAt: at(30).toISOString(),
    });

    let seconds = 10;
    for (let attempt = 3; attempt <= 8; attempt++) {
      seconds += 3600;
      clock.set(at(seconds));
      expect(await worker.drain()).toBe(1);
    }
    const failed = await api.getMessage(id);
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: 8,
      nextAttemptAt: null,
      failedAt: at(seconds).toISOString(),
    });
    expect(failed?.lastError).toContain('HTTP 500');
    expect(stub.requests).toHaveLength(8);

    clock.set(at(seconds + 86_400));
    expect(await worker.drain()).toBe(0);
  });

  it('fails at once when the provider refuses the message with a 4xx', async () => {
    const stub = await provider(() => 400);
    const { api, worker } = notifications(stub);
    const { id } = await db.transaction((tx) => api.enqueue(tx, sms()));
    await worker.drain();
    expect(await api.getMessage(id)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('retries a 429 from the provider', async () => {
    const stub = await provider(() => 429);
    const { api, worker } = notifications(stub);
    const { id } = await db.transaction((tx) => api.enqueue(tx, sms()));
    await worker.drain();
    expect(await api.getMessage(id)).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('retries when the provider cannot be reached, without the phone number in the error', async () => {
    const stub = await provider();
    const { api, worker } = notifications(stub);
    await stub.close();
    const { id } = await db.transaction((tx) => api.enqueue(tx, sms()));
    await worker.drain();
    const status = await api.getMessage(id);
    expect(status).toMatchObject({ status: 'pending', attempts: 1 });
    expect(status?.lastError).not.toContain('81234567890');
  });
});
