/**
 * A calendar date with no time and no zone, 'YYYY-MM-DD'. Holidays, service days and SLA due
 * dates are dates on the MPP's wall calendar, so they are kept apart from instants (`Date`).
 * The brand stops an unchecked string from being used where a real date is expected.
 */
export type LocalDate = string & { readonly __brand: 'LocalDate' };

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Parses 'YYYY-MM-DD'; throws a RangeError for a malformed or nonexistent date (2026-02-30). */
export function parseLocalDate(value: string): LocalDate {
  if (!isLocalDate(value)) {
    throw new RangeError(`Not a valid date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  }
  return value;
}

/** True when `value` is a well-formed 'YYYY-MM-DD' date that exists in the calendar. */
export function isLocalDate(value: string): value is LocalDate {
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (match === null) return false;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const utc = toUtcMidnight(year, month, day);
  return formatUtcDate(utc) === value;
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  const result = formatUtcDate(new Date(utcMidnightOf(date).getTime() + days * MS_PER_DAY));
  if (!isLocalDate(result)) throw new RangeError(`Date out of range: ${date} + ${days} days`);
  return result;
}

/** ISO weekday of `date`: Monday = 1 ... Sunday = 7. */
export function isoWeekday(date: LocalDate): number {
  const day = utcMidnightOf(date).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Negative when a is earlier, 0 when equal, positive when a is later (usable by `sort`). */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcMidnightOf(to).getTime() - utcMidnightOf(from).getTime()) / MS_PER_DAY);
}

function utcMidnightOf(date: LocalDate): Date {
  const [year, month, day] = date.split('-').map(Number);
  return toUtcMidnight(year ?? Number.NaN, month ?? Number.NaN, day ?? Number.NaN);
}

function toUtcMidnight(year: number, month: number, day: number): Date {
  // setUTCFullYear rather than Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function formatUtcDate(date: Date): string {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
