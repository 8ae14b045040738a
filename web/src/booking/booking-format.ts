import type { TFunction } from 'i18next';
import { type IndonesianZone, zoneAbbreviation } from '../../../src/domain/time/zones.js';
import { formatClock } from '../format.js';
import { localeOf } from '../i18n/setup.js';

/**
 * Dates and times of appointments, always in the MPP's zone with its abbreviation: a citizen in
 * Jakarta booking in Makassar sees Makassar's time, as it will be on the wall clock there.
 */

/** A booking code in two groups of four ("ABCD EFGH"): easier to read out and to type. */
export function groupCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
}

/** "09.00–09.30" (Indonesian) or "09:00–09:30" from the slot's local times. */
export function formatSlotRange(starts: string, ends: string, language: string): string {
  return `${formatClock(starts, language)}–${formatClock(ends, language)}`;
}

/** A local date ("2026-12-04") as parts for a day in the list: "Jum" and "4 Des". */
export function dayParts(date: string, language: string): { weekday: string; day: string } {
  const value = new Date(`${date}T00:00:00Z`);
  const locale = localeOf(language);
  return {
    weekday: new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(value),
    day: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(value),
  };
}

const CLOCK = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

/** An instant on the MPP's clock in the reader's language, with the zone's abbreviation. */
function zonedText(iso: string, zone: IndonesianZone, language: string, parts: Intl.DateTimeFormatOptions): string {
  const value = new Date(iso);
  if (Number.isNaN(value.getTime())) return iso;
  const text = new Intl.DateTimeFormat(localeOf(language), { ...parts, ...CLOCK, timeZone: zone }).format(value);
  return `${text} ${zoneAbbreviation(zone)}`;
}

/** An instant in the MPP's zone: "Jumat, 4 Des, 14.00 WITA". */
export function formatWhen(iso: string, zone: IndonesianZone, language: string): string {
  return zonedText(iso, zone, language, { weekday: 'long', day: 'numeric', month: 'short' });
}

/** The same, short for a day's button: "Jum 14.00 WITA". */
export function formatWhenShort(iso: string, zone: IndonesianZone, language: string): string {
  return zonedText(iso, zone, language, { weekday: 'short' });
}

/** The local time of an instant in the MPP's zone with its abbreviation: "10.00 WITA". */
export function formatTimeWithZone(iso: string, zone: IndonesianZone, language: string): string {
  return zonedText(iso, zone, language, {});
}

/** A booking's time in the MPP's zone: "10.30–11.00 WITA". */
export function formatRangeWithZone(startsAt: string, endsAt: string, zone: IndonesianZone, language: string): string {
  const time = (iso: string) =>
    new Intl.DateTimeFormat(localeOf(language), {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
    }).format(new Date(iso));
  if (Number.isNaN(Date.parse(startsAt)) || Number.isNaN(Date.parse(endsAt))) return startsAt;
  return `${time(startsAt)}–${time(endsAt)} ${zoneAbbreviation(zone)}`;
}

/** A span of minutes in words: "2 jam", "1 jam 30 menit", "45 menit". */
export function formatDuration(minutes: number, t: TFunction): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(t('booking.duration.hours', { count: hours }));
  if (rest > 0 || hours === 0) parts.push(t('booking.duration.minutes', { count: rest }));
  return parts.join(' ');
}
