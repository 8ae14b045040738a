import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { isSameAttemptOnRetry, readBookingFailure } from './booking-failure.js';

function problem(status: number, code: string, extra: Record<string, unknown> = {}, retryAfter?: number) {
  return new ApiError(
    { type: `urn:satupintu:problem:${code}`, title: 'T', status, detail: 'D', code, ...extra },
    retryAfter,
  );
}

describe('readBookingFailure', () => {
  it('offers the alternatives of a full slot', () => {
    const alternatives = [{ key: '2026-12-01T09:00' }];
    expect(readBookingFailure(problem(409, 'booking.slot_full', { alternatives }))).toEqual({
      kind: 'full',
      alternatives,
    });
    expect(readBookingFailure(problem(409, 'booking.slot_full'))).toEqual({ kind: 'full', alternatives: [] });
  });

  it('points to the profile when the NIK is not verified, in the server words', () => {
    expect(readBookingFailure(problem(403, 'booking.nik_required'))).toEqual({ kind: 'nik_required', message: 'D' });
  });

  it('keeps when a slot opens', () => {
    expect(readBookingFailure(problem(422, 'booking.not_yet_open', { opensAt: '2026-12-04T14:00:00+08:00' }))).toEqual({
      kind: 'not_yet_open',
      opensAt: '2026-12-04T14:00:00+08:00',
      message: 'D',
    });
  });

  it('waits as long as a 429 or 503 asks, at least a second', () => {
    expect(readBookingFailure(problem(503, 'booking.busy', {}, 1))).toEqual({
      kind: 'busy',
      retryAfterSeconds: 1,
      message: 'D',
    });
    expect(readBookingFailure(problem(429, 'booking.too_many_attempts', {}, 0))).toMatchObject({
      kind: 'busy',
      retryAfterSeconds: 1,
    });
    expect(readBookingFailure(problem(429, 'booking.too_many_attempts', {}, 37))).toMatchObject({
      retryAfterSeconds: 37,
    });
  });

  it('treats a first request still running as busy for a second', () => {
    expect(readBookingFailure(problem(409, 'booking.idempotency_in_flight'))).toMatchObject({
      kind: 'busy',
      retryAfterSeconds: 1,
    });
  });

  it('sends an ended session to sign in, and tells a lost connection apart', () => {
    expect(readBookingFailure(problem(401, 'platform.unauthenticated'))).toEqual({ kind: 'signed_out' });
    expect(readBookingFailure(new ApiError({ type: 'about:blank', title: 'Network error', status: 0 }))).toEqual({
      kind: 'network',
    });
  });

  it('shows any other refusal in the server words', () => {
    expect(readBookingFailure(problem(409, 'booking.one_per_day'))).toEqual({ kind: 'has_booking', message: 'D' });
    expect(readBookingFailure(problem(422, 'booking.slot_closed'))).toEqual({ kind: 'other', message: 'D' });
    expect(readBookingFailure(new Error('boom'))).toEqual({ kind: 'other', message: undefined });
  });
});

describe('isSameAttemptOnRetry', () => {
  it('keeps the Idempotency-Key only while no final answer came', () => {
    expect(isSameAttemptOnRetry({ kind: 'network' })).toBe(true);
    expect(isSameAttemptOnRetry({ kind: 'busy', retryAfterSeconds: 1, message: '' })).toBe(true);
    expect(isSameAttemptOnRetry({ kind: 'full', alternatives: [] })).toBe(false);
    expect(isSameAttemptOnRetry({ kind: 'other', message: undefined })).toBe(false);
  });
});
