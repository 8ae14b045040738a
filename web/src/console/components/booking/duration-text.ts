import type { TFunction } from 'i18next';
import { durationParts } from './schedule-rules.js';

/** "2 jam", "1 hari 30 menit", "0 menit": a span of minutes in words. */
export function durationText(minutes: number, t: TFunction): string {
  const { days, hours, minutes: rest } = durationParts(minutes);
  const parts = [
    days ? t('console.booking.units.days', { count: days }) : '',
    hours ? t('console.booking.units.hours', { count: hours }) : '',
    rest || (!days && !hours) ? t('console.booking.units.minutes', { count: rest }) : '',
  ];
  return parts.filter(Boolean).join(' ');
}
