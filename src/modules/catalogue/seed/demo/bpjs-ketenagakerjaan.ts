import { ALL_DEMO_MPPS } from './cities.js';
import { sameGeraiAt, type TenantDraft } from './draft.js';
import { need, optional } from './requirements.js';
import { defineStandard, free, minutes, type StandardParts, steps, workingDays } from './standard-builder.js';

/** BPJS Ketenagakerjaan: membership and benefit claims (JHT, JKM, JP). */

const JHT_CLAIM_REGULATION =
  'Peraturan Menteri Ketenagakerjaan Nomor 4 Tahun 2022 tentang Tata Cara dan Persyaratan Pembayaran Manfaat Jaminan Hari Tua';
const JHT_REGULATION =
  'Peraturan Pemerintah Nomor 46 Tahun 2015 tentang Penyelenggaraan Program Jaminan Hari Tua sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 60 Tahun 2015';
const JKK_JKM_REGULATION =
  'Peraturan Pemerintah Nomor 44 Tahun 2015 tentang Penyelenggaraan Program Jaminan Kecelakaan Kerja dan Jaminan Kematian sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 82 Tahun 2019';
const JP_REGULATION = 'Peraturan Pemerintah Nomor 45 Tahun 2015 tentang Penyelenggaraan Program Jaminan Pensiun';

const PROFILE = {
  unitName: 'BPJS Ketenagakerjaan',
  legalBasis: [
    'Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional',
    'Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial',
  ],
  supervisors: 'Kepala Kantor Cabang BPJS Ketenagakerjaan dan Satuan Pengawas Internal BPJS Ketenagakerjaan',
  complaintChannels: [
    'BPJS Ketenagakerjaan Care 175',
    'aplikasi JMO (Jamsostek Mobile)',
    'Layanan Tanpa Kontak Fisik (Lapak Asik)',
  ],
  competence: [
    'Petugas pelayanan yang telah mengikuti pelatihan layanan klaim dan kepesertaan',
    'Mampu melakukan verifikasi biometrik wajah peserta',
  ],
  facilities: ['Komputer terhubung sistem kepesertaan dan klaim', 'Kamera verifikasi wajah'],
  implementers: 3,
};

const CLAIM_FEE = free(
  'Tanpa biaya layanan; manfaat JHT di atas Rp50.000.000 dipotong PPh final sesuai Peraturan Pemerintah Nomor 68 Tahun 2009',
);

function standard(parts: StandardParts) {
  return defineStandard(PROFILE, parts);
}

const CLAIM_STEPS = steps(
  ['Ajukan klaim', 'Melalui aplikasi JMO, Lapak Asik, atau langsung di gerai dengan nomor antrean.'],
  'Verifikasi dokumen dan wawancara singkat oleh petugas',
  'Verifikasi wajah peserta atau ahli waris',
  'Penetapan dan pembayaran manfaat ke rekening penerima',
);

