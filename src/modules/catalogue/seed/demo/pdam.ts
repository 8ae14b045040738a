import type { DemoCity, DemoCityKey } from './cities.js';
import { type TenantDraft, withSlugSuffix } from './draft.js';
import { need, optional } from './requirements.js';
import { defineStandard, formula, free, type StandardParts, steps, workingDays } from './standard-builder.js';

/** The city's drinking-water company (Perumda Air Minum), one tenant per city. */

const WATER_COMPANIES: Record<DemoCityKey, { slug: string; name: string; shortName: string }> = {
  surabaya: {
    slug: 'pdam-surya-sembada-surabaya',
    name: 'Perumda Air Minum Surya Sembada Kota Surabaya',
    shortName: 'PDAM Surya Sembada',
  },
  makassar: {
    slug: 'perumda-air-minum-kota-makassar',
    name: 'Perumda Air Minum Kota Makassar',
    shortName: 'PDAM Makassar',
  },
  jayapura: { slug: 'perumda-air-minum-jayapura', name: 'Perumda Air Minum Jayapura', shortName: 'PDAM Jayapura' },
};

const TARIFF_REGULATION =
  'Peraturan Menteri Dalam Negeri Nomor 21 Tahun 2020 tentang Perhitungan dan Penetapan Tarif Air Minum';

