import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_CLOCK_START } from '../../../test/support/test-database.js';
import type { NotificationsConfig } from '../../config.js';
import { fixedClock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { createNotificationsModule, type NotificationsModule } from './index.js';
import { notificationsConfig, otpMessage, waitFor } from './testing/notifications-factories.js';
import { type SmtpSink, startSmtpSink } from './testing/smtp-sink.js';

let db: Database;
let sink: SmtpSink;
const modules: NotificationsModule[] = [];
const clock = fixedClock(TEST_CLOCK_START);

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: false });
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink?.close();
  await db?.close();
});
beforeEach(async () => {
  clock.set(TEST_CLOCK_START);
  sink.received.length = 0;
  await db.exec('DELETE FROM dev_messages; DELETE FROM outbox_messages;');
});
afterEach(async () => {
  await Promise.all(modules.splice(0).map((m) => m.worker.stop()));
});

/** A module sending email through the test's SMTP server. */
function notifications(config: Partial<NotificationsConfig> = {}) {
  const module = createNotificationsModule({
    db,
    clock,
    environment: 'test',
    config: notificationsConfig({
      transports: { email: 'smtp', sms: 'dev', whatsapp: 'dev' },
      smtp: { url: sink.url, from: 'SatuPintu <noreply@satupintu.example>' },
      ...config,
    }),
    pollIntervalMs: 20,
  });
  modules.push(module);
  return module;
}

