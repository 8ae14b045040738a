import { DateTime, FixedOffsetZone } from 'luxon';
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

const HH_MM_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Each zone as Luxon's fixed offset: Indonesia keeps no daylight saving time, so UTC+7/+8/+9
 * hold for every date since 1988 (a test checks them against the IANA zones), and a fixed
 * offset spares the Intl look-up Luxon makes for an IANA zone on every conversion: a queue
 * call formats several instants.
 */
const FIXED_ZONES = new Map(INDONESIAN_ZONES.map((z) => [z, FixedOffsetZone.instance(utcOffsetHours(z) * 60)]));

function fixedZone(zone: IndonesianZone): FixedOffsetZone {
  const fixed = FIXED_ZONES.get(zone);
  if (!fixed) throw new RangeError(`Not an Indonesian zone: ${JSON.stringify(zone)}`);
  return fixed;
}

/** The local calendar date of `instant` in `zone`. */
export function serviceDayOf(instant: Date, zone: IndonesianZone): LocalDate {
  return parseLocalDate(zoned(instant, zone).toFormat('yyyy-MM-dd'));
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
  const local = zoned(instant, zone);
  return {
    date: parseLocalDate(local.toFormat('yyyy-MM-dd')),
    hhmm: local.toFormat('HH:mm'),
    weekday: local.weekday,
  };
}

/**
 * ISO 8601 with the zone's offset, `2026-11-27T08:00:00+08:00`, so a reader sees local time.
 * Milliseconds appear only when the instant has them.
 */
export function toZonedIso(instant: Date, zone: IndonesianZone): string {
  const iso = zoned(instant, zone).toISO({ suppressMilliseconds: true });
  if (iso === null) throw new RangeError(`Cannot format instant in ${zone}`);
  return iso;
}

/** The instant at which the wall clock of `zone` shows `hhmm` ('HH:mm') on `day`. */
export function zonedDateTime(day: LocalDate, hhmm: string, zone: IndonesianZone): Date {
  if (!HH_MM_PATTERN.test(hhmm)) throw new RangeError(`Not a valid time (HH:mm): ${JSON.stringify(hhmm)}`);
  const local = DateTime.fromISO(`${day}T${hhmm}`, { zone: fixedZone(zone) });
  if (!local.isValid) throw new RangeError(`Invalid local time ${day} ${hhmm} in ${zone}`);
  return local.toJSDate();
}

function zoned(instant: Date, zone: IndonesianZone): DateTime {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  return DateTime.fromJSDate(instant, { zone: fixedZone(zone) });
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
  const local = zoned(instant, zone).setLocale(language);
  const time = local.toFormat(language === 'id' ? 'HH.mm' : 'HH:mm');
  const text = options.timeOnly ? time : `${local.toFormat('ccc, d LLL yyyy')} ${time}`;
  return `${text} ${zoneAbbreviation(zone)}`;
}
