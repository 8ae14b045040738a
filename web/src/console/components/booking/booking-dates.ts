import { addDays, isLocalDate, isoWeekday, type LocalDate } from '../../../../../src/domain/time/local-date.js';
import { WEEKDAYS, type Weekday } from '../../../api/types.js';

/**
 * Dates of the appointment screens, always on the MPP's own calendar. "Today" comes from the
 * server's `localNow` for the MPP (a counter PC's clock or zone may be wrong), never from the
 * browser.
 */

/** The local date of an ISO 8601 instant written with the MPP's offset ("2026-11-30T09:30:00+08:00"). */
export function localDateOf(localNow: string): string {
  return localNow.slice(0, 10);
}

/** The local time 'HH:mm' of the same. */
export function localTimeOf(localNow: string): string {
  return localNow.slice(11, 16);
}

/** `date` moved by `days`; a malformed date is returned as it came. */
export function shiftDate(date: string, days: number): string {
  return isLocalDate(date) ? addDays(date, days) : date;
}

/** The Monday of `date`'s week (Indonesian calendars and the weekly release start on Monday). */
export function mondayOf(date: string): string {
  return isLocalDate(date) ? addDays(date, 1 - isoWeekday(date)) : date;
}

/** `count` consecutive dates from `from`. */
export function datesFrom(from: string, count: number): string[] {
  if (!isLocalDate(from)) return [];
  return Array.from({ length: count }, (_, k) => addDays(from as LocalDate, k));
}

/** The weekday key ('mon' ... 'sun') of a date, for the shared weekday words. */
export function weekdayOf(date: string): Weekday {
  return weekdayKeyOf(isLocalDate(date) ? isoWeekday(date) : 1);
}

/** The weekday key of an ISO weekday (Monday = 1). */
export function weekdayKeyOf(isoDay: number): Weekday {
  return WEEKDAYS[Math.min(7, Math.max(1, Math.trunc(isoDay))) - 1] ?? 'mon';
}

/** A local date as a Date at noon UTC: safe to format with Intl in any zone without moving the day. */
export function dateForFormat(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** A local 'HH:mm' as people read it: "08.00" in Bahasa Indonesia (as Intl writes it), "08:00" in English. */
export function clockText(hhmm: string, language: string): string {
  return language.startsWith('id') ? hhmm.replace(':', '.') : hhmm;
}
