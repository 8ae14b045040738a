import { useCallback, useEffect, useRef, useState } from 'react';
import type { Booking } from '../api/booking-types.js';
import { type BookingFailure, isSameAttemptOnRetry, readBookingFailure } from './booking-failure.js';
import { newIdempotencyKey } from './idempotency.js';

export type AttemptState =
  | { phase: 'idle' }
  | { phase: 'sending' }
  /** The server is busy: counting down to the one automatic retry. */
  | { phase: 'waiting'; secondsLeft: number }
  | { phase: 'failed'; failure: BookingFailure };

/**
 * One confirm button's attempts to book (or move) a slot. Each attempt has its own
 * Idempotency-Key, kept while no final answer came (the network failed, or the server said
 * "busy, retry after N s"), so retrying can never book twice. A busy answer is retried once by
 * itself after the wait the server asked for; a second one is shown with a button.
 */
export function useBookAttempt(send: (idempotencyKey: string) => Promise<Booking>, onDone: (booking: Booking) => void) {
  const [state, setState] = useState<AttemptState>({ phase: 'idle' });
  const key = useRef<string | null>(null);
  const isMounted = useRef(true);
  const latest = useRef({ send, onDone });
  latest.current = { send, onDone };

  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);

  const attempt = useCallback(async (isAutomaticRetry: boolean) => {
    key.current ??= newIdempotencyKey();
    setState({ phase: 'sending' });
    try {
      const booking = await latest.current.send(key.current);
      key.current = null;
      if (isMounted.current) latest.current.onDone(booking);
    } catch (error) {
      const failure = readBookingFailure(error);
      if (!isSameAttemptOnRetry(failure)) key.current = null;
      if (!isMounted.current) return;
      if (failure.kind === 'busy' && !isAutomaticRetry)
        setState({ phase: 'waiting', secondsLeft: failure.retryAfterSeconds });
      else setState({ phase: 'failed', failure });
    }
  }, []);

  const isWaiting = state.phase === 'waiting';
  useEffect(() => {
    if (!isWaiting) return;
    const timer = setInterval(() => {
      setState((current) => {
        if (current.phase !== 'waiting') return current;
        return { phase: 'waiting', secondsLeft: current.secondsLeft - 1 };
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [isWaiting]);

  const secondsLeft = state.phase === 'waiting' ? state.secondsLeft : null;
  useEffect(() => {
    if (secondsLeft !== null && secondsLeft <= 0) void attempt(true);
  }, [secondsLeft, attempt]);

  const start = useCallback(() => void attempt(false), [attempt]);
  return { state, start };
}