export function buildBpjsKetenagakerjaanTenant(): TenantDraft {
  return {
    slug: 'bpjs-ketenagakerjaan',
    name: 'BPJS Ketenagakerjaan',
    shortName: 'BPJS Ketenagakerjaan',
    type: 'kementerian_lembaga',
    website: 'https://www.bpjsketenagakerjaan.go.id',
    description:
      'Badan hukum publik penyelenggara Jaminan Kecelakaan Kerja, Jaminan Kematian, Jaminan Hari Tua, Jaminan Pensiun, dan Jaminan Kehilangan Pekerjaan.',
    gerai: sameGeraiAt(ALL_DEMO_MPPS, [
      {
        label: 'Klaim Jaminan',
        serviceSlugs: ['klaim-jht', 'klaim-jht-sebagian', 'klaim-jaminan-kematian', 'klaim-jaminan-pensiun'],
      },
      {
        label: 'Kepesertaan',
        serviceSlugs: [
          'pendaftaran-peserta-bpu',
          'pendaftaran-perusahaan-bpjs-ketenagakerjaan',
          'perubahan-data-peserta-bpjs-ketenagakerjaan',
        ],
      },
    ]),
    services: [
      {
        slug: 'klaim-jht',
        name: 'Klaim Jaminan Hari Tua (JHT)',
        description:
          'Pencairan seluruh saldo JHT karena berhenti bekerja (mengundurkan diri atau PHK), mencapai usia pensiun, cacat total tetap, ' +
          'atau meninggalkan Indonesia untuk selamanya. Bagi yang berhenti bekerja, dapat diajukan setelah 1 bulan sejak tanggal berhenti.',
        category: 'jaminan_sosial',
        modes: ['online', 'walk_in'],
        keywords: [
          'cairkan jht',
          'pencairan jht',
          'klaim jht',
          'ambil jht',
          'jamsostek',
          'bpjs tk',
          'resign',
          'berhenti kerja',
          'pencairan bpjs ketenagakerjaan',
          'kena phk',
        ],
        standard: standard({
          legalBasis: [JHT_REGULATION, JHT_CLAIM_REGULATION],
          requirements: [
            need('kartu_bpjs_ketenagakerjaan'),
            need('ktp_el'),
            need('kk'),
            need('surat_keterangan_berhenti_kerja'),
            need('buku_tabungan'),
            optional('npwp', { notes: 'Untuk saldo JHT di atas Rp50.000.000.' }),
          ],
          procedure: CLAIM_STEPS,
          timeLimit: workingDays(5),
          fee: CLAIM_FEE,
          product: 'Pembayaran saldo JHT ke rekening peserta dan rincian manfaat',
        }),
      },
      {
        slug: 'klaim-jht-sebagian',
        name: 'Klaim JHT Sebagian (10% atau 30%)',
        description:
          'Pengambilan sebagian saldo JHT bagi peserta yang masih bekerja dengan masa kepesertaan paling singkat 10 tahun: ' +
          '10% untuk persiapan hari tua atau 30% untuk kepemilikan rumah.',
        category: 'jaminan_sosial',
        modes: ['online', 'walk_in'],
        keywords: [
          'jht 10 persen',
          'jht 30 persen',
          'cairkan jht masih kerja',
          'jht untuk rumah',
          'jht sebagian',
          'ambil jht sebagian',
        ],
        standard: standard({
          legalBasis: [JHT_REGULATION, JHT_CLAIM_REGULATION],
          requirements: [
            need('kartu_bpjs_ketenagakerjaan'),
            need('ktp_el'),
            need('kk'),
            need('surat_keterangan_kerja'),
            need('buku_tabungan'),
            optional('akta_jual_beli', {
              name: 'Dokumen perumahan (akad KPR atau perjanjian jual beli rumah)',
              notes: 'Untuk pengambilan 30%.',
            }),
          ],
          procedure: CLAIM_STEPS,
          timeLimit: workingDays(5),
          fee: CLAIM_FEE,
          product: 'Pembayaran 10% atau 30% saldo JHT ke rekening peserta',
        }),
      },
      {
        slug: 'klaim-jaminan-kematian',
        name: 'Klaim Jaminan Kematian (JKM)',
        description:
          'Santunan bagi ahli waris peserta yang meninggal dunia bukan karena kecelakaan kerja: santunan sekaligus, santunan berkala, ' +
          'biaya pemakaman, dan beasiswa pendidikan anak sesuai ketentuan.',
        category: 'jaminan_sosial',
        modes: ['walk_in', 'online'],
        keywords: ['santunan kematian', 'jkm', 'klaim kematian bpjs', 'ahli waris bpjs', 'beasiswa anak bpjs'],
        standard: standard({
          legalBasis: [JKK_JKM_REGULATION],
          requirements: [
            need('kartu_bpjs_ketenagakerjaan', { name: 'Kartu peserta almarhum/almarhumah' }),
            need('akta_kematian'),
            need('kk'),
            need('ktp_el', { name: 'KTP-el ahli waris' }),
            need('surat_keterangan_ahli_waris'),
            need('buku_tabungan', { name: 'Buku tabungan ahli waris' }),
          ],
          procedure: CLAIM_STEPS,
          timeLimit: workingDays(3),
          fee: free(),
          product: 'Pembayaran santunan JKM kepada ahli waris',
        }),
      },
      {
        slug: 'klaim-jaminan-pensiun',
        name: 'Klaim Jaminan Pensiun (JP)',
        description:
          'Pengajuan manfaat pensiun bulanan atau manfaat lumsum bagi peserta yang memasuki usia pensiun, cacat total tetap, atau ahli warisnya.',
        category: 'jaminan_sosial',
        modes: ['walk_in', 'online'],
        keywords: ['pensiun bpjs', 'jaminan pensiun', 'klaim jp', 'pensiun swasta', 'manfaat pensiun bulanan'],
        standard: standard({
          legalBasis: [JP_REGULATION],
          requirements: [
            need('kartu_bpjs_ketenagakerjaan'),
            need('ktp_el'),
            need('kk'),
            need('surat_keterangan_berhenti_kerja', {
              name: 'Surat keterangan pensiun atau berhenti bekerja dari perusahaan',
            }),
            need('buku_tabungan'),
            need('pas_foto'),
          ],
          procedure: CLAIM_STEPS,
          timeLimit: workingDays(5),
          fee: free(),
          product: 'Penetapan manfaat pensiun bulanan atau lumsum',
        }),
      },
      {
        slug: 'pendaftaran-peserta-bpu',
        name: 'Pendaftaran Peserta Bukan Penerima Upah (BPU)',
        description:
          'Pendaftaran pekerja mandiri atau informal, misalnya pengemudi ojek daring, pedagang, petani, nelayan, dan pekerja lepas, ' +
          'ke program JKK dan JKM, dengan pilihan JHT.',
        category: 'jaminan_sosial',
        modes: ['walk_in', 'online'],
        keywords: [
          'bpjs ketenagakerjaan mandiri',
          'bpjs tk mandiri',
          'bpu',
          'bpjs ojol',
          'pekerja informal',
          'daftar bpjs ketenagakerjaan',
          'jamsostek mandiri',
        ],
        standard: standard({
          legalBasis: [JKK_JKM_REGULATION],
          requirements: [need('ktp_el'), need('email_dan_nomor_ponsel')],
          procedure: steps(
            'Ambil antrean dan serahkan KTP-el',
            'Pilih program dan besar penghasilan yang dilaporkan',
            'Bayar iuran pertama',
            'Penerbitan kartu peserta digital',
          ),
          timeLimit: minutes(15),
          fee: free(`Pendaftaran tanpa biaya; iuran JKK dan JKM mulai Rp16.800 per bulan sesuai ${JKK_JKM_REGULATION}`),
          product: 'Kartu peserta BPJS Ketenagakerjaan (digital di aplikasi JMO)',
          implementers: 1,
        }),
      },
      {
        slug: 'pendaftaran-perusahaan-bpjs-ketenagakerjaan',
        name: 'Pendaftaran Perusahaan dan Pekerja Penerima Upah',
        description: 'Pendaftaran pemberi kerja dan pekerjanya ke program BPJS Ketenagakerjaan.',
        category: 'jaminan_sosial',
        modes: ['online', 'walk_in'],
        keywords: [
          'daftar bpjs perusahaan',
          'bpjs karyawan',
          'bpjs ketenagakerjaan perusahaan',
          'pu',
          'daftarkan pekerja',
        ],
        standard: standard({
          legalBasis: [JKK_JKM_REGULATION, JHT_REGULATION, JP_REGULATION],
          requirements: [
            need('nib'),
            need('npwp', { name: 'NPWP badan' }),
            need('akta_pendirian'),
            need('daftar_tenaga_kerja'),
          ],
          procedure: steps(
            'Ambil antrean dan serahkan dokumen perusahaan',
            'Verifikasi data perusahaan dan tenaga kerja',
            'Penetapan iuran dan kode pembayaran',
            'Penerbitan sertifikat kepesertaan perusahaan dan kartu peserta pekerja',
          ),
          timeLimit: workingDays(1),
          fee: free('Pendaftaran tanpa biaya; iuran dihitung dari upah sesuai program'),
          product: 'Sertifikat kepesertaan perusahaan dan nomor peserta pekerja',
        }),
      },
      {
        slug: 'perubahan-data-peserta-bpjs-ketenagakerjaan',
        name: 'Perubahan Data Peserta BPJS Ketenagakerjaan',
        description: 'Perbaikan nama, NIK, tanggal lahir, atau nama ibu kandung peserta agar klaim tidak terhambat.',
        category: 'jaminan_sosial',
        modes: ['walk_in'],
        keywords: [
          'ubah data bpjs tk',
          'nama salah bpjs ketenagakerjaan',
          'koreksi data jht',
          'perbaikan data jamsostek',
        ],
        standard: standard({
          requirements: [
            need('kartu_bpjs_ketenagakerjaan'),
            need('ktp_el'),
            need('kk'),
            optional('akta_kelahiran', { name: 'Akta kelahiran atau ijazah', notes: 'Untuk perbaikan tanggal lahir.' }),
          ],
          procedure: steps(
            'Ambil antrean dan sampaikan data yang diperbaiki',
            'Verifikasi dokumen',
            'Pemutakhiran data peserta',
            'Penyampaian bukti perubahan',
          ),
          timeLimit: minutes(20),
          fee: free(),
          product: 'Data peserta BPJS Ketenagakerjaan yang telah diperbarui',
          implementers: 1,
        }),
      },
    ],
  };
}
