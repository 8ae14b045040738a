import type { OpeningHours, OpeningPeriod, WeekdayKey } from '../catalogue/catalogue-document.js';
import { addDays, isoWeekday, type LocalDate } from './local-date.js';
import { localTimeOf, serviceDayOf, zonedDateTime } from './service-day.js';
import { findClosingEntry, type WorkingCalendar } from './working-calendar.js';
import type { IndonesianZone } from './zones.js';

/**
 * When an MPP's doors are open. The weekly opening hours say which weekdays and hours (Perpres
 * 21/2023 Pasal 7 lets public-facing units open on Saturday); the calendar closes whole dates:
 * holidays, cuti bersama (unless the unit works then), local days and closures. The calendar's
 * working weekdays are for counting SLA working days and do not open or close the doors.
 */

export type { OpeningHours };

/** A period of one local date, with the instants it starts (inclusive) and ends (exclusive). */
export type OpenPeriod = { date: LocalDate; opens: string; closes: string; start: Date; end: Date };

/** How far `nextOpening` looks ahead: a year plus slack for long closures. */
const LOOKAHEAD_DAYS = 370;

const WEEKDAY_KEY_BY_ISO: Record<number, WeekdayKey> = {
  1: 'mon',
  2: 'tue',
  3: 'wed',
  4: 'thu',
  5: 'fri',
  6: 'sat',
  7: 'sun',
};

/** True when the MPP is open at `instant` (opens inclusive, closes exclusive). */
export function isOpenAt(instant: Date, zone: IndonesianZone, hours: OpeningHours, calendar: WorkingCalendar): boolean {
  return currentPeriod(instant, zone, hours, calendar) !== undefined;
}

/** The opening period containing `instant`, or undefined when the MPP is closed then. */
export function currentPeriod(
  instant: Date,
  zone: IndonesianZone,
  hours: OpeningHours,
  calendar: WorkingCalendar,
): OpenPeriod | undefined {
  const local = localTimeOf(instant, zone);
  if (findClosingEntry(local.date, calendar) !== undefined) return undefined;
  const period = periodsOn(local.date, hours).find((p) => p.opens <= local.hhmm && local.hhmm < p.closes);
  return period === undefined ? undefined : toOpenPeriod(local.date, period, zone);
}

/**
 * `instant` itself when open, otherwise the next instant the MPP opens, looking ahead at most
 * 370 days; undefined when it does not open in that time.
 */
export function nextOpening(
  instant: Date,
  zone: IndonesianZone,
  hours: OpeningHours,
  calendar: WorkingCalendar,
): Date | undefined {
  if (isOpenAt(instant, zone, hours, calendar)) return instant;
  const today = serviceDayOf(instant, zone);
  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
    const day = addDays(today, offset);
    if (findClosingEntry(day, calendar) !== undefined) continue;
    for (const period of periodsOn(day, hours)) {
      const start = zonedDateTime(day, period.opens, zone);
      if (start.getTime() > instant.getTime()) return start;
    }
  }
  return undefined;
}

/**
 * The opening periods of one local date, earliest first: none when the calendar closes the date
 * (holiday, cuti bersama unless the unit works then, local holiday, closure) or the weekday has
 * no hours. Breaks are the gaps between periods (Friday prayers, lunch).
 */
export function openPeriodsOn(
  day: LocalDate,
  zone: IndonesianZone,
  hours: OpeningHours,
  calendar: WorkingCalendar,
): OpenPeriod[] {
  if (findClosingEntry(day, calendar) !== undefined) return [];
  return periodsOn(day, hours).map((period) => toOpenPeriod(day, period, zone));
}

/** The periods of `day`'s weekday, earliest opening first. */
function periodsOn(day: LocalDate, hours: OpeningHours): OpeningPeriod[] {
  const key = WEEKDAY_KEY_BY_ISO[isoWeekday(day)];
  const periods = key === undefined ? [] : hours[key];
  return [...periods].sort((a, b) => a.opens.localeCompare(b.opens));
}

function toOpenPeriod(date: LocalDate, period: OpeningPeriod, zone: IndonesianZone): OpenPeriod {
  return {
    date,
    opens: period.opens,
    closes: period.closes,
    start: zonedDateTime(date, period.opens, zone),
    end: zonedDateTime(date, period.closes, zone),
  };
}
