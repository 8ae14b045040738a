import { formatDisplayNumber, type Lane, type PriorityGroup, type TicketChannel } from '../../domain/queue/index.js';
import {
  addDays,
  currentPeriod,
  nextOpening,
  serviceDayOf,
  startOfServiceDay,
  toZonedIso,
} from '../../domain/time/index.js';
import { withExtensions } from '../../platform/http/app-error.js';
import { newId } from '../../platform/ids.js';
import type { TicketRecord } from './queue-tickets.repository.js';
import { emitTicketEvent, type QueueCore, serviceSettingsOf, waitingIn } from './queue.core.js';
import { failQueue } from './queue.errors.js';
import type { MppFacts } from './queue.places.js';
import type { ServiceQueueSettings } from './queue-settings.repository.js';

export type IssueInput = {
  mppRef: string;
  serviceId: string;
  channel: TicketChannel;
  priorityGroup?: PriorityGroup | undefined;
  /** E.164, for "your turn is near" by SMS (kiosk tickets). */
  phone?: string | undefined;
  citizenAccountId?: string | undefined;
  /**
   * Entry point kept for booking check-in: the appointment lane, with the booked time as the
   * place in line (Qmatic-style: the wait counts from the booked time).
   */
  appointment?: { bookedAt: Date } | undefined;
};

/** Why a service gives no ticket now, and when it will. */
export type Availability =
  | { isOpen: true; remaining: number | null }
  | {
      isOpen: false;
      reason: 'closed' | 'after_last_ticket' | 'quota_full';
      nextOpeningAt: Date | undefined;
      remaining: number | null;
    };

/** Whether the service issues tickets at `now`: opening hours, last-ticket time and quota. */
export function availabilityOf(
  facts: MppFacts,
  settings: ServiceQueueSettings,
  issuedToday: number,
  now: Date,
): Availability {
  const { timeZone: zone, openingHours: hours, calendar } = facts.place;
  const remaining = settings.dailyQuota === null ? null : Math.max(0, settings.dailyQuota - issuedToday);
  const period = currentPeriod(now, zone, hours, calendar);
  if (!period)
    return { isOpen: false, reason: 'closed', nextOpeningAt: nextOpening(now, zone, hours, calendar), remaining };
  const tomorrow = startOfServiceDay(addDays(serviceDayOf(now, zone), 1), zone);
  const lastTicketAt = period.end.getTime() - settings.lastTicketMinutesBeforeClose * 60_000;
  if (now.getTime() >= lastTicketAt) {
    // The next period may be later today (a split day) or another day.
    return {
      isOpen: false,
      reason: 'after_last_ticket',
      nextOpeningAt: nextOpening(period.end, zone, hours, calendar),
      remaining,
    };
  }
  if (remaining === 0)
    return {
      isOpen: false,
      reason: 'quota_full',
      nextOpeningAt: nextOpening(tomorrow, zone, hours, calendar),
      remaining,
    };
  return { isOpen: true, remaining };
}

function unavailableError(a: Exclude<Availability, { isOpen: true }>, settings: ServiceQueueSettings, facts: MppFacts) {
  const zone = facts.place.timeZone;
  const next = a.nextOpeningAt ? toZonedIso(a.nextOpeningAt, zone) : null;
  const nextText = next ? next.replace('T', ' ').slice(0, 16) : '-';
  const extensions = { nextOpeningAt: next };
  switch (a.reason) {
    case 'closed':
      return withExtensions(failQueue('queue.outside_hours', { next: nextText }), extensions);
    case 'after_last_ticket':
      return withExtensions(
        failQueue('queue.after_last_ticket', { last: `${settings.lastTicketMinutesBeforeClose} min`, next: nextText }),
        extensions,
      );
    case 'quota_full':
      return withExtensions(
        failQueue('queue.quota_reached', { quota: settings.dailyQuota ?? 0, next: nextText }),
        extensions,
      );
    default: {
      const unreachable: never = a.reason;
      throw new Error(`unknown reason ${String(unreachable)}`);
    }
  }
}

function isUniqueViolation(error: unknown, index: string): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  return e?.code === '23505' && (e.constraint === index || (e.message ?? '').includes(index));
}

/** A ticket just issued, and how many tickets its line held once it joined (itself included). */
export type Issued = { ticket: TicketRecord; waitingInLine: number };

