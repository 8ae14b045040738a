import {
  applyCalendarCorrections,
  type CalendarEntry,
  CUTI_BERSAMA_2026,
  nationalHolidaysFromDateHolidays,
  SKB_2026_CORRECTIONS,
} from '../../domain/time/index.js';
import type { CatalogueReferenceRepository, NationalCalendarRow } from './catalogue-import.repository.js';
import { BUILTIN_SYNONYMS } from './catalogue.synonyms.js';

/**
 * Reference data loaded on every start (idempotent): built-in synonyms, and the national
 * calendar for this year and next from `date-holidays`, with the SKB 3 Menteri corrections and
 * cuti bersama for the years we have them. Dates an admin removed stay removed.
 */

const SKB_BY_YEAR: Record<
  number,
  { corrections: typeof SKB_2026_CORRECTIONS; cutiBersama: readonly CalendarEntry[]; source: string }
> = {
  2026: {
    corrections: SKB_2026_CORRECTIONS,
    cutiBersama: CUTI_BERSAMA_2026,
    source: 'SKB 3 Menteri No. 1497/2025, 2/2025, 5/2025',
  },
};

/** Two holidays on one date (Maulid and Natal on 2027-12-25) become one row naming both. */
function mergeSameDay(rows: NationalCalendarRow[]): NationalCalendarRow[] {
  const byKey = new Map<string, NationalCalendarRow>();
  for (const row of rows) {
    const key = `${row.date}#${row.kind}`;
    const existing = byKey.get(key);
    byKey.set(key, existing ? { ...existing, name: `${existing.name}; ${row.name}` } : row);
  }
  return [...byKey.values()];
}

/** Returns true when the built-in synonyms changed (the search vocabulary then needs a refresh). */
export async function ensureReferenceData(repository: CatalogueReferenceRepository, years: number[]): Promise<boolean> {
  const synonymsChanged = (await repository.upsertBuiltinSynonyms(BUILTIN_SYNONYMS)) > 0;
  for (const year of years) {
    const draft = nationalHolidaysFromDateHolidays(year);
    const skb = SKB_BY_YEAR[year];
    const holidays = skb ? applyCalendarCorrections(draft, skb.corrections) : draft;
    const source = skb ? skb.source : 'date-holidays (ID), belum dikonfirmasi SKB';
    await repository.upsertNationalCalendar(
      mergeSameDay([
        ...holidays.map((h) => ({ date: h.date, kind: 'national_holiday' as const, name: h.name, source })),
        ...(skb?.cutiBersama ?? []).map((c) => ({
          date: c.date,
          kind: 'cuti_bersama' as const,
          name: c.name,
          source: skb?.source ?? source,
        })),
      ]),
    );
    if (skb) {
      const kept = new Set(holidays.map((h) => h.date as string));
      const dropped = draft.map((h) => h.date as string).filter((d) => !kept.has(d));
      await repository.markNationalDatesRemoved(dropped, 'national_holiday', skb.source);
    }
  }
  return synonymsChanged;
}
