import { ApiError } from '../api/client.js';
import type { BookingProblem } from '../api/booking-types.js';

/**
 * Why a code did not check in, for the words on the kiosk: unknown here, outside its window
 * (too early, or past: with the window), already used or cancelled, not a code at all, or the
 * server out of reach. The server's own sentence is kept for anything else.
 */
export type CheckInRefusal =
  | { kind: 'not_found' }
  | { kind: 'too_early'; from: string; to: string }
  | { kind: 'too_late'; from: string; to: string }
  | { kind: 'used'; message: string }
  | { kind: 'invalid' }
  | { kind: 'network' }
  | { kind: 'other'; message: string | undefined };

export function readCheckInRefusal(error: unknown, now: Date): CheckInRefusal {
  if (!(error instanceof ApiError)) return { kind: 'other', message: undefined };
  if (error.status === 0) return { kind: 'network' };
  const problem = error.problem as BookingProblem;
  switch (problem.code) {
    case 'booking.not_found':
      return { kind: 'not_found' };
    case 'booking.check_in_window': {
      if (!problem.window) return { kind: 'other', message: problem.detail };
      const isEarly = now.getTime() < Date.parse(problem.window.from);
      return { kind: isEarly ? 'too_early' : 'too_late', ...problem.window };
    }
    case 'booking.stale':
      return { kind: 'used', message: problem.detail ?? problem.title };
  }
  if (error.status === 400) return { kind: 'invalid' };
  return { kind: 'other', message: problem.detail };
}
