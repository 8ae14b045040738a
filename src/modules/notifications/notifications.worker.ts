import type { Clock } from '../../platform/clock.js';
import { maskRecipient } from './notifications.recipients.js';
import type { ClaimedMessage, Completion, NotificationsRepository } from './notifications.repository.js';
import type { DispatchOutcome, NotificationsLog } from './notifications.service.js';

/**
 * The delivery worker. It claims due messages with a lease (FOR UPDATE SKIP LOCKED, so several
 * app nodes share the work), sends them concurrently, and writes each outcome back under its
 * lease: delivered, retried later with exponential backoff and jitter, or failed (dead letter)
 * after the last attempt. A worker that dies mid-send leaves its messages 'sending' until the
 * lease ends; another worker then sends them again with the same id (at least once delivery,
 * consumers deduplicate on the id).
 */

export type WorkerSettings = {
  pollIntervalMs: number;
  /** Messages claimed at once at most; the local queue behind the sends holds no more than this. */
  batchSize: number;
  /** Sends in flight at once. */
  concurrency: number;
  /** How long a claim is held; a message still 'sending' after it is claimed again. */
  leaseMs: number;
  /** One attempt is abandoned (and retried) after this long; shorter than the lease. */
  attemptTimeoutMs: number;
  /** After this many attempts a message that still cannot be sent is 'failed'. */
  maxAttempts: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  /** Outcomes are written together after at most this long (or as soon as a batch is full). */
  outcomeWriteDelayMs: number;
};

/** The shortest wait between two claims that found less than a batch (a burst of enqueues wakes the worker often). */
const CLAIM_GAP_MS = 50;
/** Table statistics are refreshed after this many claimed messages, at most every STATISTICS_INTERVAL_MS. */
const STATISTICS_EVERY_MESSAGES = 5_000;
const STATISTICS_INTERVAL_MS = 60_000;

export const DEFAULT_WORKER_SETTINGS: WorkerSettings = {
  pollIntervalMs: 250,
  batchSize: 64,
  concurrency: 16,
  leaseMs: 30_000,
  attemptTimeoutMs: 20_000,
  maxAttempts: 8,
  backoffBaseMs: 10_000,
  backoffCapMs: 3_600_000,
  outcomeWriteDelayMs: 100,
};

/**
 * The wait before attempt `attempts + 1`: 10 s, 20 s, 40 s ... doubling up to one hour, each
 * spread by ±20 % so messages that failed together are not retried together.
 */
export function retryDelayMs(
  attempts: number,
  random: () => number,
  settings: Pick<WorkerSettings, 'backoffBaseMs' | 'backoffCapMs'> = DEFAULT_WORKER_SETTINGS,
): number {
  const exponential = settings.backoffBaseMs * 2 ** Math.max(0, Math.min(attempts - 1, 30));
  const jittered = exponential * (0.8 + 0.4 * random());
  return Math.round(Math.min(settings.backoffCapMs, jittered));
}

