import type { Grant, Scope } from '../../domain/identity/access.js';
import {
  ACTION_FROM,
  ANNOUNCEMENT_REPEAT,
  announcementText,
  type FinishOutcome,
  nextCallState,
  pickNext,
  type TicketAction,
} from '../../domain/queue/index.js';
import { toZonedIso } from '../../domain/time/index.js';
import { withExtensions } from '../../platform/http/app-error.js';
import type { Queryable } from '../../platform/db/database.js';
import type { CounterSession } from './queue-counters.repository.js';
import { ruleOf } from './queue-settings.repository.js';
import type { TicketPatch, TicketRecord } from './queue-tickets.repository.js';
import { emitTicketEvent, type QueueCore, serviceSettingsOf, statusUrlOf, waitingIn } from './queue.core.js';
import { failQueue } from './queue.errors.js';
import type { MppFacts } from './queue.places.js';
import type { CounterPlace } from './queue.ports.js';

/** Who acts at a counter: the account, and its scope for `queue.counter.operate`. */
export type CounterActor = { accountId: string; scope: Scope; grants: readonly Grant[] };

type AtCounter = { facts: MppFacts; counter: CounterPlace };

/**
 * What a counter action leaves behind, all known inside its transaction: the session, the ticket
 * acted on, the counter's current ticket, and the waiting counts of the counter's services (read
 * with the action's event). The answer is built from it without reading anything again.
 */
export type CounterOutcome = {
  at: AtCounter;
  session: CounterSession;
  ticket: TicketRecord | null;
  current: TicketRecord | null;
  /** By service id; undefined when the action wrote no ticket event (open, break, close). */
  waiting: Record<string, number> | undefined;
};

/**
 * Whether the actor may work this counter: 404 when its MPP is outside the actor's scope (the
 * counter is not theirs to know about), 403 when the MPP is theirs but the counter belongs to
 * another tenant or is not among the officer's assigned counters.
 */
export function authorizeCounter(actor: CounterActor, at: AtCounter): void {
  const { counter } = at;
  const scope = actor.scope;
  if (scope.kind === 'all' || scope.mppIds.includes(counter.mppId)) return;
  const atMpp = scope.tenantAtMpp.filter((t) => t.mppId === counter.mppId);
  if (atMpp.length === 0) throw failQueue('queue.counter_not_found', { ref: counter.id });
  const assigned = actor.grants.some(
    (g) =>
      g.role === 'officer' &&
      g.mppId === counter.mppId &&
      g.tenantId === counter.tenant.id &&
      (!g.counterIds || g.counterIds.length === 0 || g.counterIds.includes(counter.id)),
  );
  if (!assigned) throw failQueue('queue.counter_not_assigned', { counter: counter.label });
}

const ACTION_WORDS: Record<TicketAction, string> = {
  call: 'call',
  recall: 'recall',
  start: 'start',
  finish: 'finish',
  no_show: 'no-show',
  transfer: 'transfer',
  park: 'park',
  unpark: 'unpark',
  recycle: 'recycle',
  cancel: 'cancel',
  declare_late: 'postpone',
};

/** What an error about a ticket names. */
type TicketRef = Pick<TicketRecord, 'id' | 'displayNumber' | 'status'>;

/** 409 with the ticket as it is now; nothing was changed. */
export function staleAction(ticket: TicketRef, action: TicketAction) {
  return withExtensions(
    failQueue('queue.stale_action', {
      ticket: ticket.displayNumber,
      status: ticket.status,
      action: ACTION_WORDS[action],
    }),
    { ticket: { id: ticket.id, displayNumber: ticket.displayNumber, status: ticket.status } },
  );
}

