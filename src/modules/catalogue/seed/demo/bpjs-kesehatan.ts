import { ALL_DEMO_MPPS } from './cities.js';
import { sameGeraiAt, type TenantDraft } from './draft.js';
import { need, optional } from './requirements.js';
import { defineStandard, formula, free, minutes, type StandardParts, steps } from './standard-builder.js';

/** BPJS Kesehatan: registration and membership changes of the Jaminan Kesehatan Nasional. */

const JKN_REGULATION =
  'Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan sebagaimana telah diubah terakhir dengan Peraturan Presiden Nomor 59 Tahun 2024';
const CONTRIBUTION_REGULATION =
  'Peraturan Presiden Nomor 64 Tahun 2020 tentang Perubahan Kedua atas Peraturan Presiden Nomor 82 Tahun 2018';

const PROFILE = {
  unitName: 'BPJS Kesehatan',
  legalBasis: [
    'Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional',
    'Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial',
    JKN_REGULATION,
  ],
  supervisors: 'Kepala Kantor Cabang BPJS Kesehatan dan Satuan Pengawas Internal BPJS Kesehatan',
  complaintChannels: ['BPJS Kesehatan Care Center 165', 'layanan administrasi WhatsApp PANDAWA', 'aplikasi Mobile JKN'],
  competence: [
    'Petugas pelayanan peserta yang telah mengikuti pelatihan layanan BPJS Kesehatan',
    'Mampu mengoperasikan aplikasi kepesertaan JKN',
  ],
  facilities: ['Komputer terhubung aplikasi kepesertaan JKN', 'Pemindai dokumen'],
  implementers: 2,
  securityNote: 'Data kesehatan peserta termasuk data pribadi spesifik dan hanya diakses petugas yang berwenang.',
};

const REGISTRATION_FEE = free(
  `Pendaftaran tanpa biaya; iuran bulanan peserta mandiri dibayar terpisah sesuai ${CONTRIBUTION_REGULATION} ` +
    '(kelas I Rp150.000, kelas II Rp100.000, kelas III Rp35.000 per orang)',
);

function standard(parts: StandardParts) {
  return defineStandard(PROFILE, parts);
}

