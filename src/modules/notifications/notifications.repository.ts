import type { NotificationChannel } from '../../config.js';
import type { Database, Queryable } from '../../platform/db/database.js';
import type { Language } from '../../platform/i18n.js';
import { newId } from '../../platform/ids.js';
import type { MessageStatusValue } from './notifications.schemas.js';

/** The only file that reads the notifications tables. Rows are mapped here and never leave raw. */

export type NewOutboxMessage = {
  event: string;
  channel: NotificationChannel;
  recipient: string;
  language: Language;
  params: Record<string, string | number>;
  accountId?: string | undefined;
  mppId?: string | undefined;
  dedupeKey?: string | undefined;
};

export type OutboxRecord = {
  id: string;
  event: string;
  channel: NotificationChannel;
  recipient: string;
  language: Language;
  params: Record<string, string | number>;
  accountId: string | null;
  mppId: string | null;
  status: MessageStatusValue;
  attempts: number;
  nextAttemptAt: Date;
  leaseToken: string | null;
  lastError: string | null;
  transport: string | null;
  providerMessageId: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
  failedAt: Date | null;
};

/** A message a worker holds the lease of (status 'sending'): what sending it needs. */
export type ClaimedMessage = Pick<
  OutboxRecord,
  'id' | 'event' | 'channel' | 'recipient' | 'language' | 'params' | 'attempts'
> & { leaseToken: string };

/** How an attempt ended (`at`), as written back under the lease. */
export type Completion = { id: string; leaseToken: string; at: Date } & (
  | {
      status: 'delivered' | 'suppressed';
      transport: string;
      providerMessageId?: string;
      /** What the dev channel keeps of it (test mode, dev transport, suppressed). */
      devCopy?: DevCopy;
    }
  | { status: 'failed'; transport: string | null; error: string }
  | { status: 'pending'; transport: string | null; error: string; nextAttemptAt: Date }
  /** Not attempted (its lease would have ended mid-attempt): due again at once, the attempt not counted. */
  | { status: 'released' }
);

export type DevCopy = {
  channel: NotificationChannel;
  recipient: string;
  subject: string | null;
  body: string;
};

export type DevRecord = DevCopy & { id: string; messageId: string; createdAt: Date };

type OutboxRow = {
  id: string;
  event: string;
  channel: NotificationChannel;
  recipient: string;
  language: Language;
  params: Record<string, string | number> | null;
  account_id: string | null;
  mpp_id: string | null;
  status: MessageStatusValue;
  attempts: number;
  next_attempt_at: Date | string;
  lease_token: string | null;
  last_error: string | null;
  transport: string | null;
  provider_message_id: string | null;
  created_at: Date | string;
  delivered_at: Date | string | null;
  failed_at: Date | string | null;
};

const OUTBOX_COLUMNS = `id, event, channel, recipient, language, params, account_id, mpp_id, status, attempts,
  next_attempt_at, lease_token, last_error, transport, provider_message_id, created_at, delivered_at, failed_at`;

function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

function toOutboxRecord(row: OutboxRow): OutboxRecord {
  return {
    id: row.id,
    event: row.event,
    channel: row.channel,
    recipient: row.recipient,
    language: row.language,
    params: row.params ?? {},
    accountId: row.account_id,
    mppId: row.mpp_id,
    status: row.status,
    attempts: Number(row.attempts),
    nextAttemptAt: toDate(row.next_attempt_at),
    leaseToken: row.lease_token,
    lastError: row.last_error,
    transport: row.transport,
    providerMessageId: row.provider_message_id,
    createdAt: toDate(row.created_at),
    deliveredAt: row.delivered_at === null ? null : toDate(row.delivered_at),
    failedAt: row.failed_at === null ? null : toDate(row.failed_at),
  };
}

type DevRow = {
  id: string;
  message_id: string;
  channel: NotificationChannel;
  recipient: string;
  subject: string | null;
  body: string;
  created_at: Date | string;
};

function toDevRecord(row: DevRow): DevRecord {
  return {
    id: row.id,
    messageId: row.message_id,
    channel: row.channel,
    recipient: row.recipient,
    subject: row.subject,
    body: row.body,
    createdAt: toDate(row.created_at),
  };
}

