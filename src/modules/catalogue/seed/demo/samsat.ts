import type { DemoCity, DemoCityKey } from './cities.js';
import { type TenantDraft, withSlugSuffix } from './draft.js';
import { need, optional } from './requirements.js';
import { type BuildStandard, defineStandard, formula, free, minutes, steps, workingDays } from './standard-builder.js';

/**
 * The province's Samsat gerai: run by the provincial Bapenda together with the regional police
 * (registration, STNK, TNKB) and Jasa Raharja (SWDKLLJ) under Perpres 5/2015. One tenant per
 * province; slugs end with the province key (`pembayaran-pkb-tahunan-jatim`).
 */

const PROVINCES: Record<DemoCityKey, { key: string; shortName: string; police: string }> = {
  surabaya: { key: 'jatim', shortName: 'Samsat Jatim', police: 'Polda Jawa Timur' },
  makassar: { key: 'sulsel', shortName: 'Samsat Sulsel', police: 'Polda Sulawesi Selatan' },
  jayapura: { key: 'papua', shortName: 'Samsat Papua', police: 'Polda Papua' },
};

const REGIONAL_TAX_LAW =
  'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah';
const POLRI_PNBP =
  'Peraturan Pemerintah Nomor 76 Tahun 2020 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Kepolisian Negara Republik Indonesia';
const SWDKLLJ_BASIS =
  'Peraturan Menteri Keuangan Nomor 16/PMK.010/2017 tentang Besar Santunan dan Sumbangan Wajib Dana Kecelakaan Lalu Lintas Jalan';
const REGISTRATION_REGULATION =
  'Peraturan Kepolisian Negara Republik Indonesia Nomor 7 Tahun 2021 tentang Registrasi dan Identifikasi Kendaraan Bermotor';

