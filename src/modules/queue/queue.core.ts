import type { QueueEventType } from '../../domain/queue/index.js';
import type { Clock } from '../../platform/clock.js';
import type { Secrets } from '../../platform/crypto/secrets.js';
import type { Database, Queryable } from '../../platform/db/database.js';
import type { QueueCountersRepository } from './queue-counters.repository.js';
import type { QueueEventsRepository, QueueEvent } from './queue-events.repository.js';
import type { QueueKpiRepository } from './queue-kpi.repository.js';
import type { QueueSettingsRepository, ServiceQueueSettings } from './queue-settings.repository.js';
import type { QueueTicketsRepository, TicketRecord } from './queue-tickets.repository.js';
import type { LinePaces } from './queue.pace.js';
import type { MppFacts, QueuePlaces } from './queue.places.js';
import type { QueueNotifier } from './queue.ports.js';
import { failQueue } from './queue.errors.js';

/** What every queue use case works with; built once in index.ts. */
export type QueueCore = {
  db: Database;
  clock: Clock;
  secrets: Secrets;
  publicUrl: string;
  places: QueuePlaces;
  notifier: QueueNotifier;
  tickets: QueueTicketsRepository;
  counters: QueueCountersRepository;
  events: QueueEventsRepository;
  settings: QueueSettingsRepository;
  kpi: QueueKpiRepository;
  paces: LinePaces;
};

/** The key printed in a ticket's QR link: whoever holds the paper may cancel or postpone it. */
export function accessKeyOf(core: QueueCore, ticketId: string): string {
  return core.secrets.sign('ticket_access', `queue-ticket:${ticketId}`).slice(0, 22);
}

export function statusUrlOf(core: QueueCore, ticketId: string): string {
  return `${core.publicUrl}/antrean/${ticketId}?k=${accessKeyOf(core, ticketId)}`;
}

/**
 * The service's queue settings at the MPP, created with defaults (and the next free prefix)
 * for every service of the MPP the first time any of them is needed.
 */
export async function serviceSettingsOf(
  core: QueueCore,
  facts: MppFacts,
  serviceId: string,
): Promise<ServiceQueueSettings> {
  const found = await core.settings.findServiceSettings(core.db, facts.place.id, serviceId);
  if (found) return found;
  if (!facts.services.has(serviceId)) throw failQueue('queue.service_not_offered', { ref: serviceId });
  const mppSettings = await core.settings.getMppSettings(core.db, facts.place.id);
  await core.db.transaction((tx) =>
    core.settings.ensureServiceSettings(
      tx,
      facts.place.id,
      [...facts.services.values()].map((s) => ({ serviceId: s.id, tenantId: s.tenant.id })),
      mppSettings.priorityPrefix,
      core.clock.now(),
    ),
  );
  const created = await core.settings.findServiceSettings(core.db, facts.place.id, serviceId);
  if (!created) throw failQueue('queue.service_not_offered', { ref: serviceId });
  return created;
}

/** The waiting count of each service an event counted, by service id. */
export function waitingIn(event: QueueEvent): Record<string, number> {
  return (event.payload.waiting as Record<string, number> | undefined) ?? {};
}

/**
 * Appends the ticket's event to the MPP's stream (last in the transaction). The payload has no
 * personal data: boards and citizen pages are public. It carries the waiting counts of the
 * services the event touches (and of `alsoCount`: a counter's other services), read in the same
 * statement, so boards keep their counts live and the caller can answer without reading again.
 */
export async function emitTicketEvent(
  core: QueueCore,
  tx: Queryable,
  type: QueueEventType,
  ticket: TicketRecord,
  extra: {
    serviceIds?: string[];
    alsoCount?: readonly string[];
    counterId?: string | null;
    payload?: Record<string, unknown>;
  } = {},
): Promise<QueueEvent> {
  const serviceIds = [...new Set([ticket.serviceId, ...(extra.serviceIds ?? [])])];
  return core.events.append(tx, {
    mppId: ticket.mppId,
    type,
    ticketId: ticket.id,
    counterId: extra.counterId ?? ticket.counterId,
    at: core.clock.now(),
    payload: {
      ticketId: ticket.id,
      displayNumber: ticket.displayNumber,
      serviceId: ticket.serviceId,
      serviceIds,
      status: ticket.status,
      ...extra.payload,
    },
    waitingOf: { serviceDay: ticket.serviceDay, serviceIds: [...new Set([...serviceIds, ...(extra.alsoCount ?? [])])] },
  });
}
