import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDONESIAN_ZONES, parseLocalDate, serviceDayOf, zonedDateTime } from '../time/index.js';
import { blockedUntil, checkInAt } from './check-in.js';

const window = { earlyMinutes: 30, lateMinutes: 15 };

describe('checkInAt', () => {
  it('takes a citizen from 30 minutes before to 15 after, then as a walk-in that day, then never', () => {
    const date = parseLocalDate('2026-11-26');
    const start = zonedDateTime(date, '09:00', 'Asia/Makassar');
    const at = (hhmm: string, day = date) =>
      checkInAt({ date, start }, zonedDateTime(day, hhmm, 'Asia/Makassar'), window, 'Asia/Makassar');
    expect(at('08:29')).toEqual({ kind: 'too_early', opensAt: zonedDateTime(date, '08:30', 'Asia/Makassar') });
    expect(at('08:30')).toEqual({ kind: 'on_time' });
    expect(at('09:15')).toEqual({ kind: 'on_time' });
    expect(at('09:16')).toEqual({ kind: 'late' });
    expect(at('23:59')).toEqual({ kind: 'late' });
    expect(at('00:00', parseLocalDate('2026-11-27'))).toEqual({ kind: 'missed' });
  });

  it('is late, never missed, on the local day of the slot in every zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INDONESIAN_ZONES),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 24 * 60 * 2 }),
        (zone, startMinute, after) => {
          const date = parseLocalDate('2026-12-03');
          const hhmm = `${String(Math.floor(startMinute / 60) + 7).padStart(2, '0')}:${String(startMinute % 60).padStart(2, '0')}`;
          const start = zonedDateTime(date, hhmm, zone);
          const now = new Date(start.getTime() + after * 60_000);
          const answer = checkInAt({ date, start }, now, window, zone);
          if (after <= 15) expect(answer.kind).toBe('on_time');
          else expect(answer.kind).toBe(serviceDayOf(now, zone) === date ? 'late' : 'missed');
        },
      ),
    );
  });
});

describe('blockedUntil', () => {
  const now = new Date('2026-11-25T03:00:00Z');
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
  const rule = { limit: 3, blockDays: 30 };
  it('blocks after the third no-show within 90 days, for 30 days after the last', () => {
    expect(blockedUntil([daysAgo(50), daysAgo(20)], now, rule)).toBeUndefined();
    expect(blockedUntil([daysAgo(50), daysAgo(20), daysAgo(5)], now, rule)).toEqual(
      new Date(daysAgo(5).getTime() + 30 * 86_400_000),
    );
    // The oldest is more than 90 days back: two count.
    expect(blockedUntil([daysAgo(95), daysAgo(20), daysAgo(5)], now, rule)).toBeUndefined();
    // Blocked, but the 30 days after the last have passed.
    expect(blockedUntil([daysAgo(80), daysAgo(60), daysAgo(40)], now, rule)).toBeUndefined();
  });
});
