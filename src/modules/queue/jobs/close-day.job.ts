import { serviceDayOf } from '../../../domain/time/index.js';
import type { QueueCore } from '../queue.core.js';
import { emitTicketEvent } from '../queue.core.js';
import type { QueueViewsService } from '../queue-views.service.js';

/**
 * Day close (issue 4, point 10): when an MPP's service day is over (local midnight in its zone),
 * its open tickets end with `ended_by_day_close`, its counters close, phone numbers kept for
 * "your turn is near" are erased, and the day's KPI figures are frozen. Idempotent: running it
 * twice, or on two nodes at once, closes each ticket once (row locks) and freezes each day once.
 */
export function createCloseDayJob(core: QueueCore, views: QueueViewsService) {
  const { db, clock, places, tickets, counters, kpi } = core;

  async function closeMpp(mppId: string): Promise<{ ended: number; days: string[] }> {
    const facts = await places.find(mppId);
    if (!facts) return { ended: 0, days: [] };
    const today = serviceDayOf(clock.now(), facts.place.timeZone);
    return db.transaction(async (tx) => {
      const open = await tickets.lockOpenBefore(tx, mppId, today);
      const now = clock.now();
      for (const ticket of open) {
        const ended = await tickets.updateTicket(
          tx,
          ticket.id,
          [ticket.status],
          { status: 'done', outcome: 'ended_by_day_close', finishedAt: now },
          now,
        );
        // A no-show's visit has ended already; every other open visit ends now.
        if (ended && ticket.status !== 'no_show') await counters.endVisit(tx, ticket.id, 'ended_by_day_close', now);
      }
      await tickets.zeroWaitingBefore(tx, mppId, today);
      const stale = (await counters.listActiveSessions(tx, mppId)).filter(
        (s) => serviceDayOf(s.openedAt, facts.place.timeZone) < today,
      );
      if (stale.length > 0) await counters.closeAll(tx, mppId, now);
      await tickets.erasePhonesBefore(tx, mppId, today);
      const days = [...new Set(open.map((t) => t.serviceDay))].sort();
      for (const day of days) {
        await kpi.freezeDay(tx, {
          mppId,
          day,
          at: now,
          ended: open.filter((t) => t.serviceDay === day).length,
          figures: await views.dayFigures(facts, day, tx),
        });
      }
      const last = open.at(-1);
      if (last) await emitTicketEvent(core, tx, 'queue.day_closed', { ...last, status: 'done' }, { payload: { days } });
      return { ended: open.length, days };
    });
  }

  return {
    id: 'queue.close-day',
    closeMpp,
    /** One pass over every MPP with tickets still open from an earlier service day. */
    async runOnce(): Promise<number> {
      const oldest = new Map<string, string>();
      for (const { mppId, oldestDay } of await tickets.mppsWithOpenTickets(db)) oldest.set(mppId, oldestDay);
      const sessions = await counters.listAllActiveSessions(db);
      let ended = 0;
      for (const mppId of new Set([...oldest.keys(), ...sessions.map((s) => s.mppId)])) {
        const facts = await places.find(mppId);
        if (!facts) continue;
        const today = serviceDayOf(clock.now(), facts.place.timeZone);
        const staleTickets = (oldest.get(mppId) ?? today) < today;
        const staleCounters = sessions.some(
          (s) => s.mppId === mppId && serviceDayOf(s.openedAt, facts.place.timeZone) < today,
        );
        if (staleTickets || staleCounters) ended += (await closeMpp(mppId)).ended;
      }
      return ended;
    },
  };
}

export type CloseDayJob = ReturnType<typeof createCloseDayJob>;
