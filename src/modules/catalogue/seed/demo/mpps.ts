import type { z } from 'zod';
import type { MppInput } from '../../../../domain/catalogue/catalogue-document.js';
import { JAYAPURA, MAKASSAR, SURABAYA } from './cities.js';

/**
 * The three demo MPPs. Siola in Surabaya is the real MPP building; the Makassar and Jayapura
 * addresses and coordinates are plausible city-centre locations, not checked against the real
 * buildings. Phone numbers, e-mail addresses and signatories are fictional, and every MPP is
 * marked `isDemo`.
 */

type MppDocument = z.input<typeof MppInput>;

/** The wording of Maklumat Pelayanan used by units across Indonesia (DOMAIN.md 3.2). */
const MAKLUMAT_TEXT =
  'Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ' +
  'ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan ' +
  'perundang-undangan yang berlaku.';

const WEEKDAYS_0800_1500 = [{ opens: '08:00', closes: '15:00' }];

function dpmptspHead(cityName: string): string {
  return `Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu ${cityName}`;
}

export function buildDemoMpps(): MppDocument[] {
  return [
    {
      slug: SURABAYA.mppSlug,
      name: 'Mal Pelayanan Publik Kota Surabaya (MPP Siola)',
      regencyCode: '35.78',
      address: 'Gedung Siola, Jl. Tunjungan No. 1-3, Kec. Genteng, Kota Surabaya, Jawa Timur',
      latitude: -7.2575,
      longitude: 112.7396,
      timeZone: 'Asia/Jakarta',
      openingHours: {
        mon: WEEKDAYS_0800_1500,
        tue: WEEKDAYS_0800_1500,
        wed: WEEKDAYS_0800_1500,
        thu: WEEKDAYS_0800_1500,
        fri: [{ opens: '08:00', closes: '15:30' }],
        sat: [{ opens: '08:00', closes: '12:00' }],
      },
      closures: [{ date: '2026-06-15', reason: 'Pemeliharaan instalasi listrik gedung Siola (data demo)' }],
      maklumat: {
        text: MAKLUMAT_TEXT,
        signatoryName: 'Rahmawati Kusumaningrum, S.Sos., M.Si. (nama fiktif, data demo)',
        signatoryTitle: dpmptspHead(SURABAYA.cityName),
      },
      contact: {
        phone: '(031) 0000-0001',
        email: 'layanan@mpp-surabaya.example',
        website: 'https://mpp-surabaya.example',
      },
      isDemo: true,
    },
    {
      slug: MAKASSAR.mppSlug,
      name: 'Mal Pelayanan Publik Kota Makassar',
      regencyCode: '73.71',
      address: 'Jl. Jenderal Ahmad Yani No. 2, Kec. Ujung Pandang, Kota Makassar, Sulawesi Selatan',
      latitude: -5.1477,
      longitude: 119.4327,
      timeZone: 'Asia/Makassar',
      openingHours: {
        mon: WEEKDAYS_0800_1500,
        tue: WEEKDAYS_0800_1500,
        wed: WEEKDAYS_0800_1500,
        thu: WEEKDAYS_0800_1500,
        // Counters close for Friday prayers.
        fri: [
          { opens: '08:00', closes: '11:30' },
          { opens: '13:00', closes: '15:30' },
        ],
      },
      closures: [],
      maklumat: {
        text: MAKLUMAT_TEXT,
        signatoryName: 'Andi Muhammad Fadli, S.STP., M.Si. (nama fiktif, data demo)',
        signatoryTitle: dpmptspHead(MAKASSAR.cityName),
      },
      contact: {
        phone: '(0411) 0000-0001',
        email: 'layanan@mpp-makassar.example',
        website: 'https://mpp-makassar.example',
      },
      isDemo: true,
    },
    {
      slug: JAYAPURA.mppSlug,
      name: 'Mal Pelayanan Publik Kota Jayapura',
      regencyCode: '91.71',
      address: 'Jl. Ahmad Yani, Kel. Gurabesi, Kec. Jayapura Utara, Kota Jayapura, Papua',
      latitude: -2.5337,
      longitude: 140.7181,
      timeZone: 'Asia/Jayapura',
      openingHours: {
        mon: WEEKDAYS_0800_1500,
        tue: WEEKDAYS_0800_1500,
        wed: WEEKDAYS_0800_1500,
        thu: WEEKDAYS_0800_1500,
        fri: [{ opens: '08:00', closes: '15:30' }],
      },
      closures: [{ date: '2026-03-09', reason: 'Pengasapan (fogging) dan pembersihan gedung MPP (data demo)' }],
      maklumat: {
        text: MAKLUMAT_TEXT,
        signatoryName: 'Yohanes Wanimbo, S.E., M.M. (nama fiktif, data demo)',
        signatoryTitle: dpmptspHead(JAYAPURA.cityName),
      },
      contact: {
        phone: '(0967) 0000-0001',
        email: 'layanan@mpp-jayapura.example',
        website: 'https://mpp-jayapura.example',
      },
      isDemo: true,
    },
  ];
}