describe('the transactional outbox', () => {
  it('never delivers a message whose transaction rolled back, and delivers a committed one once', async () => {
    const { api, worker } = notifications();
    await expect(
      db.transaction(async (tx) => {
        await api.enqueue(tx, otpMessage({ to: 'rolled-back@example.com' }));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const { id } = await db.transaction((tx) => api.enqueue(tx, otpMessage({ to: 'committed@example.com' })));

    expect(await worker.drain()).toBe(1);
    expect(await worker.drain()).toBe(0);

    expect(sink.received.map((m) => m.to)).toEqual([['committed@example.com']]);
    expect(await api.getMessage(id)).toMatchObject({ status: 'delivered', attempts: 1, transport: 'smtp' });
    const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_messages');
    expect(count?.n).toBe(1);
  });

  it('delivers a committed message with the running worker, without a drain', async () => {
    const { api, worker } = notifications();
    worker.start();
    const { id } = await db.transaction((tx) => api.enqueue(tx, otpMessage()));
    await waitFor(async () => (await api.getMessage(id))?.status === 'delivered');
    expect(sink.received).toHaveLength(1);
  });

  it('writes one message for a dedupe key enqueued twice, returning the first id', async () => {
    const { api, worker } = notifications();
    const first = await db.transaction((tx) => api.enqueue(tx, otpMessage({ dedupeKey: 'otp:abc:1' })));
    const second = await db.transaction((tx) => api.enqueue(tx, otpMessage({ dedupeKey: 'otp:abc:1' })));
    expect(second.id).toBe(first.id);
    expect(await worker.drain()).toBe(1);
    expect(sink.received).toHaveLength(1);
  });

  it('refuses a phone number that is not E.164 for SMS, inside the caller transaction', async () => {
    const { api } = notifications();
    await expect(
      db.transaction((tx) => api.enqueue(tx, otpMessage({ channel: 'sms', to: '0812-3456-7890' }))),
    ).rejects.toMatchObject({ code: 'notifications.recipient_invalid' });
  });

  it('refuses a message missing a parameter its template declares', async () => {
    const { api } = notifications();
    await expect(db.transaction((tx) => api.enqueue(tx, otpMessage({ params: { code: '123456' } })))).rejects.toThrow(
      '{minutes}',
    );
  });
});

describe('email through SMTP', () => {
  it('sends the subject and text in the message language with the outbox id as Message-ID', async () => {
    const { api, worker } = notifications();
    const english = await db.transaction((tx) => api.enqueue(tx, otpMessage({ to: 'en@example.com', language: 'en' })));
    const indonesian = await db.transaction((tx) =>
      api.enqueue(tx, otpMessage({ to: 'id@example.com', language: 'id' })),
    );
    await worker.drain();

    const toEnglish = sink.received.find((m) => m.to[0] === 'en@example.com');
    expect(toEnglish?.subject).toBe('Your SatuPintu code: 482913');
    expect(toEnglish?.decoded).toContain(
      'Valid for 5 minutes. Do not share this code with anyone, including officers.',
    );
    expect(toEnglish?.messageId).toBe(`<${english.id}@satupintu>`);

    const toIndonesian = sink.received.find((m) => m.to[0] === 'id@example.com');
    expect(toIndonesian?.subject).toBe('Kode SatuPintu Anda: 482913');
    expect(toIndonesian?.decoded).toContain(
      'Berlaku 5 menit. Jangan berikan kode ini kepada siapa pun, termasuk petugas.',
    );
    expect(toIndonesian?.messageId).toBe(`<${indonesian.id}@satupintu>`);
  });
});

describe('modes', () => {
  it('test mode sends nothing and keeps every message for the development page', async () => {
    const { api, worker } = notifications({ mode: 'test' });
    const { id } = await db.transaction((tx) => api.enqueue(tx, otpMessage({ to: 'citizen@example.com' })));
    await worker.drain();

    expect(sink.received).toHaveLength(0);
    expect(await api.getMessage(id)).toMatchObject({
      status: 'delivered',
      transport: 'dev',
      recipient: 'c***@example.com',
    });
    const [copy] = await api.devMessages({ to: 'citizen@example.com' });
    expect(copy).toMatchObject({ messageId: id, subject: 'Kode SatuPintu Anda: 482913', channel: 'email' });
    expect(copy?.body).toContain('482913');
  });

  it('team mode sends only to team recipients and suppresses the others', async () => {
    const { api, worker } = notifications({ mode: 'team', teamRecipients: ['Team@Example.com'] });
    const team = await db.transaction((tx) => api.enqueue(tx, otpMessage({ to: 'team@example.com' })));
    const outsider = await db.transaction((tx) => api.enqueue(tx, otpMessage({ to: 'outsider@example.com' })));
    await worker.drain();

    expect(sink.received.map((m) => m.to)).toEqual([['team@example.com']]);
    expect(await api.getMessage(team.id)).toMatchObject({ status: 'delivered', transport: 'smtp' });
    expect(await api.getMessage(outsider.id)).toMatchObject({ status: 'suppressed', transport: 'dev' });
    expect((await api.devMessages()).map((m) => m.recipient)).toEqual(['outsider@example.com']);
  });

  it('a channel on the dev transport stores its messages even in live mode', async () => {
    const { api, worker } = notifications();
    const { id } = await db.transaction((tx) =>
      api.enqueue(tx, otpMessage({ channel: 'whatsapp', to: '+6281234567890' })),
    );
    await worker.drain();
    expect(await api.getMessage(id)).toMatchObject({
      status: 'delivered',
      transport: 'dev',
      recipient: '+62812****7890',
    });
    expect((await api.devMessages({ to: '+6281234567890' }))[0]?.body).toContain('*482913*');
  });
});

describe('personal data', () => {
  it('lists an account messages and erases their recipients and parameters, keeping the status rows', async () => {
    const { api, worker } = notifications({ mode: 'test' });
    const accountId = newId();
    const sent = await db.transaction((tx) => api.enqueue(tx, otpMessage({ accountId, to: 'gone@example.com' })));
    await worker.drain();
    const waiting = await db.transaction((tx) =>
      api.enqueue(tx, {
        ...otpMessage({ accountId, to: 'gone@example.com' }),
        event: 'identity.deletion_completed',
        params: { name: 'Budi' },
      }),
    );
    expect((await api.listForAccount(accountId)).map((m) => m.id)).toEqual([sent.id, waiting.id]);

    await db.transaction((tx) => api.eraseForAccount(tx, accountId));
    expect(await api.getMessage(sent.id)).toMatchObject({ status: 'delivered', recipient: '' });
    const [row] = await db.query<{ params: object }>('SELECT params FROM outbox_messages WHERE id = $1', [sent.id]);
    expect(row?.params).toEqual({});
    expect((await api.devMessages()).every((m) => m.recipient === '' && m.body === '')).toBe(true);

    // The goodbye message still goes out, then loses its recipient too.
    await worker.drain();
    expect(await api.getMessage(waiting.id)).toMatchObject({ status: 'delivered', recipient: '' });
    expect(await api.listForAccount(accountId)).toHaveLength(2);
  });
});
