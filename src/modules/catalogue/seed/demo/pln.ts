import { ALL_DEMO_MPPS } from './cities.js';
import { sameGeraiAt, type TenantDraft } from './draft.js';
import { need, optional } from './requirements.js';
import { defineStandard, formula, free, type StandardParts, steps, workingDays } from './standard-builder.js';

/** PT PLN (Persero): a gerai of the local Unit Layanan Pelanggan. */

const SERVICE_QUALITY_REGULATION =
  'Peraturan Menteri ESDM Nomor 27 Tahun 2017 tentang Tingkat Mutu Pelayanan dan Biaya yang Terkait dengan Penyaluran Tenaga Listrik oleh PT Perusahaan Listrik Negara (Persero)';
const TARIFF_REGULATION =
  'Peraturan Menteri ESDM Nomor 28 Tahun 2016 tentang Tarif Tenaga Listrik yang Disediakan oleh PT Perusahaan Listrik Negara (Persero) beserta perubahannya';

const PROFILE = {
  unitName: 'PLN Unit Layanan Pelanggan',
  legalBasis: ['Undang-Undang Nomor 30 Tahun 2009 tentang Ketenagalistrikan', SERVICE_QUALITY_REGULATION],
  supervisors:
    'Manajer Unit Layanan Pelanggan dan Manajer Unit Pelaksana Pelayanan Pelanggan, serta Satuan Pengawasan Intern PLN',
  complaintChannels: ['aplikasi PLN Mobile', 'Contact Center PLN 123'],
  competence: [
    'Petugas pelayanan pelanggan PLN yang memahami golongan tarif dan prosedur penyambungan',
    'Mampu mengoperasikan aplikasi pelayanan pelanggan PLN',
  ],
  facilities: ['Komputer terhubung sistem pelayanan pelanggan PLN', 'Brosur golongan tarif dan daya'],
  implementers: 2,
};

function standard(parts: StandardParts) {
  return defineStandard(PROFILE, parts);
}

const CONNECTION_FEE_BASIS = `${SERVICE_QUALITY_REGULATION}; ${TARIFF_REGULATION}`;

