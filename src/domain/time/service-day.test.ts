import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDays, compareLocalDates, isoWeekday, parseLocalDate } from './local-date.js';
import {
  endOfServiceDay,
  localTimeOf,
  readableDateTime,
  serviceDayOf,
  startOfServiceDay,
  toZonedIso,
  zonedDateTime,
} from './service-day.js';
import { INDONESIAN_ZONES, utcOffsetHours } from './zones.js';

// Indonesia's offsets have been fixed since 1988, so sample instants from 1990 on.
const instantArb = fc.date({
  min: new Date('1990-01-01T00:00:00Z'),
  max: new Date('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});
const zoneArb = fc.constantFrom(...INDONESIAN_ZONES);
const at = (iso: string) => new Date(iso);

describe('service day in WIB, WITA and WIT', () => {
  it('puts 16:59:59Z on 27 November in Jakarta but on 28 November in Makassar and Jayapura', () => {
    const instant = at('2026-11-27T16:59:59Z');
    expect(serviceDayOf(instant, 'Asia/Jakarta')).toBe('2026-11-27');
    expect(serviceDayOf(instant, 'Asia/Makassar')).toBe('2026-11-28');
    expect(serviceDayOf(instant, 'Asia/Jayapura')).toBe('2026-11-28');
  });

  it('starts the next Jakarta service day exactly at 17:00Z', () => {
    expect(serviceDayOf(at('2026-11-27T17:00:00Z'), 'Asia/Jakarta')).toBe('2026-11-28');
    expect(startOfServiceDay(parseLocalDate('2026-11-28'), 'Asia/Jakarta')).toEqual(at('2026-11-27T17:00:00Z'));
  });

  it('starts the Makassar service day at 16:00Z and the Jayapura one at 15:00Z', () => {
    expect(serviceDayOf(at('2026-11-27T15:59:59Z'), 'Asia/Makassar')).toBe('2026-11-27');
    expect(serviceDayOf(at('2026-11-27T16:00:00Z'), 'Asia/Makassar')).toBe('2026-11-28');
    expect(serviceDayOf(at('2026-11-27T14:59:59Z'), 'Asia/Jayapura')).toBe('2026-11-27');
    expect(serviceDayOf(at('2026-11-27T15:00:00Z'), 'Asia/Jayapura')).toBe('2026-11-28');
    expect(startOfServiceDay(parseLocalDate('2026-11-28'), 'Asia/Jayapura')).toEqual(at('2026-11-27T15:00:00Z'));
  });

  it('reads the wall clock at 15:00Z as 22:00 Friday in Jakarta and 00:00 Saturday in Jayapura', () => {
    const instant = at('2026-11-27T15:00:00Z');
    expect(localTimeOf(instant, 'Asia/Jakarta')).toEqual({
      date: '2026-11-27',
      hhmm: '22:00',
      weekday: 5,
    });
    expect(localTimeOf(instant, 'Asia/Makassar')).toEqual({
      date: '2026-11-27',
      hhmm: '23:00',
      weekday: 5,
    });
    expect(localTimeOf(instant, 'Asia/Jayapura')).toEqual({
      date: '2026-11-28',
      hhmm: '00:00',
      weekday: 6,
    });
  });

  it('formats instants as ISO 8601 with the zone offset', () => {
    const instant = at('2026-11-27T00:00:00Z');
    expect(toZonedIso(instant, 'Asia/Jakarta')).toBe('2026-11-27T07:00:00+07:00');
    expect(toZonedIso(instant, 'Asia/Makassar')).toBe('2026-11-27T08:00:00+08:00');
    expect(toZonedIso(instant, 'Asia/Jayapura')).toBe('2026-11-27T09:00:00+09:00');
  });

  it('turns a local date and HH:mm into the matching instant', () => {
    expect(zonedDateTime(parseLocalDate('2026-11-27'), '07:30', 'Asia/Makassar')).toEqual(at('2026-11-26T23:30:00Z'));
  });

  it('rejects a time of day that is not HH:mm on a 24-hour clock', () => {
    const day = parseLocalDate('2026-11-27');
    for (const bad of ['24:00', '7:30', '07:60', '0730']) {
      expect(() => zonedDateTime(day, bad, 'Asia/Jakarta')).toThrow(RangeError);
    }
  });

  it('rejects an invalid Date rather than inventing a service day', () => {
    expect(() => serviceDayOf(new Date(Number.NaN), 'Asia/Jakarta')).toThrow(RangeError);
  });

  it('places every instant within its service day: start <= t < start of the next day', () => {
    fc.assert(
      fc.property(instantArb, zoneArb, (t, zone) => {
        const day = serviceDayOf(t, zone);
        expect(startOfServiceDay(day, zone).getTime()).toBeLessThanOrEqual(t.getTime());
        expect(t.getTime()).toBeLessThan(startOfServiceDay(addDays(day, 1), zone).getTime());
        expect(endOfServiceDay(day, zone)).toEqual(startOfServiceDay(addDays(day, 1), zone));
      }),
    );
  });

  it('gives the same or a later local date in a zone further east', () => {
    fc.assert(
      fc.property(instantArb, fc.constantFrom(...INDONESIAN_ZONES), fc.constantFrom(...INDONESIAN_ZONES), (t, a, b) => {
        const [west, east] = utcOffsetHours(a) <= utcOffsetHours(b) ? [a, b] : [b, a];
        const westDay = serviceDayOf(t, west);
        const eastDay = serviceDayOf(t, east);
        expect(compareLocalDates(westDay, eastDay)).toBeLessThanOrEqual(0);
        expect([westDay, addDays(westDay, 1)]).toContain(eastDay);
      }),
    );
  });

  it('maps a local date and time back to the same wall clock reading', () => {
    const minuteOfDay = fc.integer({ min: 0, max: 24 * 60 - 1 });
    const dayArb = fc.integer({ min: 0, max: 36_000 }).map((n) => addDays(parseLocalDate('2000-01-01'), n));
    fc.assert(
      fc.property(dayArb, minuteOfDay, zoneArb, (day, minute, zone) => {
        const hhmm = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        expect(localTimeOf(zonedDateTime(day, hhmm, zone), zone)).toEqual({
          date: day,
          hhmm,
          weekday: isoWeekday(day),
        });
      }),
    );
  });

  it('offsets local midnight from UTC midnight by exactly the zone offset', () => {
    fc.assert(
      fc.property(instantArb, zoneArb, (t, zone) => {
        const day = serviceDayOf(t, zone);
        const utcMidnight = Date.parse(`${day}T00:00:00Z`);
        expect(utcMidnight - startOfServiceDay(day, zone).getTime()).toBe(utcOffsetHours(zone) * 3_600_000);
      }),
    );
  });
});

describe('the fixed offsets used for conversions', () => {
  it('agree with the IANA zones for every instant from 1990 to 2100', () => {
    fc.assert(
      fc.property(instantArb, zoneArb, (instant, zone) => {
        const iana = DateTime.fromJSDate(instant, { zone });
        expect(toZonedIso(instant, zone)).toBe(iana.toISO({ suppressMilliseconds: true }));
        expect(serviceDayOf(instant, zone)).toBe(iana.toFormat('yyyy-MM-dd'));
        const hhmm = iana.toFormat('HH:mm');
        expect(localTimeOf(instant, zone)).toEqual({
          date: iana.toFormat('yyyy-MM-dd'),
          hhmm,
          weekday: iana.weekday,
        });
        expect(zonedDateTime(serviceDayOf(instant, zone), hhmm, zone).getTime()).toBe(
          DateTime.fromISO(`${iana.toFormat('yyyy-MM-dd')}T${hhmm}`, { zone }).toMillis(),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readableDateTime', () => {
  it("writes the MPP's wall clock in the reader's language, with the zone's abbreviation", () => {
    // 02:00 UTC on a Monday: 09.00 in Surabaya, 10.00 in Makassar, 11.00 in Jayapura.
    const instant = new Date('2026-11-30T02:00:00Z');
    expect(readableDateTime(instant, 'Asia/Jakarta', 'id')).toBe('Sen, 30 Nov 2026 09.00 WIB');
    expect(readableDateTime(instant, 'Asia/Makassar', 'en')).toBe('Mon, 30 Nov 2026 10:00 WITA');
    expect(readableDateTime(instant, 'Asia/Jayapura', 'id', { timeOnly: true })).toBe('11.00 WIT');
    // 23:30 UTC on Sunday is already Monday morning in Jakarta.
    expect(readableDateTime(new Date('2026-11-29T23:30:00Z'), 'Asia/Jakarta', 'id')).toBe('Sen, 30 Nov 2026 06.30 WIB');
  });
});
