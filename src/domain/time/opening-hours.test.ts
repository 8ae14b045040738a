import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCalendarCorrections,
  CUTI_BERSAMA_2026,
  nationalHolidaysFromDateHolidays,
  SKB_2026_CORRECTIONS,
} from './holidays.js';
import { addDays, parseLocalDate } from './local-date.js';
import { currentPeriod, isOpenAt, nextOpening, type OpeningHours } from './opening-hours.js';
import { serviceDayOf, zonedDateTime } from './service-day.js';
import { type CalendarDayKind, createWorkingCalendar } from './working-calendar.js';
import { INDONESIAN_ZONES } from './zones.js';

type Period = { opens: string; closes: string };

function openingHours(days: Partial<OpeningHours>): OpeningHours {
  return { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [], ...days };
}

/** Mon-Fri 08:00-12:00 and 13:00-16:00, Saturday 08:00-12:00: a common MPP week. */
function mppWeek(): OpeningHours {
  const weekday: Period[] = [
    { opens: '08:00', closes: '12:00' },
    { opens: '13:00', closes: '16:00' },
  ];
  return openingHours({
    mon: weekday,
    tue: weekday,
    wed: weekday,
    thu: weekday,
    fri: weekday,
    sat: [{ opens: '08:00', closes: '12:00' }],
  });
}

function skb2026Calendar(countsCutiBersamaAsWorking = false) {
  const holidays = applyCalendarCorrections(nationalHolidaysFromDateHolidays(2026), SKB_2026_CORRECTIONS);
  return createWorkingCalendar({
    entries: [...holidays, ...CUTI_BERSAMA_2026],
    countsCutiBersamaAsWorking,
  });
}

const at = (iso: string) => new Date(iso);
const noEntries = createWorkingCalendar({ entries: [] });

