import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCalendarCorrections,
  CUTI_BERSAMA_2026,
  nationalHolidaysFromDateHolidays,
  SKB_2026_CORRECTIONS,
} from './holidays.js';
import { addDays, compareLocalDates, isoWeekday, type LocalDate, parseLocalDate } from './local-date.js';
import {
  addWorkingDays,
  type CalendarDayKind,
  type CalendarEntry,
  countWorkingDaysBetween,
  createWorkingCalendar,
  isWorkingDay,
  nextWorkingDay,
  whyNotWorking,
} from './working-calendar.js';

const BASE = parseLocalDate('2026-01-01');
const d = (s: string) => parseLocalDate(s);
const dayArb = fc.integer({ min: 0, max: 400 }).map((n) => addDays(BASE, n));
const kindArb = fc.constantFrom<CalendarDayKind>('national_holiday', 'cuti_bersama', 'local_holiday', 'closure');
const entryArb = fc.record({ date: dayArb, kind: kindArb, name: fc.constant('Libur') });
const calendarArb = fc
  .record({
    workingWeekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    entries: fc.array(entryArb, { maxLength: 60 }),
    extraWorkingDates: fc.array(dayArb, { maxLength: 10 }),
    countsCutiBersamaAsWorking: fc.boolean(),
  })
  .map(createWorkingCalendar);

function skb2026Calendar(options: { countsCutiBersamaAsWorking?: boolean; workingWeekdays?: number[] } = {}) {
  const holidays = applyCalendarCorrections(nationalHolidaysFromDateHolidays(2026), SKB_2026_CORRECTIONS);
  return createWorkingCalendar({ entries: [...holidays, ...CUTI_BERSAMA_2026], ...options });
}

