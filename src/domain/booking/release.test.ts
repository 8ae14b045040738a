import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  INDONESIAN_ZONES,
  isoWeekday,
  localTimeOf,
  parseLocalDate,
  serviceDayOf,
  zonedDateTime,
} from '../time/index.js';
import { type BookingWindow, bookabilityOf, canChange, checkWindow, opensAt, windowDates } from './release.js';

const zoneArb = fc.constantFrom(...INDONESIAN_ZONES);
const dateArb = fc.integer({ min: 0, max: 3 * 365 }).map((k) => addDays(parseLocalDate('2026-01-01'), k));
const hhmmArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const weeklyArb = fc.record({
  kind: fc.constant('weekly' as const),
  weekday: fc.integer({ min: 1, max: 7 }),
  at: hhmmArb,
});
const windowArb: fc.Arbitrary<BookingWindow> = fc.record({
  windowDays: fc.integer({ min: 1, max: 90 }),
  release: fc.oneof(fc.constant({ kind: 'rolling' as const }), weeklyArb),
  minNoticeMinutes: fc.integer({ min: 0, max: 1440 }),
  changeCutoffMinutes: fc.integer({ min: 0, max: 10080 }),
});
const offsetArb = fc.integer({ min: -40 * 24 * 60, max: 40 * 24 * 60 });

describe('opensAt', () => {
  it('releases a week under a weekly rule on its weekday and local time of the week before, in any zone', () => {
    fc.assert(
      fc.property(dateArb, weeklyArb, zoneArb, (date, release, zone) => {
        const at = opensAt(date, { windowDays: 90, release, minNoticeMinutes: 0, changeCutoffMinutes: 0 }, zone);
        const local = localTimeOf(at, zone);
        expect(local.weekday).toBe(release.weekday);
        expect(local.hhmm).toBe(release.at);
        // On that weekday of the ISO week before the slot's week.
        const daysBefore = (Date.parse(date) - Date.parse(local.date)) / 86_400_000;
        expect(daysBefore).toBe(isoWeekday(date) + 7 - release.weekday);
        // Every date of the same week is released at the same moment.
        const monday = addDays(date, 1 - isoWeekday(date));
        const sunday = addDays(monday, 6);
        const rules = { windowDays: 90, release, minNoticeMinutes: 0, changeCutoffMinutes: 0 };
        expect(opensAt(monday, rules, zone).getTime()).toBe(at.getTime());
        expect(opensAt(sunday, rules, zone).getTime()).toBe(at.getTime());
      }),
    );
  });

  it('opens a date at local midnight, windowDays before it, under a rolling rule', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 90 }), zoneArb, (date, windowDays, zone) => {
        const at = opensAt(
          date,
          { windowDays, release: { kind: 'rolling' }, minNoticeMinutes: 0, changeCutoffMinutes: 0 },
          zone,
        );
        expect(localTimeOf(at, zone)).toMatchObject({ date: addDays(date, -windowDays), hhmm: '00:00' });
      }),
    );
  });

  it('releases next week on Friday 14:00 WIB, and Surabaya and Jayapura each at their own 14:00', () => {
    const rules: BookingWindow = {
      windowDays: 14,
      release: { kind: 'weekly', weekday: 5, at: '14:00' },
      minNoticeMinutes: 60,
      changeCutoffMinutes: 24 * 60,
    };
    const tuesday = parseLocalDate('2026-12-08');
    expect(opensAt(tuesday, rules, 'Asia/Jakarta').toISOString()).toBe('2026-12-04T07:00:00.000Z');
    expect(opensAt(tuesday, rules, 'Asia/Jayapura').toISOString()).toBe('2026-12-04T05:00:00.000Z');
  });
});

describe('bookabilityOf', () => {
  it('is open exactly from the opening until the notice before the start, and says when it opens', () => {
    fc.assert(
      fc.property(dateArb, hhmmArb, windowArb, zoneArb, offsetArb, (date, starts, window, zone, offset) => {
        const start = zonedDateTime(date, starts, zone);
        const now = new Date(start.getTime() + offset * 60_000);
        const opening = opensAt(date, window, zone);
        const closesAt = start.getTime() - window.minNoticeMinutes * 60_000;
        const answer = bookabilityOf({ date, start }, now, window, zone);
        if (now.getTime() >= start.getTime()) expect(answer).toEqual({ state: 'closed', reason: 'started' });
        else if (now.getTime() >= closesAt) expect(answer).toEqual({ state: 'closed', reason: 'notice' });
        else if (now.getTime() < opening.getTime()) {
          expect(answer).toEqual({ state: 'not_yet_open', opensAt: opening });
        } else {
          expect(answer).toEqual({ state: 'open', closesAt: new Date(closesAt) });
          // Open means inside the window: the date is at most windowDays after today, locally.
          const today = serviceDayOf(now, zone);
          expect((Date.parse(date) - Date.parse(today)) / 86_400_000).toBeLessThanOrEqual(window.windowDays);
          expect(windowDates(now, window, zone)).toContain(date);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lets a booking change until the cut-off before its start', () => {
    const start = new Date('2026-12-08T02:00:00Z');
    const rules: BookingWindow = {
      windowDays: 14,
      release: { kind: 'rolling' },
      minNoticeMinutes: 0,
      changeCutoffMinutes: 120,
    };
    expect(canChange(start, new Date('2026-12-07T23:59:59Z'), rules)).toBe(true);
    expect(canChange(start, new Date('2026-12-08T00:00:00Z'), rules)).toBe(false);
  });

  it('refuses rules it cannot apply', () => {
    const base: BookingWindow = {
      windowDays: 14,
      release: { kind: 'rolling' },
      minNoticeMinutes: 0,
      changeCutoffMinutes: 0,
    };
    expect(() => checkWindow({ ...base, windowDays: 0 })).toThrow(RangeError);
    expect(() => checkWindow({ ...base, windowDays: 91 })).toThrow(RangeError);
    expect(() => checkWindow({ ...base, minNoticeMinutes: -1 })).toThrow(RangeError);
    expect(() => checkWindow({ ...base, release: { kind: 'weekly', weekday: 0, at: '14:00' } })).toThrow(RangeError);
    expect(() => checkWindow({ ...base, release: { kind: 'weekly', weekday: 5, at: '24:00' } })).toThrow(RangeError);
    expect(() => checkWindow(base)).not.toThrow();
  });
});
