import type { NotificationChannel, NotificationsConfig } from '../../config.js';
import type { Clock } from '../../platform/clock.js';
import type { Queryable } from '../../platform/db/database.js';
import type { Language } from '../../platform/i18n.js';
import { redactText } from '../../platform/logging/logger.js';
import { failNotifications } from './notifications.errors.js';
import { maskRecipient, normaliseRecipient } from './notifications.recipients.js';
import type {
  ClaimedMessage,
  DevCopy,
  DevRecord,
  NotificationsRepository,
  OutboxRecord,
} from './notifications.repository.js';
import type { DevMessage, MessageStatus } from './notifications.schemas.js';
import {
  isNotificationEvent,
  missingParams,
  type NotificationEvent,
  type RenderedMessage,
  renderMessage,
  TemplateError,
} from './notifications.templates.js';
import type { TransportSet } from './notifications.transports.js';
import type { SendResult } from './transports/transport.js';

/** A message to send, written to the outbox in the caller's transaction. */
export type OutboxMessageInput = {
  event: NotificationEvent;
  channel: NotificationChannel;
  /** Email address, or E.164 phone number (+62...) for SMS and WhatsApp. */
  to: string;
  language: Language;
  params: Record<string, string | number>;
  accountId?: string;
  mppId?: string;
  /** Enqueuing the same key twice is a no-op that returns the first message's id. */
  dedupeKey?: string;
};

export type NotificationsLog = {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
};

/** How one attempt ended, before the worker applies retries and the attempt limit. */
export type DispatchOutcome =
  | { kind: 'delivered'; transport: string; providerMessageId?: string | undefined; devCopy?: DevCopy }
  | { kind: 'suppressed'; transport: 'dev'; devCopy: DevCopy }
  | { kind: 'retry'; transport: string | null; error: string }
  | { kind: 'failed'; transport: string | null; error: string };

export function createNotificationsService(deps: {
  repository: NotificationsRepository;
  clock: Clock;
  config: NotificationsConfig;
  transports: TransportSet;
  log: NotificationsLog;
}) {
  const { repository, clock, config, transports, log } = deps;
  const team = new Set(config.teamRecipients.map((r) => (r.includes('@') ? r.trim().toLowerCase() : r.trim())));

  async function enqueue(tx: Queryable, input: OutboxMessageInput): Promise<{ id: string }> {
    // Programming errors stop the caller's transaction, so nothing is half done.
    if (!isNotificationEvent(input.event)) throw new Error(`notifications: no template for event "${input.event}"`);
    const missing = missingParams(input.event, input.params);
    if (missing.length > 0)
      throw new Error(`notifications: ${input.event} needs parameter(s) ${missing.map((m) => `{${m}}`).join(', ')}`);
    const recipient = normaliseRecipient(input.channel, input.to);
    if (!recipient) throw failNotifications('notifications.recipient_invalid', { channel: input.channel });
    return repository.insertMessage(
      tx,
      {
        event: input.event,
        channel: input.channel,
        recipient,
        language: input.language,
        params: input.params,
        accountId: input.accountId,
        mppId: input.mppId,
        dedupeKey: input.dedupeKey,
      },
      clock.now(),
    );
  }

  /**
   * Test mode: nothing leaves, every message is kept for the development page. Team mode: only
   * the team's own addresses and numbers get real messages; the rest are suppressed (kept).
   */
  function routeOf(message: ClaimedMessage): 'dev' | 'suppressed' | 'transport' {
    if (config.mode === 'test') return 'dev';
    if (config.mode === 'team' && !team.has(message.recipient)) return 'suppressed';
    return 'transport';
  }

  /** One delivery attempt of a claimed message: render it, route it, send it. Never throws. */
  async function dispatch(message: ClaimedMessage, signal: AbortSignal): Promise<DispatchOutcome> {
    if (message.recipient === '') return { kind: 'failed', transport: null, error: 'recipient erased' };
    if (!isNotificationEvent(message.event))
      return { kind: 'failed', transport: null, error: `no template for event ${message.event}` };
    let rendered: RenderedMessage;
    try {
      rendered = renderMessage(message.event, message.channel, message.language, message.params);
    } catch (error) {
      if (error instanceof TemplateError) return { kind: 'failed', transport: null, error: error.message };
      throw error;
    }
    const route = routeOf(message);
    let transport: ReturnType<TransportSet['forChannel']>;
    try {
      transport = route === 'transport' ? transports.forChannel(message.channel) : undefined;
    } catch (error) {
      // A transport without its settings: validate() refuses to start so; retry if it happens anyway.
      return { kind: 'retry', transport: null, error: error instanceof Error ? error.message : String(error) };
    }
    if (!transport) {
      const devCopy = {
        channel: message.channel,
        recipient: message.recipient,
        subject: rendered.subject ?? null,
        body: rendered.text,
      };
      return route === 'suppressed'
        ? { kind: 'suppressed', transport: 'dev', devCopy }
        : { kind: 'delivered', transport: 'dev', devCopy };
    }
    let result: SendResult;
    try {
      result = await transport.send(
        { id: message.id, channel: message.channel, to: message.recipient, ...rendered },
        signal,
      );
    } catch (error) {
      result = { outcome: 'retry', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
    switch (result.outcome) {
      case 'delivered':
        return { kind: 'delivered', transport: transport.name, providerMessageId: result.providerMessageId };
      case 'retry':
        return { kind: 'retry', transport: transport.name, error: redactText(result.error) };
      case 'permanent':
        return { kind: 'failed', transport: transport.name, error: redactText(result.error) };
    }
  }

  async function findMessage(id: string): Promise<MessageStatus | undefined> {
    const record = await repository.findMessage(id);
    return record ? toMessageStatus(record) : undefined;
  }

  return {
    enqueue,
    dispatch,
    findMessage,
    /** The status of one message; throws notifications.message_not_found. */
    async getMessage(id: string): Promise<MessageStatus> {
      const status = await findMessage(id);
      if (!status) throw failNotifications('notifications.message_not_found', { ref: id });
      return status;
    },
    async listForAccount(accountId: string): Promise<MessageStatus[]> {
      return (await repository.listForAccount(accountId)).map(toMessageStatus);
    },
    async eraseForAccount(tx: Queryable, accountId: string): Promise<void> {
      await repository.eraseForAccount(tx, accountId, clock.now());
      log.info({ accountId }, 'notifications erased for account');
    },
    async devMessages(filter: { to?: string; limit?: number } = {}): Promise<DevMessage[]> {
      const to = filter.to?.trim();
      const normalised = to ? (to.includes('@') ? to.toLowerCase() : to) : undefined;
      const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 50), 1), 500);
      return (await repository.listDevCopies({ to: normalised, limit })).map(toDevMessage);
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;

function toMessageStatus(record: OutboxRecord): MessageStatus {
  const isWaiting = record.status === 'pending';
  return {
    id: record.id,
    event: record.event,
    channel: record.channel,
    recipient: maskRecipient(record.recipient),
    language: record.language,
    status: record.status,
    attempts: record.attempts,
    transport: record.transport,
    providerMessageId: record.providerMessageId,
    lastError: record.lastError,
    accountId: record.accountId,
    mppId: record.mppId,
    createdAt: record.createdAt.toISOString(),
    nextAttemptAt: isWaiting ? record.nextAttemptAt.toISOString() : null,
    deliveredAt: record.deliveredAt?.toISOString() ?? null,
    failedAt: record.failedAt?.toISOString() ?? null,
  };
}

function toDevMessage(record: DevRecord): DevMessage {
  return { ...record, createdAt: record.createdAt.toISOString() };
}
