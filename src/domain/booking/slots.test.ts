import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  applyCalendarCorrections,
  CUTI_BERSAMA_2026,
  createWorkingCalendar,
  findClosingEntry,
  INDONESIAN_ZONES,
  isoWeekday,
  type LocalDate,
  localTimeOf,
  nationalHolidaysFromDateHolidays,
  type OpeningHours,
  parseLocalDate,
  SKB_2026_CORRECTIONS,
} from '../time/index.js';
import { parseSlotKey, type SlotSchedule, slotsOn } from './slots.js';

const weekday = [
  { opens: '08:00', closes: '12:00' },
  { opens: '13:00', closes: '15:30' },
];
/** Mon-Thu two periods, Friday a long prayer break, Saturday a morning: a common MPP week. */
const HOURS: OpeningHours = {
  mon: weekday,
  tue: weekday,
  wed: weekday,
  thu: weekday,
  fri: [
    { opens: '08:00', closes: '11:30' },
    { opens: '13:30', closes: '16:00' },
  ],
  sat: [{ opens: '08:00', closes: '12:00' }],
  sun: [],
};

function calendar2026(countsCutiBersamaAsWorking = false) {
  return createWorkingCalendar({
    entries: [
      ...applyCalendarCorrections(nationalHolidaysFromDateHolidays(2026), SKB_2026_CORRECTIONS),
      ...CUTI_BERSAMA_2026,
    ],
    countsCutiBersamaAsWorking,
  });
}

const dateIn2026 = fc.integer({ min: 0, max: 364 }).map((k) => addDays(parseLocalDate('2026-01-01'), k));
const scheduleArb: fc.Arbitrary<SlotSchedule> = fc.record({
  slotMinutes: fc.constantFrom(5, 10, 15, 20, 30, 45, 60, 90, 240),
  capacity: fc.integer({ min: 1, max: 500 }),
});
const zoneArb = fc.constantFrom(...INDONESIAN_ZONES);
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

describe('slotsOn', () => {
  it('cuts every opening period into whole slots that never overlap or cross a break, in any zone', () => {
    const calendar = calendar2026();
    fc.assert(
      fc.property(dateIn2026, scheduleArb, zoneArb, (date, schedule, zone) => {
        const slots = slotsOn(date, { zone, hours: HOURS, calendar }, schedule);
        if (findClosingEntry(date, calendar)) {
          expect(slots).toEqual([]);
          return;
        }
        for (const [k, slot] of slots.entries()) {
          expect(slot.end.getTime() - slot.start.getTime()).toBe(schedule.slotMinutes * 60_000);
          expect(slot.capacity).toBe(schedule.capacity);
          // The slot's instants read back as its local date and times in the MPP's zone.
          expect(localTimeOf(slot.start, zone)).toMatchObject({ date, hhmm: slot.starts });
          const previous = slots[k - 1];
          if (previous) expect(slot.start.getTime()).toBeGreaterThanOrEqual(previous.end.getTime());
          expect(parseSlotKey(slot.key)).toEqual({ date, starts: slot.starts });
        }
        // Each period holds exactly as many slots as fit in it, inside it.
        const key = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const)[isoWeekday(date) - 1];
        const periods = key ? HOURS[key] : [];
        let expected = 0;
        for (const p of periods) {
          const inside = slots.filter((s) => s.starts >= p.opens && s.ends <= p.closes);
          expect(inside.length).toBe(Math.floor((minutes(p.closes) - minutes(p.opens)) / schedule.slotMinutes));
          expected += inside.length;
        }
        expect(slots.length).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('has none on holidays and cuti bersama, unless the unit works on cuti bersama', () => {
    const schedule = { slotMinutes: 15, capacity: 4 };
    const place = (counts: boolean) => ({
      zone: 'Asia/Jakarta' as const,
      hours: HOURS,
      calendar: calendar2026(counts),
    });
    for (const entry of CUTI_BERSAMA_2026) {
      expect(slotsOn(entry.date, place(false), schedule)).toEqual([]);
      const onWorkingCuti = slotsOn(entry.date, place(true), schedule);
      const isHolidayToo = findClosingEntry(entry.date, place(true).calendar) !== undefined;
      if (!isHolidayToo && isoWeekday(entry.date) !== 7) expect(onWorkingCuti.length).toBeGreaterThan(0);
    }
    // 17 August (Independence Day) is closed whatever the unit chooses.
    expect(slotsOn(parseLocalDate('2026-08-17'), place(true), schedule)).toEqual([]);
  });

  it('gives Friday a prayer break: nothing between 11:30 and 13:30', () => {
    const friday = parseLocalDate('2026-11-27');
    const slots = slotsOn(
      friday,
      { zone: 'Asia/Makassar', hours: HOURS, calendar: calendar2026() },
      {
        slotMinutes: 30,
        capacity: 2,
      },
    );
    expect(slots.map((s) => s.starts)).toEqual([
      '08:00',
      '08:30',
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '13:30',
      '14:00',
      '14:30',
      '15:00',
      '15:30',
    ]);
    // 08:00 WITA is 00:00 UTC.
    expect(slots[0]?.start.toISOString()).toBe('2026-11-27T00:00:00.000Z');
  });

  it('follows a date override: closed, other hours (even on a Sunday), or another capacity', () => {
    const place = { zone: 'Asia/Jayapura' as const, hours: HOURS, calendar: calendar2026() };
    const schedule = { slotMinutes: 60, capacity: 3 };
    const monday = parseLocalDate('2026-11-30');
    expect(slotsOn(monday, place, schedule, { date: monday, closed: true, reason: 'Pemadaman listrik' })).toEqual([]);
    expect(slotsOn(monday, place, schedule, { date: monday, capacity: 9 }).every((s) => s.capacity === 9)).toBe(true);
    const sunday: LocalDate = parseLocalDate('2026-11-29');
    expect(slotsOn(sunday, place, schedule)).toEqual([]);
    const opened = slotsOn(sunday, place, schedule, { date: sunday, periods: [{ opens: '09:00', closes: '11:00' }] });
    expect(opened.map((s) => s.key)).toEqual(['2026-11-29T09:00', '2026-11-29T10:00']);
    const withoutTen = slotsOn(sunday, place, schedule, {
      date: sunday,
      periods: [{ opens: '09:00', closes: '12:00' }],
      closedSlots: ['10:00'],
    });
    expect(withoutTen.map((s) => s.key)).toEqual(['2026-11-29T09:00', '2026-11-29T11:00']);
  });

  it('refuses a schedule that cannot make slots, and a key that is not one', () => {
    const place = { zone: 'Asia/Jakarta' as const, hours: HOURS, calendar: calendar2026() };
    const monday = parseLocalDate('2026-11-30');
    expect(() => slotsOn(monday, place, { slotMinutes: 0, capacity: 1 })).toThrow(RangeError);
    expect(() => slotsOn(monday, place, { slotMinutes: 15, capacity: 0 })).toThrow(RangeError);
    expect(() =>
      slotsOn(monday, place, { slotMinutes: 15, capacity: 1 }, { date: addDays(monday, 1), capacity: 2 }),
    ).toThrow(RangeError);
    for (const bad of ['2026-11-30 08:00', '2026-02-30T08:00', '2026-11-30T24:00', ''])
      expect(parseSlotKey(bad)).toBeUndefined();
  });
});
