import { describe, expect, it } from 'vitest';
import { analyseNik } from '../../domain/identity/nik.js';
import { loadRegionChecker } from './identity.regions.js';

describe('region checker', () => {
  it('knows Kecamatan Cilandak in Kota Jakarta Selatan (31.74.06)', async () => {
    const regions = await loadRegionChecker();
    expect(regions.isKnownRegion({ province: '31', regency: '74', district: '06' })).toEqual({
      province: true,
      regency: true,
      district: true,
    });
    expect(regions.dataset).toMatch(/^idn-area-data@\d+\.\d+\.\d+$/);
  });

  it('tells which part of an unknown code is missing', async () => {
    const regions = await loadRegionChecker();
    expect(regions.isKnownRegion({ province: '31', regency: '74', district: '99' })).toEqual({
      province: true,
      regency: true,
      district: false,
    });
    expect(regions.isKnownRegion({ province: '99', regency: '74', district: '06' }).province).toBe(false);
  });

  it('loads once and answers from the same checker after', async () => {
    expect(await loadRegionChecker()).toBe(await loadRegionChecker());
  });

  it('lets analyseNik warn about a kecamatan that is not in the data', async () => {
    const { isKnownRegion } = await loadRegionChecker();
    const result = analyseNik('3174991505900001', { today: '2026-11-28', isKnownRegion });
    expect(result.ok && result.warnings.map((w) => w.part)).toEqual(['district']);
  });
});
