import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayOf } from './booking-dates.js';
import {
  checkInWindowOf,
  durationParts,
  hhmmOf,
  lastBookableDate,
  minutesOfDay,
  nextWeeklyRelease,
  slotsInPeriods,
} from './schedule-rules.js';

describe('slotsInPeriods', () => {
  it('cuts each period into whole slots and leaves the remainder for walk-ins', () => {
    const periods = [
      { opens: '08:00', closes: '12:00' },
      { opens: '13:00', closes: '15:50' },
    ];
    expect(slotsInPeriods(periods, 15)).toBe(16 + 11);
    expect(slotsInPeriods(periods, 60)).toBe(4 + 2);
  });

  it('counts nothing for a slot length that is not a positive whole number, or a broken period', () => {
    expect(slotsInPeriods([{ opens: '08:00', closes: '12:00' }], 0)).toBe(0);
    expect(slotsInPeriods([{ opens: '08:00', closes: '12:00' }], Number.NaN)).toBe(0);
    expect(slotsInPeriods([{ opens: '12:00', closes: '08:00' }], 15)).toBe(0);
  });

  it('never holds more slot time than the periods last', () => {
    const time = fc.integer({ min: 0, max: 1439 }).map(hhmmOf);
    fc.assert(
      fc.property(time, time, fc.integer({ min: 5, max: 240 }), (a, b, slot) => {
        const [opens, closes] = a < b ? [a, b] : [b, a];
        const length = (minutesOfDay(closes) ?? 0) - (minutesOfDay(opens) ?? 0);
        const count = slotsInPeriods([{ opens, closes }], slot);
        return count * slot <= length && (count + 1) * slot > length;
      }),
    );
  });
});

describe('durationParts', () => {
  it('splits minutes into days, hours and minutes', () => {
    expect(durationParts(120)).toEqual({ days: 0, hours: 2, minutes: 0 });
    expect(durationParts(1530)).toEqual({ days: 1, hours: 1, minutes: 30 });
    expect(durationParts(45)).toEqual({ days: 0, hours: 0, minutes: 45 });
  });

  it('adds back up to the minutes it was given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const { days, hours, minutes } = durationParts(n);
        return days * 1440 + hours * 60 + minutes === n && hours < 24 && minutes < 60;
      }),
    );
  });
});

describe('checkInWindowOf', () => {
  it('opens before the start and closes after it', () => {
    expect(checkInWindowOf('09:00', 30, 15)).toEqual({ from: '08:30', to: '09:15' });
  });

  it('stays within the day', () => {
    expect(checkInWindowOf('00:10', 30, 15)).toEqual({ from: '00:00', to: '00:25' });
  });
});

describe('nextWeeklyRelease', () => {
  const friday14 = { kind: 'weekly', weekday: 5, at: '14:00' } as const;

  it('is this Friday at 14:00 for next week when asked on Monday', () => {
    expect(nextWeeklyRelease({ date: '2026-11-30', time: '09:30' }, friday14)).toEqual({
      date: '2026-12-04',
      weekFrom: '2026-12-07',
      weekTo: '2026-12-13',
    });
  });

  it('moves to the next Friday once this one has passed', () => {
    expect(nextWeeklyRelease({ date: '2026-12-04', time: '14:00' }, friday14).date).toBe('2026-12-11');
    expect(nextWeeklyRelease({ date: '2026-12-04', time: '13:59' }, friday14).date).toBe('2026-12-04');
    expect(nextWeeklyRelease({ date: '2026-12-05', time: '08:00' }, friday14).date).toBe('2026-12-11');
  });

  it('is always on the rule weekday, within a week, and opens the Monday-to-Sunday week after it', () => {
    const day = fc
      .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const time = fc.integer({ min: 0, max: 1439 }).map(hhmmOf);
    fc.assert(
      fc.property(day, time, fc.integer({ min: 1, max: 7 }), time, (date, now, weekday, at) => {
        const next = nextWeeklyRelease({ date, time: now }, { kind: 'weekly', weekday, at });
        const inWeek = next.date >= date && next.date <= lastBookableDate(date, 7);
        return (
          inWeek &&
          weekdayOf(next.date) === ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'][weekday - 1] &&
          weekdayOf(next.weekFrom) === 'mon' &&
          next.weekFrom > next.date &&
          lastBookableDate(next.weekFrom, 6) === next.weekTo
        );
      }),
    );
  });
});

describe('lastBookableDate', () => {
  it('counts today plus the window', () => {
    expect(lastBookableDate('2026-11-30', 14)).toBe('2026-12-14');
  });
});
