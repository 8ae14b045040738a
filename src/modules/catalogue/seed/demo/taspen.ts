import { MAKASSAR, SURABAYA } from './cities.js';
import { sameGeraiAt, type TenantDraft } from './draft.js';
import { need, optional } from './requirements.js';
import { defineStandard, free, hours, minutes, type StandardParts, steps } from './standard-builder.js';

/** PT Taspen (Persero): pensions and old-age savings of civil servants (ASN). */

const PROFILE = {
  unitName: 'Taspen',
  legalBasis: [
    'Undang-Undang Nomor 11 Tahun 1969 tentang Pensiun Pegawai dan Pensiun Janda/Duda Pegawai',
    'Peraturan Pemerintah Nomor 25 Tahun 1981 tentang Asuransi Sosial Pegawai Negeri Sipil',
    'Peraturan Pemerintah Nomor 70 Tahun 2015 tentang Jaminan Kecelakaan Kerja dan Jaminan Kematian bagi Pegawai Aparatur Sipil Negara sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 66 Tahun 2017',
  ],
  supervisors: 'Kepala Kantor Cabang Taspen dan Satuan Pengawasan Intern PT Taspen',
  complaintChannels: ['contact center Taspen', 'aplikasi TASPEN Mobile'],
  competence: [
    'Petugas layanan klaim yang memahami ketentuan pensiun dan THT ASN',
    'Mampu melakukan verifikasi biometrik peserta',
  ],
  facilities: ['Komputer terhubung sistem klaim Taspen', 'Perangkat verifikasi wajah'],
  implementers: 2,
};

const FREE = free('Layanan klaim tidak dipungut biaya');

function standard(parts: StandardParts) {
  return defineStandard(PROFILE, parts);
}

export function buildTaspenTenant(): TenantDraft {
  return {
    slug: 'taspen',
    name: 'PT Taspen (Persero)',
    shortName: 'Taspen',
    type: 'bumn',
    website: 'https://www.taspen.co.id',
    description: 'Gerai Taspen: klaim pensiun dan Tabungan Hari Tua ASN, otentikasi, dan perubahan data pensiunan.',
    // Jayapura pensioners are served at the Taspen branch office, not in the MPP.
    gerai: sameGeraiAt(
      [SURABAYA.mppSlug, MAKASSAR.mppSlug],
      [
        { label: 'Klaim Pensiun dan THT', serviceSlugs: ['klaim-pensiun-pertama', 'klaim-pensiun-janda-duda'] },
        { label: 'Layanan Peserta', serviceSlugs: ['otentikasi-peserta-pensiun', 'perubahan-data-pensiunan'] },
      ],
    ),
    services: [
      {
        slug: 'klaim-pensiun-pertama',
        name: 'Klaim Pensiun Pertama dan Tabungan Hari Tua (THT) ASN',
        description: 'Pengajuan pembayaran pensiun bulanan pertama dan THT bagi ASN yang memasuki masa pensiun.',
        category: 'jaminan_sosial',
        modes: ['walk_in', 'online'],
        keywords: [
          'pensiun pns',
          'klaim taspen',
          'tht taspen',
          'pensiun asn',
          'cairkan tht',
          'pensiun guru',
          'uang pensiun',
        ],
        standard: standard({
          requirements: [
            need('sk_pensiun'),
            need('ktp_el'),
            need('kk'),
            need('npwp'),
            need('buku_tabungan'),
            need('pas_foto', { name: 'Pas foto 3x4, 2 lembar' }),
            optional('kartu_peserta_taspen'),
          ],
          procedure: steps(
            'Ambil nomor antrean dan serahkan dokumen',
            'Verifikasi dokumen dan wajah peserta',
            'Penetapan hak pensiun dan THT',
            'Pembayaran ke rekening peserta',
          ),
          timeLimit: hours(1),
          fee: FREE,
          product: 'Surat penetapan pensiun, pembayaran THT, dan pensiun bulanan ke rekening',
        }),
      },
      {
        slug: 'klaim-pensiun-janda-duda',
        name: 'Klaim Pensiun Janda/Duda dan Uang Duka Wafat',
        description:
          'Pengajuan pensiun janda/duda atau yatim dan uang duka wafat setelah peserta ASN atau pensiunan meninggal dunia.',
        category: 'jaminan_sosial',
        modes: ['walk_in'],
        keywords: ['pensiun janda', 'pensiun duda', 'uang duka taspen', 'pensiunan meninggal', 'pensiun yatim'],
        standard: standard({
          requirements: [
            need('akta_kematian'),
            need('surat_nikah'),
            need('kk'),
            need('ktp_el', { name: 'KTP-el janda/duda atau wali anak' }),
            need('sk_pensiun', { name: 'SK pensiun almarhum/almarhumah' }),
            need('buku_tabungan'),
            need('pas_foto'),
          ],
          procedure: steps(
            'Serahkan dokumen',
            'Verifikasi ahli waris',
            'Penetapan pensiun janda/duda dan uang duka',
            'Pembayaran ke rekening penerima',
          ),
          timeLimit: hours(1),
          fee: FREE,
          product: 'Surat penetapan pensiun janda/duda dan pembayaran uang duka wafat',
        }),
      },
      {
        slug: 'otentikasi-peserta-pensiun',
        name: 'Otentikasi Pensiunan',
        description:
          'Verifikasi bahwa pensiunan masih hidup agar pembayaran pensiun tidak dihentikan; dapat juga melalui aplikasi dengan pengenalan wajah.',
        category: 'jaminan_sosial',
        modes: ['online', 'walk_in'],
        keywords: [
          'otentikasi taspen',
          'absen pensiun',
          'lapor hidup pensiun',
          'verifikasi pensiun',
          'pensiun berhenti dibayar',
        ],
        standard: standard({
          requirements: [need('ktp_el'), optional('kartu_peserta_taspen')],
          procedure: steps('Ambil nomor antrean', 'Verifikasi wajah pensiunan', 'Status otentikasi diperbarui'),
          timeLimit: minutes(10),
          fee: FREE,
          product: 'Status otentikasi pensiunan yang diperbarui',
          implementers: 1,
        }),
      },
      {
        slug: 'perubahan-data-pensiunan',
        name: 'Perubahan Data dan Mutasi Kantor Bayar Pensiun',
        description: 'Perubahan alamat, rekening, atau kantor bayar pensiun, misalnya karena pindah domisili.',
        category: 'jaminan_sosial',
        modes: ['walk_in'],
        keywords: ['pindah kantor bayar', 'ganti rekening pensiun', 'mutasi pensiun', 'ubah data pensiunan'],
        standard: standard({
          requirements: [
            need('ktp_el'),
            need('kartu_peserta_taspen'),
            optional('buku_tabungan', { name: 'Buku tabungan rekening baru' }),
          ],
          procedure: steps('Serahkan permohonan', 'Verifikasi data', 'Pemutakhiran data dan kantor bayar'),
          timeLimit: minutes(30),
          fee: FREE,
          product: 'Data pensiunan dan kantor bayar yang diperbarui',
          implementers: 1,
        }),
      },
    ],
  };
}
