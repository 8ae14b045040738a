import { ApiError } from '../api/client.js';
import type { BookingProblem, Slot } from '../api/booking-types.js';

/**
 * A refused booking (or move), read for what the page does next: offer the free slots of a
 * full one, point to the profile for a NIK, wait and retry when the server is busy, or sign in
 * again. Anything else is shown with the server's own words (already in the page's language).
 */
export type BookingFailure =
  | { kind: 'full'; alternatives: Slot[] }
  | { kind: 'nik_required'; message: string }
  | { kind: 'not_yet_open'; opensAt: string | null; message: string }
  | { kind: 'busy'; retryAfterSeconds: number; message: string }
  | { kind: 'has_booking'; message: string }
  | { kind: 'signed_out' }
  | { kind: 'network' }
  | { kind: 'other'; message: string | undefined };

export function readBookingFailure(error: unknown): BookingFailure {
  if (!(error instanceof ApiError)) return { kind: 'other', message: undefined };
  const problem = error.problem as BookingProblem;
  const message = problem.detail ?? problem.title;
  if (error.status === 0) return { kind: 'network' };
  if (error.status === 401) return { kind: 'signed_out' };
  switch (problem.code) {
    case 'booking.slot_full':
      return { kind: 'full', alternatives: problem.alternatives ?? [] };
    case 'booking.nik_required':
      return { kind: 'nik_required', message };
    case 'booking.not_yet_open':
      return { kind: 'not_yet_open', opensAt: problem.opensAt ?? null, message };
    case 'booking.one_per_day':
    case 'booking.weekly_limit':
      return { kind: 'has_booking', message };
    // The first request with this key is still running: its answer comes on a retry a moment later.
    case 'booking.idempotency_in_flight':
      return { kind: 'busy', retryAfterSeconds: 1, message };
  }
  if ((error.status === 429 || error.status === 503) && error.retryAfterSeconds !== undefined) {
    return { kind: 'busy', retryAfterSeconds: Math.max(1, error.retryAfterSeconds), message };
  }
  return { kind: 'other', message };
}

/**
 * Whether a retry is the same attempt (keep its Idempotency-Key): when no answer came, or the
 * server asked to wait. Any other answer is final, and the next try is a new attempt.
 */
export function isSameAttemptOnRetry(failure: BookingFailure): boolean {
  return failure.kind === 'network' || failure.kind === 'busy';
}
