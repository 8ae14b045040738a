import type { ServiceDraft } from './draft.js';
import { ADMINDUK_FREE } from './dukcapil-pendaftaran-penduduk.js';
import { need, optional } from './requirements.js';
import { type BuildStandard, hours, steps, workingDays } from './standard-builder.js';

/** Pencatatan sipil services of a city's Dukcapil: akta of birth, death, marriage, divorce. */

const AKTA_STEPS = steps(
  'Ambil nomor antrean dan serahkan dokumen serta formulir pelaporan',
  'Verifikasi dan validasi data pada SIAK Terpusat',
  'Pencatatan dalam register akta dan penandatanganan elektronik',
  ['Penyerahan kutipan akta', 'Akta dicetak di kertas HVS atau dikirim dalam bentuk PDF ke email pemohon.'],
);

export function buildCivilRegistryServices(standard: BuildStandard): ServiceDraft[] {
  return [
    {
      slug: 'penerbitan-akta-kelahiran',
      name: 'Penerbitan Akta Kelahiran',
      description:
        'Pencatatan kelahiran dan penerbitan kutipan akta kelahiran bagi WNI, termasuk pelaporan yang terlambat.',
      category: 'kependudukan',
      modes: ['walk_in', 'online'],
      keywords: [
        'akta lahir',
        'akte kelahiran',
        'akta kelahiran anak',
        'bikin akta lahir',
        'akte lahir bayi',
        'akta lahir terlambat',
      ],
      standard: standard({
        requirements: [
          need('surat_keterangan_kelahiran', {
            notes: 'Dari rumah sakit, puskesmas, bidan, atau dokter penolong kelahiran.',
          }),
          need('kk', { name: 'KK orang tua' }),
          need('ktp_el', { name: 'KTP-el orang tua atau pelapor' }),
          optional('surat_nikah', {
            name: 'Buku nikah atau kutipan akta perkawinan orang tua',
            notes:
              'Bila tidak ada, diganti Surat Pernyataan Tanggung Jawab Mutlak (SPTJM) kebenaran sebagai pasangan suami istri.',
          }),
          optional('surat_pernyataan', {
            name: 'SPTJM kebenaran data kelahiran',
            notes: 'Bila tidak memiliki surat keterangan kelahiran.',
          }),
        ],
        procedure: AKTA_STEPS,
        timeLimit: hours(1),
        fee: ADMINDUK_FREE,
        product: 'Kutipan akta kelahiran dan KK yang telah memuat anak',
      }),
    },
    {
      slug: 'penerbitan-akta-kematian',
      name: 'Penerbitan Akta Kematian',
      description:
        'Pencatatan kematian penduduk dan penerbitan kutipan akta kematian, sekaligus pembaruan KK keluarga yang ditinggalkan.',
      category: 'kependudukan',
      modes: ['walk_in', 'online'],
      keywords: [
        'akta kematian',
        'akte kematian',
        'surat kematian',
        'lapor kematian',
        'orang meninggal',
        'akta meninggal',
      ],
      standard: standard({
        requirements: [
          need('surat_keterangan_kematian', { notes: 'Dari rumah sakit, puskesmas, dokter, atau kelurahan.' }),
          need('kk', { name: 'KK almarhum/almarhumah' }),
          optional('ktp_el', { name: 'KTP-el almarhum/almarhumah', notes: 'Ditarik oleh petugas.' }),
          need('ktp_el', { name: 'KTP-el pelapor' }),
        ],
        procedure: AKTA_STEPS,
        timeLimit: hours(1),
        fee: ADMINDUK_FREE,
        product: 'Kutipan akta kematian dan KK yang telah diperbarui',
      }),
    },
    {
      slug: 'penerbitan-akta-perkawinan',
      name: 'Penerbitan Akta Perkawinan (Non-Muslim)',
      description:
        'Pencatatan perkawinan penduduk yang beragama selain Islam atau penghayat kepercayaan, setelah perkawinan menurut agama atau kepercayaannya.',
      category: 'kependudukan',
      modes: ['walk_in'],
      keywords: [
        'akta perkawinan',
        'akta nikah catatan sipil',
        'catatan sipil nikah',
        'nikah gereja',
        'akta kawin',
        'pencatatan perkawinan',
      ],
      standard: standard({
        legalBasis: [
          'Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan sebagaimana telah diubah dengan Undang-Undang Nomor 16 Tahun 2019',
        ],
        requirements: [
          need('surat_perkawinan_agama'),
          need('ktp_el', { name: 'KTP-el kedua mempelai' }),
          need('kk'),
          need('akta_kelahiran', { name: 'Kutipan akta kelahiran kedua mempelai' }),
          need('pas_foto', { name: 'Pas foto berdampingan 4x6, 2 lembar' }),
          need('ktp_el_saksi'),
          optional('akta_cerai', { notes: 'Bagi yang pernah bercerai.' }),
        ],
        procedure: AKTA_STEPS,
        timeLimit: workingDays(1),
        fee: ADMINDUK_FREE,
        product: 'Kutipan akta perkawinan untuk suami dan istri',
      }),
    },
    {
      slug: 'penerbitan-akta-perceraian',
      name: 'Penerbitan Akta Perceraian (Non-Muslim)',
      description: 'Pencatatan perceraian berdasarkan putusan pengadilan negeri yang telah berkekuatan hukum tetap.',
      category: 'kependudukan',
      modes: ['walk_in'],
      keywords: ['akta perceraian', 'akta cerai catatan sipil', 'lapor cerai', 'pencatatan perceraian'],
      standard: standard({
        requirements: [
          need('salinan_putusan_pengadilan', {
            notes: 'Putusan pengadilan negeri yang telah berkekuatan hukum tetap.',
          }),
          need('surat_nikah', { name: 'Kutipan akta perkawinan asli' }),
          need('ktp_el'),
          need('kk'),
        ],
        procedure: AKTA_STEPS,
        timeLimit: workingDays(1),
        fee: ADMINDUK_FREE,
        product: 'Kutipan akta perceraian; kutipan akta perkawinan ditarik',
      }),
    },
    {
      slug: 'pencatatan-perubahan-nama',
      name: 'Pencatatan Perubahan Nama',
      description:
        'Pencatatan perubahan nama berdasarkan penetapan pengadilan negeri, dengan catatan pinggir pada akta kelahiran.',
      category: 'kependudukan',
      modes: ['walk_in'],
      keywords: ['ganti nama', 'ubah nama', 'ganti nama akta', 'ganti nama ktp', 'penetapan ganti nama'],
      standard: standard({
        requirements: [
          need('salinan_putusan_pengadilan', { name: 'Salinan penetapan pengadilan negeri tentang perubahan nama' }),
          need('akta_kelahiran'),
          need('kk'),
          need('ktp_el'),
        ],
        procedure: AKTA_STEPS,
        timeLimit: workingDays(1),
        fee: ADMINDUK_FREE,
        product: 'Catatan pinggir perubahan nama pada akta kelahiran, KK, dan KTP-el baru',
      }),
    },
    {
      slug: 'pembetulan-akta',
      name: 'Pembetulan Akta Pencatatan Sipil',
      description: 'Pembetulan akta kelahiran, kematian, perkawinan, atau perceraian yang salah tulis redaksional.',
      category: 'kependudukan',
      modes: ['walk_in'],
      keywords: [
        'akta salah ketik',
        'salah nama di akta',
        'perbaiki akta',
        'koreksi akta',
        'akta salah tulis',
        'pembetulan akte',
      ],
      standard: standard({
        requirements: [
          need('akta_kelahiran', { name: 'Kutipan akta yang akan dibetulkan' }),
          need('kk'),
          need('ktp_el'),
          need('ijazah', {
            name: 'Dokumen autentik yang menunjukkan data yang benar',
            notes: 'Misalnya ijazah, buku nikah, atau paspor.',
          }),
        ],
        procedure: AKTA_STEPS,
        timeLimit: workingDays(3),
        fee: ADMINDUK_FREE,
        product: 'Kutipan akta yang telah dibetulkan',
      }),
    },
  ];
}
