import type { DemoCity } from './cities.js';
import type { ServiceDraft } from './draft.js';
import { need, optional } from './requirements.js';
import { type BuildStandard, free, hours, minutes, steps } from './standard-builder.js';

/** Pendaftaran penduduk services of a city's Dukcapil: KTP-el, KK, KIA, pindah datang, IKD. */

/** UU 24/2013 Pasal 79A: no fee for any population document. */
export const ADMINDUK_FREE = free(
  'Undang-Undang Nomor 24 Tahun 2013 Pasal 79A: pengurusan dan penerbitan dokumen kependudukan tidak dipungut biaya',
);

const KTP_PRINT_STEPS = steps(
  'Ambil nomor antrean dan serahkan dokumen',
  'Petugas memverifikasi data pada SIAK Terpusat',
  'Pencetakan KTP-el',
  'Pemohon memeriksa data dan menerima KTP-el',
);

const KK_STEPS = steps(
  'Ambil nomor antrean dan serahkan dokumen serta formulir biodata keluarga (F-1.01)',
  'Verifikasi dan pemutakhiran data pada SIAK Terpusat',
  'Penandatanganan elektronik oleh Kepala Dinas',
  ['Penyerahan KK', 'KK dicetak di kertas HVS atau dikirim dalam bentuk PDF ke email pemohon.'],
);