export function buildBpjsKesehatanTenant(): TenantDraft {
  return {
    slug: 'bpjs-kesehatan',
    name: 'BPJS Kesehatan',
    shortName: 'BPJS Kesehatan',
    type: 'kementerian_lembaga',
    website: 'https://www.bpjs-kesehatan.go.id',
    description:
      'Badan hukum publik penyelenggara program Jaminan Kesehatan Nasional (JKN). Gerai Kantor Cabang BPJS Kesehatan setempat.',
    gerai: sameGeraiAt(ALL_DEMO_MPPS, [
      {
        label: 'Pendaftaran Peserta JKN',
        serviceSlugs: ['pendaftaran-peserta-jkn', 'penambahan-anggota-keluarga-jkn', 'pengaktifan-kembali-jkn'],
      },
      {
        label: 'Perubahan Data dan Faskes',
        serviceSlugs: [
          'perubahan-data-peserta-jkn',
          'pindah-faskes-jkn',
          'rencana-pembayaran-bertahap-jkn',
          'pengaktifan-kembali-jkn',
        ],
      },
    ]),
    services: [
      {
        slug: 'pendaftaran-peserta-jkn',
        name: 'Pendaftaran Peserta JKN Mandiri (PBPU)',
        description:
          'Pendaftaran peserta Jaminan Kesehatan Nasional segmen Pekerja Bukan Penerima Upah (mandiri) beserta seluruh anggota keluarga dalam KK. ' +
          'Kartu aktif setelah iuran pertama dibayar.',
        category: 'jaminan_sosial',
        modes: ['walk_in', 'online'],
        keywords: [
          'daftar bpjs',
          'bpjs kesehatan',
          'bikin bpjs',
          'buat bpjs',
          'jkn',
          'kis',
          'bpjs mandiri',
          'kartu bpjs',
          'asuransi kesehatan',
        ],
        standard: standard({
          requirements: [
            need('ktp_el', { name: 'KTP-el seluruh anggota keluarga yang didaftarkan' }),
            need('kk'),
            need('buku_tabungan', { notes: 'Rekening untuk autodebet iuran bulanan.' }),
            need('email_dan_nomor_ponsel'),
          ],
          procedure: steps(
            'Ambil antrean dan serahkan dokumen',
            'Petugas memvalidasi NIK dengan data kependudukan',
            'Pilih kelas rawat dan fasilitas kesehatan tingkat pertama (FKTP)',
            'Penerbitan nomor virtual account dan pendaftaran autodebet',
            [
              'Bayar iuran pertama',
              'Kartu JKN aktif setelah iuran pertama dibayar, paling cepat 14 hari setelah pendaftaran.',
            ],
          ),
          timeLimit: minutes(20),
          fee: REGISTRATION_FEE,
          product: 'Nomor peserta JKN dan Kartu JKN digital (KIS) di aplikasi Mobile JKN',
        }),
      },
      {
        slug: 'penambahan-anggota-keluarga-jkn',
        name: 'Pendaftaran Bayi Baru Lahir dan Penambahan Anggota Keluarga JKN',
        description:
          'Pendaftaran bayi baru lahir (paling lambat 28 hari sejak lahir) dan anggota keluarga lain ke dalam kepesertaan JKN keluarga.',
        category: 'jaminan_sosial',
        modes: ['walk_in', 'online'],
        keywords: ['daftar bayi bpjs', 'bpjs bayi', 'bpjs anak', 'tambah anggota bpjs', 'bayi baru lahir bpjs'],
        standard: standard({
          legalBasis: [CONTRIBUTION_REGULATION],
          requirements: [
            need('kk', {
              notes: 'KK yang sudah memuat anggota baru; bayi dapat didaftarkan dengan surat keterangan kelahiran.',
            }),
            optional('surat_keterangan_kelahiran', { notes: 'Untuk bayi yang belum tercantum dalam KK.' }),
            need('kartu_jkn', { name: 'Nomor peserta JKN orang tua' }),
          ],
          procedure: steps(
            'Ambil antrean dan serahkan dokumen',
            'Petugas menambahkan anggota keluarga',
            'Penyesuaian tagihan iuran keluarga',
            'Penyampaian nomor peserta anggota baru',
          ),
          timeLimit: minutes(15),
          fee: REGISTRATION_FEE,
          product: 'Nomor peserta JKN untuk anggota keluarga baru',
        }),
      },
      {
        slug: 'perubahan-data-peserta-jkn',
        name: 'Perubahan Data Peserta JKN',
        description: 'Perubahan nama, NIK, alamat, nomor ponsel, atau kelas rawat peserta JKN mandiri.',
        category: 'jaminan_sosial',
        modes: ['walk_in', 'online'],
        keywords: [
          'ubah data bpjs',
          'ganti kelas bpjs',
          'turun kelas bpjs',
          'naik kelas bpjs',
          'nik bpjs salah',
          'ganti alamat bpjs',
        ],
        standard: standard({
          requirements: [
            need('ktp_el'),
            need('kk'),
            need('kartu_jkn'),
            optional('formulir_permohonan', {
              name: 'Dokumen pendukung perubahan',
              notes: 'Misalnya akta kelahiran untuk perbaikan nama.',
            }),
          ],
          procedure: steps(
            'Ambil antrean dan sampaikan data yang diubah',
            'Verifikasi dokumen',
            'Pemutakhiran data di aplikasi kepesertaan',
            'Penyampaian bukti perubahan',
          ),
          timeLimit: minutes(15),
          fee: free(),
          product: 'Data peserta JKN yang telah diperbarui; perubahan kelas berlaku bulan berikutnya',
        }),
      },
      {
        slug: 'pindah-faskes-jkn',
        name: 'Perubahan Fasilitas Kesehatan Tingkat Pertama (Pindah Faskes)',
        description:
          'Pindah puskesmas, klinik, atau dokter keluarga terdaftar (FKTP). Dapat dilakukan setelah terdaftar paling singkat 3 bulan di FKTP semula.',
        category: 'jaminan_sosial',
        modes: ['walk_in', 'online'],
        keywords: [
          'pindah faskes',
          'ganti faskes',
          'faskes 1',
          'pindah puskesmas bpjs',
          'ganti klinik bpjs',
          'ganti dokter keluarga',
        ],
        standard: standard({
          requirements: [need('kartu_jkn'), need('ktp_el')],
          procedure: steps(
            'Ambil antrean',
            'Pilih FKTP tujuan yang masih tersedia kuotanya',
            'Petugas memproses perubahan',
            'Penyampaian bukti perubahan FKTP',
          ),
          timeLimit: minutes(10),
          fee: free(),
          product: 'Data FKTP peserta berubah, berlaku mulai bulan berikutnya',
          implementers: 1,
        }),
      },
      {
        slug: 'pengaktifan-kembali-jkn',
        name: 'Pengaktifan Kembali Kepesertaan JKN',
        description:
          'Pengaktifan kembali kepesertaan JKN yang nonaktif karena tunggakan iuran atau perubahan segmen peserta.',
        category: 'jaminan_sosial',
        modes: ['walk_in', 'online'],
        keywords: [
          'bpjs nonaktif',
          'bpjs mati',
          'aktifkan bpjs',
          'bpjs tidak aktif',
          'tunggakan bpjs',
          'bpjs diblokir',
        ],
        standard: standard({
          legalBasis: [CONTRIBUTION_REGULATION],
          requirements: [
            need('ktp_el'),
            need('kartu_jkn'),
            optional('surat_keterangan_tidak_mampu', {
              notes: 'Bagi yang akan diusulkan menjadi peserta PBI melalui dinas sosial.',
            }),
          ],
          procedure: steps(
            'Ambil antrean dan sampaikan permohonan',
            'Petugas memeriksa status dan tunggakan iuran',
            'Peserta melunasi tunggakan atau diarahkan ke program cicilan',
            'Status kepesertaan aktif kembali setelah pembayaran terverifikasi',
          ),
          timeLimit: minutes(20),
          fee: formula(
            'Tanpa biaya layanan. Tunggakan iuran (paling banyak 24 bulan) dilunasi sebelum status aktif kembali; bila dirawat inap dalam 45 hari ' +
              'setelah aktif kembali dikenai denda 5% x biaya rawat inap x jumlah bulan tertunggak (paling banyak 12 bulan, paling tinggi Rp30.000.000)',
            CONTRIBUTION_REGULATION,
          ),
          product: 'Kepesertaan JKN aktif kembali',
        }),
      },
      {
        slug: 'rencana-pembayaran-bertahap-jkn',
        name: 'Program Rencana Pembayaran Bertahap (REHAB) Iuran JKN',
        description:
          'Pendaftaran cicilan tunggakan iuran JKN bagi peserta mandiri yang menunggak, agar kepesertaan dapat aktif kembali.',
        category: 'jaminan_sosial',
        modes: ['online', 'walk_in'],
        keywords: ['cicil tunggakan bpjs', 'rehab bpjs', 'nyicil bpjs', 'tunggakan iuran', 'bayar bertahap bpjs'],
        standard: standard({
          requirements: [need('kartu_jkn'), need('ktp_el'), need('email_dan_nomor_ponsel')],
          procedure: steps(
            'Ambil antrean',
            'Petugas menghitung tunggakan dan pilihan jumlah tahap',
            'Peserta menyetujui rencana pembayaran',
            'Peserta membayar cicilan sesuai jadwal',
          ),
          timeLimit: minutes(15),
          fee: formula(
            'Tanpa biaya layanan; tunggakan iuran dicicil paling banyak 12 tahap sesuai rencana yang disetujui',
            JKN_REGULATION,
          ),
          product: 'Rencana pembayaran bertahap tunggakan iuran',
          implementers: 1,
        }),
      },
    ],
  };
}