export function buildPlnTenant(): TenantDraft {
  return {
    slug: 'pln',
    name: 'PT PLN (Persero)',
    shortName: 'PLN',
    type: 'bumn',
    website: 'https://www.pln.co.id',
    description: 'Gerai Unit Layanan Pelanggan PLN: pasang baru, perubahan daya, dan layanan pelanggan listrik.',
    gerai: sameGeraiAt(ALL_DEMO_MPPS, [
      {
        label: 'Pasang Baru dan Perubahan Daya',
        serviceSlugs: [
          'pasang-baru-listrik',
          'tambah-daya-listrik',
          'penyambungan-sementara',
          'migrasi-pascabayar-ke-prabayar',
        ],
      },
      {
        label: 'Layanan Pelanggan',
        serviceSlugs: ['balik-nama-pelanggan-pln', 'pengaduan-tagihan-listrik', 'migrasi-pascabayar-ke-prabayar'],
      },
    ]),
    services: [
      {
        slug: 'pasang-baru-listrik',
        name: 'Pasang Baru Listrik',
        description:
          'Penyambungan baru listrik prabayar (token) atau pascabayar untuk rumah, usaha, atau bangunan lain.',
        category: 'utilitas',
        modes: ['online', 'walk_in'],
        keywords: [
          'pasang listrik',
          'pasang baru pln',
          'sambung listrik baru',
          'meteran listrik baru',
          'kwh baru',
          'listrik rumah baru',
          'token listrik baru',
        ],
        standard: standard({
          legalBasis: [TARIFF_REGULATION],
          requirements: [
            need('ktp_el'),
            need('denah_lokasi', { notes: 'Atau titik koordinat lokasi bangunan.' }),
            need('slo_instalasi', {
              notes: 'Diterbitkan lembaga inspeksi teknik; dapat diurus setelah permohonan disetujui.',
            }),
            need('email_dan_nomor_ponsel'),
            optional('npwp', { notes: 'Untuk pelanggan badan usaha.' }),
          ],
          procedure: steps(
            'Ajukan permohonan di PLN Mobile atau di gerai',
            'Survei lokasi oleh petugas PLN',
            'Bayar biaya penyambungan sesuai tagihan',
            'Pemeriksaan instalasi dan penerbitan SLO',
            'Pemasangan kWh meter dan penyalaan',
          ),
          timeLimit: workingDays(5),
          fee: formula(
            'Biaya Penyambungan = daya tersambung (VA) x tarif per VA sesuai golongan dan batas daya, ditambah Uang Jaminan Langganan ' +
              'bagi pelanggan pascabayar; tidak termasuk biaya instalasi rumah dan SLO',
            CONNECTION_FEE_BASIS,
          ),
          product: 'Sambungan listrik menyala dengan ID pelanggan dan kWh meter terpasang',
        }),
      },
      {
        slug: 'tambah-daya-listrik',
        name: 'Perubahan Daya Listrik (Tambah atau Turun Daya)',
        description:
          'Penambahan atau penurunan daya tersambung, misalnya dari 900 VA ke 1.300 VA atau dari 1.300 VA ke 2.200 VA.',
        category: 'utilitas',
        modes: ['online', 'walk_in'],
        keywords: [
          'tambah daya',
          'naik daya',
          'upgrade listrik',
          'turun daya',
          '900 ke 1300',
          '1300 ke 2200',
          'listrik sering jepret',
        ],
        standard: standard({
          legalBasis: [TARIFF_REGULATION],
          requirements: [
            need('ktp_el'),
            need('rekening_listrik'),
            optional('slo_instalasi', { notes: 'Bila instalasi rumah perlu diperiksa ulang.' }),
          ],
          procedure: steps(
            'Ajukan permohonan di PLN Mobile atau di gerai',
            'Bayar biaya penyambungan tambahan sesuai tagihan',
            'Penggantian pembatas atau kWh meter oleh petugas',
            'Perubahan data daya pelanggan',
          ),
          timeLimit: workingDays(5),
          fee: formula(
            'Biaya Penyambungan = (daya baru − daya lama dalam VA) x tarif per VA sesuai golongan dan batas daya; turun daya tanpa biaya penyambungan',
            CONNECTION_FEE_BASIS,
          ),
          product: 'Daya tersambung baru dan data pelanggan yang diperbarui',
        }),
      },
      {
        slug: 'balik-nama-pelanggan-pln',
        name: 'Balik Nama Pelanggan Listrik',
        description: 'Perubahan nama pelanggan listrik karena jual beli, waris, atau pindah tangan bangunan.',
        category: 'utilitas',
        modes: ['online', 'walk_in'],
        keywords: [
          'balik nama pln',
          'ganti nama pln',
          'balik nama listrik',
          'meteran atas nama orang lain',
          'ganti nama pelanggan listrik',
        ],
        standard: standard({
          requirements: [
            need('ktp_el'),
            need('rekening_listrik'),
            need('sertifikat_tanah', {
              name: 'Bukti kepemilikan atau penguasaan bangunan (sertipikat, AJB, atau perjanjian sewa)',
            }),
          ],
          procedure: steps(
            'Ajukan permohonan dengan dokumen',
            'Verifikasi data pelanggan dan bukti kepemilikan',
            'Perubahan nama pada data pelanggan',
          ),
          timeLimit: workingDays(1),
          fee: free(),
          product: 'Data pelanggan listrik atas nama pemohon',
          implementers: 1,
        }),
      },
      {
        slug: 'migrasi-pascabayar-ke-prabayar',
        name: 'Migrasi Listrik Pascabayar ke Prabayar (Token)',
        description: 'Penggantian kWh meter pascabayar menjadi meter prabayar sehingga listrik dibeli dengan token.',
        category: 'utilitas',
        modes: ['online', 'walk_in'],
        keywords: ['ganti ke token', 'meteran token', 'pindah ke prabayar', 'listrik pulsa', 'pascabayar ke prabayar'],
        standard: standard({
          requirements: [
            need('ktp_el'),
            need('rekening_listrik', { notes: 'Tagihan bulan berjalan harus sudah lunas.' }),
          ],
          procedure: steps(
            'Ajukan permohonan',
            'Pelunasan tagihan pascabayar terakhir',
            'Penggantian kWh meter oleh petugas',
            'Pengisian token awal',
          ),
          timeLimit: workingDays(5),
          fee: formula(
            'Tanpa biaya penggantian meter; Uang Jaminan Langganan pascabayar diperhitungkan dengan tagihan terakhir',
            CONNECTION_FEE_BASIS,
          ),
          product: 'kWh meter prabayar terpasang',
          implementers: 1,
        }),
      },
      {
        slug: 'penyambungan-sementara',
        name: 'Penyambungan Listrik Sementara',
        description:
          'Penyambungan listrik untuk jangka waktu terbatas, misalnya hajatan, pameran, bazar, atau proyek konstruksi.',
        category: 'utilitas',
        modes: ['online', 'walk_in'],
        keywords: [
          'listrik sementara',
          'listrik hajatan',
          'listrik acara',
          'listrik pesta',
          'listrik bazar',
          'listrik proyek',
        ],
        standard: standard({
          legalBasis: [TARIFF_REGULATION],
          requirements: [
            need('ktp_el'),
            need('denah_lokasi'),
            need('formulir_permohonan', { name: 'Jadwal acara dan kebutuhan daya' }),
          ],
          procedure: steps(
            'Ajukan permohonan paling lambat 3 hari kerja sebelum acara',
            'Bayar biaya sesuai tagihan',
            'Pemasangan dan penyalaan sesuai jadwal',
            'Pembongkaran setelah acara',
          ),
          timeLimit: workingDays(3),
          fee: formula(
            'Biaya dihitung dari daya, lama pemakaian, dan tarif layanan khusus yang berlaku',
            TARIFF_REGULATION,
          ),
          product: 'Sambungan listrik sementara selama waktu yang dimohon',
        }),
      },
      {
        slug: 'pengaduan-tagihan-listrik',
        name: 'Pengaduan Tagihan dan Gangguan Listrik',
        description:
          'Pengaduan tagihan yang tidak wajar, token yang tidak masuk, kWh meter rusak, atau gangguan penyaluran listrik.',
        category: 'utilitas',
        modes: ['online', 'walk_in'],
        keywords: [
          'tagihan listrik naik',
          'tagihan membengkak',
          'token tidak masuk',
          'kwh rusak',
          'listrik padam',
          'meteran listrik error',
        ],
        standard: standard({
          requirements: [need('ktp_el'), need('rekening_listrik')],
          procedure: steps(
            'Sampaikan pengaduan di gerai atau PLN Mobile',
            'Pencatatan dan pemberian nomor pengaduan',
            'Pemeriksaan data atau kunjungan lapangan',
            'Penyampaian hasil penyelesaian',
          ),
          timeLimit: workingDays(3),
          fee: free(),
          product: 'Penyelesaian pengaduan dan koreksi tagihan bila terbukti',
          implementers: 1,
        }),
      },
    ],
  };
}
