import type { QueueEventType } from '../../domain/queue/index.js';
import type { Clock } from '../../platform/clock.js';
import type { Secrets } from '../../platform/crypto/secrets.js';
import type { Database, Queryable } from '../../platform/db/database.js';
import type { QueueCountersRepository } from './queue-counters.repository.js';
import type { QueueEventsRepository, QueueEvent } from './queue-events.repository.js';
import type { QueueKpiRepository } from './queue-kpi.repository.js';
import type { QueueSettingsRepository, ServiceQueueSettings } from './queue-settings.repository.js';
import type { QueueTicketsRepository, TicketRecord } from './queue-tickets.repository.js';
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

/** Waiting counts of the services a ticket event touches, for boards that keep counts live. */
async function waitingOf(tx: Queryable, mppId: string, serviceDay: string, serviceIds: string[]) {
  const rows = await tx.query<{ service_id: string; waiting: number }>(
    'SELECT service_id, waiting FROM queue_service_days WHERE mpp_id = $1 AND service_day = $2 AND service_id = ANY($3::uuid[])',
    [mppId, serviceDay, serviceIds],
  );
  const waiting: Record<string, number> = Object.fromEntries(serviceIds.map((id) => [id, 0]));
  for (const r of rows) waiting[r.service_id] = Number(r.waiting);
  return waiting;
}

/**
 * Appends the ticket's event to the MPP's stream (last in the transaction). The payload has no
 * personal data: boards and citizen pages are public.
 */
export async function emitTicketEvent(
  core: QueueCore,
  tx: Queryable,
  type: QueueEventType,
  ticket: TicketRecord,
  extra: { serviceIds?: string[]; counterId?: string | null; payload?: Record<string, unknown> } = {},
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
      waiting: await waitingOf(tx, ticket.mppId, ticket.serviceDay, serviceIds),
      ...extra.payload,
    },
  });
}
