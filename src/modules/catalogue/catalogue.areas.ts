import { createRequire } from 'node:module';
import { getProvinces, getRegencies } from 'idn-area-data';

/**
 * Kemendagri region codes and names from the `idn-area-data` package (a community mirror of the
 * Kepmendagri on wilayah codes; DOMAIN.md 7.2). Never typed by hand. The dataset version is
 * stored beside every MPP so a later decree can be told apart.
 */

export type Province = { code: string; name: string };
export type Regency = { code: string; name: string; provinceCode: string; provinceName: string };
export type AreaIndex = {
  dataset: string;
  provinces: Province[];
  regencies: Map<string, Regency>;
};

const ACRONYMS = new Set(['DKI', 'DI', 'KEP.', 'II', 'III']);

/** "KOTA SURABAYA" -> "Kota Surabaya", "DKI JAKARTA" stays "DKI Jakarta". */
export function titleCaseAreaName(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((word) =>
      ACRONYMS.has(word.toUpperCase()) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');
}

let loading: Promise<AreaIndex> | undefined;

export function loadAreaIndex(): Promise<AreaIndex> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const version = (require('idn-area-data/package.json') as { version: string }).version;
    const provinces = (await getProvinces()).map((p) => ({ code: p.code, name: titleCaseAreaName(p.name) }));
    const provinceNames = new Map(provinces.map((p) => [p.code, p.name]));
    const regencies = new Map<string, Regency>();
    for (const r of await getRegencies()) {
      regencies.set(r.code, {
        code: r.code,
        name: titleCaseAreaName(r.name),
        provinceCode: r.province_code,
        provinceName: provinceNames.get(r.province_code) ?? r.province_code,
      });
    }
    return { dataset: `idn-area-data@${version}`, provinces, regencies };
  })();
  // A failed load is not remembered: the next call tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
