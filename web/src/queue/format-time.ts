import { localeOf } from '../i18n/setup.js';

/**
 * Times of the queue shown in the MPP's own zone (a kiosk or a TV may be set to any zone, a
 * citizen's phone to their home's), with the 24-hour clock Indonesians read ("14.05").
 */
export function formatTimeIn(date: Date | string, timeZone: string, language: string, withSeconds = false): string {
  const value = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(value.getTime())) return String(date);
  return new Intl.DateTimeFormat(localeOf(language), {
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
    timeZone,
  }).format(value);
}

/** "Senin, 2 Juni 2026" in the MPP's zone. */
export function formatDateIn(date: Date | string, timeZone: string, language: string): string {
  const value = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(value.getTime())) return String(date);
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(value);
}

/**
 * When something opens again: the time alone when it is today in the MPP's zone, else the
 * weekday and time ("Senin 08.00").
 */
export function formatOpeningIn(iso: string, timeZone: string, language: string, now = new Date()): string {
  const value = new Date(iso);
  if (Number.isNaN(value.getTime())) return iso;
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(d);
  const time = formatTimeIn(value, timeZone, language);
  if (day(value) === day(now)) return time;
  const weekday = new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'short',
    timeZone,
  }).format(value);
  return `${weekday} ${time}`;
}
