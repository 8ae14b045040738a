import Holidays from 'date-holidays';
import { type LocalDate, parseLocalDate } from './local-date.js';
import type { CalendarEntry } from './working-calendar.js';

/**
 * Holiday data for the working calendar. National holidays and cuti bersama are fixed each
 * year by an SKB of Menteri Agama, Menteri Ketenagakerjaan and MenPANRB; `date-holidays`
 * (country ID) gives a first draft that an admin corrects and confirms per year. Islamic
 * holidays move and the SKB can be amended, so nothing here is applied silently.
 */

/** An admin's changes to a year's draft: dates to drop, entries to add. */
export type CalendarCorrections = { remove: readonly LocalDate[]; add: readonly CalendarEntry[] };

/**
 * Public holidays of Indonesia in `year` as computed by `date-holidays`, names in Indonesian
 * as the library gives them. Not corrected against the SKB: see `SKB_2026_CORRECTIONS`.
 */
export function nationalHolidaysFromDateHolidays(year: number): CalendarEntry[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Invalid year ${year}`);
  const holidays = new Holidays('ID', { languages: ['id'] });
  return holidays
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => ({
      // The civil date is the first 10 characters of `date`. Not `start`: Islamic holidays
      // start at sunset the evening before ('2026-01-16 00:00:00 -0600' has start
      // 2026-01-15T11:00Z, 18:00 WIB on the 15th), which would shift them a day early.
      date: parseLocalDate(holiday.date.slice(0, 10)),
      kind: 'national_holiday' as const,
      name: holiday.name,
    }));
}

/** Applies an admin's corrections: drops the removed dates, then adds the new entries. */
export function applyCalendarCorrections(
  entries: readonly CalendarEntry[],
  corrections: CalendarCorrections,
): CalendarEntry[] {
  const removed = new Set(corrections.remove);
  return [...entries.filter((entry) => !removed.has(entry.date)), ...corrections.add];
}

function entry(date: string, kind: CalendarEntry['kind'], name: string): CalendarEntry {
  return { date: parseLocalDate(date), kind, name };
}

/**
 * Cuti bersama 2026, SKB Menteri Agama, Menteri Ketenagakerjaan and MenPANRB No. 1497/2025,
 * 2/2025, 5/2025 (8 days), as reported by
 * https://disdiksmg.semarangkota.go.id/post-detail/resmi-daftar-hari-libur-nasional-dan-cuti-bersama-tahun-2026-berdasarkan-skb-3-menteri
 * and https://www.brilio.net/serius/rincian-lengkap-libur-cuti-bersama-2026-17-hari-libur-nasional-dan-8-cuti-bersama-2026-250920i.html
 */
export const CUTI_BERSAMA_2026: readonly CalendarEntry[] = [
  entry('2026-02-16', 'cuti_bersama', 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili'),
  entry('2026-03-18', 'cuti_bersama', 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)'),
  entry('2026-03-20', 'cuti_bersama', 'Cuti Bersama Idul Fitri 1447 Hijriah'),
  entry('2026-03-23', 'cuti_bersama', 'Cuti Bersama Idul Fitri 1447 Hijriah'),
  entry('2026-03-24', 'cuti_bersama', 'Cuti Bersama Idul Fitri 1447 Hijriah'),
  entry('2026-05-15', 'cuti_bersama', 'Cuti Bersama Kenaikan Yesus Kristus'),
  entry('2026-05-28', 'cuti_bersama', 'Cuti Bersama Idul Adha 1447 Hijriah'),
  entry('2026-12-24', 'cuti_bersama', 'Cuti Bersama Kelahiran Yesus Kristus'),
];

/**
 * Where `date-holidays` (3.x, country ID) differs from the 2026 SKB (same SKB and sources as
 * `CUTI_BERSAMA_2026`; 17 national holidays):
 * - 16 Jan: the library names it "Maulid Nabi Muhammad" (its rule is 27 Rajab); the SKB day is
 *   Isra Mikraj.
 * - Idul Fitri 1447 H: the library gives 20-21 Mar, the SKB 21-22 Mar (20 Mar is cuti bersama).
 * - 5 Apr, Kebangkitan Yesus Kristus (Paskah): in the SKB, missing from the library.
 * The demo seed applies these as an admin's changes with `applyCalendarCorrections`.
 */
export const SKB_2026_CORRECTIONS: CalendarCorrections = {
  remove: [parseLocalDate('2026-01-16'), parseLocalDate('2026-03-20')],
  add: [
    entry('2026-01-16', 'national_holiday', 'Isra Mikraj Nabi Muhammad S.A.W.'),
    entry('2026-03-22', 'national_holiday', 'Idul Fitri 1447 Hijriah'),
    entry('2026-04-05', 'national_holiday', 'Kebangkitan Yesus Kristus (Paskah)'),
  ],
};
