import { JAYAPURA, MAKASSAR, SURABAYA } from './cities.js';
import type { TenantDraft } from './draft.js';
import { need, optional } from './requirements.js';
import {
  defineStandard,
  fixed,
  formula,
  free,
  minutes,
  type StandardParts,
  steps,
  workingDays,
} from './standard-builder.js';

/** Ditjen Imigrasi: one tenant, a gerai of the local Kantor Imigrasi in each MPP. */

const PROFILE = {
  unitName: 'Kantor Imigrasi',
  legalBasis: [
    'Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian',
    'Peraturan Pemerintah Nomor 31 Tahun 2013 tentang Peraturan Pelaksanaan Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian',
    'Peraturan Menteri Hukum dan HAM Nomor 8 Tahun 2014 tentang Paspor Biasa dan Surat Perjalanan Laksana Paspor, sebagaimana telah diubah dengan Peraturan Menteri Hukum dan HAM Nomor 18 Tahun 2022',
  ],
  supervisors: 'Kepala Kantor Imigrasi dan Kepala Seksi Lalu Lintas Keimigrasian, serta Inspektorat Jenderal',
  complaintChannels: [
    'Unit Layanan Pengaduan Kantor Imigrasi',
    'aplikasi M-Paspor dan media sosial resmi Direktorat Jenderal Imigrasi',
  ],
  competence: [
    'Pejabat imigrasi yang telah mengikuti pelatihan pelayanan paspor',
    'Mampu mengoperasikan Sistem Informasi Manajemen Keimigrasian (SIMKIM) dan perangkat biometrik',
    'Mampu melakukan wawancara dan pemeriksaan keaslian dokumen',
  ],
  facilities: [
    'Perangkat pengambilan foto dan sidik jari',
    'Komputer terhubung SIMKIM',
    'Alat pemeriksa keaslian dokumen (UV/loupe)',
  ],
  implementers: 4,
  securityNote: 'Paspor hanya diserahkan kepada pemohon atau kuasanya dengan tanda terima dan bukti pembayaran.',
};

const PNBP_BASIS =
  'Peraturan Pemerintah Nomor 28 Tahun 2019 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Kementerian Hukum dan HAM';

/** Every paid passport service cites the PNBP tariff regulation. */
function standard(parts: StandardParts) {
  const legalBasis = parts.fee.kind === 'free' ? (parts.legalBasis ?? []) : [PNBP_BASIS, ...(parts.legalBasis ?? [])];
  return defineStandard(PROFILE, { ...parts, legalBasis });
}

const IDENTITY_DOCUMENTS = [
  need('ktp_el'),
  need('kk'),
  need('akta_kelahiran', {
    name: 'Akta kelahiran, ijazah, buku nikah, atau surat baptis',
    notes: 'Salah satu dokumen yang memuat nama, tempat dan tanggal lahir, serta nama orang tua.',
  }),
];

const ISSUE_STEPS = steps(
  [
    'Daftar melalui aplikasi M-Paspor',
    'Pilih unit layanan di MPP dan jadwal kedatangan, lalu unggah dokumen persyaratan.',
  ],
  ['Bayar PNBP', 'Bayar sesuai kode billing melalui bank, kantor pos, atau kanal pembayaran yang ditunjuk.'],
  ['Datang ke gerai sesuai jadwal', 'Tunjukkan kode booking dan seluruh dokumen asli.'],
  'Pemeriksaan dokumen, pengambilan foto dan sidik jari, serta wawancara',
  'Proses verifikasi dan pencetakan paspor',
  ['Pengambilan paspor', 'Paspor diambil di gerai dengan membawa tanda terima.'],
);

