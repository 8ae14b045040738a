import { JAYAPURA, MAKASSAR, SURABAYA } from './cities.js';

/**
 * The floor plan of each demo MPP: which tenant has which gerai, in the order a visitor walks
 * past them. Gerai and loket numbers are counted from this order (see `assembleTenants`).
 */

export type MppLayout = {
  mppSlug: string;
  floors: readonly { floor: number; tenantSlugs: readonly string[] }[];
};

export const DEMO_LAYOUTS: readonly MppLayout[] = [
  {
    mppSlug: SURABAYA.mppSlug,
    floors: [
      {
        floor: 1,
        tenantSlugs: [
          'dukcapil-kota-surabaya',
          'dpmptsp-kota-surabaya',
          'bapenda-kota-surabaya',
          'bapenda-provinsi-jatim',
          'ditjen-pajak',
          'bank-jatim',
          'bank-bri',
          'bank-mandiri',
          'pos-indonesia',
        ],
      },
      {
        floor: 2,
        tenantSlugs: [
          'ditjen-imigrasi',
          'polri',
          'kementerian-atr-bpn',
          'bpjs-kesehatan',
          'bpjs-ketenagakerjaan',
          'taspen',
          'pln',
          'pdam-surya-sembada-surabaya',
        ],
      },
      {
        floor: 3,
        tenantSlugs: [
          'kementerian-agama',
          'pengadilan-agama',
          'disnaker-kota-surabaya',
          'dinkes-kota-surabaya',
          'badan-pom',
          'kemenkes-kekarantinaan-kesehatan',
        ],
      },
    ],
  },
  {
    mppSlug: MAKASSAR.mppSlug,
    floors: [
      {
        floor: 1,
        tenantSlugs: [
          'dukcapil-kota-makassar',
          'dpmptsp-kota-makassar',
          'ditjen-imigrasi',
          'polri',
          'bapenda-provinsi-sulsel',
          'bapenda-kota-makassar',
          'bank-sulselbar',
          'bank-bri',
          'bank-mandiri',
          'pos-indonesia',
          'perumda-air-minum-kota-makassar',
          'pln',
        ],
      },
      {
        floor: 2,
        tenantSlugs: [
          'ditjen-pajak',
          'kementerian-atr-bpn',
          'bpjs-kesehatan',
          'bpjs-ketenagakerjaan',
          'taspen',
          'kementerian-agama',
          'pengadilan-agama',
          'disnaker-kota-makassar',
          'dinkes-kota-makassar',
          'badan-pom',
          'kemenkes-kekarantinaan-kesehatan',
        ],
      },
    ],
  },
  {
    mppSlug: JAYAPURA.mppSlug,
    floors: [
      {
        floor: 1,
        tenantSlugs: [
          'dukcapil-kota-jayapura',
          'dpmptsp-kota-jayapura',
          'ditjen-imigrasi',
          'polri',
          'bapenda-provinsi-papua',
          'bapenda-kota-jayapura',
          'bank-papua',
          'bank-bri',
          'bank-mandiri',
          'pos-indonesia',
        ],
      },
      {
        floor: 2,
        tenantSlugs: [
          'ditjen-pajak',
          'kementerian-atr-bpn',
          'bpjs-kesehatan',
          'bpjs-ketenagakerjaan',
          'pln',
          'perumda-air-minum-jayapura',
          'kementerian-agama',
          'pengadilan-agama',
          'disnaker-kota-jayapura',
          'dinkes-kota-jayapura',
          'badan-pom',
        ],
      },
    ],
  },
];
