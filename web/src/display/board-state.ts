import type { Board, BoardCall, CalledEvent, WaitingCounts } from '../api/queue-types.js';

/**
 * What the board shows, kept up to date from the MPP's event stream. Pure, so the same events
 * delivered twice (delivery is at least once) or replayed after a reconnect change nothing.
 */

/** How many calls the history keeps (the board answer sends up to 10). */
export const HISTORY_SIZE = 10;

export function applyCall(board: Board, event: CalledEvent): Board {
  if (board.calls.some((call) => call.eventId === event.eventId)) return applyWaiting(board, event.waiting);
  const call: BoardCall = {
    eventId: event.eventId,
    ticketId: event.ticketId,
    displayNumber: event.displayNumber,
    counter: event.counter,
    serviceName: event.serviceName,
    calledAt: event.calledAt,
    isRecall: event.isRecall,
    announcement: event.announcement,
  };
  // A recall moves the ticket to the top rather than listing it twice.
  const calls = [call, ...board.calls.filter((c) => c.ticketId !== call.ticketId)]
    .sort((a, b) => Date.parse(b.calledAt) - Date.parse(a.calledAt))
    .slice(0, HISTORY_SIZE);
  return applyWaiting({ ...board, calls }, event.waiting);
}

export function applyWaiting(board: Board, waiting: WaitingCounts | undefined): Board {
  if (!waiting) return board;
  let isChanged = false;
  const services = board.services.map((service) => {
    const count = waiting[service.serviceId];
    if (count === undefined || count === service.waiting) return service;
    isChanged = true;
    return { ...service, waiting: count };
  });
  return isChanged ? { ...board, services } : board;
}

/**
 * Whether a call is recent enough to be spoken: calls replayed after a long outage are shown
 * but not announced. `serverOffsetMs` corrects the TV's clock by the server's.
 */
export function isFreshCall(calledAt: string, nowMs: number, serverOffsetMs: number, maxAgeMs = 120_000): boolean {
  const at = Date.parse(calledAt);
  if (Number.isNaN(at)) return false;
  return nowMs + serverOffsetMs - at <= maxAgeMs;
}
