import { describe, expect, it } from 'vitest';
import {
  applyCalendarCorrections,
  CUTI_BERSAMA_2026,
  nationalHolidaysFromDateHolidays,
  SKB_2026_CORRECTIONS,
} from './holidays.js';
import { isLocalDate } from './local-date.js';

// SKB 3 Menteri 2026 (No. 1497/2025, 2/2025, 5/2025), DOMAIN.md 7.5: 17 national holidays.
const SKB_2026_NATIONAL_HOLIDAYS = [
  '2026-01-01',
  '2026-01-16',
  '2026-02-17',
  '2026-03-19',
  '2026-03-21',
  '2026-03-22',
  '2026-04-03',
  '2026-04-05',
  '2026-05-01',
  '2026-05-14',
  '2026-05-27',
  '2026-05-31',
  '2026-06-01',
  '2026-06-16',
  '2026-08-17',
  '2026-08-25',
  '2026-12-25',
];
const SKB_2026_CUTI_BERSAMA = [
  '2026-02-16',
  '2026-03-18',
  '2026-03-20',
  '2026-03-23',
  '2026-03-24',
  '2026-05-15',
  '2026-05-28',
  '2026-12-24',
];

describe('national holidays from date-holidays', () => {
  it('returns public holidays of the year as national_holiday entries with valid dates', () => {
    const entries = nationalHolidaysFromDateHolidays(2027);
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      expect(entry.kind).toBe('national_holiday');
      expect(isLocalDate(entry.date)).toBe(true);
      expect(entry.date.startsWith('2027-')).toBe(true);
    }
  });

  it('names holidays in Indonesian as the library gives them', () => {
    const names = nationalHolidaysFromDateHolidays(2026).map((entry) => entry.name);
    expect(names).toContain('Hari Raya Natal');
    expect(names).toContain('Hari Lahir Pancasila');
  });

  it('dates Islamic holidays by their civil date, not by the sunset on the evening before', () => {
    const dates = nationalHolidaysFromDateHolidays(2026).map((entry) => entry.date);
    expect(dates).toContain('2026-05-27');
    expect(dates).not.toContain('2026-05-26');
    expect(dates).toContain('2026-06-16');
    expect(dates).not.toContain('2026-06-15');
  });

  it('still differs from the 2026 SKB exactly where SKB_2026_CORRECTIONS says (revisit the corrections if this fails)', () => {
    const raw = nationalHolidaysFromDateHolidays(2026);
    expect(raw.find((entry) => entry.date === '2026-01-16')?.name).toBe('Maulid Nabi Muhammad');
    expect(raw.filter((entry) => entry.name === 'Hari Raya Idul Fitri').map((entry) => entry.date)).toEqual([
      '2026-03-20',
      '2026-03-21',
    ]);
    expect(raw.map((entry) => entry.date)).not.toContain('2026-04-05');
  });

  it('matches the 17 national holidays of the 2026 SKB once the corrections are applied', () => {
    const corrected = applyCalendarCorrections(nationalHolidaysFromDateHolidays(2026), SKB_2026_CORRECTIONS);
    expect(corrected.map((entry) => entry.date).sort()).toEqual(SKB_2026_NATIONAL_HOLIDAYS);
    expect(corrected.find((entry) => entry.date === '2026-01-16')?.name).toMatch(/Isra Mikraj/);
  });

  it('lists the 8 cuti bersama days of the 2026 SKB', () => {
    expect(CUTI_BERSAMA_2026.map((entry) => entry.date)).toEqual(SKB_2026_CUTI_BERSAMA);
    expect(CUTI_BERSAMA_2026.every((entry) => entry.kind === 'cuti_bersama')).toBe(true);
  });

  it('rejects a year that is not a whole number', () => {
    expect(() => nationalHolidaysFromDateHolidays(2026.5)).toThrow(RangeError);
  });
});