export function buildPdamTenant(city: DemoCity): TenantDraft {
  const company = WATER_COMPANIES[city.key];
  const profile = {
    unitName: company.shortName,
    legalBasis: [
      'Peraturan Pemerintah Nomor 122 Tahun 2015 tentang Sistem Penyediaan Air Minum',
      'Peraturan Pemerintah Nomor 54 Tahun 2017 tentang Badan Usaha Milik Daerah',
      TARIFF_REGULATION,
    ],
    supervisors: `Direksi ${company.shortName} dan Satuan Pengawasan Intern, serta Dewan Pengawas yang ditetapkan Wali Kota`,
    complaintChannels: [`call center dan aplikasi pelanggan ${company.shortName}`],
    competence: [
      'Petugas hubungan pelanggan yang memahami golongan tarif dan prosedur sambungan',
      'Mampu membaca dan memeriksa meter air',
    ],
    facilities: ['Komputer terhubung sistem informasi pelanggan', 'Peta jaringan pipa distribusi'],
    implementers: 2,
  };
  const standard = (parts: StandardParts) => defineStandard(profile, parts);
  const directorsRule = `Peraturan Direksi ${company.shortName} tentang biaya layanan pelanggan; ${TARIFF_REGULATION}`;

  const draft: TenantDraft = {
    slug: company.slug,
    name: company.name,
    shortName: company.shortName,
    type: 'bumd',
    parentOrganisation: `Pemerintah ${city.cityName}`,
    description: `Perusahaan umum daerah penyedia air minum ${city.cityName}.`,
    gerai: [
      {
        mppSlug: city.mppSlug,
        counters: [
          {
            label: 'Sambungan Baru',
            serviceSlugs: ['sambungan-baru-air', 'pemindahan-meter-air', 'balik-nama-pelanggan-air'],
          },
          { label: 'Pengaduan dan Tagihan', serviceSlugs: ['pengaduan-tagihan-air', 'penyambungan-kembali-air'] },
        ],
      },
    ],
    services: [
      {
        slug: 'sambungan-baru-air',
        name: 'Pemasangan Sambungan Baru Air Minum',
        description: `Pemasangan sambungan baru air perpipaan ${company.shortName} untuk rumah tangga, usaha, atau instansi.`,
        category: 'utilitas',
        modes: ['walk_in', 'online'],
        keywords: [
          'pasang pdam',
          'sambung air pdam',
          'pasang air',
          'air ledeng',
          'pasang meteran air',
          'sambungan air baru',
          'daftar pdam',
        ],
        standard: standard({
          requirements: [
            need('ktp_el'),
            need('kk'),
            need('denah_lokasi'),
            need('sppt_pbb', { name: 'SPPT PBB-P2 atau bukti kepemilikan/sewa bangunan' }),
            optional('rekening_air', { name: 'Nomor sambungan tetangga terdekat', notes: 'Membantu survei jaringan.' }),
          ],
          procedure: steps(
            'Isi formulir pendaftaran di gerai atau aplikasi',
            'Survei lokasi dan ketersediaan jaringan pipa',
            'Bayar biaya sambungan sesuai rincian',
            'Pemasangan pipa dinas dan meter air',
            'Air mengalir dan nomor sambungan diterbitkan',
          ),
          timeLimit: workingDays(10),
          fee: formula(
            'Biaya pendaftaran + biaya pipa dan meter air menurut diameter dan jarak dari pipa distribusi + jaminan langganan; ' +
              'tarif pemakaian bulanan per golongan pelanggan sesuai Peraturan Wali Kota',
            directorsRule,
          ),
          product: 'Sambungan air minum terpasang dan nomor sambungan pelanggan',
        }),
      },
      {
        slug: 'pengaduan-tagihan-air',
        name: 'Pengaduan Tagihan dan Gangguan Air',
        description:
          'Pengaduan tagihan air yang tidak wajar, air tidak mengalir, kualitas air, pipa bocor, atau meter air rusak.',
        category: 'utilitas',
        modes: ['walk_in', 'online'],
        keywords: [
          'tagihan pdam naik',
          'tagihan air mahal',
          'air mati',
          'air tidak mengalir',
          'air keruh',
          'pipa bocor',
          'meter air rusak',
        ],
        standard: standard({
          requirements: [need('rekening_air'), need('ktp_el')],
          procedure: steps(
            'Sampaikan pengaduan dan ambil nomor pengaduan',
            'Pemeriksaan data pemakaian atau kunjungan lapangan',
            'Perbaikan atau koreksi tagihan bila terbukti',
            'Penyampaian hasil kepada pelanggan',
          ),
          timeLimit: workingDays(3),
          fee: free(),
          product: 'Penyelesaian pengaduan dan koreksi tagihan bila terbukti',
          implementers: 1,
        }),
      },
      {
        slug: 'balik-nama-pelanggan-air',
        name: 'Balik Nama Pelanggan Air',
        description: 'Perubahan nama pelanggan air karena jual beli atau waris bangunan.',
        category: 'utilitas',
        modes: ['walk_in'],
        keywords: ['balik nama pdam', 'ganti nama pdam', 'ganti nama pelanggan air'],
        standard: standard({
          requirements: [
            need('ktp_el'),
            need('rekening_air', { notes: 'Tagihan harus sudah lunas.' }),
            need('sertifikat_tanah', { name: 'Bukti kepemilikan bangunan (sertipikat, AJB, atau keterangan waris)' }),
          ],
          procedure: steps('Serahkan dokumen di gerai', 'Verifikasi dokumen dan tagihan', 'Perubahan data pelanggan'),
          timeLimit: workingDays(2),
          fee: formula('Biaya administrasi balik nama sesuai Peraturan Direksi', directorsRule),
          product: 'Data pelanggan air atas nama pemohon',
          implementers: 1,
        }),
      },
      {
        slug: 'penyambungan-kembali-air',
        name: 'Penyambungan Kembali Sambungan Air (Buka Segel)',
        description:
          'Penyambungan kembali sambungan yang ditutup atau disegel karena tunggakan, setelah tunggakan dilunasi.',
        category: 'utilitas',
        modes: ['walk_in'],
        keywords: ['buka segel pdam', 'pdam diputus', 'sambung kembali air', 'air disegel', 'tunggakan pdam'],
        standard: standard({
          requirements: [
            need('rekening_air'),
            need('bukti_pembayaran', { name: 'Bukti pelunasan tunggakan rekening air' }),
          ],
          procedure: steps(
            'Lunasi tunggakan',
            'Ajukan permohonan penyambungan kembali',
            'Petugas membuka segel dan menyalakan kembali aliran',
          ),
          timeLimit: workingDays(2),
          fee: formula(
            'Biaya penyambungan kembali sesuai Peraturan Direksi, setelah tunggakan dan denda lunas',
            directorsRule,
          ),
          product: 'Aliran air tersambung kembali',
          implementers: 1,
        }),
      },
      {
        slug: 'pemindahan-meter-air',
        name: 'Pemindahan Letak Meter Air',
        description: 'Pemindahan letak meter air atas permintaan pelanggan, misalnya karena renovasi rumah.',
        category: 'utilitas',
        modes: ['walk_in'],
        keywords: ['pindah meter air', 'geser meteran pdam', 'renovasi rumah pdam'],
        standard: standard({
          requirements: [
            need('ktp_el'),
            need('rekening_air'),
            need('denah_lokasi', { name: 'Sketsa letak meter baru' }),
          ],
          procedure: steps('Ajukan permohonan', 'Survei lokasi', 'Bayar biaya sesuai rincian', 'Pemindahan meter air'),
          timeLimit: workingDays(5),
          fee: formula(
            'Biaya material dan pekerjaan sesuai jarak pemindahan, menurut Peraturan Direksi',
            directorsRule,
          ),
          product: 'Meter air terpasang di lokasi baru',
        }),
      },
    ],
  };
  return withSlugSuffix(draft, city.key);
}
