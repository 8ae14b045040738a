import { ALL_DEMO_MPPS } from './cities.js';
import { sameGeraiAt, type TenantDraft } from './draft.js';
import { need, optional } from './requirements.js';
import { defineStandard, free, minutes, type StandardParts, steps, workingDays } from './standard-builder.js';

/** Direktorat Jenderal Pajak: a Tempat Pelayanan Terpadu of the local KPP Pratama. */

const NPWP_REGULATION =
  'Peraturan Menteri Keuangan Nomor 112/PMK.03/2022 tentang Nomor Pokok Wajib Pajak bagi Wajib Pajak Orang Pribadi, Wajib Pajak Badan, dan Wajib Pajak Instansi Pemerintah';

const PROFILE = {
  unitName: 'Kantor Pelayanan Pajak',
  legalBasis: [
    'Undang-Undang Nomor 6 Tahun 1983 tentang Ketentuan Umum dan Tata Cara Perpajakan sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 7 Tahun 2021 tentang Harmonisasi Peraturan Perpajakan',
    'Peraturan Menteri Keuangan Nomor 81 Tahun 2024 tentang Ketentuan Perpajakan dalam rangka Pelaksanaan Sistem Inti Administrasi Perpajakan',
  ],
  supervisors:
    'Kepala KPP Pratama dan Kepala Seksi Pelayanan, Kantor Wilayah DJP, serta Inspektorat Jenderal Kementerian Keuangan',
  complaintChannels: [
    'Kring Pajak 1500200',
    'laman www.pajak.go.id',
    'Whistleblowing System Kementerian Keuangan (wise.kemenkeu.go.id)',
  ],
  competence: [
    'Petugas Tempat Pelayanan Terpadu atau Account Representative yang menguasai ketentuan perpajakan',
    'Mampu mengoperasikan Coretax DJP',
  ],
  facilities: ['Komputer terhubung Coretax DJP', 'Pojok pajak untuk pengisian mandiri dengan pendampingan'],
  implementers: 2,
};

const FREE = free('Layanan perpajakan tidak dipungut biaya');

function standard(parts: StandardParts) {
  return defineStandard(PROFILE, parts);
}

