import { ALL_DEMO_MPPS } from './cities.js';
import { sameGeraiAt, type TenantDraft } from './draft.js';
import { need, optional } from './requirements.js';
import { defineStandard, formula, free, minutes, type StandardParts, steps, workingDays } from './standard-builder.js';

/** Kementerian Agama: the KUA marriage counter and the Kantor Kemenag Kota hajj registration. */

const MARRIAGE_LAW =
  'Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan sebagaimana telah diubah dengan Undang-Undang Nomor 16 Tahun 2019';
const MARRIAGE_REGISTRATION = 'Peraturan Menteri Agama Nomor 20 Tahun 2019 tentang Pencatatan Pernikahan';
const MARRIAGE_FEE_BASIS =
  'Peraturan Pemerintah Nomor 48 Tahun 2014 tentang Perubahan atas Peraturan Pemerintah Nomor 47 Tahun 2004 tentang Tarif atas Jenis PNBP yang Berlaku pada Departemen Agama';

const PROFILE = {
  unitName: 'Kementerian Agama',
  legalBasis: [MARRIAGE_LAW, MARRIAGE_REGISTRATION],
  supervisors:
    'Kepala KUA Kecamatan dan Kepala Kantor Kementerian Agama Kota, serta Inspektorat Jenderal Kementerian Agama',
  complaintChannels: ['layanan pengaduan Kementerian Agama melalui www.kemenag.go.id', 'Kantor Kementerian Agama Kota'],
  competence: [
    'Penghulu atau petugas KUA yang memahami hukum perkawinan Islam dan pencatatan nikah',
    'Mampu mengoperasikan Sistem Informasi Manajemen Nikah (SIMKAH)',
  ],
  facilities: ['Komputer terhubung SIMKAH', 'Ruang konsultasi pranikah'],
  implementers: 2,
};

function standard(parts: StandardParts) {
  return defineStandard(PROFILE, parts);
}

