import {
  callingOrder,
  estimateWait,
  KPI_DIMENSIONS,
  type KpiDimension,
  type KpiRow,
  ticketsAhead,
} from '../../domain/queue/index.js';
import { serviceDayOf, toZonedIso } from '../../domain/time/index.js';
import type { Queryable } from '../../platform/db/database.js';
import type { Lane, PriorityGroup } from '../../domain/queue/index.js';
import type { QueueDeskRepository } from './queue-desk.repository.js';
import type { KpiFigures } from './queue-kpi.repository.js';
import { ruleOf } from './queue-settings.repository.js';
import type { TicketRecord } from './queue-tickets.repository.js';
import { accessKeyOf, type QueueCore, serviceSettingsOf, statusUrlOf } from './queue.core.js';
import { failQueue } from './queue.errors.js';
import type { MppFacts } from './queue.places.js';
import { availabilityOf, type Issued } from './queue-issue.service.js';
import { PRIORITY_GROUPS } from '../../domain/queue/index.js';
import { authorizeCounter, type CounterActor, type CounterOutcome } from './queue-counter.service.js';

export function createQueueViewsService(core: QueueCore, desk: QueueDeskRepository) {
  const { db, clock, places, tickets, counters, settings, kpi, events } = core;

  const iso = (d: Date | null, facts: MppFacts) => (d ? toZonedIso(d, facts.place.timeZone) : null);

  /** Every service of the MPP has its queue settings (prefix, defaults) before a view lists them. */
  async function ensureSettings(facts: MppFacts): Promise<void> {
    const first = facts.services.keys().next().value;
    if (first) await serviceSettingsOf(core, facts, first);
  }

  /**
   * The public view of a ticket: no personal data; position and estimate while it waits.
   * `justIssued`: the ticket has just joined its line, which then held `waitingInLine` tickets
   * (itself included), so its place is counted from the back, or not at all when it is alone.
   */
  async function ticketView(ticket: TicketRecord, options: { justIssued?: { waitingInLine: number } } = {}) {
    const facts = await places.get(ticket.mppId);
    const service = facts.services.get(ticket.serviceId);
    const counter = ticket.counterId ? facts.counters.get(ticket.counterId) : undefined;
    const now = clock.now();
    let position: number | null = null;
    let estimate = null;
    if (ticket.status === 'waiting') {
      const [mppSettings, serviceSettings] = await Promise.all([
        settings.getMppSettings(db, ticket.mppId),
        settings.findServiceSettings(db, ticket.mppId, ticket.serviceId),
      ]);
      const rule = ruleOf(mppSettings);
      const isAged = ticket.agedAt.getTime() <= now.getTime();
      // Counted from the back, a regular ticket under priority_first has every priority ticket
      // ahead of it: they need no count of their own.
      const from = options.justIssued ? 'back' : 'front';
      const isAlone = options.justIssued?.waitingInLine === 1;
      const [ahead, pace] = await Promise.all([
        isAlone
          ? 0
          : tickets
              .countAhead(db, ticket, now, {
                from,
                priorityApart: from === 'front' || ticket.isPriority || isAged || rule.kind !== 'priority_first',
              })
              .then((counts) => ticketsAhead(counts, { isPriority: ticket.isPriority, isAged }, rule)),
        core.paces.of(db, ticket.mppId, ticket.serviceId),
      ]);
      position = ahead + 1;
      estimate =
        estimateWait({
          ticketsAhead: ahead,
          recentServiceMinutes: pace.recentServiceMinutes,
          countersOpen: pace.countersOpen,
          targetWaitMinutes: serviceSettings?.targetWaitMinutes ?? 30,
        }) ?? null;
    }
    return {
      id: ticket.id,
      displayNumber: ticket.displayNumber,
      serviceDay: ticket.serviceDay,
      mpp: { id: facts.place.id, slug: facts.place.slug, name: facts.place.name, timeZone: facts.place.timeZone },
      service: { id: ticket.serviceId, slug: service?.slug ?? '', name: service?.name ?? '' },
      tenant: { id: ticket.tenantId, shortName: service?.tenant.shortName ?? '' },
      channel: ticket.channel,
      priorityGroup: ticket.priorityGroup,
      status: ticket.status,
      outcome: ticket.outcome,
      issuedAt: iso(ticket.issuedAt, facts) as string,
      calledAt: iso(ticket.calledAt, facts),
      counter:
        counter && ticket.status !== 'waiting'
          ? { id: counter.id, number: counter.number, label: counter.label }
          : null,
      position,
      waitingAhead: position === null ? null : position - 1,
      estimate,
      canCancel: ticket.status === 'waiting' || ticket.status === 'parked',
      canDeclareLate: ticket.status === 'waiting' && ticket.lateCount === 0,
      statusUrl: statusUrlOf(core, ticket.id),
    };
  }

  async function getTicket(id: string): Promise<TicketRecord> {
    const ticket = await tickets.findTicket(db, id);
    if (!ticket) throw failQueue('queue.ticket_not_found', { ref: id });
    return ticket;
  }

  function labelled(figures: KpiFigures[], dimension: KpiDimension, facts: MppFacts): KpiRow[] {
    const tenants = new Map([...facts.services.values()].map((s) => [s.tenant.id, s.tenant.shortName]));
    const label = (key: string) => {
      switch (dimension) {
        case 'service':
          return facts.services.get(key)?.name ?? key;
        case 'counter':
          return facts.counters.get(key)?.label ?? (key === '' ? '-' : key);
        case 'officer':
          return key === '' ? '-' : `#${key.slice(-6)}`;
        case 'tenant':
          return tenants.get(key) ?? key;
        case 'hour':
          return `${key}:00`;
        default: {
          const unreachable: never = dimension;
          throw new Error(`unknown dimension ${String(unreachable)}`);
        }
      }
    };
    return figures.map((f) => ({ ...f, label: label(f.key) }));
  }

  return {
    ticketView,
    getTicket,

    /** The answer to a new ticket: its view, and the key its status link carries (for the QR code). */
    async issuedView(issued: Issued) {
      const { ticket, waitingInLine } = issued;
      return {
        ...(await ticketView(ticket, { justIssued: { waitingInLine } })),
        accessKey: accessKeyOf(core, ticket.id),
      };
    },

    /**
     * The counters the actor may open: an officer's tenant's counters at their MPP (or only the
     * assigned ones), every counter of a manager's MPP. National admins open counters by id.
     */
    async countersFor(actor: CounterActor) {
      if (actor.scope.kind === 'all') return [];
      const mppIds = [...new Set([...actor.scope.mppIds, ...actor.scope.tenantAtMpp.map((t) => t.mppId)])];
      const items = [];
      for (const mppId of mppIds) {
        const facts = await places.find(mppId);
        if (!facts) continue;
        const sessions = new Map((await counters.listActiveSessions(db, mppId)).map((s) => [s.counterId, s]));
        for (const counter of facts.counters.values()) {
          if (!counter.isActive) continue;
          try {
            authorizeCounter(actor, { facts, counter });
          } catch {
            continue;
          }
          const session = sessions.get(counter.id);
          items.push({
            counter: {
              id: counter.id,
              number: counter.number,
              label: counter.label,
              mpp: { id: facts.place.id, slug: facts.place.slug, name: facts.place.name },
              tenant: counter.tenant,
            },
            services: counter.serviceIds.map((id) => ({ id, name: facts.services.get(id)?.name ?? '' })),
            state: session?.state ?? ('closed' as const),
            openedByMe: session?.officerAccountId === actor.accountId,
          });
        }
      }
      return items;
    },

    /** The citizen's active tickets and those of the last day. */
    async myTickets(accountId: string) {
      const since = new Date(clock.now().getTime() - 24 * 3_600_000);
      const mine = await tickets.listForCitizen(db, accountId, since);
      return Promise.all(mine.map((ticket) => ticketView(ticket)));
    },

    /** Verifies the printed key (or ownership) before a citizen changes a ticket. */
    checkAccess(ticket: TicketRecord, accessKey: string | undefined, accountId: string | undefined) {
      if (accountId && ticket.citizenAccountId === accountId) return;
      if (accessKey && accessKey === accessKeyOf(core, ticket.id)) return;
      throw failQueue('queue.access_key_invalid');
    },

    /** The board's first picture: recent calls, waiting per service, running text. */
    async board(mppRef: string) {
      const facts = await places.get(mppRef);
      await ensureSettings(facts);
      const now = clock.now();
      const day = serviceDayOf(now, facts.place.timeZone);
      const [mppSettings, serviceSettings, counts, calls, head] = await Promise.all([
        settings.getMppSettings(db, facts.place.id),
        settings.listServiceSettings(db, facts.place.id),
        tickets.issuedOn(db, facts.place.id, day),
        events.readLatest(db, facts.place.id, ['queue.ticket_called'], 10),
        events.head(db, facts.place.id),
      ]);
      const prefixes = new Map(serviceSettings.map((s) => [s.serviceId, s.prefix]));
      return {
        mpp: {
          id: facts.place.id,
          slug: facts.place.slug,
          name: facts.place.name,
          timeZone: facts.place.timeZone,
          localNow: toZonedIso(now, facts.place.timeZone),
        },
        runningText: mppSettings.runningText,
        services: [...facts.services.values()].map((s) => ({
          serviceId: s.id,
          name: s.name,
          prefix: prefixes.get(s.id) ?? null,
          tenantShortName: s.tenant.shortName,
          waiting: counts.get(s.id)?.waiting ?? 0,
        })),
        calls: calls.map((e) => callOf(e.id, e.payload)),
        lastEventId: String(head),
      };
    },

    /** The kiosk's menu: tenants and their services with whether they give tickets now. */
    async kioskMenu(mppId: string) {
      const facts = await places.get(mppId);
      await ensureSettings(facts);
      const now = clock.now();
      const day = serviceDayOf(now, facts.place.timeZone);
      const [counts, serviceSettings] = await Promise.all([
        tickets.issuedOn(db, facts.place.id, day),
        settings.listServiceSettings(db, facts.place.id),
      ]);
      const byService = new Map(serviceSettings.map((s) => [s.serviceId, s]));
      const tenants = new Map<string, { id: string; shortName: string; name: string; services: KioskService[] }>();
      for (const s of facts.services.values()) {
        const ss = byService.get(s.id);
        const a = ss ? availabilityOf(facts, ss, counts.get(s.id)?.issued ?? 0, now) : undefined;
        const tenant = tenants.get(s.tenant.id) ?? { ...s.tenant, services: [] };
        tenant.services.push({
          id: s.id,
          name: s.name,
          prefix: ss?.prefix ?? null,
          isOpen: a?.isOpen ?? false,
          remaining: a?.remaining ?? null,
          nextOpeningAt: a && !a.isOpen && a.nextOpeningAt ? toZonedIso(a.nextOpeningAt, facts.place.timeZone) : null,
          reason: a === undefined ? 'closed' : a.isOpen ? null : a.reason,
        });
        tenants.set(s.tenant.id, tenant);
      }
      return {
        mpp: {
          id: facts.place.id,
          slug: facts.place.slug,
          name: facts.place.name,
          timeZone: facts.place.timeZone,
          localNow: toZonedIso(now, facts.place.timeZone),
        },
        tenants: [...tenants.values()],
        priorityGroups: [...PRIORITY_GROUPS],
      };
    },

    /** What the officer sees at the counter: state, current ticket, who is next (no names), today's counts. */
    async counterView(counterId: string) {
      const found = await places.findCounter(counterId);
      if (!found) throw failQueue('queue.counter_not_found', { ref: counterId });
      const { facts, counter } = found;
      const now = clock.now();
      const day = serviceDayOf(now, facts.place.timeZone);
      const snapshot = await desk.counterSnapshot(db, { counterId, mppId: facts.place.id, serviceDay: day });
      const { session, held, today } = snapshot;
      const serviceIds = session?.serviceIds ?? counter.serviceIds;
      const [heads, mppSettings] = await Promise.all([
        tickets.lineHeads(db, { mppId: facts.place.id, serviceIds, counterId, perLine: 10 }),
        settings.getMppSettings(db, facts.place.id),
      ]);
      const current = held.find((t) => t.status === 'called' || t.status === 'serving');
      const parked = held.filter((t) => t.status === 'parked');
      const noShows = held
        .filter((t) => t.status === 'no_show')
        .sort((a, b) => (b.noShowAt?.getTime() ?? 0) - (a.noShowAt?.getTime() ?? 0));
      const order = callingOrder(heads, ruleOf(mppSettings), session ?? { regularStreak: 0 }, now).slice(0, 10);
      const byId = new Map(heads.map((h) => [h.id, h]));
      const line = (t: {
        id: string;
        displayNumber: string;
        serviceId: string;
        priorityGroup: PriorityGroup | null;
        lane: Lane;
        orderAt: Date;
      }) => ({
        id: t.id,
        displayNumber: t.displayNumber,
        serviceName: facts.services.get(t.serviceId)?.name ?? '',
        priorityGroup: t.priorityGroup,
        lane: t.lane,
        waitingSince: toZonedIso(t.orderAt, facts.place.timeZone),
        waitedMinutes: Math.max(0, Math.floor((now.getTime() - t.orderAt.getTime()) / 60_000)),
      });
      return {
        counter: { id: counter.id, number: counter.number, label: counter.label },
        mpp: { id: facts.place.id, slug: facts.place.slug, name: facts.place.name, timeZone: facts.place.timeZone },
        state: session?.state ?? 'closed',
        officer: session ? { id: session.officerAccountId } : null,
        services: serviceIds.map((id) => ({
          id,
          name: facts.services.get(id)?.name ?? '',
          waiting: snapshot.waiting.get(id) ?? 0,
        })),
        current: current ? await ticketView(current) : null,
        next: order.flatMap((c) => {
          const head = byId.get(c.id);
          return head ? [line(head)] : [];
        }),
        parked: parked.map(line),
        // Missed calls of today that may still come back once (recycle), within the grace period.
        noShows: noShows
          .filter(
            (t) =>
              t.recycleCount === 0 &&
              t.noShowAt !== null &&
              now.getTime() - t.noShowAt.getTime() <= mppSettings.noShowGraceMinutes * 60_000,
          )
          .map(line),
        today,
      };
    },

    /**
     * The answer to a counter action, from what its transaction already knew (a read only for
     * the waiting counts after open, break, resume and close, which write no ticket event).
     */
    async counterResult(outcome: CounterOutcome) {
      const { at, session, ticket, current } = outcome;
      const { facts, counter } = at;
      const waiting =
        outcome.waiting ??
        Object.fromEntries(
          [...(await tickets.issuedOn(db, facts.place.id, serviceDayOf(clock.now(), facts.place.timeZone)))].map(
            ([id, counts]) => [id, counts.waiting],
          ),
        );
      const isOpen = session.state !== 'closed';
      return {
        counter: { id: counter.id, number: counter.number, label: counter.label },
        mpp: { id: facts.place.id, slug: facts.place.slug, name: facts.place.name, timeZone: facts.place.timeZone },
        state: session.state,
        officer: isOpen ? { id: session.officerAccountId } : null,
        services: (isOpen ? session.serviceIds : counter.serviceIds).map((id) => ({
          id,
          name: facts.services.get(id)?.name ?? '',
          waiting: waiting[id] ?? 0,
        })),
        current: current ? await ticketView(current) : null,
        ticket: ticket
          ? {
              id: ticket.id,
              displayNumber: ticket.displayNumber,
              serviceId: ticket.serviceId,
              status: ticket.status,
              outcome: ticket.outcome,
            }
          : null,
      };
    },

    /** The manager's live picture of one MPP. */
    async live(mppRef: string) {
      const facts = await places.get(mppRef);
      await ensureSettings(facts);
      const now = clock.now();
      const day = serviceDayOf(now, facts.place.timeZone);
      const [counts, oldest, sessions, serviceSettings, figures] = await Promise.all([
        tickets.issuedOn(db, facts.place.id, day),
        kpi.oldestWaiting(db, facts.place.id),
        counters.listActiveSessions(db, facts.place.id),
        settings.listServiceSettings(db, facts.place.id),
        kpi.figures(db, {
          mppId: facts.place.id,
          from: day,
          to: day,
          dimension: 'service',
          zone: facts.place.timeZone,
        }),
      ]);
      const prefixes = new Map(serviceSettings.map((s) => [s.serviceId, s.prefix]));
      const served = new Map(figures.map((f) => [f.key, f.served]));
      const sessionOf = new Map(sessions.map((s) => [s.counterId, s]));
      const currents = await Promise.all(sessions.map((s) => tickets.findCurrentAtCounter(db, s.counterId)));
      const currentOf = new Map(sessions.map((s, i) => [s.counterId, currents[i]?.displayNumber ?? null]));
      return {
        mpp: {
          id: facts.place.id,
          slug: facts.place.slug,
          name: facts.place.name,
          timeZone: facts.place.timeZone,
          localNow: toZonedIso(now, facts.place.timeZone),
        },
        services: [...facts.services.values()].map((s) => {
          const since = oldest.get(s.id);
          return {
            serviceId: s.id,
            name: s.name,
            tenantShortName: s.tenant.shortName,
            prefix: prefixes.get(s.id) ?? null,
            waiting: counts.get(s.id)?.waiting ?? 0,
            longestWaitMinutes: since ? Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000)) : null,
            servedToday: served.get(s.id) ?? 0,
          };
        }),
        counters: [...facts.counters.values()].map((c) => {
          const session = sessionOf.get(c.id);
          return {
            counter: { id: c.id, number: c.number, label: c.label },
            tenantShortName: c.tenant.shortName,
            state: session?.state ?? 'closed',
            currentTicket: currentOf.get(c.id) ?? null,
            since: session ? toZonedIso(session.stateSince, facts.place.timeZone) : null,
          };
        }),
        kpis: labelled(figures, 'service', facts),
      };
    },

    /** KPI rows of the MPP over service days, grouped by one dimension. */
    async kpis(mppRef: string, query: { from: string; to: string; groupBy: KpiDimension }) {
      const facts = await places.get(mppRef);
      const figures = await kpi.figures(db, {
        mppId: facts.place.id,
        from: query.from,
        to: query.to,
        dimension: query.groupBy,
        zone: facts.place.timeZone,
      });
      return { items: labelled(figures, query.groupBy, facts) };
    },

    /** Every dimension's KPI rows of one day (what the day close freezes). */
    async dayFigures(facts: MppFacts, day: string, tx: Queryable = db) {
      const result: Record<string, KpiRow[]> = {};
      for (const dimension of KPI_DIMENSIONS) {
        const figures = await kpi.figures(tx, {
          mppId: facts.place.id,
          from: day,
          to: day,
          dimension,
          zone: facts.place.timeZone,
        });
        result[dimension] = labelled(figures, dimension, facts);
      }
      return result;
    },
  };
}

type KioskService = {
  id: string;
  name: string;
  prefix: string | null;
  isOpen: boolean;
  remaining: number | null;
  nextOpeningAt: string | null;
  reason: 'closed' | 'after_last_ticket' | 'quota_full' | null;
};

/** A call as the board shows it, from a `queue.ticket_called` event's payload. */
export function callOf(eventId: string, payload: Record<string, unknown>) {
  return {
    eventId,
    ticketId: payload.ticketId as string,
    displayNumber: payload.displayNumber as string,
    serviceId: payload.serviceId as string,
    counter: payload.counter as { id: string; number: number; label: string },
    serviceName: (payload.serviceName as string) ?? '',
    tenantShortName: (payload.tenantShortName as string) ?? '',
    calledAt: payload.calledAt as string,
    isRecall: Boolean(payload.isRecall),
    announcement: payload.announcement as { text: string; repeat: number },
  };
}

export type QueueViewsService = ReturnType<typeof createQueueViewsService>;