export function createNotificationsRepository(db: Database) {
  return {
    /**
     * Writes the message with the caller's transaction. A dedupe key already used returns the
     * first message's id and writes nothing.
     */
    async insertMessage(tx: Queryable, message: NewOutboxMessage, now: Date): Promise<{ id: string }> {
      const id = newId();
      const values = [
        id,
        message.event,
        message.channel,
        message.recipient,
        message.language,
        JSON.stringify(message.params),
        message.accountId ?? null,
        message.mppId ?? null,
        message.dedupeKey ?? null,
        now,
      ];
      const insert = `INSERT INTO outbox_messages (id, event, channel, recipient, language, params, account_id, mpp_id,
           dedupe_key, status, attempts, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, 'pending', 0, $10, $10)`;
      // Most messages have no key: a plain insert costs a third less on the embedded database.
      if (message.dedupeKey === undefined) {
        await tx.query(insert, values);
        return { id };
      }
      const inserted = await tx.query<{ id: string }>(
        `${insert} ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
        values,
      );
      if (inserted[0]) return { id: inserted[0].id };
      const [first] = await tx.query<{ id: string }>('SELECT id FROM outbox_messages WHERE dedupe_key = $1', [
        message.dedupeKey,
      ]);
      if (!first) throw new Error('outbox insert conflicted but no message holds the dedupe key');
      return { id: first.id };
    },

    async findMessage(id: string): Promise<OutboxRecord | undefined> {
      const [row] = await db.query<OutboxRow>(`SELECT ${OUTBOX_COLUMNS} FROM outbox_messages WHERE id = $1`, [id]);
      return row ? toOutboxRecord(row) : undefined;
    },

    async listForAccount(accountId: string): Promise<OutboxRecord[]> {
      const rows = await db.query<OutboxRow>(
        `SELECT ${OUTBOX_COLUMNS} FROM outbox_messages WHERE account_id = $1 ORDER BY created_at, id`,
        [accountId],
      );
      return rows.map(toOutboxRecord);
    },

    /**
     * Personal-data deletion: finished messages lose their recipient and parameters now, and
     * their development copies their text; messages still waiting are delivered first and
     * blanked when they finish (erase_requested_at).
     */
    async eraseForAccount(tx: Queryable, accountId: string, now: Date): Promise<void> {
      await tx.query(
        `UPDATE outbox_messages
         SET erase_requested_at = coalesce(erase_requested_at, $2),
             recipient = CASE WHEN status IN ('pending', 'sending') THEN recipient ELSE '' END,
             params = CASE WHEN status IN ('pending', 'sending') THEN params ELSE '{}'::jsonb END
         WHERE account_id = $1`,
        [accountId, now],
      );
      await tx.query(
        `UPDATE dev_messages d SET recipient = '', subject = NULL, body = ''
         FROM outbox_messages o
         WHERE d.message_id = o.id AND o.account_id = $1`,
        [accountId],
      );
    },

    /**
     * Claims up to `limit` due messages for one worker: waiting ones whose time has come, and
     * 'sending' ones whose lease expired (their worker crashed). SKIP LOCKED lets several
     * workers claim at once without waiting on each other or taking the same message.
     */
    async claimDue(options: { now: Date; leaseUntil: Date; limit: number }): Promise<ClaimedMessage[]> {
      const leaseToken = newId();
      const rows = await db.query<
        Pick<OutboxRow, 'id' | 'event' | 'channel' | 'recipient' | 'language' | 'params' | 'attempts'>
      >(
        `UPDATE outbox_messages o
         SET status = 'sending', attempts = o.attempts + 1, lease_until = $2, next_attempt_at = $2, lease_token = $4
         WHERE o.id = ANY(ARRAY(
           SELECT id FROM outbox_messages
           WHERE status IN ('pending', 'sending') AND next_attempt_at <= $1
           ORDER BY next_attempt_at
           LIMIT $3
           FOR UPDATE SKIP LOCKED))
         RETURNING o.id, o.event, o.channel, o.recipient, o.language, o.params, o.attempts`,
        [options.now, options.leaseUntil, options.limit, leaseToken],
      );
      return rows.map((row) => ({
        id: row.id,
        event: row.event,
        channel: row.channel,
        recipient: row.recipient,
        language: row.language,
        params: row.params ?? {},
        attempts: Number(row.attempts),
        leaseToken,
      }));
    },

    /**
     * Writes back the outcome of attempts, in one statement per kind, only where the lease is
     * still this worker's (a worker whose lease expired cannot overwrite a newer claim).
     * Messages whose account was erased meanwhile lose their recipient and parameters now.
     */
    async complete(completions: readonly Completion[]): Promise<number> {
      let written = 0;
      const copies = completions.flatMap((c) => ('devCopy' in c && c.devCopy ? [{ ...c.devCopy, of: c }] : []));
      if (copies.length > 0) {
        // One copy per message: a redelivery after a crash stores nothing new. An account
        // erased meanwhile keeps no text.
        await db.query(
          `INSERT INTO dev_messages (id, message_id, channel, recipient, subject, body, created_at)
           SELECT r.id, o.id, r.channel,
                  CASE WHEN o.erase_requested_at IS NULL THEN r.recipient ELSE '' END,
                  CASE WHEN o.erase_requested_at IS NULL THEN r.subject END,
                  CASE WHEN o.erase_requested_at IS NULL THEN r.body ELSE '' END,
                  r.at
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
             AS r(id, message_id, lease_token, channel, recipient, subject, body, at)
           JOIN outbox_messages o ON o.id = r.message_id AND o.lease_token = r.lease_token AND o.status = 'sending'
           ON CONFLICT (message_id) DO NOTHING`,
          [
            copies.map(() => newId()),
            copies.map((c) => c.of.id),
            copies.map((c) => c.of.leaseToken),
            copies.map((c) => c.channel),
            copies.map((c) => c.recipient),
            copies.map((c) => c.subject),
            copies.map((c) => c.body),
            copies.map((c) => c.of.at.toISOString()),
          ],
        );
      }
      const finished = completions.filter((c) => c.status !== 'pending' && c.status !== 'released');
      if (finished.length > 0) {
        const rows = await db.query<{ id: string }>(
          `UPDATE outbox_messages o
           SET status = r.status,
               transport = r.transport,
               provider_message_id = r.provider_message_id,
               last_error = r.last_error,
               delivered_at = CASE WHEN r.status = 'delivered' THEN r.at END,
               failed_at = CASE WHEN r.status = 'failed' THEN r.at END,
               lease_until = NULL, lease_token = NULL,
               recipient = CASE WHEN o.erase_requested_at IS NULL THEN o.recipient ELSE '' END,
               params = CASE WHEN o.erase_requested_at IS NULL THEN o.params ELSE '{}'::jsonb END
           FROM unnest($1::timestamptz[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[])
             AS r(at, id, lease_token, status, transport, provider_message_id, last_error)
           WHERE o.id = r.id AND o.lease_token = r.lease_token AND o.status = 'sending'
           RETURNING o.id`,
          [
            finished.map((c) => c.at.toISOString()),
            finished.map((c) => c.id),
            finished.map((c) => c.leaseToken),
            finished.map((c) => c.status),
            finished.map((c) => ('transport' in c ? c.transport : null)),
            finished.map((c) => ('providerMessageId' in c ? (c.providerMessageId ?? null) : null)),
            finished.map((c) => ('error' in c ? c.error : null)),
          ],
        );
        written += rows.length;
      }
      const released = completions.filter((c) => c.status === 'released');
      if (released.length > 0) {
        const rows = await db.query<{ id: string }>(
          `UPDATE outbox_messages o
           SET status = 'pending', attempts = o.attempts - 1, next_attempt_at = r.at, lease_until = NULL, lease_token = NULL
           FROM unnest($1::timestamptz[], $2::uuid[], $3::uuid[]) AS r(at, id, lease_token)
           WHERE o.id = r.id AND o.lease_token = r.lease_token AND o.status = 'sending'
           RETURNING o.id`,
          [released.map((c) => c.at.toISOString()), released.map((c) => c.id), released.map((c) => c.leaseToken)],
        );
        written += rows.length;
      }
      const retries = completions.filter((c) => c.status === 'pending');
      if (retries.length > 0) {
        const rows = await db.query<{ id: string }>(
          `UPDATE outbox_messages o
           SET status = 'pending', next_attempt_at = r.next_attempt_at, transport = r.transport,
               last_error = r.last_error, lease_until = NULL, lease_token = NULL
           FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::text[], $5::text[])
             AS r(id, lease_token, next_attempt_at, transport, last_error)
           WHERE o.id = r.id AND o.lease_token = r.lease_token AND o.status = 'sending'
           RETURNING o.id`,
          [
            retries.map((c) => c.id),
            retries.map((c) => c.leaseToken),
            retries.map((c) => ('nextAttemptAt' in c ? c.nextAttemptAt.toISOString() : null)),
            retries.map((c) => ('transport' in c ? c.transport : null)),
            retries.map((c) => ('error' in c ? c.error : null)),
          ],
        );
        written += rows.length;
      }
      return written;
    },

    /**
     * PGlite runs no autovacuum: without fresh statistics the planner takes the claim for a
     * small table and reads every due message to sort them, instead of the first ones in the
     * index. PostgreSQL's autovacuum does this itself.
     */
    async refreshStatistics(): Promise<void> {
      if (db.kind === 'pglite') await db.exec('ANALYZE outbox_messages');
    },

    async listDevCopies(filter: { to?: string | undefined; limit: number }): Promise<DevRecord[]> {
      const rows = await db.query<DevRow>(
        `SELECT id, message_id, channel, recipient, subject, body, created_at FROM dev_messages
         WHERE ($1::text IS NULL OR recipient = $1)
         ORDER BY created_at DESC, id DESC
         LIMIT $2`,
        [filter.to ?? null, filter.limit],
      );
      return rows.map(toDevRecord);
    },
  };
}

export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
