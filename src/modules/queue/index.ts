import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Clock } from '../../platform/clock.js';
import type { Secrets } from '../../platform/crypto/secrets.js';
import type { Database } from '../../platform/db/database.js';
import { createCloseDayJob } from './jobs/close-day.job.js';
import { createQueueCitizenService } from './queue-citizen.service.js';
import { createQueueCounterService } from './queue-counter.service.js';
import { queueCounterRoutes } from './queue-counter.routes.js';
import { createQueueCountersRepository } from './queue-counters.repository.js';
import { createQueueDeskRepository } from './queue-desk.repository.js';
import { createQueueDevicesRepository } from './queue-devices.repository.js';
import { createQueueEventsRepository } from './queue-events.repository.js';
import { createQueueIssueService, type IssueInput } from './queue-issue.service.js';
import { createQueueKpiRepository } from './queue-kpi.repository.js';
import { createQueueManageService } from './queue-manage.service.js';
import { queueManageRoutes } from './queue-manage.routes.js';
import { queuePublicRoutes } from './queue-public.routes.js';
import { createQueueSettingsRepository, withSettingsCache } from './queue-settings.repository.js';
import { queueSseRoutes, type StreamLimits } from './queue-sse.routes.js';
import { createQueueTicketsRepository } from './queue-tickets.repository.js';
import { createQueueViewsService } from './queue-views.service.js';
import type { QueueCore } from './queue.core.js';
import { createLinePaces } from './queue.pace.js';
import { createQueuePlaces } from './queue.places.js';
import type { QueueAudit, QueueDirectory, QueueNotifier } from './queue.ports.js';
import { createQueueStream } from './queue.stream.js';

/**
 * The queue of an MPP: tickets (kiosk, online, counter, appointment check-in), numbering,
 * priority, counters calling, the event stream for boards and pages, KPIs and the day close.
 * The only file other code may import.
 */
export function createQueueModule(deps: {
  db: Database;
  clock: Clock;
  secrets: Secrets;
  publicUrl: string;
  directory: QueueDirectory;
  notifier: QueueNotifier;
  audit: QueueAudit;
  /** How long catalogue facts (hours, services, counters) are reused (default 30 s). */
  placesTtlMs?: number;
  /** How long queue settings are reused before being read again (default 2 s; saves clear them at once). */
  settingsTtlMs?: number;
  /** How long a paired kiosk's token is trusted on a node without looking it up (default 10 s; unpairing on the node forgets it at once). */
  deviceTtlMs?: number;
  /** How long a line's estimate inputs (open counters, recent service times) are reused (default 5 s). */
  paceTtlMs?: number;
  /** Safety poll of the event stream, for notifications lost while LISTEN reconnects (default 5 s). */
  streamPollMs?: number;
  /** SSE heartbeat (default 15 s). */
  heartbeatMs?: number;
  /** Live streams allowed per client address and per node (default 200 and 20,000). */
  streamLimits?: StreamLimits;
  /** How often the day-close job looks for finished service days (default 60 s). */
  closeDayEveryMs?: number;
  onError?: (error: unknown, context: string) => void;
}) {
  const places = createQueuePlaces(deps.directory, deps.placesTtlMs);
  const tickets = createQueueTicketsRepository();
  const core: QueueCore = {
    db: deps.db,
    clock: deps.clock,
    secrets: deps.secrets,
    publicUrl: deps.publicUrl,
    places,
    notifier: deps.notifier,
    tickets,
    counters: createQueueCountersRepository(),
    events: createQueueEventsRepository(),
    settings: withSettingsCache(createQueueSettingsRepository(), deps.settingsTtlMs ?? 2_000),
    kpi: createQueueKpiRepository(),
    paces: createLinePaces(tickets, deps.paceTtlMs ?? 5_000),
  };
  const issue = createQueueIssueService(core);
  const views = createQueueViewsService(core, createQueueDeskRepository());
  const counters = createQueueCounterService(core);
  const citizen = createQueueCitizenService(core);
  const manage = createQueueManageService({
    ...core,
    devices: createQueueDevicesRepository(),
    audit: deps.audit,
    deviceTtlMs: deps.deviceTtlMs,
  });
  const closeDay = createCloseDayJob(core, views);
  const stream = createQueueStream({
    db: deps.db,
    events: core.events,
    ...(deps.streamPollMs !== undefined ? { pollMs: deps.streamPollMs } : {}),
    onError: (error) => deps.onError?.(error, 'queue.stream'),
  });
  let closeDayTimer: NodeJS.Timeout | undefined;

  const routes: FastifyPluginAsyncZod = async (app) => {
    await app.register(queuePublicRoutes({ issue, views, citizen, manage }));
    await app.register(queueCounterRoutes({ counters, views, issue, places }));
    await app.register(queueManageRoutes({ manage, views, closeDay }));
    await app.register(
      queueSseRoutes({
        stream,
        views,
        places,
        ...(deps.heartbeatMs !== undefined ? { heartbeatMs: deps.heartbeatMs } : {}),
        ...(deps.streamLimits ? { limits: deps.streamLimits } : {}),
      }),
    );
  };

  return {
    routes,
    api: {
      /** Issues a ticket; booking's check-in uses `channel: 'appointment'` with the booked time. */
      issueTicket: async (input: IssueInput) => (await issue.issue(input)).ticket,
      /** Issues a ticket and answers what a kiosk prints (the public view and its key): check-in. */
      issueTicketView: async (input: IssueInput) => views.issuedView(await issue.issue(input)),
      /** The paired kiosk presenting this token (401 `queue.device_required` otherwise). */
      authenticateKiosk: async (token: string | undefined) => {
        const device = await manage.authenticateDevice(token);
        return { id: device.id, mppId: device.mppId };
      },
    },
    /** Real-time fan-out: start listening before serving, stop on shutdown. */
    stream: { start: stream.start, stop: stream.stop, subscriberCount: stream.subscriberCount },
    /** The day-close job: `runOnce` for tests and the CLI, `start` for the server. */
    closeDay: {
      runOnce: closeDay.runOnce,
      closeMpp: closeDay.closeMpp,
      start() {
        if (closeDayTimer) return;
        closeDayTimer = setInterval(() => {
          closeDay.runOnce().catch((error: unknown) => deps.onError?.(error, closeDay.id));
        }, deps.closeDayEveryMs ?? 60_000);
        closeDayTimer.unref();
      },
      stop() {
        if (closeDayTimer) clearInterval(closeDayTimer);
        closeDayTimer = undefined;
      },
    },
    /** Forget cached catalogue facts (after catalogue changes in tests and scripts). */
    clearCache: places.clear,
  };
}

export type QueueModule = ReturnType<typeof createQueueModule>;
export type { IssueInput } from './queue-issue.service.js';