describe('opening hours in the MPP zone', () => {
  it('opens a Jakarta MPP at 08:00 WIB (01:00Z) inclusive and is closed one second earlier', () => {
    expect(isOpenAt(at('2026-11-27T01:00:00Z'), 'Asia/Jakarta', mppWeek(), noEntries)).toBe(true);
    expect(isOpenAt(at('2026-11-27T00:59:59Z'), 'Asia/Jakarta', mppWeek(), noEntries)).toBe(false);
    expect(nextOpening(at('2026-11-27T00:59:59Z'), 'Asia/Jakarta', mppWeek(), noEntries)).toEqual(
      at('2026-11-27T01:00:00Z'),
    );
  });

  it('closes a Makassar MPP for lunch at 12:00 WITA (exclusive) and reopens at 13:00 WITA', () => {
    const hours = mppWeek();
    expect(currentPeriod(at('2026-11-27T03:59:00Z'), 'Asia/Makassar', hours, noEntries)).toEqual({
      date: '2026-11-27',
      opens: '08:00',
      closes: '12:00',
      start: at('2026-11-27T00:00:00Z'),
      end: at('2026-11-27T04:00:00Z'),
    });
    expect(isOpenAt(at('2026-11-27T04:00:00Z'), 'Asia/Makassar', hours, noEntries)).toBe(false);
    expect(nextOpening(at('2026-11-27T04:00:00Z'), 'Asia/Makassar', hours, noEntries)).toEqual(
      at('2026-11-27T05:00:00Z'),
    );
  });

  it('finds a Jayapura MPP closed at 16:00 WIT Friday, reopening Saturday 08:00 WIT while Jakarta is still open', () => {
    const instant = at('2026-11-27T07:00:00Z');
    expect(isOpenAt(instant, 'Asia/Jayapura', mppWeek(), noEntries)).toBe(false);
    expect(nextOpening(instant, 'Asia/Jayapura', mppWeek(), noEntries)).toEqual(at('2026-11-27T23:00:00Z'));
    expect(isOpenAt(instant, 'Asia/Jakarta', mppWeek(), noEntries)).toBe(true);
  });

  it('returns the instant itself as the next opening when the MPP is already open', () => {
    const instant = at('2026-11-27T02:34:56.789Z');
    expect(nextOpening(instant, 'Asia/Jakarta', mppWeek(), noEntries)).toBe(instant);
  });

  it('stays closed on cuti bersama and Christmas, reopening on Saturday 26 December 2026', () => {
    const cal = skb2026Calendar();
    const thursdayMorning = at('2026-12-24T02:00:00Z');
    expect(isOpenAt(thursdayMorning, 'Asia/Jakarta', mppWeek(), cal)).toBe(false);
    expect(isOpenAt(at('2026-12-25T02:00:00Z'), 'Asia/Jakarta', mppWeek(), cal)).toBe(false);
    expect(nextOpening(thursdayMorning, 'Asia/Jakarta', mppWeek(), cal)).toEqual(at('2026-12-26T01:00:00Z'));
  });

  it('opens on cuti bersama for a unit that works cuti bersama, but not on the national holiday', () => {
    const cal = skb2026Calendar(true);
    expect(isOpenAt(at('2026-12-24T02:00:00Z'), 'Asia/Jakarta', mppWeek(), cal)).toBe(true);
    expect(isOpenAt(at('2026-12-25T02:00:00Z'), 'Asia/Jakarta', mppWeek(), cal)).toBe(false);
  });

  it('reopens a weekday-only Jakarta MPP on Wed 25 March 2026 after Nyepi, Idul Fitri and cuti bersama', () => {
    const hours = mppWeek();
    const weekdaysOnly = { ...hours, sat: [] };
    expect(nextOpening(at('2026-03-18T02:00:00Z'), 'Asia/Jakarta', weekdaysOnly, skb2026Calendar())).toEqual(
      at('2026-03-25T01:00:00Z'),
    );
  });

  it('stays closed on a local closure date', () => {
    const cal = createWorkingCalendar({
      entries: [{ date: parseLocalDate('2026-11-27'), kind: 'closure', name: 'Renovasi' }],
    });
    expect(isOpenAt(at('2026-11-27T02:00:00Z'), 'Asia/Jakarta', mppWeek(), cal)).toBe(false);
    expect(nextOpening(at('2026-11-27T02:00:00Z'), 'Asia/Jakarta', mppWeek(), cal)).toEqual(at('2026-11-28T01:00:00Z'));
  });

  it('opens on a weekday with hours even when the SLA calendar does not count it as a working day', () => {
    // The calendar's working weekdays count SLA days; the opening hours decide when doors open.
    expect(isOpenAt(at('2026-11-28T02:00:00Z'), 'Asia/Jakarta', mppWeek(), noEntries)).toBe(true);
  });

  it('stays closed on an extra working date whose weekday has no opening hours', () => {
    const cal = createWorkingCalendar({
      entries: [],
      extraWorkingDates: [parseLocalDate('2026-11-29')],
    });
    expect(isOpenAt(at('2026-11-29T02:00:00Z'), 'Asia/Jakarta', mppWeek(), cal)).toBe(false);
  });

  it('finds no next opening when there are no opening hours at all', () => {
    expect(nextOpening(at('2026-11-27T02:00:00Z'), 'Asia/Jakarta', openingHours({}), noEntries)).toBeUndefined();
  });

  it('finds no next opening when every date of the next 370 days is closed', () => {
    const start = parseLocalDate('2026-11-27');
    const entries = Array.from({ length: 400 }, (_, i) => ({
      date: addDays(start, i),
      kind: 'closure' as const,
      name: 'Tutup',
    }));
    const cal = createWorkingCalendar({ entries });
    expect(nextOpening(at('2026-11-27T02:00:00Z'), 'Asia/Jakarta', mppWeek(), cal)).toBeUndefined();
  });
});