export function createQueueCounterService(core: QueueCore) {
  const { db, clock, places, tickets, counters, settings } = core;

  async function locate(counterId: string): Promise<AtCounter> {
    const found = await places.findCounter(counterId);
    if (!found) throw failQueue('queue.counter_not_found', { ref: counterId });
    return found;
  }

  /**
   * Queue settings for every service of the counter's MPP exist before a transaction needs them
   * (creating them opens a transaction of its own, which must not nest: PGlite has one connection).
   */
  async function ensureSettings(counterId: string): Promise<void> {
    const at = await locate(counterId);
    const first = at.facts.services.keys().next().value;
    if (first) await serviceSettingsOf(core, at.facts, first);
  }

  /** A service's settings read inside the action's transaction. */
  async function settingsIn(tx: Queryable, facts: MppFacts, serviceId: string) {
    const found = await settings.findServiceSettings(tx, facts.place.id, serviceId);
    if (!found) throw failQueue('queue.service_not_offered', { ref: serviceId });
    return found;
  }

  /** Runs `fn` with the actor's open session at the counter locked; refuses when not theirs or not open. */
  async function withSession<T>(
    actor: CounterActor,
    counterId: string,
    options: { needOpen: boolean },
    fn: (tx: Queryable, session: CounterSession, at: AtCounter) => Promise<T>,
  ): Promise<T> {
    const at = await locate(counterId);
    authorizeCounter(actor, at);
    return db.transaction(async (tx) => {
      const session = await counters.findActiveSession(tx, counterId, true);
      if (!session) throw failQueue('queue.counter_not_open', { counter: at.counter.label, state: 'tutup / closed' });
      if (session.officerAccountId !== actor.accountId)
        throw failQueue('queue.counter_in_use', { counter: at.counter.label });
      if (options.needOpen && session.state !== 'open')
        throw failQueue('queue.counter_not_open', { counter: at.counter.label, state: 'istirahat / on a break' });
      return fn(tx, session, at);
    });
  }

  /** The counter's current ticket, which the action names: anything else is stale (409). */
  async function currentTicket(tx: Queryable, session: CounterSession, ticketId: string, action: TicketAction) {
    const ticket = await tickets.lockTicket(tx, ticketId);
    if (!ticket || ticket.mppId !== session.mppId) throw failQueue('queue.ticket_not_found', { ref: ticketId });
    if (ticket.counterId !== session.counterId || !ACTION_FROM[action].includes(ticket.status))
      throw staleAction(ticket, action);
    return ticket;
  }

  async function refuseWhenBusy(tx: Queryable, session: CounterSession, label: string) {
    const current = await tickets.findCurrentAtCounter(tx, session.counterId);
    if (current) throw failQueue('queue.counter_busy', { counter: label, ticket: current.displayNumber });
  }

  async function update(tx: Queryable, ticket: TicketRef, action: TicketAction, patch: TicketPatch) {
    const updated = await tickets.updateTicket(tx, ticket.id, ACTION_FROM[action], patch, clock.now());
    if (!updated) throw staleAction(ticket, action);
    return updated;
  }

  function outcome(
    at: AtCounter,
    session: CounterSession,
    ticket: TicketRecord | null,
    current: TicketRecord | null,
    waiting?: Record<string, number>,
  ): CounterOutcome {
    return { at, session, ticket, current, waiting };
  }

  /** Marks the ticket called at the counter and announces it (one event for board, page, SMS, KPIs). */
  async function markCalled(
    tx: Queryable,
    session: CounterSession,
    at: AtCounter,
    ticket: TicketRef,
    action: 'call' | 'recall' | 'unpark',
    nearTurnAhead = 0,
  ) {
    const now = clock.now();
    const called = await update(tx, ticket, action, {
      status: 'called',
      counterId: session.counterId,
      officerAccountId: session.officerAccountId,
      calledAt: now,
      incrementCallCount: true,
    });
    if (action === 'call') {
      await tickets.adjustWaiting(tx, called, -1);
      await counters.markVisitCalled(tx, called.id, session.counterId, session.officerAccountId, now);
      await counters.setRegularStreak(tx, session.id, nextCallState(session, called).regularStreak);
      await notifyTurnNear(tx, at.facts, called.serviceId, nearTurnAhead);
    }
    const service = at.facts.services.get(called.serviceId);
    const event = await emitTicketEvent(core, tx, 'queue.ticket_called', called, {
      counterId: session.counterId,
      alsoCount: session.serviceIds,
      payload: {
        isRecall: action === 'recall',
        calledAt: toZonedIso(now, at.facts.place.timeZone),
        counter: { id: at.counter.id, number: at.counter.number, label: at.counter.label },
        serviceName: service?.name ?? '',
        tenantShortName: service?.tenant.shortName ?? '',
        announcement: { text: announcementText(called.displayNumber, at.counter.number), repeat: ANNOUNCEMENT_REPEAT },
      },
    });
    return outcome(at, session, called, called, waitingIn(event));
  }

  /** SMS "your turn is near" to phone holders now within N of the front of the service's line (once each). */
  async function notifyTurnNear(tx: Queryable, facts: MppFacts, serviceId: string, ahead: number) {
    const near = await tickets.firstInLineWithPhone(tx, facts.place.id, serviceId, ahead);
    for (const t of near) {
      await core.notifier.enqueue(tx, {
        event: 'queue.turn_near',
        channel: 'sms',
        to: t.phone as string,
        language: 'id',
        params: {
          ticket: t.displayNumber,
          mpp: facts.place.name,
          service: facts.services.get(t.serviceId)?.name ?? '',
          link: statusUrlOf(core, t.id),
        },
        mppId: facts.place.id,
        dedupeKey: `queue.turn_near:${t.id}`,
      });
    }
    await tickets.markNearNotified(
      tx,
      near.map((t) => t.id),
      clock.now(),
    );
  }

  /** Open counters are an input of every wait estimate of the MPP's lines: forgotten once committed. */
  async function changedCounters(at: AtCounter, change: Promise<CounterOutcome>): Promise<CounterOutcome> {
    const done = await change;
    core.paces.forget(at.facts.place.id);
    return done;
  }

  async function emitCounter(tx: Queryable, session: CounterSession, at: AtCounter) {
    await core.events.append(tx, {
      mppId: session.mppId,
      type: 'queue.counter_changed',
      counterId: session.counterId,
      at: clock.now(),
      payload: {
        counter: { id: at.counter.id, number: at.counter.number, label: at.counter.label },
        state: session.state,
        serviceIds: session.serviceIds,
      },
    });
  }

  return {
    locate,

    /** The counter when the actor may work it (404 / 403 otherwise). */
    async authorize(actor: CounterActor, counterId: string): Promise<AtCounter> {
      const at = await locate(counterId);
      authorizeCounter(actor, at);
      return at;
    },

    /** Opens the counter for the actor, serving `serviceIds` (default: all the counter serves). */
    async open(actor: CounterActor, counterId: string, serviceIds?: string[]) {
      const at = await locate(counterId);
      authorizeCounter(actor, at);
      const chosen = serviceIds && serviceIds.length > 0 ? [...new Set(serviceIds)] : at.counter.serviceIds;
      if (!at.counter.isActive || chosen.length === 0 || chosen.some((s) => !at.counter.serviceIds.includes(s)))
        throw failQueue('queue.services_invalid', { counter: at.counter.label });
      for (const s of chosen) await serviceSettingsOf(core, at.facts, s);
      return changedCounters(
        at,
        db.transaction(async (tx) => {
          const existing = await counters.findActiveSession(tx, counterId, true);
          if (existing) {
            if (existing.officerAccountId !== actor.accountId)
              throw failQueue('queue.counter_in_use', { counter: at.counter.label });
            await counters.setServices(tx, existing.id, chosen);
            const reopened =
              existing.state === 'open' ? existing : await counters.setState(tx, existing.id, 'open', clock.now());
            const session = { ...reopened, serviceIds: chosen };
            await emitCounter(tx, session, at);
            // Re-opening (other services) may happen while a ticket is at the counter.
            return outcome(at, session, null, (await tickets.findCurrentAtCounter(tx, counterId)) ?? null);
          }
          const opened = await counters.openSession(tx, {
            mppId: at.counter.mppId,
            tenantId: at.counter.tenant.id,
            counterId,
            counterNumber: at.counter.number,
            officerAccountId: actor.accountId,
            serviceIds: chosen,
            openedAt: clock.now(),
          });
          if (!opened) throw failQueue('queue.counter_in_use', { counter: at.counter.label });
          await emitCounter(tx, opened, at);
          return outcome(at, opened, null, null);
        }),
      );
    },

    /** Calls the next ticket by the MPP's priority rule, FIFO within a line, across the counter's services. */
    async callNext(actor: CounterActor, counterId: string) {
      return withSession(actor, counterId, { needOpen: true }, async (tx, session, at) => {
        await refuseWhenBusy(tx, session, at.counter.label);
        await tickets.lockLines(tx, session.mppId, session.serviceIds);
        const heads = await tickets.lineHeads(tx, {
          mppId: session.mppId,
          serviceIds: session.serviceIds,
          counterId: session.counterId,
          perLine: 1,
        });
        const mppSettings = await settings.getMppSettings(tx, session.mppId);
        const chosen = pickNext(heads, ruleOf(mppSettings), session, clock.now());
        if (!chosen) throw failQueue('queue.nobody_waiting', { counter: at.counter.label });
        // The line locks keep every other counter away from it; the status guard is the last word.
        const ticket = { id: chosen.id, displayNumber: chosen.displayNumber, status: 'waiting' as const };
        return markCalled(tx, session, at, ticket, 'call', mppSettings.nearTurnAhead);
      });
    },

    /** Calls one waiting ticket of the counter's services out of turn. */
    async callTicket(actor: CounterActor, counterId: string, ticketId: string) {
      return withSession(actor, counterId, { needOpen: true }, async (tx, session, at) => {
        await refuseWhenBusy(tx, session, at.counter.label);
        const peek = await tickets.findTicket(tx, ticketId);
        if (!peek || peek.mppId !== session.mppId) throw failQueue('queue.ticket_not_found', { ref: ticketId });
        if (!session.serviceIds.includes(peek.serviceId))
          throw failQueue('queue.services_invalid', { counter: at.counter.label });
        await tickets.lockLines(tx, session.mppId, [peek.serviceId]);
        const ticket = await tickets.lockTicket(tx, ticketId);
        if (ticket?.status !== 'waiting') throw staleAction(ticket ?? peek, 'call');
        return markCalled(tx, session, at, ticket, 'call');
      });
    },

    async recall(actor: CounterActor, counterId: string, ticketId: string) {
      return withSession(actor, counterId, { needOpen: true }, async (tx, session, at) =>
        markCalled(tx, session, at, await currentTicket(tx, session, ticketId, 'recall'), 'recall'),
      );
    },

    async start(actor: CounterActor, counterId: string, ticketId: string) {
      return withSession(actor, counterId, { needOpen: false }, async (tx, session, at) => {
        const ticket = await currentTicket(tx, session, ticketId, 'start');
        const now = clock.now();
        const started = await update(tx, ticket, 'start', { status: 'serving', startedAt: now });
        await counters.markVisitStarted(tx, ticket.id, now);
        const event = await emitTicketEvent(core, tx, 'queue.ticket_started', started, {
          alsoCount: session.serviceIds,
        });
        return outcome(at, session, started, started, waitingIn(event));
      });
    },

    async finish(actor: CounterActor, counterId: string, ticketId: string, result: FinishOutcome) {
      return withSession(actor, counterId, { needOpen: false }, async (tx, session, at) => {
        const ticket = await currentTicket(tx, session, ticketId, 'finish');
        const now = clock.now();
        const done = await update(tx, ticket, 'finish', { status: 'done', outcome: result, finishedAt: now });
        await counters.endVisit(tx, ticket.id, result, now);
        const event = await emitTicketEvent(core, tx, 'queue.ticket_finished', done, {
          alsoCount: session.serviceIds,
          payload: { outcome: result },
        });
        return outcome(at, session, done, null, waitingIn(event));
      });
    },

    async noShow(actor: CounterActor, counterId: string, ticketId: string) {
      return withSession(actor, counterId, { needOpen: false }, async (tx, session, at) => {
        const ticket = await currentTicket(tx, session, ticketId, 'no_show');
        const now = clock.now();
        const missed = await update(tx, ticket, 'no_show', { status: 'no_show', outcome: 'no_show', noShowAt: now });
        await counters.endVisit(tx, ticket.id, 'no_show', now);
        const event = await emitTicketEvent(core, tx, 'queue.ticket_no_show', missed, {
          alsoCount: session.serviceIds,
        });
        return outcome(at, session, missed, null, waitingIn(event));
      });
    },

    /**
     * A citizen who missed the call turns up within the grace period: back in line once, behind
     * those waiting now. The missed visit is relabelled `recycled`.
     */
    async recycle(actor: CounterActor, counterId: string, ticketId: string) {
      await ensureSettings(counterId);
      return withSession(actor, counterId, { needOpen: false }, async (tx, session, at) => {
        const ticket = await tickets.lockTicket(tx, ticketId);
        if (!ticket || ticket.mppId !== session.mppId) throw failQueue('queue.ticket_not_found', { ref: ticketId });
        if (ticket.status !== 'no_show') throw staleAction(ticket, 'recycle');
        const now = clock.now();
        const grace = (await settings.getMppSettings(tx, session.mppId)).noShowGraceMinutes;
        if (ticket.recycleCount >= 1)
          throw failQueue('queue.recycle_not_allowed', {
            ticket: ticket.displayNumber,
            reason: 'sudah sekali / already once',
          });
        if (ticket.noShowAt && now.getTime() - ticket.noShowAt.getTime() > grace * 60_000)
          throw failQueue('queue.recycle_not_allowed', {
            ticket: ticket.displayNumber,
            reason: `lewat ${grace} menit / more than ${grace} minutes late`,
          });
        const serviceSettings = await settingsIn(tx, at.facts, ticket.serviceId);
        const back = await update(tx, ticket, 'recycle', {
          status: 'waiting',
          outcome: null,
          orderAt: now,
          agedAt: new Date(now.getTime() + serviceSettings.targetWaitMinutes * 60_000),
          counterId: null,
          recycleCount: ticket.recycleCount + 1,
        });
        await counters.relabelMissedVisit(tx, ticket.id);
        await counters.openVisit(tx, {
          ticketId: back.id,
          mppId: back.mppId,
          serviceDay: back.serviceDay,
          serviceId: back.serviceId,
          tenantId: back.tenantId,
          isPriority: back.isPriority,
          joinedAt: now,
          targetWaitMinutes: serviceSettings.targetWaitMinutes,
        });
        await tickets.adjustWaiting(tx, back, +1);
        // The counter may be serving someone else meanwhile.
        const current = await tickets.findCurrentAtCounter(tx, session.counterId);
        const event = await emitTicketEvent(core, tx, 'queue.ticket_recycled', back, { alsoCount: session.serviceIds });
        return outcome(at, session, back, current ?? null, waitingIn(event));
      });
    },

    /**
     * Sends the ticket to another service's line or to one counter, keeping its place in time
     * (the original arrival); the visit here ends as transferred.
     */
    async transfer(
      actor: CounterActor,
      counterId: string,
      ticketId: string,
      target: { toServiceId?: string | undefined; toCounterId?: string | undefined },
    ) {
      await ensureSettings(counterId);
      return withSession(actor, counterId, { needOpen: false }, async (tx, session, at) => {
        const ticket = await currentTicket(tx, session, ticketId, 'transfer');
        const facts = at.facts;
        const toCounter = target.toCounterId ? facts.counters.get(target.toCounterId) : undefined;
        if (target.toCounterId && !toCounter?.isActive)
          throw failQueue('queue.transfer_invalid', { reason: 'loket tujuan tidak ada / no such counter here' });
        const serviceId =
          target.toServiceId ??
          (toCounter?.serviceIds.includes(ticket.serviceId) ? ticket.serviceId : toCounter?.serviceIds[0]);
        if (!serviceId || !facts.services.has(serviceId))
          throw failQueue('queue.transfer_invalid', {
            reason: 'layanan tujuan tidak ada di MPP ini / service not offered here',
          });
        if (toCounter && !toCounter.serviceIds.includes(serviceId))
          throw failQueue('queue.transfer_invalid', {
            reason: 'loket tujuan tidak melayani layanan itu / counter does not serve it',
          });
        if (!toCounter && serviceId === ticket.serviceId)
          throw failQueue('queue.transfer_invalid', { reason: 'layanan yang sama / same service' });
        const serviceSettings = await settingsIn(tx, facts, serviceId);
        const service = facts.services.get(serviceId);
        const now = clock.now();
        const ended = toCounter ? 'transferred_to_counter' : 'transferred_to_service';
        await counters.endVisit(tx, ticket.id, ended, now);
        const moved = await update(tx, ticket, 'transfer', {
          status: 'waiting',
          serviceId,
          tenantId: service?.tenant.id ?? ticket.tenantId,
          counterId: null,
          targetCounterId: toCounter?.id ?? null,
          agedAt: new Date(ticket.orderAt.getTime() + serviceSettings.targetWaitMinutes * 60_000),
        });
        await counters.openVisit(tx, {
          ticketId: moved.id,
          mppId: moved.mppId,
          serviceDay: moved.serviceDay,
          serviceId,
          tenantId: moved.tenantId,
          isPriority: moved.isPriority,
          joinedAt: now,
          targetWaitMinutes: serviceSettings.targetWaitMinutes,
        });
        await tickets.adjustWaiting(tx, moved, +1);
        const event = await emitTicketEvent(core, tx, 'queue.ticket_transferred', moved, {
          serviceIds: [ticket.serviceId],
          alsoCount: session.serviceIds,
          counterId: session.counterId,
          payload: { fromServiceId: ticket.serviceId, toCounterId: toCounter?.id ?? null, outcome: ended },
        });
        return outcome(at, session, moved, null, waitingIn(event));
      });
    },

    /** Sets the current ticket aside (the citizen fetches a document); the counter is free again. */
    async park(actor: CounterActor, counterId: string, ticketId: string) {
      return withSession(actor, counterId, { needOpen: false }, async (tx, session, at) => {
        const ticket = await currentTicket(tx, session, ticketId, 'park');
        const parked = await update(tx, ticket, 'park', { status: 'parked' });
        const event = await emitTicketEvent(core, tx, 'queue.ticket_parked', parked, { alsoCount: session.serviceIds });
        return outcome(at, session, parked, null, waitingIn(event));
      });
    },

    /** Calls a parked ticket of this counter back to it. */
    async unpark(actor: CounterActor, counterId: string, ticketId: string) {
      return withSession(actor, counterId, { needOpen: true }, async (tx, session, at) => {
        await refuseWhenBusy(tx, session, at.counter.label);
        const ticket = await currentTicket(tx, session, ticketId, 'unpark');
        return markCalled(tx, session, at, ticket, 'unpark');
      });
    },

    async setBreak(actor: CounterActor, counterId: string, onBreak: boolean) {
      return changedCounters(
        await locate(counterId),
        withSession(actor, counterId, { needOpen: false }, async (tx, session, at) => {
          if (onBreak) await refuseWhenBusy(tx, session, at.counter.label);
          const next = await counters.setState(tx, session.id, onBreak ? 'break' : 'open', clock.now());
          await emitCounter(tx, next, at);
          // No ticket is called while on a break, and a break starts only with none.
          return outcome(at, next, null, null);
        }),
      );
    },

    /** Closes the counter; its parked tickets go back to their line. */
    async close(actor: CounterActor, counterId: string) {
      return changedCounters(
        await locate(counterId),
        withSession(actor, counterId, { needOpen: false }, async (tx, session, at) => {
          await refuseWhenBusy(tx, session, at.counter.label);
          for (const parked of await tickets.listParked(tx, counterId)) {
            const back = await tickets.updateTicket(
              tx,
              parked.id,
              ['parked'],
              { status: 'waiting', counterId: null },
              clock.now(),
            );
            if (back) {
              await tickets.adjustWaiting(tx, back, +1);
              await emitTicketEvent(core, tx, 'queue.ticket_unparked', back, { counterId });
            }
          }
          const closed = await counters.setState(tx, session.id, 'closed', clock.now());
          await emitCounter(tx, closed, at);
          return outcome(at, closed, null, null);
        }),
      );
    },
  };
}

export type QueueCounterService = ReturnType<typeof createQueueCounterService>;
