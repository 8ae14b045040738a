import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, at, getJson } from '../api/client.js';
import type { StreamStatus } from '../api/event-stream.js';
import type { Board, CalledEvent, TicketEvent } from '../api/queue-types.js';
import { useEventStream } from '../hooks/useEventStream.js';
import { serverOffsetMs, syncServerClock } from '../queue/server-clock.js';
import { applyCall, applyWaiting, isFreshCall } from './board-state.js';

const RETRY_MS = 10_000;

export type BoardState =
  | { status: 'loading' }
  | { status: 'not_found' }
  | { status: 'error' }
  | { status: 'ready'; board: Board; stream: StreamStatus; latestFlash: string | null };

const TICKET_EVENTS = [
  'queue.ticket_issued',
  'queue.ticket_started',
  'queue.ticket_finished',
  'queue.ticket_no_show',
  'queue.ticket_transferred',
  'queue.ticket_parked',
  'queue.ticket_unparked',
  'queue.ticket_recycled',
  'queue.ticket_cancelled',
  'queue.ticket_late',
] as const;

/**
 * The board's data: GET /board once, then the MPP's event stream from the board's
 * `lastEventId`. Each fresh call is handed to `onCall` (the announcer). When the stream had to
 * be made anew, the board is read again so the waiting counts are right.
 */
export function useBoard(mppRef: string, onCall: (call: CalledEvent) => void): BoardState {
  const [board, setBoard] = useState<Board | null>(null);
  const [failure, setFailure] = useState<'not_found' | 'error' | null>(null);
  const base = `/api/v1/queue/mpps/${at(mppRef)}`;

  const load = useCallback(async () => {
    try {
      const fresh = await getJson<Board>(`${base}/board`);
      syncServerClock(fresh.mpp.localNow);
      setBoard((current) => (current ? mergeBoards(current, fresh) : fresh));
      setFailure(null);
    } catch (error) {
      setFailure(error instanceof ApiError && error.status === 404 ? 'not_found' : 'error');
    }
  }, [base]);

  useEffect(() => {
    void load();
  }, [load]);

  // The first load failed (server away): try again until it answers.
  useEffect(() => {
    if (board || failure !== 'error') return;
    const timer = setTimeout(() => void load(), RETRY_MS);
    return () => clearTimeout(timer);
  }, [board, failure, load]);

  const onCallRef = useRef(onCall);
  onCallRef.current = onCall;

  const handlers: Record<string, (data: unknown) => void> = {
    'queue.ticket_called': (data) => {
      const call = data as CalledEvent;
      setBoard((current) => (current ? applyCall(current, call) : current));
      if (isFreshCall(call.calledAt, Date.now(), serverOffsetMs())) onCallRef.current(call);
    },
  };
  // Too much was missed to replay (a long outage): read the whole board again.
  handlers.reset = () => void load();
  for (const type of TICKET_EVENTS) {
    handlers[type] = (data) => {
      const event = data as TicketEvent;
      setBoard((current) => (current ? applyWaiting(current, event.waiting) : current));
    };
  }

  const stream = useEventStream(board ? `${base}/events` : null, handlers, {
    ...(board?.lastEventId ? { lastEventId: board.lastEventId } : {}),
    onRecreated: () => void load(),
  });

  if (!board) {
    if (failure === 'not_found') return { status: 'not_found' };
    return failure === 'error' ? { status: 'error' } : { status: 'loading' };
  }
  return { status: 'ready', board, stream, latestFlash: board.calls[0]?.eventId ?? null };
}

/** A re-read board keeps calls the stream already brought that the answer may not list yet. */
function mergeBoards(current: Board, fresh: Board): Board {
  const ids = new Set(fresh.calls.map((c) => c.eventId));
  const extra = current.calls.filter((c) => !ids.has(c.eventId) && !fresh.calls.some((f) => f.ticketId === c.ticketId));
  const calls = [...fresh.calls, ...extra].sort((a, b) => Date.parse(b.calledAt) - Date.parse(a.calledAt)).slice(0, 10);
  return { ...fresh, calls };
}