export function buildSamsatTenant(city: DemoCity): TenantDraft {
  const province = PROVINCES[city.key];
  const bapenda = `Badan Pendapatan Daerah Provinsi ${city.provinceName}`;
  const bylaw = `Peraturan Daerah Provinsi ${city.provinceName} tentang Pajak Daerah dan Retribusi Daerah`;
  // Short citations: the full titles are in the legal basis, and the fee's basis is limited to 500 characters.
  const taxBasis = `UU 1/2022; ${bylaw}; PMK 16/PMK.010/2017 (SWDKLLJ); PP 76/2020 (PNBP Polri)`;
  const profile = {
    unitName: `Samsat ${city.provinceName}`,
    legalBasis: [
      'Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan',
      REGIONAL_TAX_LAW,
      'Peraturan Presiden Nomor 5 Tahun 2015 tentang Penyelenggaraan Sistem Administrasi Manunggal Satu Atap Kendaraan Bermotor',
      bylaw,
    ],
    supervisors: `Kepala ${bapenda} dan Kepala UPT Samsat, Direktorat Lalu Lintas ${province.police}, PT Jasa Raharja, serta Inspektorat Provinsi ${city.provinceName}`,
    complaintChannels: ['aplikasi Samsat Digital Nasional (SIGNAL)', `layanan pengaduan Samsat ${city.provinceName}`],
    competence: [
      'Petugas Bapenda, Polri, dan Jasa Raharja yang memahami prosedur Samsat',
      'Mampu mengoperasikan sistem informasi Samsat',
    ],
    facilities: [
      'Komputer terhubung sistem informasi Samsat',
      'Area cek fisik kendaraan di pelataran parkir MPP',
      'Loket kas bank persepsi',
    ],
    implementers: 3,
  };
  const standard: BuildStandard = (parts) => defineStandard(profile, parts);
  const taxStandard: BuildStandard = (parts) =>
    standard({ ...parts, legalBasis: [SWDKLLJ_BASIS, POLRI_PNBP, ...(parts.legalBasis ?? [])] });

  const draft: TenantDraft = {
    slug: `bapenda-provinsi-${province.key}`,
    name: bapenda,
    shortName: province.shortName,
    type: 'pemerintah_provinsi',
    parentOrganisation: `Pemerintah Provinsi ${city.provinceName}`,
    description: `Gerai Samsat ${city.provinceName}: pajak kendaraan bermotor, STNK, dan TNKB, diselenggarakan bersama ${province.police} dan PT Jasa Raharja.`,
    gerai: [
      {
        mppSlug: city.mppSlug,
        counters: [
          { label: 'Pajak Tahunan', serviceSlugs: ['pembayaran-pkb-tahunan', 'lapor-jual-kendaraan'] },
          {
            label: 'STNK Lima Tahunan dan Balik Nama',
            serviceSlugs: [
              'pengesahan-stnk-lima-tahunan',
              'balik-nama-kendaraan',
              'mutasi-keluar-kendaraan',
              'mutasi-masuk-kendaraan',
            ],
          },
        ],
      },
    ],
    services: [
      {
        slug: 'pembayaran-pkb-tahunan',
        name: 'Pembayaran Pajak Kendaraan Bermotor Tahunan',
        description:
          'Pembayaran PKB dan SWDKLLJ tahunan sekaligus pengesahan STNK tahunan untuk sepeda motor dan mobil.',
        category: 'transportasi',
        modes: ['walk_in', 'online'],
        keywords: [
          'bayar pajak motor',
          'bayar pajak mobil',
          'pajak stnk',
          'pajak kendaraan',
          'pkb',
          'pajak tahunan motor',
          'samsat',
          'signal',
          'pajak telat',
          'stnk tahunan',
        ],
        standard: taxStandard({
          requirements: [
            need('ktp_el', { notes: 'Sesuai nama pada STNK; bila berbeda, bawa bukti kepemilikan atau surat kuasa.' }),
            need('stnk'),
          ],
          procedure: steps(
            'Ambil nomor antrean dan serahkan KTP-el serta STNK',
            'Petugas menetapkan PKB, opsen PKB, dan SWDKLLJ',
            'Bayar di kas bank persepsi',
            'Pengesahan STNK dan penyerahan notice pajak',
          ),
          timeLimit: minutes(30),
          fee: formula(
            'PKB = NJKB x bobot x tarif PKB (Perda, paling tinggi 1,2% untuk kepemilikan pertama; progresif untuk kepemilikan berikutnya) + opsen PKB 66% ' +
              'dari PKB terutang + SWDKLLJ (sepeda motor Rp35.000, mobil penumpang Rp143.000) + PNBP pengesahan STNK (roda dua Rp25.000, roda empat Rp50.000); ' +
              'keterlambatan dikenai sanksi administratif 1% per bulan',
            taxBasis,
          ),
          product: 'STNK yang disahkan dan notice PKB/SWDKLLJ',
        }),
      },
      {
        slug: 'pengesahan-stnk-lima-tahunan',
        name: 'Penggantian STNK dan TNKB Lima Tahunan (Ganti Plat)',
        description: 'Penerbitan STNK dan pelat nomor (TNKB) baru setiap lima tahun, dengan cek fisik kendaraan.',
        category: 'transportasi',
        modes: ['walk_in'],
        keywords: [
          'ganti plat',
          'plat nomor baru',
          'stnk 5 tahun',
          'perpanjang stnk 5 tahunan',
          'ganti nopol',
          'tnkb',
          'stnk lima tahunan',
        ],
        standard: taxStandard({
          legalBasis: [REGISTRATION_REGULATION],
          requirements: [need('ktp_el'), need('stnk'), need('bpkb'), need('hasil_cek_fisik_kendaraan')],
          procedure: steps(
            'Bawa kendaraan untuk cek fisik nomor rangka dan nomor mesin',
            'Serahkan berkas dan hasil cek fisik di loket',
            'Penetapan pajak dan PNBP',
            'Bayar di kas bank persepsi',
            'Penyerahan STNK baru; TNKB diambil setelah dicetak',
          ),
          timeLimit: workingDays(1),
          fee: formula(
            'PKB tahun berjalan + opsen PKB + SWDKLLJ + PNBP penerbitan STNK (roda dua Rp100.000, roda empat Rp200.000) + PNBP TNKB (roda dua Rp60.000, roda empat Rp100.000)',
            taxBasis,
          ),
          product: 'STNK baru dan TNKB baru',
        }),
      },
      {
        slug: 'balik-nama-kendaraan',
        name: 'Balik Nama Kendaraan Bermotor Bekas (Ganti Pemilik)',
        description: 'Balik nama STNK dan BPKB kendaraan bekas dalam satu provinsi ke atas nama pemilik baru.',
        category: 'transportasi',
        modes: ['walk_in'],
        keywords: [
          'balik nama motor',
          'balik nama mobil',
          'bbnkb',
          'bbn',
          'ganti nama stnk',
          'ganti pemilik kendaraan',
          'beli motor bekas',
          'bbn 2',
        ],
        standard: taxStandard({
          legalBasis: [REGISTRATION_REGULATION],
          requirements: [
            need('ktp_el', { name: 'KTP-el pemilik baru' }),
            need('stnk'),
            need('bpkb'),
            need('kuitansi_jual_beli'),
            need('hasil_cek_fisik_kendaraan'),
          ],
          procedure: steps(
            'Cek fisik kendaraan',
            'Pendaftaran BPKB ganti pemilik di loket Polri',
            'Penetapan pajak dan PNBP',
            'Bayar di kas bank persepsi',
            'Penyerahan STNK dan TNKB baru; BPKB diambil sesuai jadwal',
          ),
          timeLimit: workingDays(14),
          fee: formula(
            'BBNKB hanya dikenakan atas penyerahan pertama (kendaraan baru), sehingga kendaraan bekas membayar: PNBP BPKB ganti pemilik (roda dua Rp225.000, ' +
              'roda empat Rp375.000) + STNK (Rp100.000/Rp200.000) + TNKB (Rp60.000/Rp100.000) + PKB tahun berjalan, opsen PKB, dan SWDKLLJ',
            taxBasis,
          ),
          product: 'STNK, TNKB, dan BPKB atas nama pemilik baru',
        }),
      },
      {
        slug: 'mutasi-keluar-kendaraan',
        name: 'Mutasi Kendaraan ke Luar Provinsi (Cabut Berkas)',
        description: 'Pengurusan surat mutasi dan pencabutan berkas kendaraan yang akan didaftarkan di provinsi lain.',
        category: 'transportasi',
        modes: ['walk_in'],
        keywords: [
          'mutasi kendaraan',
          'cabut berkas',
          'mutasi keluar',
          'pindah plat luar provinsi',
          'mutasi motor luar kota',
        ],
        standard: taxStandard({
          legalBasis: [REGISTRATION_REGULATION],
          requirements: [
            need('ktp_el'),
            need('stnk'),
            need('bpkb'),
            need('hasil_cek_fisik_kendaraan'),
            optional('kuitansi_jual_beli', { notes: 'Bila mutasi disertai ganti pemilik.' }),
          ],
          procedure: steps(
            'Cek fisik kendaraan',
            'Pelunasan PKB',
            'Permohonan mutasi di loket Polri',
            'Penerbitan surat mutasi dan berkas kendaraan tersegel',
          ),
          timeLimit: workingDays(3),
          fee: formula(
            'PNBP surat mutasi ke luar daerah: roda dua Rp150.000, roda empat Rp250.000, ditambah pelunasan PKB yang terutang',
            taxBasis,
          ),
          product: 'Surat mutasi kendaraan dan berkas tersegel untuk didaftarkan di daerah tujuan',
        }),
      },
      {
        slug: 'mutasi-masuk-kendaraan',
        name: 'Pendaftaran Kendaraan Mutasi Masuk',
        description: `Pendaftaran kendaraan dari provinsi lain sehingga memperoleh STNK dan TNKB ${city.provinceName}.`,
        category: 'transportasi',
        modes: ['walk_in'],
        keywords: ['mutasi masuk', 'daftar kendaraan luar daerah', 'ganti plat daerah', 'motor plat luar'],
        standard: taxStandard({
          legalBasis: [REGISTRATION_REGULATION],
          requirements: [
            need('ktp_el', { name: 'KTP-el beralamat di provinsi tujuan' }),
            need('formulir_permohonan', { name: 'Surat mutasi dan berkas kendaraan tersegel dari daerah asal' }),
            need('bpkb'),
            need('hasil_cek_fisik_kendaraan'),
          ],
          procedure: steps(
            'Cek fisik kendaraan',
            'Penyerahan berkas mutasi',
            'Penetapan pajak dan PNBP',
            'Bayar di kas bank persepsi',
            'Penyerahan STNK dan TNKB baru',
          ),
          timeLimit: workingDays(3),
          fee: formula(
            'PNBP STNK (roda dua Rp100.000, roda empat Rp200.000) + TNKB (Rp60.000/Rp100.000) + PKB tahun berjalan, opsen PKB, dan SWDKLLJ',
            taxBasis,
          ),
          product: `STNK dan TNKB ${city.provinceName}`,
        }),
      },
      {
        slug: 'lapor-jual-kendaraan',
        name: 'Lapor Jual dan Pemblokiran Data Kendaraan',
        description:
          'Pemblokiran data kendaraan yang sudah dijual agar pemilik lama tidak terkena pajak progresif atau tilang elektronik.',
        category: 'transportasi',
        modes: ['walk_in', 'online'],
        keywords: [
          'lapor jual',
          'blokir stnk',
          'blokir kendaraan',
          'motor sudah dijual',
          'pajak progresif',
          'blokir nopol',
        ],
        standard: standard({
          requirements: [
            need('ktp_el', { name: 'KTP-el pemilik lama sesuai STNK' }),
            optional('stnk', { name: 'Fotokopi STNK' }),
            optional('kuitansi_jual_beli'),
          ],
          procedure: steps(
            'Ambil nomor antrean',
            'Isi formulir lapor jual atau blokir',
            'Verifikasi identitas pemilik',
            'Data kendaraan diblokir dan bukti diserahkan',
          ),
          timeLimit: minutes(20),
          fee: free(),
          product: 'Bukti pemblokiran data kendaraan',
          implementers: 1,
        }),
      },
    ],
  };
  return withSlugSuffix(draft, province.key);
}
