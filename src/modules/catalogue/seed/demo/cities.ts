/** The three demo cities, one per time zone (Keppres 41/1987: WIB, WITA, WIT). */

export type DemoCityKey = 'surabaya' | 'makassar' | 'jayapura';

export type DemoCity = {
  /** Suffix of the city's regional service slugs, e.g. `penerbitan-kk-baru-surabaya`. */
  key: DemoCityKey;
  mppSlug: string;
  /** "Kota Surabaya", as in the Kemendagri list. */
  cityName: string;
  provinceName: string;
};

export const SURABAYA = {
  key: 'surabaya',
  mppSlug: 'mpp-kota-surabaya',
  cityName: 'Kota Surabaya',
  provinceName: 'Jawa Timur',
} as const satisfies DemoCity;

export const MAKASSAR = {
  key: 'makassar',
  mppSlug: 'mpp-kota-makassar',
  cityName: 'Kota Makassar',
  provinceName: 'Sulawesi Selatan',
} as const satisfies DemoCity;

export const JAYAPURA = {
  key: 'jayapura',
  mppSlug: 'mpp-kota-jayapura',
  cityName: 'Kota Jayapura',
  provinceName: 'Papua',
} as const satisfies DemoCity;

export const DEMO_CITIES: readonly DemoCity[] = [SURABAYA, MAKASSAR, JAYAPURA];

export const ALL_DEMO_MPPS: readonly string[] = DEMO_CITIES.map((city) => city.mppSlug);