export function createQueueIssueService(core: QueueCore) {
  const { db, clock, places, tickets, counters, settings } = core;

  /**
   * Issues a ticket. Numbers come from the series row locked in this transaction, so they are
   * never duplicated or skipped; the quota is checked by the same guarded increment.
   */
  async function issue(input: IssueInput): Promise<Issued> {
    const facts = await places.get(input.mppRef);
    const service = facts.services.get(input.serviceId);
    if (!service) throw failQueue('queue.service_not_offered', { ref: input.serviceId });
    const serviceSettings = await serviceSettingsOf(core, facts, service.id);
    const mppSettings = await settings.getMppSettings(db, facts.place.id);
    const now = clock.now();
    const zone = facts.place.timeZone;
    const serviceDay = serviceDayOf(now, zone);

    if (input.channel === 'online') {
      if (!serviceSettings.isOnlineEnabled) throw failQueue('queue.online_disabled');
      if (input.citizenAccountId) await refuseSecondTicket(input.citizenAccountId, service.id);
    }
    if (input.channel !== 'appointment') {
      // Hours only: the quota is decided by the guarded increment in the transaction.
      const availability = availabilityOf(facts, serviceSettings, 0, now);
      if (!availability.isOpen) throw unavailableError(availability, serviceSettings, facts);
    }

    const isPriority = input.priorityGroup !== undefined;
    const usePrioritySeries = isPriority && mppSettings.priorityPrefix !== null;
    const series = usePrioritySeries ? 'priority' : `service:${service.id}`;
    const prefix = usePrioritySeries ? (mppSettings.priorityPrefix as string) : serviceSettings.prefix;
    const lane: Lane = input.appointment ? 'appointment' : 'walk_in';
    const orderAt = input.appointment?.bookedAt ?? now;
    try {
      return await db.transaction(async (tx) => {
        const number = await tickets.reserveNumber(tx, {
          mppId: facts.place.id,
          serviceId: service.id,
          serviceDay,
          series,
          dailyQuota: input.channel === 'appointment' ? null : serviceSettings.dailyQuota,
        });
        if (number === undefined) {
          const tomorrow = startOfServiceDay(addDays(serviceDay, 1), zone);
          throw unavailableError(
            {
              isOpen: false,
              reason: 'quota_full',
              remaining: 0,
              nextOpeningAt: nextOpening(tomorrow, zone, facts.place.openingHours, facts.place.calendar),
            },
            serviceSettings,
            facts,
          );
        }
        const ticket = await tickets.insertTicket(
          tx,
          {
            id: newId(),
            mppId: facts.place.id,
            serviceId: service.id,
            tenantId: service.tenant.id,
            serviceDay,
            series,
            number,
            displayNumber: formatDisplayNumber(prefix, number),
            channel: input.channel,
            lane,
            priorityGroup: input.priorityGroup ?? null,
            citizenAccountId: input.citizenAccountId ?? null,
            phone: input.phone ?? null,
            issuedAt: now,
            orderAt,
            agedAt: new Date(orderAt.getTime() + serviceSettings.targetWaitMinutes * 60_000),
            targetCounterId: null,
          },
          now,
        );
        await counters.openVisit(tx, {
          ticketId: ticket.id,
          mppId: ticket.mppId,
          serviceDay,
          serviceId: ticket.serviceId,
          tenantId: ticket.tenantId,
          isPriority,
          joinedAt: orderAt,
          targetWaitMinutes: serviceSettings.targetWaitMinutes,
        });
        const event = await emitTicketEvent(core, tx, 'queue.ticket_issued', ticket, {
          payload: { channel: ticket.channel, priorityGroup: ticket.priorityGroup },
        });
        return { ticket, waitingInLine: waitingIn(event)[ticket.serviceId] ?? 1 };
      });
    } catch (error) {
      // Two requests of one citizen at the same moment: the unique index lets one through.
      if (input.citizenAccountId && isUniqueViolation(error, 'queue_tickets_citizen_active_idx'))
        await refuseSecondTicket(input.citizenAccountId, service.id);
      throw error;
    }
  }

  async function refuseSecondTicket(accountId: string, serviceId: string): Promise<void> {
    const existing = await tickets.findActiveForCitizen(db, accountId, serviceId);
    if (existing) {
      throw withExtensions(failQueue('queue.active_ticket_exists', { ticket: existing.displayNumber }), {
        ticket: { id: existing.id, displayNumber: existing.displayNumber, status: existing.status },
      });
    }
  }

  return {
    issue,
  };
}

export type QueueIssueService = ReturnType<typeof createQueueIssueService>;
