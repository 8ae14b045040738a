import { DateTime } from 'luxon';

/** Today's date in Indonesia's western zone (the earliest), ISO 'YYYY-MM-DD', for age and NIK checks. */
export function formatLocalDate(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: 'Asia/Jakarta' }).toISODate() ?? instant.toISOString().slice(0, 10);
}
