import type { ReleaseRule, SlotPeriod } from '../../api/booking.js';
import { mondayOf, shiftDate } from './booking-dates.js';

/**
 * What a schedule means for citizens, computed for the preview beside the form. The server
 * holds the rules (src/domain/booking); these only restate them in numbers the page can word.
 */

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function minutesOfDay(hhmm: string): number | undefined {
  if (!HH_MM.test(hhmm)) return undefined;
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

export function hhmmOf(minutes: number): string {
  const clamped = Math.min(24 * 60 - 1, Math.max(0, Math.round(minutes)));
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

/**
 * How many whole slots the periods hold: each period is cut from its opening, and a remainder
 * shorter than a slot stays for walk-ins (as slotsOn in src/domain/booking/slots.ts).
 */
export function slotsInPeriods(periods: readonly SlotPeriod[], slotMinutes: number): number {
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0) return 0;
  let count = 0;
  for (const period of periods) {
    const opens = minutesOfDay(period.opens);
    const closes = minutesOfDay(period.closes);
    if (opens === undefined || closes === undefined || closes <= opens) continue;
    count += Math.floor((closes - opens) / slotMinutes);
  }
  return count;
}

/** A span of minutes as whole days, hours and minutes, for wording ("1 hari 2 jam"). */
export function durationParts(totalMinutes: number): { days: number; hours: number; minutes: number } {
  const total = Math.max(0, Math.round(totalMinutes));
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

/** The check-in window around a start: `early` minutes before to `late` after, within the day. */
export function checkInWindowOf(starts: string, early: number, late: number): { from: string; to: string } | undefined {
  const start = minutesOfDay(starts);
  if (start === undefined) return undefined;
  return { from: hhmmOf(start - early), to: hhmmOf(start + late) };
}

/**
 * The next weekly release at or after `now` (a local date and 'HH:mm'), and the week
 * (Monday to Sunday) it opens: a week's slots open on the rule's weekday of the week before.
 */
export function nextWeeklyRelease(
  now: { date: string; time: string },
  rule: Extract<ReleaseRule, { kind: 'weekly' }>,
): { date: string; weekFrom: string; weekTo: string } {
  const thisWeek = shiftDate(mondayOf(now.date), rule.weekday - 1);
  const isPast = thisWeek < now.date || (thisWeek === now.date && rule.at <= now.time);
  const date = isPast ? shiftDate(thisWeek, 7) : thisWeek;
  const weekFrom = shiftDate(mondayOf(date), 7);
  return { date, weekFrom, weekTo: shiftDate(weekFrom, 6) };
}

/** The last date a citizen may book today: the window counts today plus `windowDays` days. */
export function lastBookableDate(today: string, windowDays: number): string {
  return shiftDate(today, Math.max(0, Math.trunc(windowDays)));
}
