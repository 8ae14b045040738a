import type { TFunction } from 'i18next';
import type { Fee, TimeLimit, TimeZone } from './api/types.js';
import { localeOf } from './i18n/setup.js';

/**
 * Formatting shared by every page. Money is always written the Indonesian way (Rp 350.000),
 * whatever the interface language, because that is how the tariff is printed at the counter.
 */

const rupiah = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });

export function formatRupiah(amount: number): string {
  return rupiah.format(amount);
}

/** "14 hari kerja" / "14 working days", "30 menit" / "30 minutes". */
export function formatTimeLimit(limit: TimeLimit, t: TFunction): string {
  return t(`timeLimit.${limit.unit}`, { count: limit.value });
}

/** The fee in one line: an amount, "Gratis", or the formula (its legal basis is shown apart). */
export function formatFee(fee: Fee, t: TFunction): string {
  switch (fee.kind) {
    case 'free':
      return t('fee.free');
    case 'fixed':
      return formatRupiah(fee.amountRupiah);
    case 'formula':
      return fee.formula;
  }
}

/** The fee for lists and cards: a formula, which can run to a paragraph, is only flagged there. */
export function formatFeeShort(fee: Fee, t: TFunction): string {
  return fee.kind === 'formula' ? t('fee.varies') : formatFee(fee, t);
}

/**
 * A local wall-clock time "08:00" in the portal's convention: Indonesian writes 08.00.
 * Opening hours are already in the MPP's zone, so no conversion happens here.
 */
export function formatClock(hhmm: string, language: string): string {
  return language === 'en' ? hhmm : hhmm.replace(':', '.');
}

/**
 * An instant shown in the MPP's own zone with its abbreviation ("Senin, 08.00 WIB"), so a
 * visitor in Jakarta reading about an MPP in Jayapura sees Jayapura's time. The abbreviation
 * comes from the API because Intl names these zones "GMT+7" in most locales.
 */
export function formatInstant(
  iso: string,
  timeZone: TimeZone,
  abbreviation: string,
  language: string,
  options: Intl.DateTimeFormatOptions = { weekday: 'long', hour: '2-digit', minute: '2-digit' },
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone, hourCycle: 'h23' }).format(date);
  return `${text} ${abbreviation}`;
}

/** A calendar date "2025-12-25" as "Kamis, 25 Desember 2025"; it is a local date, so UTC is used to avoid shifting it. */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** The IANA zone behind an abbreviation the API sends with MPP references. */
export function zoneOfAbbreviation(abbreviation: 'WIB' | 'WITA' | 'WIT'): TimeZone {
  return abbreviation === 'WIT' ? 'Asia/Jayapura' : abbreviation === 'WITA' ? 'Asia/Makassar' : 'Asia/Jakarta';
}

/** The calendar day of an instant ("28 November 2026"), in `timeZone` or else the device's zone. */
export function formatDay(iso: string, language: string, timeZone?: TimeZone): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(date);
}

export function formatDistance(km: number, language: string): string {
  const digits = km < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: digits }).format(km)} km`;
}

/** The calendar date (YYYY-MM-DD) of an instant in the given zone. */
export function getLocalDate(iso: string, timeZone: TimeZone): string | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** The weekday key ('mon'..'sun') of a local ISO time like "2025-06-02T10:15:00+07:00". */
export function getLocalWeekday(iso: string): 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun' | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return undefined;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay();
  return (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const)[day];
}
