import { describe, expect, it } from 'vitest';
import { INDONESIAN_ZONES, isIndonesianZone, utcOffsetHours, zoneAbbreviation } from './zones.js';

describe('Indonesian time zones', () => {
  it('names Jakarta WIB at UTC+7, Makassar WITA at UTC+8 and Jayapura WIT at UTC+9', () => {
    expect(INDONESIAN_ZONES.map((zone) => [zoneAbbreviation(zone), utcOffsetHours(zone)])).toEqual([
      ['WIB', 7],
      ['WITA', 8],
      ['WIT', 9],
    ]);
  });

  it('recognises only the three Indonesian IANA zones', () => {
    expect(INDONESIAN_ZONES.every(isIndonesianZone)).toBe(true);
    expect(isIndonesianZone('Asia/Pontianak')).toBe(false);
    expect(isIndonesianZone('UTC')).toBe(false);
    expect(isIndonesianZone('toString')).toBe(false);
  });
});
