import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { dayParts, formatDuration, formatSlotRange, formatWhen, formatWhenShort, groupCode } from './booking-format.js';

describe('groupCode', () => {
  it('splits an 8-character code in two groups of four, and leaves anything else', () => {
    expect(groupCode('ABCD2345')).toBe('ABCD 2345');
    expect(groupCode('ABC')).toBe('ABC');
  });
});

describe('formatSlotRange', () => {
  it('writes local times the Indonesian way, and with colons in English', () => {
    expect(formatSlotRange('09:00', '09:30', 'id')).toBe('09.00–09.30');
    expect(formatSlotRange('09:00', '09:30', 'en')).toBe('09:00–09:30');
  });
});

describe('dayParts', () => {
  it('names the local date without shifting it to the device zone', () => {
    expect(dayParts('2026-12-04', 'id')).toEqual({ weekday: 'Jum', day: '4 Des' });
    expect(dayParts('2026-12-04', 'en')).toEqual({ weekday: 'Fri', day: '4 Dec' });
  });
});

describe('formatWhen', () => {
  it('shows an instant in the MPP zone with its abbreviation', () => {
    // 06.00 UTC is 14.00 in Makassar and 15.00 in Jayapura.
    expect(formatWhen('2026-12-04T06:00:00Z', 'Asia/Makassar', 'id')).toBe('Jumat, 4 Des, 14.00 WITA');
    expect(formatWhenShort('2026-12-04T06:00:00Z', 'Asia/Jayapura', 'id')).toBe('Jum 15.00 WIT');
  });
});

describe('formatDuration', () => {
  const t = ((key: string, options: { count: number }) =>
    `${options.count} ${key.endsWith('hours') ? 'jam' : 'menit'}`) as unknown as TFunction;

  it('says hours and minutes, leaving out a zero part', () => {
    expect(formatDuration(120, t)).toBe('2 jam');
    expect(formatDuration(90, t)).toBe('1 jam 30 menit');
    expect(formatDuration(45, t)).toBe('45 menit');
    expect(formatDuration(0, t)).toBe('0 menit');
  });
});