export function buildPajakTenant(): TenantDraft {
  return {
    slug: 'ditjen-pajak',
    name: 'Direktorat Jenderal Pajak',
    shortName: 'DJP',
    type: 'kementerian_lembaga',
    parentOrganisation: 'Kementerian Keuangan',
    website: 'https://www.pajak.go.id',
    description: 'Gerai KPP Pratama setempat: pendaftaran NPWP, akun Coretax, SPT Tahunan, dan keterangan fiskal.',
    gerai: sameGeraiAt(ALL_DEMO_MPPS, [
      {
        label: 'Pendaftaran dan Akun Pajak',
        serviceSlugs: [
          'pendaftaran-npwp-orang-pribadi',
          'pendaftaran-npwp-badan',
          'aktivasi-efin',
          'pemadanan-nik-npwp',
        ],
      },
      {
        label: 'SPT dan Keterangan Fiskal',
        serviceSlugs: ['asistensi-spt-tahunan', 'penerbitan-surat-keterangan-fiskal', 'aktivasi-efin'],
      },
    ]),
    services: [
      {
        slug: 'pendaftaran-npwp-orang-pribadi',
        name: 'Pendaftaran NPWP Orang Pribadi',
        description:
          'Pendaftaran wajib pajak orang pribadi. Bagi penduduk WNI, NIK diaktifkan sebagai NPWP; ' +
          'pendaftaran dapat dilakukan sendiri di Coretax atau dibantu petugas di gerai.',
        category: 'perpajakan',
        modes: ['online', 'walk_in'],
        keywords: [
          'npwp',
          'bikin npwp',
          'buat npwp',
          'daftar npwp',
          'npwp pribadi',
          'npwp 16 digit',
          'kartu npwp',
          'nomor pajak',
        ],
        standard: standard({
          legalBasis: [NPWP_REGULATION],
          requirements: [
            need('ktp_el', { notes: 'WNA melampirkan paspor dan KITAS/KITAP.' }),
            need('email_dan_nomor_ponsel'),
            optional('surat_keterangan_usaha', { notes: 'Bagi pengusaha orang pribadi.' }),
          ],
          procedure: steps(
            'Ambil antrean dan sampaikan permohonan',
            'Petugas membantu mengisi formulir pendaftaran di Coretax',
            'Verifikasi data kependudukan',
            'Penerbitan NPWP dan Surat Keterangan Terdaftar',
          ),
          timeLimit: workingDays(1),
          fee: FREE,
          product: 'NPWP (NIK yang aktif sebagai NPWP) dan Surat Keterangan Terdaftar',
        }),
      },
      {
        slug: 'pendaftaran-npwp-badan',
        name: 'Pendaftaran NPWP Badan',
        description: 'Pendaftaran wajib pajak badan: PT, CV, firma, koperasi, yayasan, dan perkumpulan.',
        category: 'perpajakan',
        modes: ['online', 'walk_in'],
        keywords: ['npwp badan', 'npwp perusahaan', 'npwp pt', 'npwp cv', 'npwp yayasan', 'npwp koperasi'],
        standard: standard({
          legalBasis: [NPWP_REGULATION],
          requirements: [
            need('akta_pendirian'),
            need('ktp_el', { name: 'KTP-el salah satu pengurus' }),
            need('email_dan_nomor_ponsel', { name: 'Alamat email dan nomor ponsel badan' }),
            optional('nib'),
          ],
          procedure: steps(
            'Ambil antrean dan serahkan dokumen pendirian',
            'Petugas membantu pendaftaran badan di Coretax',
            'Verifikasi dokumen dan data pengurus',
            'Penerbitan NPWP badan dan Surat Keterangan Terdaftar',
          ),
          timeLimit: workingDays(1),
          fee: FREE,
          product: 'NPWP badan dan Surat Keterangan Terdaftar',
        }),
      },
      {
        slug: 'aktivasi-efin',
        name: 'Permintaan EFIN dan Aktivasi Akun Coretax',
        description:
          'Penerbitan atau pengiriman ulang EFIN, aktivasi akun Coretax, dan reset kata sandi bagi wajib pajak yang lupa atau kehilangan akses.',
        category: 'perpajakan',
        modes: ['walk_in', 'online'],
        keywords: [
          'efin',
          'lupa efin',
          'efin hilang',
          'aktivasi efin',
          'coretax',
          'akun pajak',
          'lupa password pajak',
          'reset coretax',
          'djp online',
        ],
        standard: standard({
          requirements: [
            need('ktp_el'),
            need('email_dan_nomor_ponsel'),
            optional('npwp', { name: 'Kartu NPWP, bila ada' }),
          ],
          procedure: steps(
            'Ambil antrean dan tunjukkan KTP-el asli',
            'Petugas memverifikasi identitas dan foto wajah',
            'EFIN atau tautan aktivasi dikirim ke email dan nomor ponsel terdaftar',
            'Wajib pajak mengaktifkan akun Coretax dibantu petugas',
          ),
          timeLimit: minutes(15),
          fee: FREE,
          product: 'EFIN dan akun Coretax yang aktif',
          implementers: 1,
        }),
      },
      {
        slug: 'pemadanan-nik-npwp',
        name: 'Pemadanan NIK sebagai NPWP',
        description: 'Pemadanan dan validasi NIK dengan data NPWP lama agar NIK dapat digunakan sebagai NPWP.',
        category: 'perpajakan',
        modes: ['online', 'walk_in'],
        keywords: ['validasi nik npwp', 'nik jadi npwp', 'padankan nik', 'npwp lama 15 digit', 'nik belum valid'],
        standard: standard({
          legalBasis: [NPWP_REGULATION],
          requirements: [need('ktp_el'), need('kk'), optional('npwp', { name: 'Kartu NPWP lama' })],
          procedure: steps(
            'Ambil antrean',
            'Petugas mencocokkan data NIK dengan data Dukcapil',
            'Pemutakhiran data wajib pajak',
            'Penyampaian hasil pemadanan',
          ),
          timeLimit: minutes(15),
          fee: FREE,
          product: 'Status NIK telah valid sebagai NPWP',
          implementers: 1,
        }),
      },
      {
        slug: 'asistensi-spt-tahunan',
        name: 'Asistensi Pelaporan SPT Tahunan PPh Orang Pribadi',
        description: 'Pendampingan mengisi dan menyampaikan SPT Tahunan PPh orang pribadi melalui Coretax.',
        category: 'perpajakan',
        modes: ['walk_in'],
        keywords: [
          'spt',
          'lapor spt',
          'spt tahunan',
          'lapor pajak tahunan',
          'e-filing',
          'bukti potong',
          '1770 s',
          'lapor pajak karyawan',
        ],
        standard: standard({
          requirements: [
            need('ktp_el'),
            optional('bukti_potong_pajak', { notes: 'Bagi karyawan.' }),
            need('daftar_harta_utang'),
            need('email_dan_nomor_ponsel'),
          ],
          procedure: steps(
            'Ambil antrean SPT',
            'Masuk ke akun Coretax dibantu petugas',
            'Isi SPT berdasarkan bukti potong serta daftar harta dan utang',
            'Kirim SPT dan simpan bukti penerimaan elektronik',
          ),
          timeLimit: minutes(30),
          fee: FREE,
          product: 'Bukti Penerimaan Elektronik (BPE) SPT Tahunan',
        }),
      },
      {
        slug: 'penerbitan-surat-keterangan-fiskal',
        name: 'Penerbitan Surat Keterangan Fiskal',
        description: 'Penerbitan Surat Keterangan Fiskal (SKF) untuk syarat tender, kredit, atau perizinan.',
        category: 'perpajakan',
        modes: ['online', 'walk_in'],
        keywords: ['skf', 'keterangan fiskal', 'surat fiskal', 'syarat tender', 'fiskal'],
        standard: standard({
          requirements: [need('npwp'), need('ktp_el'), need('formulir_permohonan')],
          procedure: steps(
            'Ajukan permohonan melalui Coretax atau di gerai',
            'Penelitian pemenuhan kewajiban SPT dan tunggakan pajak',
            'Penerbitan SKF atau surat penolakan beserta alasannya',
          ),
          timeLimit: workingDays(3),
          fee: FREE,
          product: 'Surat Keterangan Fiskal',
        }),
      },
    ],
  };
}