export function buildResidentRegistrationServices(standard: BuildStandard, city: DemoCity): ServiceDraft[] {
  return [
    {
      slug: 'perekaman-ktp-el',
      name: 'Perekaman Data KTP-el',
      description:
        'Perekaman foto, sidik jari, iris mata, dan tanda tangan bagi penduduk yang berusia 17 tahun, sudah kawin, atau pernah kawin.',
      category: 'kependudukan',
      modes: ['walk_in'],
      keywords: ['rekam ktp', 'rekam e-ktp', 'perekaman ktp', 'ktp pemula', 'umur 17 tahun', 'rekam biometrik'],
      standard: standard({
        requirements: [
          need('kk'),
          optional('surat_nikah', { notes: 'Bagi penduduk di bawah 17 tahun yang sudah atau pernah kawin.' }),
        ],
        procedure: steps(
          'Ambil nomor antrean perekaman',
          'Petugas memeriksa NIK pada SIAK Terpusat',
          'Perekaman foto, sidik jari, iris mata, dan tanda tangan',
          'Penyerahan bukti perekaman',
        ),
        timeLimit: minutes(15),
        fee: ADMINDUK_FREE,
        product: 'Data biometrik terekam; KTP-el dicetak setelah data terverifikasi',
      }),
    },
    {
      slug: 'penerbitan-ktp-el-baru',
      name: 'Penerbitan KTP-el Baru (Pemula)',
      description: 'Pencetakan KTP-el pertama bagi penduduk yang telah melakukan perekaman dan datanya terverifikasi.',
      category: 'kependudukan',
      modes: ['walk_in'],
      keywords: ['bikin ktp', 'buat ktp', 'ktp baru', 'e-ktp baru', 'cetak ktp', 'ktp pemula', 'ektp', 'ktp 17 tahun'],
      standard: standard({
        requirements: [need('kk')],
        procedure: KTP_PRINT_STEPS,
        timeLimit: hours(1),
        fee: ADMINDUK_FREE,
        product: 'KTP-el',
      }),
    },
    {
      slug: 'penerbitan-ktp-el-rusak',
      name: 'Penerbitan KTP-el karena Rusak',
      description: 'Penggantian KTP-el yang patah, retak, pudar, atau cipnya tidak terbaca.',
      category: 'kependudukan',
      modes: ['walk_in'],
      keywords: ['ktp rusak', 'e-ktp rusak', 'ktp patah', 'ktp retak', 'chip ktp rusak', 'ktp pudar', 'ganti ktp'],
      standard: standard({
        requirements: [need('ktp_el', { name: 'KTP-el yang rusak' }), need('kk')],
        procedure: KTP_PRINT_STEPS,
        timeLimit: hours(1),
        fee: ADMINDUK_FREE,
        product: 'KTP-el pengganti; KTP-el yang rusak ditarik',
      }),
    },
    {
      slug: 'penerbitan-ktp-el-hilang',
      name: 'Penerbitan KTP-el karena Hilang',
      description: 'Penggantian KTP-el yang hilang atau dicuri.',
      category: 'kependudukan',
      modes: ['walk_in'],
      keywords: ['ktp hilang', 'e-ktp hilang', 'ktp-el hilang', 'kehilangan ktp', 'ktp dicuri', 'dompet hilang ktp'],
      standard: standard({
        requirements: [need('kk'), need('surat_keterangan_hilang_kepolisian')],
        procedure: KTP_PRINT_STEPS,
        timeLimit: hours(1),
        fee: ADMINDUK_FREE,
        product: 'KTP-el pengganti',
      }),
    },
    {
      slug: 'penerbitan-ktp-el-perubahan-data',
      name: 'Penerbitan KTP-el karena Perubahan Data',
      description: 'Penerbitan KTP-el baru karena perubahan status perkawinan, alamat, pekerjaan, agama, atau nama.',
      category: 'kependudukan',
      modes: ['walk_in'],
      keywords: [
        'ganti status ktp',
        'ubah alamat ktp',
        'ganti pekerjaan ktp',
        'update ktp',
        'ktp salah',
        'ganti data ktp',
      ],
      standard: standard({
        requirements: [
          need('ktp_el', { name: 'KTP-el lama' }),
          need('kk', { name: 'KK yang sudah memuat data terbaru' }),
          optional('surat_nikah', { notes: 'Untuk perubahan status kawin.' }),
          optional('akta_cerai', { notes: 'Untuk perubahan status cerai hidup.' }),
        ],
        procedure: KTP_PRINT_STEPS,
        timeLimit: hours(1),
        fee: ADMINDUK_FREE,
        product: 'KTP-el dengan data terbaru; KTP-el lama ditarik',
      }),
    },
    {
      slug: 'aktivasi-ikd',
      name: 'Aktivasi Identitas Kependudukan Digital (IKD)',
      description:
        'Aktivasi KTP digital di aplikasi Identitas Kependudukan Digital (IKD) dengan verifikasi wajah oleh petugas.',
      category: 'kependudukan',
      modes: ['walk_in'],
      keywords: ['ikd', 'ktp digital', 'e-ktp digital', 'aktivasi ktp digital', 'ktp di hp', 'identitas digital'],
      standard: standard({
        legalBasis: [
          'Peraturan Menteri Dalam Negeri Nomor 72 Tahun 2022 tentang Standar dan Spesifikasi Perangkat Keras, Perangkat Lunak, dan Blangko KTP-el serta Penyelenggaraan Identitas Kependudukan Digital',
        ],
        requirements: [
          need('ktp_el'),
          need('email_dan_nomor_ponsel', { name: 'Ponsel pintar dengan aplikasi IKD, nomor ponsel, dan email aktif' }),
        ],
        procedure: steps(
          'Unduh aplikasi IKD dan isi NIK, email, serta nomor ponsel',
          'Verifikasi wajah di aplikasi',
          'Petugas memindai kode QR aktivasi',
          'Aktivasi melalui kode yang dikirim ke email',
        ),
        timeLimit: minutes(10),
        fee: ADMINDUK_FREE,
        product: 'IKD aktif di ponsel pemohon',
        implementers: 1,
      }),
    },
    {
      slug: 'penerbitan-kk-baru',
      name: 'Penerbitan Kartu Keluarga Baru',
      description: 'Penerbitan KK untuk keluarga baru, misalnya setelah menikah atau pisah dari KK orang tua.',
      category: 'kependudukan',
      modes: ['walk_in'],
      keywords: ['kk baru', 'bikin kk', 'buat kk', 'kartu keluarga baru', 'pisah kk', 'kk setelah menikah', 'pecah kk'],
      standard: standard({
        requirements: [
          need('kk', { name: 'KK lama (KK orang tua)' }),
          need('surat_nikah'),
          need('ktp_el'),
          optional('surat_keterangan_pindah', { notes: 'Bila salah satu pasangan berasal dari luar daerah.' }),
        ],
        procedure: KK_STEPS,
        timeLimit: hours(1),
        fee: ADMINDUK_FREE,
        product: 'Kartu Keluarga baru dan KK lama yang telah diperbarui',
      }),
    },
    {
      slug: 'penerbitan-kk-perubahan-data',
      name: 'Penerbitan KK karena Perubahan Data',
      description:
        'Penerbitan KK karena penambahan anggota (kelahiran, numpang KK), pengurangan anggota (kematian, pindah), atau perubahan elemen data.',
      category: 'kependudukan',
      modes: ['walk_in'],
      keywords: [
        'tambah anggota kk',
        'masukkan anak ke kk',
        'ubah kk',
        'hapus anggota kk',
        'update kk',
        'numpang kk',
        'ganti kk',
      ],
      standard: standard({
        requirements: [
          need('kk', { name: 'KK lama' }),
          optional('akta_kelahiran', {
            name: 'Akta kelahiran atau surat keterangan kelahiran',
            notes: 'Untuk penambahan anak.',
          }),
          optional('akta_kematian', { notes: 'Untuk pengurangan anggota yang meninggal.' }),
          optional('surat_keterangan_pindah', { notes: 'Untuk anggota yang pindah datang.' }),
        ],
        procedure: KK_STEPS,
        timeLimit: hours(1),
        fee: ADMINDUK_FREE,
        product: 'Kartu Keluarga dengan data terbaru',
      }),
    },
    {
      slug: 'penerbitan-kk-hilang-rusak',
      name: 'Penerbitan KK karena Hilang atau Rusak',
      description: 'Penerbitan ulang KK yang hilang atau rusak.',
      category: 'kependudukan',
      modes: ['walk_in'],
      keywords: ['kk hilang', 'kartu keluarga hilang', 'kk rusak', 'kk sobek', 'cetak ulang kk'],
      standard: standard({
        requirements: [
          need('ktp_el', { name: 'KTP-el kepala keluarga atau anggota keluarga' }),
          optional('surat_keterangan_hilang_kepolisian', { notes: 'Untuk KK yang hilang.' }),
          optional('kk', { name: 'KK yang rusak', notes: 'Untuk KK yang rusak.' }),
        ],
        procedure: KK_STEPS,
        timeLimit: hours(1),
        fee: ADMINDUK_FREE,
        product: 'Kartu Keluarga',
      }),
    },
    {
      slug: 'penerbitan-kia',
      name: 'Penerbitan Kartu Identitas Anak (KIA)',
      description: 'Penerbitan KIA bagi anak WNI berusia kurang dari 17 tahun dan belum kawin.',
      category: 'kependudukan',
      modes: ['walk_in'],
      keywords: ['kia', 'ktp anak', 'kartu identitas anak', 'kartu anak'],
      standard: standard({
        legalBasis: ['Peraturan Menteri Dalam Negeri Nomor 2 Tahun 2016 tentang Kartu Identitas Anak'],
        requirements: [
          need('akta_kelahiran', { name: 'Kutipan akta kelahiran anak' }),
          need('kk'),
          need('ktp_el', { name: 'KTP-el orang tua atau wali' }),
          optional('pas_foto', {
            name: 'Pas foto anak 2x3, 2 lembar',
            notes: 'Untuk anak berusia 5 tahun atau lebih.',
          }),
        ],
        procedure: steps(
          'Ambil nomor antrean dan serahkan dokumen',
          'Verifikasi data anak pada SIAK Terpusat',
          'Pencetakan KIA',
          'Penyerahan KIA kepada orang tua atau wali',
        ),
        timeLimit: hours(1),
        fee: ADMINDUK_FREE,
        product: 'Kartu Identitas Anak',
      }),
    },
    {
      slug: 'pindah-keluar',
      name: 'Penerbitan Surat Keterangan Pindah (Pindah Keluar)',
      description: `Penerbitan SKPWNI bagi penduduk ${city.cityName} yang pindah ke kabupaten/kota lain.`,
      category: 'kependudukan',
      modes: ['walk_in', 'online'],
      keywords: [
        'pindah domisili',
        'surat pindah',
        'skpwni',
        'pindah keluar kota',
        'mutasi penduduk',
        'pindah ktp',
        'pindah alamat',
      ],
      standard: standard({
        requirements: [need('kk'), need('ktp_el', { name: 'KTP-el anggota keluarga yang pindah' })],
        procedure: steps(
          'Ambil nomor antrean dan isi formulir pindah (F-1.03)',
          'Verifikasi data dan alamat tujuan',
          'Penerbitan SKPWNI dan KK baru bagi anggota yang tidak pindah',
        ),
        timeLimit: hours(1),
        fee: ADMINDUK_FREE,
        product: 'Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI)',
      }),
    },
    {
      slug: 'pindah-datang',
      name: 'Pendaftaran Pindah Datang',
      description: `Pendaftaran penduduk yang pindah dari daerah lain ke ${city.cityName}, sampai terbit KK dan KTP-el dengan alamat baru.`,
      category: 'kependudukan',
      modes: ['walk_in', 'online'],
      keywords: ['pindah datang', 'lapor pindah datang', 'pindah domisili masuk', 'ganti alamat ktp', 'skpwni'],
      standard: standard({
        requirements: [
          need('surat_keterangan_pindah'),
          need('ktp_el'),
          optional('kk', { name: 'KK yang akan ditumpangi', notes: 'Bila numpang KK keluarga di alamat tujuan.' }),
        ],
        procedure: steps(
          'Ambil nomor antrean dan serahkan SKPWNI',
          'Verifikasi data kepindahan pada SIAK Terpusat',
          'Penerbitan KK dengan alamat baru',
          'Pencetakan KTP-el dengan alamat baru',
        ),
        timeLimit: hours(1),
        fee: ADMINDUK_FREE,
        product: 'KK dan KTP-el dengan alamat baru',
      }),
    },
  ];
}
