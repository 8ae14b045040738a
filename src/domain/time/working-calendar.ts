import { addDays, compareLocalDates, isoWeekday, type LocalDate } from './local-date.js';

/**
 * The working-day calendar used to count SLA time limits expressed in working days.
 *
 * Perpres 21/2023 Pasal 3 sets five working days, Monday to Friday, for government agencies;
 * Pasal 7 lets units that serve the public directly choose other days, so many MPPs also open
 * on Saturday: the weekdays are configuration. National holidays and cuti bersama come from the
 * yearly SKB of Menteri Agama, Menteri Ketenagakerjaan and MenPANRB; each MPP adds its own local
 * days and closures, and an admin can declare a date working despite all of these.
 */

export type CalendarDayKind = 'national_holiday' | 'cuti_bersama' | 'local_holiday' | 'closure';

export type CalendarEntry = { date: LocalDate; kind: CalendarDayKind; name: string };

export type WorkingCalendar = {
  /** ISO weekdays (Monday = 1); Monday-Friday by default (Perpres 21/2023 Pasal 3). */
  workingWeekdays: ReadonlySet<number>;
  /** Holidays, cuti bersama, local days and closures, one entry per date. */
  nonWorkingDates: ReadonlyMap<LocalDate, CalendarEntry>;
  /** Dates an admin declared working despite their weekday or an entry. */
  extraWorkingDates: ReadonlySet<LocalDate>;
  /**
   * Cuti bersama is a non-working day for ASN, but service units may stay open (Perpres
   * 21/2023 Pasal 7), so each unit chooses; default false (cuti bersama is not working).
   */
  countsCutiBersamaAsWorking?: boolean;
};

export type WorkingCalendarInput = {
  workingWeekdays?: Iterable<number>;
  entries: Iterable<CalendarEntry>;
  extraWorkingDates?: Iterable<LocalDate>;
  countsCutiBersamaAsWorking?: boolean;
};

const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5];

/**
 * Builds a calendar. When two entries share a date, one that is not cuti bersama wins, so a
 * date that is both cuti bersama and a local holiday stays closed for units that work on cuti
 * bersama. Throws a RangeError when no weekday is working (no working day could ever be found).
 */
export function createWorkingCalendar(input: WorkingCalendarInput): WorkingCalendar {
  const workingWeekdays = new Set(input.workingWeekdays ?? MONDAY_TO_FRIDAY);
  for (const weekday of workingWeekdays) {
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      throw new RangeError(`Working weekday must be an ISO weekday 1..7, got ${weekday}`);
    }
  }
  if (workingWeekdays.size === 0) throw new RangeError('A calendar needs at least one working weekday');
  const nonWorkingDates = new Map<LocalDate, CalendarEntry>();
  for (const entry of input.entries) {
    const existing = nonWorkingDates.get(entry.date);
    if (existing === undefined || (existing.kind === 'cuti_bersama' && entry.kind !== 'cuti_bersama')) {
      nonWorkingDates.set(entry.date, entry);
    }
  }
  return {
    workingWeekdays,
    nonWorkingDates,
    extraWorkingDates: new Set(input.extraWorkingDates ?? []),
    countsCutiBersamaAsWorking: input.countsCutiBersamaAsWorking ?? false,
  };
}

/**
 * The entry that makes `day` a non-working date regardless of its weekday, or undefined.
 * An admin's extra working date overrides every entry; cuti bersama counts only when the
 * unit does not work on cuti bersama.
 */
export function findClosingEntry(day: LocalDate, cal: WorkingCalendar): CalendarEntry | undefined {
  if (cal.extraWorkingDates.has(day)) return undefined;
  const entry = cal.nonWorkingDates.get(day);
  if (entry === undefined) return undefined;
  if (entry.kind === 'cuti_bersama' && cal.countsCutiBersamaAsWorking === true) return undefined;
  return entry;
}

/** Why `day` is not a working day: its calendar entry, 'weekend', or undefined when it is one. */
export function whyNotWorking(day: LocalDate, cal: WorkingCalendar): CalendarEntry | 'weekend' | undefined {
  if (cal.extraWorkingDates.has(day)) return undefined;
  const entry = findClosingEntry(day, cal);
  if (entry !== undefined) return entry;
  return cal.workingWeekdays.has(isoWeekday(day)) ? undefined : 'weekend';
}

/** True when `day` counts as a working day for SLA time limits. */
export function isWorkingDay(day: LocalDate, cal: WorkingCalendar): boolean {
  return whyNotWorking(day, cal) === undefined;
}

/** The first working day strictly after `day`. */
export function nextWorkingDay(day: LocalDate, cal: WorkingCalendar): LocalDate {
  // Every week has a working weekday, and each entry can block only one date, so a working
  // day appears within (entries + 1) weeks; the bound only guards against a calendar built
  // by hand with no working weekday.
  const limit = 7 * (cal.nonWorkingDates.size + 1);
  let candidate = day;
  for (let step = 0; step < limit; step++) {
    candidate = addDays(candidate, 1);
    if (isWorkingDay(candidate, cal)) return candidate;
  }
  throw new RangeError(`No working day within ${limit} days after ${day}`);
}

/**
 * The date `n` working days after `day`; counting starts the day after `day`, as a time limit
 * of n working days does. With n = 0, `day` itself when it is a working day, else the next one.
 */
export function addWorkingDays(day: LocalDate, n: number, cal: WorkingCalendar): LocalDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (n === 0) return isWorkingDay(day, cal) ? day : nextWorkingDay(day, cal);
  let result = day;
  for (let count = 0; count < n; count++) result = nextWorkingDay(result, cal);
  return result;
}

/** Working days in (fromExclusive, toInclusive]; 0 when `toInclusive` is not after `fromExclusive`. */
export function countWorkingDaysBetween(
  fromExclusive: LocalDate,
  toInclusive: LocalDate,
  cal: WorkingCalendar,
): number {
  let count = 0;
  for (let day = addDays(fromExclusive, 1); compareLocalDates(day, toInclusive) <= 0; day = addDays(day, 1)) {
    if (isWorkingDay(day, cal)) count++;
  }
  return count;
}
