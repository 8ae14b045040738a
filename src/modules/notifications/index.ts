import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { NotificationsConfig } from '../../config.js';
import type { Clock } from '../../platform/clock.js';
import type { Database, Queryable } from '../../platform/db/database.js';
import { createNotificationsRepository } from './notifications.repository.js';
import { notificationsRoutes } from './notifications.routes.js';
import type { DevMessage, MessageStatus } from './notifications.schemas.js';
import { createNotificationsService, type NotificationsLog, type OutboxMessageInput } from './notifications.service.js';
import { findTemplateProblems } from './notifications.templates.js';
import { createTransportSet, findTransportProblems, type TransportOverrides } from './notifications.transports.js';
import { createNotificationsWorker, DEFAULT_WORKER_SETTINGS, type WorkerSettings } from './notifications.worker.js';

/**
 * Notifications: the transactional outbox of email, SMS and WhatsApp messages. A module writes
 * a message with `api.enqueue(tx, ...)` in the same transaction as the change that causes it;
 * the worker delivers it after commit, at least once, with the outbox id as idempotency key.
 * Modes (as GOV.UK Notify): `test` sends nothing and keeps every message for /dev/messages,
 * `team` sends only to the team's recipients, `live` sends to everyone.
 * The only file other code may import.
 */
export function createNotificationsModule(
  deps: {
    db: Database;
    clock: Clock;
    config: NotificationsConfig;
    environment: 'development' | 'production' | 'test';
    /** pino-like; recipients and texts are never logged in clear. */
    log?: NotificationsLog;
    /** How often the worker looks for due messages (default 250 ms). */
    pollIntervalMs?: number;
  },
  /** Tests and benchmarks: replace transports, randomness and the worker's limits. */
  tuning: NotificationsTuning = {},
): NotificationsModule {
  const log = deps.log ?? SILENT_LOG;
  const repository = createNotificationsRepository(deps.db);
  const transports = createTransportSet(deps.config, tuning.transports);
  const service = createNotificationsService({ repository, clock: deps.clock, config: deps.config, transports, log });
  const worker = createNotificationsWorker({
    repository,
    dispatch: service.dispatch,
    clock: deps.clock,
    random: tuning.random ?? Math.random,
    log,
    settings: {
      ...DEFAULT_WORKER_SETTINGS,
      ...(deps.pollIntervalMs !== undefined ? { pollIntervalMs: deps.pollIntervalMs } : {}),
      ...tuning.worker,
    },
    onStop: () => transports.close(),
  });

  return {
    routes: notificationsRoutes({ service, hasDevPages: deps.environment !== 'production' }),
    api: {
      async enqueue(tx, message) {
        const result = await service.enqueue(tx, message);
        worker.nudge();
        return result;
      },
      getMessage: service.findMessage,
      listForAccount: service.listForAccount,
      eraseForAccount: service.eraseForAccount,
      devMessages: service.devMessages,
    },
    worker: { start: worker.start, stop: worker.stop, drain: worker.drain },
    validate() {
      const problems = [...findTransportProblems(deps.config), ...findTemplateProblems()];
      if (problems.length > 0) {
        throw new Error(
          `Notifications cannot start / Notifikasi tidak dapat dimulai:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
        );
      }
    },
  };
}

export type NotificationsTuning = {
  transports?: TransportOverrides;
  random?: () => number;
  worker?: Partial<WorkerSettings>;
};

export type NotificationsApi = {
  /** Writes a message into the outbox using the CALLER's transaction (tx), so it commits or rolls back with the change that caused it. */
  enqueue(tx: Queryable, message: OutboxMessageInput): Promise<{ id: string }>;
  /** Where a message is in its delivery (recipient masked), or undefined. */
  getMessage(id: string): Promise<MessageStatus | undefined>;
  /** Every message sent to an account, oldest first (for "download my data"). */
  listForAccount(accountId: string): Promise<MessageStatus[]>;
  /**
   * Personal-data deletion in the caller's transaction: the account's messages lose their
   * recipient and parameters (a message still waiting is sent first, then blanked); the status
   * rows stay.
   */
  eraseForAccount(tx: Queryable, accountId: string): Promise<void>;
  /** What the dev channel stored, newest first. */
  devMessages(filter?: { to?: string; limit?: number }): Promise<DevMessage[]>;
};

export type NotificationsModule = {
  routes: FastifyPluginAsyncZod;
  api: NotificationsApi;
  worker: {
    /** Polls for due messages until stop(). */
    start(): void;
    /** Ends polling after the batch in flight and closes the transports. */
    stop(): Promise<void>;
    /** claim+deliver until nothing is due; returns how many were attempted */
    drain(): Promise<number>;
  };
  /** Start-up check: throws a clear Error naming the problem (transport missing its settings, template missing a language/channel or using a placeholder it does not declare). */
  validate(): void;
};

const SILENT_LOG: NotificationsLog = { info() {}, warn() {}, error() {} };

export type { NotificationChannel } from '../../config.js';
export type { DevMessage, MessageStatus } from './notifications.schemas.js';
export type { NotificationsLog, OutboxMessageInput } from './notifications.service.js';
export type { NotificationEvent, NotificationParams } from './notifications.templates.js';
