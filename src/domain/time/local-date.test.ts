import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareLocalDates,
  daysBetween,
  isLocalDate,
  isoWeekday,
  type LocalDate,
  parseLocalDate,
} from './local-date.js';

const EPOCH = parseLocalDate('2000-01-01');
const localDateArb = fc.integer({ min: 0, max: 100 * 366 }).map((n) => addDays(EPOCH, n));

describe('LocalDate', () => {
  it('parses an existing date and returns it unchanged', () => {
    expect(parseLocalDate('2026-11-27')).toBe('2026-11-27');
    expect(parseLocalDate('2024-02-29')).toBe('2024-02-29');
  });

  it('rejects dates that do not exist, such as 30 February or 29 February in a common year', () => {
    expect(() => parseLocalDate('2026-02-30')).toThrow(RangeError);
    expect(() => parseLocalDate('2026-02-29')).toThrow(RangeError);
    expect(() => parseLocalDate('2026-13-01')).toThrow(RangeError);
    expect(() => parseLocalDate('2026-00-10')).toThrow(RangeError);
  });

  it('rejects strings that are not in YYYY-MM-DD form', () => {
    for (const bad of ['2026-1-05', '26-01-05', '2026/01/05', '2026-01-05T00:00', '', ' 2026-01-05']) {
      expect(isLocalDate(bad)).toBe(false);
    }
  });

  it('gives ISO weekdays with Monday as 1 and Sunday as 7', () => {
    expect(isoWeekday(parseLocalDate('2026-11-23'))).toBe(1);
    expect(isoWeekday(parseLocalDate('2026-11-27'))).toBe(5);
    expect(isoWeekday(parseLocalDate('2026-11-29'))).toBe(7);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays(parseLocalDate('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(parseLocalDate('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(parseLocalDate('2026-03-01'), -1)).toBe('2026-02-28');
  });

  it('advances the weekday by one for each day added', () => {
    fc.assert(
      fc.property(localDateArb, fc.integer({ min: -1000, max: 1000 }), (date, n) => {
        const expected = ((((isoWeekday(date) - 1 + n) % 7) + 7) % 7) + 1;
        expect(isoWeekday(addDays(date, n))).toBe(expected);
      }),
    );
  });

  it('undoes adding days by subtracting them, and counts them back with daysBetween', () => {
    fc.assert(
      fc.property(localDateArb, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const moved = addDays(date, n);
        expect(isLocalDate(moved)).toBe(true);
        expect(addDays(moved, -n)).toBe(date);
        expect(daysBetween(date, moved)).toBe(n);
      }),
    );
  });

  it('orders dates by the sign of the days between them', () => {
    fc.assert(
      fc.property(localDateArb, localDateArb, (a: LocalDate, b: LocalDate) => {
        expect(Math.sign(compareLocalDates(a, b))).toBe(Math.sign(daysBetween(b, a)));
      }),
    );
  });
});
