import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { readWaitlistFailure } from './waitlist-failure.js';

function problem(status: number, code: string) {
  return new ApiError({ type: `urn:satupintu:problem:${code}`, title: 'T', status, detail: 'D', code });
}

describe('readWaitlistFailure', () => {
  it('sends a day with a seat again back to its slots', () => {
    expect(readWaitlistFailure(problem(409, 'booking.day_has_seats'))).toEqual({ kind: 'has_seats' });
  });

  it('tells a second join and a lapsed offer apart from other conflicts', () => {
    expect(readWaitlistFailure(problem(409, 'booking.already_waiting'))).toEqual({ kind: 'already_waiting' });
    expect(readWaitlistFailure(problem(409, 'booking.offer_gone'))).toEqual({ kind: 'offer_gone' });
  });

  it('reads the refusals it shares with booking as booking does', () => {
    expect(readWaitlistFailure(problem(409, 'booking.one_per_day'))).toEqual({ kind: 'has_booking', message: 'D' });
    expect(readWaitlistFailure(problem(403, 'booking.nik_required'))).toEqual({ kind: 'nik_required', message: 'D' });
    expect(readWaitlistFailure(problem(401, 'platform.unauthenticated'))).toEqual({ kind: 'signed_out' });
    expect(readWaitlistFailure(problem(422, 'booking.slot_closed'))).toEqual({ kind: 'other', message: 'D' });
  });
});