describe('working calendar', () => {
  it('works Monday to Friday by default (Perpres 21/2023 Pasal 3)', () => {
    const cal = createWorkingCalendar({ entries: [] });
    expect(isWorkingDay(d('2026-11-27'), cal)).toBe(true);
    expect(whyNotWorking(d('2026-11-28'), cal)).toBe('weekend');
    expect(whyNotWorking(d('2026-11-29'), cal)).toBe('weekend');
  });

  it('counts Saturday as a working day for an MPP that opens on Saturday', () => {
    const cal = createWorkingCalendar({ workingWeekdays: [1, 2, 3, 4, 5, 6], entries: [] });
    expect(isWorkingDay(d('2026-11-28'), cal)).toBe(true);
    expect(nextWorkingDay(d('2026-11-27'), cal)).toBe('2026-11-28');
    expect(addWorkingDays(d('2026-11-27'), 2, cal)).toBe('2026-11-30');
  });

  it('explains a non-working day with its calendar entry', () => {
    const closure: CalendarEntry = {
      date: d('2026-11-26'),
      kind: 'closure',
      name: 'Listrik padam',
    };
    const cal = createWorkingCalendar({ entries: [closure] });
    expect(whyNotWorking(d('2026-11-26'), cal)).toEqual(closure);
    expect(whyNotWorking(d('2026-11-25'), cal)).toBeUndefined();
  });

  it('treats cuti bersama as non-working by default and as working when the unit chooses so', () => {
    expect(isWorkingDay(d('2026-12-24'), skb2026Calendar())).toBe(false);
    expect(isWorkingDay(d('2026-12-24'), skb2026Calendar({ countsCutiBersamaAsWorking: true }))).toBe(true);
  });

  it('keeps a date closed when it is both cuti bersama and a local holiday, even for units working cuti bersama', () => {
    const cal = createWorkingCalendar({
      entries: [
        { date: d('2026-05-15'), kind: 'cuti_bersama', name: 'Cuti Bersama' },
        { date: d('2026-05-15'), kind: 'local_holiday', name: 'Hari Jadi Kota' },
      ],
      countsCutiBersamaAsWorking: true,
    });
    expect(whyNotWorking(d('2026-05-15'), cal)).toMatchObject({ kind: 'local_holiday' });
  });

  it('lets an admin declare a Saturday or a holiday working', () => {
    const cal = createWorkingCalendar({
      entries: [{ date: d('2026-12-25'), kind: 'national_holiday', name: 'Hari Raya Natal' }],
      extraWorkingDates: [d('2026-11-28'), d('2026-12-25')],
    });
    expect(isWorkingDay(d('2026-11-28'), cal)).toBe(true);
    expect(isWorkingDay(d('2026-12-25'), cal)).toBe(true);
    expect(nextWorkingDay(d('2026-11-27'), cal)).toBe('2026-11-28');
  });

  it('rejects a calendar without working weekdays or with a weekday outside 1..7', () => {
    expect(() => createWorkingCalendar({ workingWeekdays: [], entries: [] })).toThrow(RangeError);
    expect(() => createWorkingCalendar({ workingWeekdays: [0, 1], entries: [] })).toThrow(RangeError);
  });

  it('returns the day itself for zero working days when it is a working day, else the next one', () => {
    const cal = skb2026Calendar();
    expect(addWorkingDays(d('2026-03-25'), 0, cal)).toBe('2026-03-25');
    expect(addWorkingDays(d('2026-03-18'), 0, cal)).toBe('2026-03-25');
    expect(() => addWorkingDays(d('2026-03-25'), -1, cal)).toThrow(RangeError);
  });

  it('lands 5 working days after Wed 2026-03-18 on Tue 2026-03-31, skipping Nyepi, Idul Fitri, cuti bersama 20/23/24 Mar and two weekends', () => {
    // 19 Nyepi, 20 cuti, 21-22 Idul Fitri (weekend), 23-24 cuti; then 25, 26, 27, 30, 31.
    expect(addWorkingDays(d('2026-03-18'), 5, skb2026Calendar())).toBe('2026-03-31');
  });

  it('lands 5 working days after Wed 2026-03-18 on Thu 2026-03-26 for a unit that works cuti bersama', () => {
    // 19 Nyepi is still a holiday; 20, 23, 24, 25, 26 are working.
    expect(addWorkingDays(d('2026-03-18'), 5, skb2026Calendar({ countsCutiBersamaAsWorking: true }))).toBe(
      '2026-03-26',
    );
  });

  it('counts 3 working days from Mon 2026-12-21 to Mon 2026-12-28 around Christmas and its cuti bersama', () => {
    // 22 Tue, 23 Wed working; 24 cuti bersama; 25 Natal; 26-27 weekend; 28 Mon working.
    expect(countWorkingDaysBetween(d('2026-12-21'), d('2026-12-28'), skb2026Calendar())).toBe(3);
  });

  it('returns a working day for any positive number of working days', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 40 }), calendarArb, (day, n, cal) => {
        expect(isWorkingDay(addWorkingDays(day, n, cal), cal)).toBe(true);
      }),
    );
  });

  it('counts back exactly n working days between a day and n working days later', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 40 }), calendarArb, (day, n, cal) => {
        expect(countWorkingDaysBetween(day, addWorkingDays(day, n, cal), cal)).toBe(n);
      }),
    );
  });

  it('never moves earlier as the number of working days grows, and moves strictly later from one working day on', () => {
    // From a non-working day, 0 and 1 working days both give the next working day.
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 10 }),
        calendarArb,
        (day, n, k, cal) => {
          const order = compareLocalDates(addWorkingDays(day, n, cal), addWorkingDays(day, n + k, cal));
          if (n >= 1 || isWorkingDay(day, cal)) expect(order).toBeLessThan(0);
          else expect(order).toBeLessThanOrEqual(0);
        },
      ),
    );
  });

  it('never returns a holiday, cuti bersama, closure or non-working weekday unless an admin declared it working', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 40 }), calendarArb, (day, n, cal) => {
        const result = addWorkingDays(day, n, cal);
        if (cal.extraWorkingDates.has(result)) return;
        expect(cal.workingWeekdays.has(isoWeekday(result))).toBe(true);
        const entry = cal.nonWorkingDates.get(result);
        if (entry !== undefined) {
          expect(entry.kind).toBe('cuti_bersama');
          expect(cal.countsCutiBersamaAsWorking).toBe(true);
        }
      }),
    );
  });

  it('skips no working day: every day strictly between a day and its next working day is non-working', () => {
    fc.assert(
      fc.property(dayArb, calendarArb, (day, cal) => {
        const next = nextWorkingDay(day, cal);
        expect(compareLocalDates(day, next)).toBeLessThan(0);
        for (let between: LocalDate = addDays(day, 1); between !== next; between = addDays(between, 1)) {
          expect(isWorkingDay(between, cal)).toBe(false);
        }
      }),
    );
  });

  it('makes every extra working date a working day, whatever its weekday or entries', () => {
    fc.assert(
      fc.property(calendarArb, (cal) => {
        for (const day of cal.extraWorkingDates) expect(whyNotWorking(day, cal)).toBeUndefined();
      }),
    );
  });

  it('counts zero working days when the end is not after the start', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 30 }), calendarArb, (day, back, cal) => {
        expect(countWorkingDaysBetween(day, addDays(day, -back), cal)).toBe(0);
      }),
    );
  });
});
