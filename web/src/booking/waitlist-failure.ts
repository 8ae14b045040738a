import { ApiError } from '../api/client.js';
import { type BookingFailure, readBookingFailure } from './booking-failure.js';

/**
 * A refused waitlist step, read for what the page does next: a day that has a seat again is
 * booked directly (its slots are read again), a second join shows the place already held, an
 * offer that lapsed says so; the rest is read as a refused booking (NIK, one a day, sign in).
 */
export type WaitlistFailure =
  | { kind: 'has_seats' }
  | { kind: 'already_waiting' }
  | { kind: 'offer_gone' }
  | Exclude<BookingFailure, { kind: 'full' }>;

export function readWaitlistFailure(error: unknown): WaitlistFailure {
  if (error instanceof ApiError) {
    switch (error.problem.code) {
      case 'booking.day_has_seats':
        return { kind: 'has_seats' };
      case 'booking.already_waiting':
        return { kind: 'already_waiting' };
      case 'booking.offer_gone':
        return { kind: 'offer_gone' };
    }
  }
  const failure = readBookingFailure(error);
  // A waitlist step names no slot, so "slot full" is not one of its answers.
  return failure.kind === 'full' ? { kind: 'other', message: undefined } : failure;
}
