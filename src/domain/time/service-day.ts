import { addDays, type LocalDate, parseLocalDate } from './local-date.js';
import { INDONESIAN_ZONES, type IndonesianZone, utcOffsetHours, zoneAbbreviation } from './zones.js';

/**
 * A service day is the calendar date on the MPP's own clock: queue numbers reset and daily
 * quotas refill at local midnight, and Perpres 21/2023 sets office hours in local time, so
 * the same instant can be Friday in Jakarta and already Saturday in Jayapura.
 */

/** Wall-clock reading of an instant in a zone. `hhmm` is 'HH:mm' (24-hour). */
export type LocalTime = {
  date: LocalDate;
  hhmm: string;
  /** ISO weekday, Monday = 1 ... Sunday = 7. */
  weekday: number;
};

/**
 * Indonesia keeps no daylight saving time, so UTC+7/+8/+9 hold for every date since 1988 (a
 * property test checks them against the IANA zones). Conversions are plain arithmetic on the
 * offset: a queue call or a booking converts several instants, and a calendar library's zone
 * machinery costs more than the rest of the request's own work.
 */
const OFFSET_MS = new Map(INDONESIAN_ZONES.map((z) => [z, utcOffsetHours(z) * 3_600_000]));
const OFFSET_TEXT = new Map(INDONESIAN_ZONES.map((z) => [z, `+${String(utcOffsetHours(z)).padStart(2, '0')}:00`]));
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function offsetOf(zone: IndonesianZone): number {
  const offset = OFFSET_MS.get(zone);
  if (offset === undefined) throw new RangeError(`Not an Indonesian zone: ${JSON.stringify(zone)}`);
  return offset;
}

/** The wall clock of `instant` in `zone`, as a Date whose UTC fields are the local ones. */
function wallClock(instant: Date, zone: IndonesianZone): Date {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid Date');
  return new Date(time + offsetOf(zone));
}

/** The local calendar date of `instant` in `zone`. */
export function serviceDayOf(instant: Date, zone: IndonesianZone): LocalDate {
  return parseLocalDate(wallClock(instant, zone).toISOString().slice(0, 10));
}

/** The UTC instant of local midnight at the start of `day` in `zone`. */
export function startOfServiceDay(day: LocalDate, zone: IndonesianZone): Date {
  return zonedDateTime(day, '00:00', zone);
}

/** The instant the service day after `day` starts, i.e. the exclusive end of `day`. */
export function endOfServiceDay(day: LocalDate, zone: IndonesianZone): Date {
  return startOfServiceDay(addDays(day, 1), zone);
}

/** Date, 'HH:mm' and ISO weekday of `instant` on the wall clock of `zone`. */
export function localTimeOf(instant: Date, zone: IndonesianZone): LocalTime {
  const local = wallClock(instant, zone);
  const iso = local.toISOString();
  return {
    date: parseLocalDate(iso.slice(0, 10)),
    hhmm: iso.slice(11, 16),
    weekday: local.getUTCDay() || 7,
  };
}

/**
 * ISO 8601 with the zone's offset, `2026-11-27T08:00:00+08:00`, so a reader sees local time.
 * Milliseconds appear only when the instant has them.
 */
export function toZonedIso(instant: Date, zone: IndonesianZone): string {
  const local = wallClock(instant, zone);
  const iso = local.toISOString();
  return `${iso.slice(0, local.getUTCMilliseconds() === 0 ? 19 : 23)}${OFFSET_TEXT.get(zone)}`;
}

/** The instant at which the wall clock of `zone` shows `hhmm` ('HH:mm') on `day`. */
export function zonedDateTime(day: LocalDate, hhmm: string, zone: IndonesianZone): Date {
  const time = HH_MM.exec(hhmm);
  if (!time) throw new RangeError(`Not a valid time (HH:mm): ${JSON.stringify(hhmm)}`);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const utc = Date.UTC(year, month - 1, date, Number(time[1]), Number(time[2]));
  if (Number.isNaN(utc)) throw new RangeError(`Invalid local time ${day} ${hhmm} in ${zone}`);
  return new Date(utc - offsetOf(zone));
}

/**
 * An instant as a message reads it, in the citizen's language and the MPP's zone:
 * `Sen, 30 Nov 2026 09.00 WIB` / `Mon, 30 Nov 2026 09:00 WIB` (`timeOnly`: `09.00 WIB`).
 */
export function readableDateTime(
  instant: Date,
  zone: IndonesianZone,
  language: 'id' | 'en',
  options: { timeOnly?: boolean } = {},
): string {
  const local = wallClock(instant, zone);
  const iso = local.toISOString();
  const time = `${iso.slice(11, 13)}${language === 'id' ? '.' : ':'}${iso.slice(14, 16)}`;
  if (options.timeOnly) return `${time} ${zoneAbbreviation(zone)}`;
  const parts = new Map(DATE_NAMES[language].formatToParts(local).map((p) => [p.type, p.value]));
  const date = `${parts.get('weekday')}, ${parts.get('day')} ${parts.get('month')} ${parts.get('year')}`;
  return `${date} ${time} ${zoneAbbreviation(zone)}`;
}

/** Day and month names in each language, read off a wall-clock Date (hence UTC), made once. */
const DATE_NAMES = {
  id: new Intl.DateTimeFormat('id', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }),
  en: new Intl.DateTimeFormat('en', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }),
};