export function createNotificationsWorker(deps: {
  repository: Pick<NotificationsRepository, 'claimDue' | 'complete' | 'refreshStatistics'>;
  dispatch: (message: ClaimedMessage, signal: AbortSignal) => Promise<DispatchOutcome>;
  clock: Clock;
  random: () => number;
  log: NotificationsLog;
  settings: WorkerSettings;
  /** Called by stop() once the loop has ended (closes the transports). */
  onStop: () => Promise<void>;
}) {
  const { repository, clock, log, settings } = deps;
  let running = false;
  let loopDone: Promise<number> | undefined;
  let wakeRequested = false;
  let sleeping: { timer: NodeJS.Timeout; resolve: () => void } | undefined;
  let nudgeTimer: NodeJS.Timeout | undefined;
  /** Outcomes waiting to be written; written in groups while the next sends go on. */
  let unwritten: Completion[] = [];
  let writing: Promise<void> | undefined;

  async function attempt(message: ClaimedMessage, claimedAt: number): Promise<Completion> {
    const base = () => ({ id: message.id, leaseToken: message.leaseToken, at: clock.now() });
    if (message.attempts > settings.maxAttempts) {
      // Its last attempt's worker died holding the lease: do not send it yet again.
      return { ...base(), status: 'failed', transport: null, error: 'lease expired during the last attempt' };
    }
    if (clock.now().getTime() - claimedAt > settings.leaseMs - settings.attemptTimeoutMs) {
      // Waited so long here that the attempt could outlast the lease: hand it back untouched.
      return { ...base(), status: 'released' };
    }
    const outcome = await attemptWithTimeout(message);
    const ended = base();
    switch (outcome.kind) {
      case 'delivered':
        return {
          ...ended,
          status: 'delivered',
          transport: outcome.transport,
          ...(outcome.providerMessageId ? { providerMessageId: outcome.providerMessageId } : {}),
          ...(outcome.devCopy ? { devCopy: outcome.devCopy } : {}),
        };
      case 'suppressed':
        return { ...ended, status: 'suppressed', transport: outcome.transport, devCopy: outcome.devCopy };
      case 'failed':
        return { ...ended, status: 'failed', transport: outcome.transport, error: outcome.error };
      case 'retry': {
        if (message.attempts >= settings.maxAttempts)
          return { ...ended, status: 'failed', transport: outcome.transport, error: outcome.error };
        const nextAttemptAt = new Date(ended.at.getTime() + retryDelayMs(message.attempts, deps.random, settings));
        return { ...ended, status: 'pending', transport: outcome.transport, error: outcome.error, nextAttemptAt };
      }
    }
  }

  /** The attempt ends by its timeout even when a transport ignores the abort signal. */
  async function attemptWithTimeout(message: ClaimedMessage): Promise<DispatchOutcome> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<DispatchOutcome>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve({ kind: 'retry', transport: null, error: `attempt timed out after ${settings.attemptTimeoutMs} ms` });
      }, settings.attemptTimeoutMs);
    });
    try {
      return await Promise.race([
        deps.dispatch(message, controller.signal).catch(
          (error: unknown): DispatchOutcome => ({
            kind: 'retry',
            transport: null,
            error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          }),
        ),
        timedOut,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  function logCompletion(message: ClaimedMessage, completion: Completion) {
    if (completion.status !== 'failed' && completion.status !== 'pending') return;
    const fields = {
      messageId: message.id,
      event: message.event,
      channel: message.channel,
      to: maskRecipient(message.recipient),
      attempts: message.attempts,
      error: completion.error,
    };
    if (completion.status === 'failed') log.error(fields, 'notification failed for good (dead letter)');
    else log.warn({ ...fields, nextAttemptAt: completion.nextAttemptAt.toISOString() }, 'notification will be retried');
  }

  let groupFull: (() => void) | undefined;

  function record(completion: Completion) {
    unwritten.push(completion);
    if (!writing) writing = writeOutcomes();
    else if (unwritten.length >= settings.batchSize) groupFull?.();
  }

  /**
   * Writes outcomes in groups: it waits a moment (or for a full group) so one statement carries
   * many outcomes; on one embedded database connection that leaves more time for sending.
   */
  async function writeOutcomes() {
    while (unwritten.length > 0) {
      if (unwritten.length < settings.batchSize) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, settings.outcomeWriteDelayMs);
          groupFull = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        groupFull = undefined;
      }
      const group = unwritten;
      unwritten = [];
      try {
        const written = await repository.complete(group);
        if (written < group.length)
          log.warn({ lost: group.length - written }, 'notification leases expired before the outcome was written');
      } catch (error) {
        // The messages stay 'sending' until their lease ends, then are sent again (at least once).
        log.error({ err: error, messages: group.length }, 'notification outcomes could not be written');
      }
    }
    writing = undefined;
  }

  /** Writes what is waiting now, without the grouping delay, and resolves once it is written. */
  async function outcomesWritten() {
    while (writing) {
      groupFull?.();
      await writing;
    }
  }

  /**
   * Keeps up to `concurrency` attempts in flight and a short local queue behind them, claiming
   * more whenever that queue runs low, so sends never wait on the database and one slow send
   * does not hold up the others. `untilIdle` (drain): stop once nothing is due; otherwise run
   * until stop(), sleeping between polls. Returns how many messages were attempted.
   */
  async function pump(untilIdle: boolean): Promise<number> {
    const queue: { message: ClaimedMessage; claimedAt: number }[] = [];
    let active = 0;
    let attempted = 0;
    let attemptEnded: (() => void) | undefined;
    const waitForAttemptEnd = () =>
      new Promise<void>((resolve) => {
        attemptEnded = resolve;
      });

    function startAttempts() {
      while (active < settings.concurrency) {
        const next = queue.shift();
        if (!next) return;
        active++;
        void attempt(next.message, next.claimedAt)
          .catch((error: unknown): Completion => {
            log.error({ err: error, messageId: next.message.id }, 'notification attempt crashed');
            return { id: next.message.id, leaseToken: next.message.leaseToken, at: clock.now(), status: 'released' };
          })
          .then((completion) => {
            logCompletion(next.message, completion);
            record(completion);
            active--;
            startAttempts();
            const ended = attemptEnded;
            attemptEnded = undefined;
            ended?.();
          });
      }
    }

    for (;;) {
      if (!untilIdle && !running) break;
      if (queue.length >= settings.concurrency) {
        await waitForAttemptEnd();
        continue;
      }
      const limit = Math.max(1, settings.batchSize - queue.length);
      const now = clock.now();
      let claimed: ClaimedMessage[] = [];
      try {
        claimed = await repository.claimDue({ now, leaseUntil: new Date(now.getTime() + settings.leaseMs), limit });
      } catch (error) {
        if (untilIdle) throw error;
        log.error({ err: error }, 'notification worker could not claim messages');
      }
      attempted += claimed.length;
      for (const message of claimed) queue.push({ message, claimedAt: now.getTime() });
      startAttempts();
      await refreshStatisticsNow(claimed.length);
      if (claimed.length === limit) continue;
      if (!untilIdle) {
        await new Promise((resolve) => setTimeout(resolve, CLAIM_GAP_MS));
        await sleepUnlessWoken(Math.max(0, settings.pollIntervalMs - CLAIM_GAP_MS));
      } else if (active > 0 || queue.length > 0) {
        await waitForAttemptEnd();
      } else {
        await outcomesWritten();
        if (claimed.length === 0) break;
      }
    }
    while (active > 0) await waitForAttemptEnd();
    await outcomesWritten();
    return attempted;
  }

  let claimedSinceStatistics = 0;
  let statisticsAt = 0;

  async function refreshStatisticsNow(claimed: number) {
    claimedSinceStatistics += claimed;
    if (claimedSinceStatistics < STATISTICS_EVERY_MESSAGES || Date.now() - statisticsAt < STATISTICS_INTERVAL_MS)
      return;
    claimedSinceStatistics = 0;
    statisticsAt = Date.now();
    await repository.refreshStatistics().catch((error: unknown) => {
      log.warn({ err: error }, 'notification table statistics could not be refreshed');
    });
  }

  function sleepUnlessWoken(ms: number): Promise<void> {
    if (wakeRequested || !running) {
      wakeRequested = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        sleeping = undefined;
        resolve();
      }, ms);
      sleeping = { timer, resolve };
    });
  }

  function wake() {
    wakeRequested = true;
    if (sleeping) {
      clearTimeout(sleeping.timer);
      const { resolve } = sleeping;
      sleeping = undefined;
      wakeRequested = false;
      resolve();
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loopDone = pump(false);
    },
    /** Ends polling, lets the attempts in flight finish and writes their outcomes, then closes the transports. */
    async stop() {
      running = false;
      if (nudgeTimer) clearTimeout(nudgeTimer);
      nudgeTimer = undefined;
      wake();
      await loopDone;
      loopDone = undefined;
      await deps.onStop();
    },
    /** Claim and deliver until nothing is due; returns how many messages were attempted. */
    drain(): Promise<number> {
      return pump(true);
    },
    /**
     * A message was just enqueued in this process: poll soon rather than at the next interval.
     * The enqueuing transaction commits a moment later, so the poll waits a little; a burst of
     * enqueues shares one poll.
     */
    nudge() {
      if (!running || nudgeTimer) return;
      nudgeTimer = setTimeout(() => {
        nudgeTimer = undefined;
        wake();
      }, 10);
    },
  };
}

export type NotificationsWorker = ReturnType<typeof createNotificationsWorker>;