export function buildKeagamaanTenant(): TenantDraft {
  return {
    slug: 'kementerian-agama',
    name: 'Kementerian Agama',
    shortName: 'Kemenag',
    type: 'kementerian_lembaga',
    website: 'https://kemenag.go.id',
    description:
      'Gerai Kantor Urusan Agama (KUA) dan Kantor Kementerian Agama Kota: pencatatan nikah, bimbingan perkawinan, dan pendaftaran haji.',
    gerai: sameGeraiAt(ALL_DEMO_MPPS, [
      {
        label: 'Layanan Nikah (KUA)',
        serviceSlugs: [
          'pendaftaran-nikah',
          'rekomendasi-nikah',
          'bimbingan-perkawinan',
          'legalisasi-buku-nikah',
          'duplikat-buku-nikah',
        ],
      },
      { label: 'Pendaftaran Haji', serviceSlugs: ['pendaftaran-haji-reguler'] },
    ]),
    services: [
      {
        slug: 'pendaftaran-nikah',
        name: 'Pendaftaran Kehendak Nikah',
        description:
          'Pendaftaran kehendak nikah bagi calon pengantin beragama Islam, paling lambat 10 hari kerja sebelum akad. ' +
          'Akad di KUA pada hari dan jam kerja tidak dipungut biaya.',
        category: 'keagamaan',
        modes: ['online', 'walk_in'],
        keywords: [
          'daftar nikah',
          'nikah kua',
          'menikah',
          'kawin',
          'akad nikah',
          'urus nikah',
          'biaya nikah',
          'simkah',
          'syarat nikah',
        ],
        standard: standard({
          requirements: [
            need('surat_pengantar_nikah'),
            need('ktp_el', { name: 'KTP-el calon suami dan calon istri' }),
            need('kk'),
            need('akta_kelahiran'),
            need('pas_foto', { name: 'Pas foto 2x3 dan 4x6 berlatar biru' }),
            optional('surat_izin_orang_tua', { notes: 'Bagi calon pengantin yang belum berusia 21 tahun.' }),
            optional('salinan_putusan_pengadilan', {
              name: 'Penetapan dispensasi kawin',
              notes: 'Bagi calon pengantin yang belum berusia 19 tahun.',
            }),
            optional('akta_cerai', { notes: 'Bagi duda atau janda cerai.' }),
            optional('akta_kematian', {
              name: 'Akta kematian suami/istri terdahulu',
              notes: 'Bagi duda atau janda cerai mati.',
            }),
            optional('surat_rekomendasi', {
              name: 'Rekomendasi nikah dari KUA tempat tinggal',
              notes: 'Bila menikah di luar kecamatan tempat tinggal.',
            }),
          ],
          procedure: steps(
            ['Daftar', 'Daftar melalui simkah.kemenag.go.id atau langsung di gerai.'],
            'Pemeriksaan dokumen dan wawancara calon pengantin serta wali nikah',
            'Pengumuman kehendak nikah',
            'Bimbingan perkawinan',
            'Pelaksanaan akad nikah dan penyerahan buku nikah',
          ),
          timeLimit: workingDays(1),
          fee: formula(
            'Rp0 bila akad nikah dilaksanakan di KUA pada hari dan jam kerja; Rp600.000 disetor ke kas negara bila dilaksanakan di luar KUA ' +
              'dan/atau di luar hari dan jam kerja; Rp0 bagi warga tidak mampu atau korban bencana',
            MARRIAGE_FEE_BASIS,
          ),
          product: 'Jadwal akad nikah, lalu buku nikah dan kartu nikah digital',
        }),
      },
      {
        slug: 'rekomendasi-nikah',
        name: 'Surat Rekomendasi Nikah (Numpang Nikah)',
        description:
          'Rekomendasi dari KUA tempat tinggal bagi calon pengantin yang akan menikah di kecamatan atau kota lain.',
        category: 'keagamaan',
        modes: ['walk_in'],
        keywords: ['numpang nikah', 'rekomendasi nikah', 'nikah di luar kota', 'nikah beda kecamatan', 'pindah nikah'],
        standard: standard({
          requirements: [need('surat_pengantar_nikah'), need('ktp_el'), need('kk'), need('akta_kelahiran')],
          procedure: steps('Serahkan dokumen di gerai', 'Pemeriksaan dokumen', 'Penerbitan surat rekomendasi nikah'),
          timeLimit: workingDays(1),
          fee: free(),
          product: 'Surat rekomendasi nikah untuk KUA tujuan',
          implementers: 1,
        }),
      },
      {
        slug: 'bimbingan-perkawinan',
        name: 'Bimbingan Perkawinan Calon Pengantin',
        description:
          'Bimbingan perkawinan (bimwin) bagi calon pengantin: keluarga sakinah, kesehatan reproduksi, dan pengelolaan keuangan keluarga.',
        category: 'keagamaan',
        modes: ['walk_in', 'appointment'],
        keywords: ['bimwin', 'kursus calon pengantin', 'suscatin', 'bimbingan pranikah', 'kelas pranikah'],
        standard: standard({
          requirements: [
            need('ktp_el', { name: 'KTP-el calon suami dan calon istri' }),
            optional('formulir_permohonan', { name: 'Bukti pendaftaran kehendak nikah' }),
          ],
          procedure: steps('Daftar jadwal bimbingan', 'Ikuti sesi bimbingan', 'Terima sertifikat bimbingan perkawinan'),
          timeLimit: workingDays(2),
          fee: free(),
          product: 'Sertifikat bimbingan perkawinan',
        }),
      },
      {
        slug: 'legalisasi-buku-nikah',
        name: 'Legalisasi Buku Nikah',
        description: 'Legalisasi fotokopi buku nikah yang diterbitkan KUA, untuk keperluan administrasi.',
        category: 'keagamaan',
        modes: ['walk_in'],
        keywords: ['legalisir buku nikah', 'legalisasi buku nikah', 'legalisir akta nikah', 'legalisir surat nikah'],
        standard: standard({
          requirements: [need('surat_nikah', { name: 'Buku nikah asli dan fotokopinya' })],
          procedure: steps(
            'Serahkan buku nikah asli dan fotokopi',
            'Pencocokan dengan akta nikah di KUA penerbit',
            'Legalisasi fotokopi',
          ),
          timeLimit: minutes(30),
          fee: free(),
          product: 'Fotokopi buku nikah yang dilegalisasi',
          implementers: 1,
        }),
      },
      {
        slug: 'duplikat-buku-nikah',
        name: 'Penerbitan Duplikat Buku Nikah',
        description:
          'Penerbitan duplikat buku nikah yang hilang atau rusak, berdasarkan akta nikah di KUA tempat akad.',
        category: 'keagamaan',
        modes: ['walk_in'],
        keywords: [
          'buku nikah hilang',
          'duplikat buku nikah',
          'buku nikah rusak',
          'ganti buku nikah',
          'surat nikah hilang',
        ],
        standard: standard({
          requirements: [
            need('ktp_el', { name: 'KTP-el suami dan istri' }),
            need('kk'),
            need('pas_foto', { name: 'Pas foto 2x3 berlatar biru' }),
            optional('surat_keterangan_hilang_kepolisian', { notes: 'Untuk buku nikah yang hilang.' }),
            optional('surat_nikah', { name: 'Buku nikah yang rusak', notes: 'Untuk buku nikah yang rusak.' }),
          ],
          procedure: steps(
            'Serahkan dokumen',
            'Pencarian akta nikah di arsip KUA tempat akad',
            'Penerbitan duplikat buku nikah',
          ),
          timeLimit: workingDays(3),
          fee: free(),
          product: 'Duplikat buku nikah',
        }),
      },
      {
        slug: 'pendaftaran-haji-reguler',
        name: 'Pendaftaran Haji Reguler',
        description:
          'Pendaftaran calon jemaah haji reguler setelah menyetor setoran awal BPIH, untuk memperoleh nomor porsi.',
        category: 'keagamaan',
        modes: ['walk_in'],
        keywords: ['daftar haji', 'nomor porsi', 'haji reguler', 'antrian haji', 'setoran awal haji', 'cek porsi haji'],
        standard: standard({
          legalBasis: [
            'Undang-Undang Nomor 8 Tahun 2019 tentang Penyelenggaraan Ibadah Haji dan Umrah',
            'Undang-Undang Nomor 34 Tahun 2014 tentang Pengelolaan Keuangan Haji',
          ],
          requirements: [
            need('ktp_el'),
            need('kk'),
            need('akta_kelahiran', { name: 'Akta kelahiran, ijazah, atau buku nikah' }),
            need('bukti_setoran_awal_bpih'),
            need('pas_foto', { name: 'Pas foto 3x4 dan 4x6 berlatar putih, wajah tampak 80%' }),
          ],
          procedure: steps(
            'Buka tabungan haji dan setor awal BPIH di bank penerima setoran',
            'Serahkan dokumen di gerai',
            'Perekaman foto dan sidik jari',
            'Penerbitan bukti pendaftaran dan nomor porsi',
          ),
          timeLimit: minutes(60),
          fee: free(
            'Pendaftaran tanpa biaya; setoran awal BPIH Rp25.000.000 disetor ke rekening BPKH melalui bank penerima setoran',
          ),
          product: 'Bukti pendaftaran haji dengan nomor porsi',
        }),
      },
    ],
  };
}