export function buildImigrasiTenant(): TenantDraft {
  return {
    slug: 'ditjen-imigrasi',
    name: 'Direktorat Jenderal Imigrasi',
    shortName: 'Imigrasi',
    type: 'kementerian_lembaga',
    parentOrganisation: 'Kementerian Imigrasi dan Pemasyarakatan',
    website: 'https://www.imigrasi.go.id',
    description: 'Gerai Kantor Imigrasi setempat untuk penerbitan dan penggantian paspor Republik Indonesia.',
    gerai: [
      {
        mppSlug: SURABAYA.mppSlug,
        counters: [
          { label: 'Paspor Baru', serviceSlugs: ['penerbitan-paspor-biasa', 'penerbitan-paspor-elektronik'] },
          {
            label: 'Penggantian Paspor',
            serviceSlugs: ['penggantian-paspor-habis-berlaku', 'penggantian-paspor-hilang-rusak'],
          },
          { label: 'Informasi Keimigrasian', serviceSlugs: ['konsultasi-keimigrasian'] },
        ],
      },
      {
        mppSlug: MAKASSAR.mppSlug,
        counters: [
          { label: 'Paspor Baru', serviceSlugs: ['penerbitan-paspor-biasa', 'penerbitan-paspor-elektronik'] },
          {
            label: 'Penggantian Paspor dan Informasi',
            serviceSlugs: [
              'penggantian-paspor-habis-berlaku',
              'penggantian-paspor-hilang-rusak',
              'konsultasi-keimigrasian',
            ],
          },
        ],
      },
      {
        mppSlug: JAYAPURA.mppSlug,
        counters: [
          {
            label: 'Layanan Paspor',
            serviceSlugs: [
              'penerbitan-paspor-biasa',
              'penggantian-paspor-habis-berlaku',
              'penggantian-paspor-hilang-rusak',
            ],
          },
          { label: 'Informasi Keimigrasian', serviceSlugs: ['konsultasi-keimigrasian'] },
        ],
      },
    ],
    services: [
      {
        slug: 'penerbitan-paspor-biasa',
        name: 'Penerbitan Paspor Biasa',
        description:
          'Penerbitan paspor biasa 48 halaman (non-elektronik) bagi WNI yang belum pernah memiliki paspor, ' +
          'untuk wisata, umrah, studi, atau bekerja. Masa berlaku paling lama 10 tahun.',
        category: 'keimigrasian',
        modes: ['appointment', 'walk_in'],
        keywords: [
          'paspor baru',
          'bikin paspor',
          'buat paspor',
          'urus paspor',
          'paspor pertama',
          'passport',
          'paspor umroh',
          'paspor anak',
          'm-paspor',
        ],
        standard: standard({
          requirements: [
            ...IDENTITY_DOCUMENTS,
            optional('surat_nikah', {
              name: 'Buku nikah orang tua serta KTP-el dan paspor kedua orang tua',
              notes: 'Untuk pemohon anak di bawah 17 tahun yang belum kawin; anak wajib hadir bersama orang tua.',
            }),
          ],
          procedure: ISSUE_STEPS,
          timeLimit: workingDays(4),
          fee: fixed(350_000, `${PNBP_BASIS}: paspor biasa 48 halaman non-elektronik Rp350.000`),
          product: 'Paspor biasa 48 halaman (non-elektronik)',
        }),
      },
      {
        slug: 'penerbitan-paspor-elektronik',
        name: 'Penerbitan Paspor Elektronik',
        description:
          'Penerbitan paspor elektronik 48 halaman dengan cip data biometrik bagi WNI yang belum pernah memiliki paspor. ' +
          'Memudahkan pengajuan bebas visa atau visa waiver di beberapa negara.',
        category: 'keimigrasian',
        modes: ['appointment', 'walk_in'],
        keywords: ['e-paspor', 'paspor elektronik', 'epaspor', 'paspor chip', 'bikin e-paspor', 'visa waiver jepang'],
        standard: standard({
          requirements: IDENTITY_DOCUMENTS,
          procedure: ISSUE_STEPS,
          timeLimit: workingDays(4),
          fee: fixed(650_000, `${PNBP_BASIS}: paspor elektronik 48 halaman Rp650.000`),
          product: 'Paspor elektronik 48 halaman',
          facilities: ['Perangkat personalisasi paspor elektronik'],
        }),
      },
      {
        slug: 'penggantian-paspor-habis-berlaku',
        name: 'Penggantian Paspor Habis Masa Berlaku atau Halaman Penuh',
        description:
          'Penggantian paspor yang masa berlakunya habis atau akan habis, atau halamannya penuh, ' +
          'dengan paspor biasa atau paspor elektronik.',
        category: 'keimigrasian',
        modes: ['appointment', 'walk_in'],
        keywords: [
          'perpanjang paspor',
          'paspor habis',
          'paspor mati',
          'paspor expired',
          'paspor penuh',
          'ganti paspor',
          'renew paspor',
        ],
        standard: standard({
          requirements: [
            need('ktp_el'),
            need('paspor_lama'),
            optional('kk', { notes: 'Bila data pada paspor lama berbeda dengan KTP-el.' }),
          ],
          procedure: steps(
            ['Daftar melalui aplikasi M-Paspor', 'Pilih jenis permohonan penggantian paspor dan jadwal kedatangan.'],
            'Bayar PNBP sesuai kode billing',
            'Datang ke gerai dengan paspor lama dan KTP-el asli',
            'Pengambilan foto, sidik jari, dan wawancara singkat',
            'Proses verifikasi dan pencetakan paspor baru',
            ['Pengambilan paspor', 'Paspor lama dikembalikan setelah diberi tanda batal.'],
          ),
          timeLimit: workingDays(4),
          fee: formula(
            'Rp350.000 untuk paspor biasa non-elektronik atau Rp650.000 untuk paspor elektronik',
            PNBP_BASIS,
          ),
          product: 'Paspor baru (biasa atau elektronik) dan paspor lama yang telah dibatalkan',
        }),
      },
      {
        slug: 'penggantian-paspor-hilang-rusak',
        name: 'Penggantian Paspor Hilang atau Rusak',
        description:
          'Penggantian paspor yang hilang atau rusak (sobek, basah, data tidak terbaca). Pemohon diperiksa ' +
          'oleh pejabat imigrasi dan dibuatkan berita acara pemeriksaan.',
        category: 'keimigrasian',
        modes: ['walk_in', 'appointment'],
        keywords: [
          'kehilangan paspor',
          'paspor rusak',
          'paspor sobek',
          'paspor basah',
          'paspor kena banjir',
          'paspor dicuri',
        ],
        standard: standard({
          requirements: [
            ...IDENTITY_DOCUMENTS,
            optional('surat_keterangan_hilang_kepolisian', { notes: 'Wajib untuk paspor yang hilang.' }),
            optional('paspor_lama', { name: 'Paspor yang rusak', notes: 'Wajib untuk paspor yang rusak.' }),
          ],
          procedure: steps(
            'Ambil nomor antrean dan serahkan dokumen di gerai',
            [
              'Pemeriksaan oleh pejabat imigrasi',
              'Pemohon menjelaskan sebab hilang atau rusak dan menandatangani berita acara pemeriksaan.',
            ],
            'Bayar PNBP dan beban biaya sesuai kode billing',
            'Pengambilan foto dan sidik jari',
            'Proses verifikasi dan pencetakan paspor pengganti',
            'Pengambilan paspor dengan tanda terima',
          ),
          timeLimit: workingDays(4),
          fee: formula(
            'Tarif paspor (Rp350.000 non-elektronik atau Rp650.000 elektronik) ditambah beban biaya Rp1.000.000 untuk paspor hilang ' +
              'atau Rp500.000 untuk paspor rusak',
            PNBP_BASIS,
          ),
          product: 'Paspor pengganti dan berita acara pemeriksaan',
        }),
      },
      {
        slug: 'konsultasi-keimigrasian',
        name: 'Informasi dan Konsultasi Keimigrasian',
        description:
          'Informasi persyaratan paspor, bantuan pendaftaran M-Paspor, status permohonan, dan konsultasi keimigrasian lainnya.',
        category: 'keimigrasian',
        modes: ['walk_in'],
        keywords: [
          'tanya paspor',
          'syarat paspor',
          'cek status paspor',
          'bantuan m-paspor',
          'info imigrasi',
          'izin tinggal',
        ],
        standard: standard({
          requirements: [optional('ktp_el', { notes: 'Untuk menanyakan status permohonan.' })],
          procedure: steps(
            'Ambil nomor antrean informasi',
            'Sampaikan pertanyaan kepada petugas',
            'Petugas memberikan penjelasan atau bantuan pendaftaran',
          ),
          timeLimit: minutes(15),
          fee: free(),
          product: 'Informasi dan penjelasan layanan keimigrasian',
          implementers: 1,
        }),
      },
    ],
  };
}