const minuteToHhMm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const periodArb = fc
  .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }))
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => ({ opens: minuteToHhMm(Math.min(a, b)), closes: minuteToHhMm(Math.max(a, b)) }));
const dayPeriodsArb = fc.array(periodArb, { maxLength: 3 });
const hoursArb = fc.record({
  mon: dayPeriodsArb,
  tue: dayPeriodsArb,
  wed: dayPeriodsArb,
  thu: dayPeriodsArb,
  fri: dayPeriodsArb,
  sat: dayPeriodsArb,
  sun: dayPeriodsArb,
});
const instantArb = fc.date({
  min: new Date('2026-01-01T00:00:00Z'),
  max: new Date('2027-06-30T00:00:00Z'),
  noInvalidDate: true,
});
const zoneArb = fc.constantFrom(...INDONESIAN_ZONES);
const calendarDayArb = fc.integer({ min: 0, max: 600 }).map((n) => addDays(parseLocalDate('2026-01-01'), n));
const calendarArb = (maxEntries: number) =>
  fc
    .record({
      entries: fc.array(
        fc.record({
          date: calendarDayArb,
          kind: fc.constantFrom<CalendarDayKind>('national_holiday', 'cuti_bersama', 'local_holiday', 'closure'),
          name: fc.constant('Libur'),
        }),
        { maxLength: maxEntries },
      ),
      extraWorkingDates: fc.array(calendarDayArb, { maxLength: 5 }),
      countsCutiBersamaAsWorking: fc.boolean(),
    })
    .map(createWorkingCalendar);

describe('opening hours properties', () => {
  it('returns a next opening that is open, with no sampled instant or period start between the start and it open', () => {
    fc.assert(
      fc.property(
        instantArb,
        zoneArb,
        hoursArb,
        calendarArb(60),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 }),
        (t, zone, hours, cal, fractions) => {
          const next = nextOpening(t, zone, hours, cal);
          if (next === undefined) return;
          expect(next.getTime()).toBeGreaterThanOrEqual(t.getTime());
          expect(isOpenAt(next, zone, hours, cal)).toBe(true);
          if (next.getTime() === t.getTime()) return;
          const gap = next.getTime() - t.getTime();
          const samples = [
            t.getTime(),
            next.getTime() - 1,
            ...fractions.map((f) => t.getTime() + Math.floor(f * (gap - 1))),
          ];
          // Random points alone rarely land in a short period, so also try every period start.
          for (let day = serviceDayOf(t, zone); day <= serviceDayOf(next, zone); day = addDays(day, 1)) {
            for (const periods of Object.values(hours)) {
              for (const period of periods) samples.push(zonedDateTime(day, period.opens, zone).getTime());
            }
          }
          for (const sample of samples.filter((s) => s >= t.getTime() && s < next.getTime())) {
            expect(isOpenAt(new Date(sample), zone, hours, cal)).toBe(false);
          }
        },
      ),
    );
  });

  it('is open exactly when the next opening is the instant itself', () => {
    fc.assert(
      fc.property(instantArb, zoneArb, hoursArb, calendarArb(60), (t, zone, hours, cal) => {
        expect(nextOpening(t, zone, hours, cal) === t).toBe(isOpenAt(t, zone, hours, cal));
      }),
    );
  });

  it('returns a current period that contains the instant and belongs to its service day', () => {
    fc.assert(
      fc.property(instantArb, zoneArb, hoursArb, calendarArb(60), (t, zone, hours, cal) => {
        const period = currentPeriod(t, zone, hours, cal);
        if (period === undefined) return;
        expect(period.start.getTime()).toBeLessThanOrEqual(t.getTime());
        expect(t.getTime()).toBeLessThan(period.end.getTime());
        expect(period.date).toBe(serviceDayOf(t, zone));
      }),
    );
  });

  it('always finds an opening when some weekday has hours and fewer dates are closed than there are weeks in a year', () => {
    const someHoursArb = hoursArb.filter((hours) => Object.values(hours).some((periods) => periods.length > 0));
    fc.assert(
      fc.property(instantArb, zoneArb, someHoursArb, calendarArb(40), (t, zone, hours, cal) => {
        expect(nextOpening(t, zone, hours, cal)).toBeInstanceOf(Date);
      }),
    );
  });
});
