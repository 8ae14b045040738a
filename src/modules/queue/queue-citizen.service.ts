import { ACTION_FROM } from '../../domain/queue/index.js';
import type { TicketRecord } from './queue-tickets.repository.js';
import { emitTicketEvent, type QueueCore, serviceSettingsOf } from './queue.core.js';
import { failQueue } from './queue.errors.js';
import { staleAction } from './queue-counter.service.js';

/** What the holder of a ticket can do from its page: cancel it, or say they are running late. */
export function createQueueCitizenService(core: QueueCore) {
  const { db, clock, places, tickets, counters } = core;

  return {
    /** Gives the place up; a waiting ticket leaves the line at once. */
    async cancel(ticketId: string): Promise<TicketRecord> {
      return db.transaction(async (tx) => {
        const ticket = await tickets.lockTicket(tx, ticketId);
        if (!ticket) throw failQueue('queue.ticket_not_found', { ref: ticketId });
        if (!ACTION_FROM.cancel.includes(ticket.status)) throw staleAction(ticket, 'cancel');
        const now = clock.now();
        const done = await tickets.updateTicket(
          tx,
          ticket.id,
          ACTION_FROM.cancel,
          { status: 'done', outcome: 'cancelled_by_citizen', finishedAt: now, counterId: null },
          now,
        );
        if (!done) throw staleAction(ticket, 'cancel');
        if (ticket.status === 'waiting') await tickets.adjustWaiting(tx, ticket, -1);
        await counters.endVisit(tx, ticket.id, 'cancelled_by_citizen', now);
        await emitTicketEvent(core, tx, 'queue.ticket_cancelled', done);
        return done;
      });
    },

    /**
     * "I am running late": the ticket moves to the back of its line now instead of being missed
     * when called. Once per ticket, while it waits.
     */
    async declareLate(ticketId: string): Promise<TicketRecord> {
      const peek = await tickets.findTicket(db, ticketId);
      if (!peek) throw failQueue('queue.ticket_not_found', { ref: ticketId });
      const facts = await places.get(peek.mppId);
      const serviceSettings = await serviceSettingsOf(core, facts, peek.serviceId);
      return db.transaction(async (tx) => {
        const ticket = await tickets.lockTicket(tx, ticketId);
        if (!ticket) throw failQueue('queue.ticket_not_found', { ref: ticketId });
        if (ticket.status !== 'waiting' || ticket.lateCount > 0)
          throw failQueue('queue.late_not_allowed', { ticket: ticket.displayNumber });
        const now = clock.now();
        const moved = await tickets.updateTicket(
          tx,
          ticket.id,
          ['waiting'],
          {
            orderAt: now,
            agedAt: new Date(now.getTime() + serviceSettings.targetWaitMinutes * 60_000),
            lateCount: ticket.lateCount + 1,
          },
          now,
        );
        if (!moved) throw staleAction(ticket, 'declare_late');
        await emitTicketEvent(core, tx, 'queue.ticket_late', moved);
        return moved;
      });
    },
  };
}

export type QueueCitizenService = ReturnType<typeof createQueueCitizenService>;
