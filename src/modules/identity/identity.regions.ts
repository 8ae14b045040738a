import { createRequire } from 'node:module';
import { getDistricts, getProvinces, getRegencies } from 'idn-area-data';
import type { RegionCode, RegionKnowledge } from '../../domain/identity/nik.js';

/**
 * The Kemendagri province, kab/kota and kecamatan codes (DOMAIN.md 7.2) from `idn-area-data`,
 * read directly rather than through the catalogue module, whose public entry point does not
 * offer kecamatan. Used to warn (never reject) when a NIK's region prefix is unknown today.
 */
export type RegionChecker = {
  /** `idn-area-data@<version>`: the dataset the answer came from. */
  readonly dataset: string;
  isKnownRegion(code: RegionCode): RegionKnowledge;
};

let loading: Promise<RegionChecker> | undefined;

/** Loads the codes once per process (about 7,300 kecamatan) and answers from memory after. */
export function loadRegionChecker(): Promise<RegionChecker> {
  loading ??= readRegionChecker();
  // A failed load is not remembered: the next call tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

async function readRegionChecker(): Promise<RegionChecker> {
  const require = createRequire(import.meta.url);
  const version = (require('idn-area-data/package.json') as { version: string }).version;
  const [provinces, regencies, districts] = await Promise.all([getProvinces(), getRegencies(), getDistricts()]);
  const provinceCodes = new Set(provinces.map((p) => p.code));
  const regencyCodes = new Set(regencies.map((r) => r.code));
  const districtCodes = new Set(districts.map((d) => d.code));
  return {
    dataset: `idn-area-data@${version}`,
    isKnownRegion(code) {
      const regency = `${code.province}.${code.regency}`;
      return {
        province: provinceCodes.has(code.province),
        regency: regencyCodes.has(regency),
        district: districtCodes.has(`${regency}.${code.district}`),
      };
    },
  };
}
