import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  INDONESIAN_ZONES,
  type IndonesianZone,
  localTimeOf,
  parseLocalDate,
  serviceDayOf,
  startOfServiceDay,
} from '../time/index.js';

/**
 * Queue numbers restart at 1 on each service day (numbering.ts), so the service day of the
 * instant a ticket is issued decides which series it joins. The general service-day rules are
 * tested in src/domain/time/service-day.test.ts; these are the cases numbering depends on.
 */

const SECOND = 1000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Offsets written out from Keppres 41/1987, not read from the code under test. */
const OFFSET = { 'Asia/Jakarta': '+07:00', 'Asia/Makassar': '+08:00', 'Asia/Jayapura': '+09:00' } as const;

const zoneArb = fc.constantFrom(...INDONESIAN_ZONES);
const instantArb = fc.date({
  min: new Date('1990-01-01T00:00:00Z'),
  max: new Date('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});
const dayArb = fc.integer({ min: 0, max: 36_000 }).map((n) => addDays(parseLocalDate('1990-01-01'), n));

/** The local calendar date as the platform's ICU sees it, independent of luxon. */
const intlDateFormats = new Map(
  INDONESIAN_ZONES.map((zone) => [
    zone,
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  ]),
);

function intlLocalDate(instant: Date, zone: IndonesianZone): string | undefined {
  return intlDateFormats.get(zone)?.format(instant);
}

function localWallClock(day: string, time: string, zone: IndonesianZone): Date {
  return new Date(`${day}T${time}${OFFSET[zone]}`);
}

describe('service day of a ticket', () => {
  it('is the local calendar date of the issuing instant in WIB, WITA and WIT', () => {
    fc.assert(
      fc.property(instantArb, zoneArb, (instant, zone) => {
        expect(serviceDayOf(instant, zone)).toBe(intlLocalDate(instant, zone));
      }),
    );
  });

  it('changes between 23:59:59 and 00:00:00 local time, so numbering restarts at midnight', () => {
    fc.assert(
      fc.property(dayArb, zoneArb, (day, zone) => {
        const lastSecond = localWallClock(day, '23:59:59', zone);
        const oneSecondLater = new Date(lastSecond.getTime() + SECOND);
        expect(serviceDayOf(lastSecond, zone)).toBe(day);
        expect(serviceDayOf(oneSecondLater, zone)).toBe(addDays(day, 1));
      }),
    );
  });

  it('stays the same from local midnight to 23:59:59, so one day never splits into two series', () => {
    fc.assert(
      fc.property(dayArb, zoneArb, fc.integer({ min: 0, max: DAY / SECOND - 1 }), (day, zone, secondOfDay) => {
        const midnight = localWallClock(day, '00:00:00', zone);
        expect(serviceDayOf(new Date(midnight.getTime() + secondOfDay * SECOND), zone)).toBe(day);
      }),
    );
  });

  it('next restarts strictly after the issuing instant and at most a day later', () => {
    fc.assert(
      fc.property(instantArb, zoneArb, (instant, zone) => {
        const nextRestart = startOfServiceDay(addDays(serviceDayOf(instant, zone), 1), zone).getTime();
        expect(nextRestart).toBeGreaterThan(instant.getTime());
        expect(nextRestart - instant.getTime()).toBeLessThanOrEqual(DAY);
      }),
    );
  });

  it('can be Friday in Jakarta at 23:30 WIB and already Saturday in Jayapura at 01:30 WIT', () => {
    const instant = new Date('2026-11-27T16:30:00Z');
    expect(serviceDayOf(instant, 'Asia/Jakarta')).toBe('2026-11-27');
    expect(serviceDayOf(instant, 'Asia/Jayapura')).toBe('2026-11-28');
    expect(localTimeOf(instant, 'Asia/Jakarta')).toEqual({ date: '2026-11-27', hhmm: '23:30', weekday: 5 });
    expect(localTimeOf(instant, 'Asia/Jayapura')).toEqual({ date: '2026-11-28', hhmm: '01:30', weekday: 6 });
  });
});
