import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clockText,
  datesFrom,
  localDateOf,
  localTimeOf,
  mondayOf,
  shiftDate,
  weekdayKeyOf,
  weekdayOf,
} from './booking-dates.js';

const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('localDateOf and localTimeOf', () => {
  it('read the MPP wall clock from localNow, not the UTC instant', () => {
    expect(localDateOf('2026-12-01T00:30:00+08:00')).toBe('2026-12-01');
    expect(localTimeOf('2026-12-01T00:30:00+08:00')).toBe('00:30');
  });
});

describe('shiftDate', () => {
  it('crosses months and years', () => {
    expect(shiftDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('leaves a malformed date as it came', () => {
    expect(shiftDate('kemarin', 1)).toBe('kemarin');
  });

  it('moving forward then back returns the same date', () => {
    fc.assert(fc.property(day, fc.integer({ min: -400, max: 400 }), (d, n) => shiftDate(shiftDate(d, n), -n) === d));
  });
});

describe('mondayOf', () => {
  it('is the Monday of the same ISO week (Sunday belongs to the week before)', () => {
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
  });

  it('is a Monday at most six days earlier', () => {
    fc.assert(
      fc.property(day, (d) => {
        const monday = mondayOf(d);
        return weekdayOf(monday) === 'mon' && monday <= d && shiftDate(monday, 6) >= d;
      }),
    );
  });
});

describe('datesFrom', () => {
  it('lists consecutive dates', () => {
    expect(datesFrom('2026-11-29', 3)).toEqual(['2026-11-29', '2026-11-30', '2026-12-01']);
  });

  it('lists nothing for a malformed start', () => {
    expect(datesFrom('2026-02-30', 3)).toEqual([]);
  });
});

describe('weekdayKeyOf', () => {
  it('maps ISO weekdays to the shared weekday words, Monday first', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(weekdayKeyOf)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  });
});

describe('clockText', () => {
  it('writes a time with a dot in Bahasa Indonesia and a colon in English', () => {
    expect(clockText('14:00', 'id')).toBe('14.00');
    expect(clockText('14:00', 'en')).toBe('14:00');
  });
});
