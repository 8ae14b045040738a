import {
  addDays,
  type IndonesianZone,
  isoWeekday,
  type LocalDate,
  serviceDayOf,
  startOfServiceDay,
  zonedDateTime,
} from '../time/index.js';

/**
 * When a slot may be booked. Two rules, both in the MPP's own time:
 * - the window: a date opens for booking `windowDays` days ahead, at local midnight;
 * - the release (optional): a week's slots (Monday to Sunday) are released at one moment of the
 *   week before, e.g. Friday 14:00 (the Imigrasi practice), so everybody has the same start.
 * A slot opens at the later of the two. It closes `minNoticeMinutes` before it starts; a
 * booking may be moved or cancelled until `changeCutoffMinutes` before.
 */

export type ReleaseRule =
  /** Bookable as soon as the date is inside the window. */
  | { kind: 'rolling' }
  /** A week's slots open on `weekday` (ISO, Monday = 1) at `at` (local 'HH:mm') of the week before. */
  | { kind: 'weekly'; weekday: number; at: string };

export type BookingWindow = {
  /** How many days ahead a date opens (1-90): 14 means today plus the next 14 days. */
  windowDays: number;
  release: ReleaseRule;
  /** A slot closes this long before it starts (0-1440). */
  minNoticeMinutes: number;
  /** Moving or cancelling is allowed until this long before the start (0-10080). */
  changeCutoffMinutes: number;
};

export const WINDOW_DAYS = { min: 1, max: 90 } as const;

/** Whether a slot may be booked at a moment, and if not, why (and when it will be). */
export type Bookability =
  | { state: 'open'; closesAt: Date }
  | { state: 'not_yet_open'; opensAt: Date }
  | { state: 'closed'; reason: 'started' | 'notice' };

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Throws a RangeError when the window cannot be applied. */
export function checkWindow(window: BookingWindow): void {
  const { windowDays, minNoticeMinutes, changeCutoffMinutes, release } = window;
  if (!Number.isInteger(windowDays) || windowDays < WINDOW_DAYS.min || windowDays > WINDOW_DAYS.max)
    throw new RangeError(`The window is ${WINDOW_DAYS.min}-${WINDOW_DAYS.max} days, got ${windowDays}`);
  if (!Number.isInteger(minNoticeMinutes) || minNoticeMinutes < 0 || minNoticeMinutes > 1440)
    throw new RangeError(`Minimum notice is 0-1440 minutes, got ${minNoticeMinutes}`);
  if (!Number.isInteger(changeCutoffMinutes) || changeCutoffMinutes < 0 || changeCutoffMinutes > 10080)
    throw new RangeError(`The change cut-off is 0-10080 minutes, got ${changeCutoffMinutes}`);
  if (release.kind === 'weekly') {
    if (!Number.isInteger(release.weekday) || release.weekday < 1 || release.weekday > 7)
      throw new RangeError(`The release weekday is ISO 1-7, got ${release.weekday}`);
    if (!HH_MM.test(release.at)) throw new RangeError(`The release time is HH:mm, got ${JSON.stringify(release.at)}`);
  }
}

/** The Monday of `date`'s ISO week. */
function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The moment a weekly rule releases the slots of `date`: in the week before, on its weekday and time. */
export function weeklyReleaseOf(
  date: LocalDate,
  rule: Extract<ReleaseRule, { kind: 'weekly' }>,
  zone: IndonesianZone,
): Date {
  const day = addDays(mondayOf(date), -7 + (rule.weekday - 1));
  return zonedDateTime(day, rule.at, zone);
}

/** The moment the slots of `date` open for booking (the later of the window and the release). */
export function opensAt(date: LocalDate, window: BookingWindow, zone: IndonesianZone): Date {
  checkWindow(window);
  const byWindow = startOfServiceDay(addDays(date, -window.windowDays), zone);
  if (window.release.kind === 'rolling') return byWindow;
  const released = weeklyReleaseOf(date, window.release, zone);
  return released.getTime() > byWindow.getTime() ? released : byWindow;
}

/** Whether the slot starting at `start` on `date` may be booked at `now`. */
export function bookabilityOf(
  slot: { date: LocalDate; start: Date },
  now: Date,
  window: BookingWindow,
  zone: IndonesianZone,
): Bookability {
  if (now.getTime() >= slot.start.getTime()) return { state: 'closed', reason: 'started' };
  const closesAt = new Date(slot.start.getTime() - window.minNoticeMinutes * 60_000);
  if (now.getTime() >= closesAt.getTime()) return { state: 'closed', reason: 'notice' };
  const opening = opensAt(slot.date, window, zone);
  if (now.getTime() < opening.getTime()) return { state: 'not_yet_open', opensAt: opening };
  return { state: 'open', closesAt };
}

/** Whether a booking of a slot starting at `start` may still be moved or cancelled at `now`. */
export function canChange(start: Date, now: Date, window: Pick<BookingWindow, 'changeCutoffMinutes'>): boolean {
  return now.getTime() < start.getTime() - window.changeCutoffMinutes * 60_000;
}

/**
 * The dates a citizen may look at on `now`: today up to the window's last date, in the MPP's
 * zone (some of them may not be released yet under a weekly rule).
 */
export function windowDates(now: Date, window: BookingWindow, zone: IndonesianZone): LocalDate[] {
  checkWindow(window);
  const today = serviceDayOf(now, zone);
  return Array.from({ length: window.windowDays + 1 }, (_, k) => addDays(today, k));
}
