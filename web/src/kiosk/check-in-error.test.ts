import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { readCheckInRefusal } from './check-in-error.js';

const now = new Date('2026-11-30T09:30:00+08:00');
const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  new ApiError({ type: 'x', title: 'T', status, detail: 'D', code, ...extra });

describe('readCheckInRefusal', () => {
  const window = { from: '2026-11-30T10:30:00+08:00', to: '2026-11-30T11:15:00+08:00' };

  it('tells too early from too late by the window', () => {
    expect(readCheckInRefusal(problem(422, 'booking.check_in_window', { window }), now)).toEqual({
      kind: 'too_early',
      ...window,
    });
    const later = new Date('2026-11-30T12:00:00+08:00');
    expect(readCheckInRefusal(problem(422, 'booking.check_in_window', { window }), later).kind).toBe('too_late');
  });

  it('names an unknown code, a used one, a malformed one and a lost connection', () => {
    expect(readCheckInRefusal(problem(404, 'booking.not_found'), now)).toEqual({ kind: 'not_found' });
    expect(readCheckInRefusal(problem(409, 'booking.stale'), now)).toEqual({ kind: 'used', message: 'D' });
    expect(readCheckInRefusal(problem(400, 'platform.validation_failed'), now)).toEqual({ kind: 'invalid' });
    expect(readCheckInRefusal(new ApiError({ type: 'about:blank', title: 'x', status: 0 }), now)).toEqual({
      kind: 'network',
    });
  });

  it('keeps the server words for anything else', () => {
    expect(readCheckInRefusal(problem(500, 'platform.internal'), now)).toEqual({ kind: 'other', message: 'D' });
  });
});
