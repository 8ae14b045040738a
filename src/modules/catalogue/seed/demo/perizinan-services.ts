import type { DemoCity } from './cities.js';
import type { ServiceDraft } from './draft.js';
import { need, optional } from './requirements.js';
import { type BuildStandard, formula, free, minutes, steps, workingDays } from './standard-builder.js';

/** The services of a city's DPMPTSP. */

const RISK_BASED_LICENSING =
  'Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko, sebagaimana telah dicabut dan diganti dengan Peraturan Pemerintah Nomor 28 Tahun 2025';
const BUILDING_REGULATION =
  'Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung';
const REGIONAL_TAX_LAW =
  'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah';

const OSS_STEPS = steps(
  'Ambil nomor antrean dan siapkan akun OSS (hak akses)',
  'Petugas mendampingi pengisian data usaha dan KBLI di sistem OSS',
  'Verifikasi persyaratan sesuai tingkat risiko usaha',
  'Penerbitan dokumen perizinan secara elektronik oleh sistem OSS',
);

export function buildPerizinanServices(standard: BuildStandard, city: DemoCity): ServiceDraft[] {
  const regionalTaxBylaw = `Peraturan Daerah ${city.cityName} tentang Pajak Daerah dan Retribusi Daerah`;
  return [
    {
      slug: 'pendaftaran-nib',
      name: 'Pendaftaran Nomor Induk Berusaha (NIB) melalui OSS',
      description:
        'Pendampingan pendaftaran NIB melalui sistem OSS Perizinan Berusaha Berbasis Risiko. Bagi usaha risiko rendah, NIB sekaligus ' +
        'menjadi perizinan berusaha; NIB juga berlaku sebagai angka pengenal importir dan pendaftaran jaminan sosial.',
      category: 'perizinan_berusaha',
      modes: ['online', 'walk_in'],
      keywords: [
        'nib',
        'bikin nib',
        'izin usaha',
        'oss',
        'oss rba',
        'daftar usaha',
        'izin umkm',
        'siup',
        'tdp',
        'iumk',
        'izin jualan',
        'legalitas usaha',
      ],
      standard: standard({
        legalBasis: [RISK_BASED_LICENSING],
        requirements: [
          need('ktp_el'),
          need('email_dan_nomor_ponsel'),
          optional('npwp', { notes: 'NPWP badan bagi badan usaha; NIK bagi usaha perseorangan.' }),
          optional('akta_pendirian', { notes: 'Bagi badan usaha.' }),
        ],
        procedure: OSS_STEPS,
        timeLimit: minutes(30),
        fee: free(`${RISK_BASED_LICENSING}: penerbitan NIB tidak dipungut biaya`),
        product: 'Nomor Induk Berusaha (NIB) yang diterbitkan sistem OSS',
      }),
    },
    {
      slug: 'pemenuhan-sertifikat-standar',
      name: 'Verifikasi Sertifikat Standar Usaha (Risiko Menengah Tinggi)',
      description:
        'Verifikasi pemenuhan standar usaha berisiko menengah tinggi oleh dinas teknis sebelum Sertifikat Standar berlaku.',
      category: 'perizinan_berusaha',
      modes: ['online', 'walk_in'],
      keywords: [
        'sertifikat standar',
        'risiko menengah tinggi',
        'verifikasi oss',
        'izin usaha menengah',
        'pemenuhan standar',
      ],
      standard: standard({
        legalBasis: [RISK_BASED_LICENSING],
        requirements: [
          need('nib'),
          need('formulir_permohonan', { name: 'Dokumen pemenuhan standar sesuai KBLI yang diunggah di OSS' }),
        ],
        procedure: steps(
          'Unggah dokumen pemenuhan standar di OSS',
          'Verifikasi oleh dinas teknis, dapat disertai kunjungan lapangan',
          'Persetujuan atau permintaan perbaikan melalui OSS',
          'Sertifikat Standar berstatus telah terverifikasi',
        ),
        timeLimit: workingDays(5),
        fee: free(),
        product: 'Sertifikat Standar terverifikasi di OSS',
      }),
    },
    {
      slug: 'kkpr',
      name: 'Konfirmasi Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR)',
      description:
        'Konfirmasi atau persetujuan kesesuaian lokasi kegiatan usaha atau bangunan dengan rencana tata ruang.',
      category: 'perizinan_berusaha',
      modes: ['online', 'walk_in'],
      keywords: ['kkpr', 'pkkpr', 'izin lokasi', 'tata ruang', 'krk', 'zonasi', 'cek zona lahan'],
      standard: standard({
        legalBasis: [
          'Peraturan Pemerintah Nomor 21 Tahun 2021 tentang Penyelenggaraan Penataan Ruang',
          RISK_BASED_LICENSING,
        ],
        requirements: [
          need('nib'),
          need('denah_lokasi', { name: 'Koordinat dan denah lokasi kegiatan' }),
          need('sertifikat_tanah', { name: 'Bukti penguasaan tanah' }),
        ],
        procedure: steps(
          'Ajukan melalui OSS',
          'Penilaian kesesuaian dengan rencana detail tata ruang',
          'Penerbitan KKPR atau PKKPR secara elektronik',
        ),
        timeLimit: workingDays(20),
        fee: free(),
        product: 'Konfirmasi atau Persetujuan KKPR',
      }),
    },
    {
      slug: 'spp-irt',
      name: 'Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)',
      description:
        'Izin edar pangan olahan produksi rumah tangga dengan risiko rendah, misalnya kue kering, keripik, dan sambal kemasan.',
      category: 'perizinan_berusaha',
      modes: ['online', 'walk_in'],
      keywords: [
        'pirt',
        'p-irt',
        'spp irt',
        'izin makanan rumahan',
        'izin usaha makanan',
        'izin jual kue',
        'izin sambal kemasan',
      ],
      standard: standard({
        legalBasis: [
          'Peraturan Pemerintah Nomor 86 Tahun 2019 tentang Keamanan Pangan',
          'Peraturan Badan Pengawas Obat dan Makanan Nomor 22 Tahun 2018 tentang Pedoman Pemberian Sertifikat Produksi Pangan Industri Rumah Tangga',
        ],
        requirements: [
          need('nib'),
          need('sertifikat_penjamah_pangan'),
          need('dokumen_produk', { name: 'Rancangan label dan data produk pangan' }),
        ],
        procedure: steps(
          'Ajukan melalui OSS dengan KBLI industri rumah tangga pangan',
          'Ikuti penyuluhan keamanan pangan bila belum memiliki sertifikat',
          'Pemeriksaan sarana produksi oleh dinas kesehatan',
          'Penerbitan SPP-IRT',
        ),
        timeLimit: workingDays(14),
        fee: free(),
        product: 'SPP-IRT dan nomor P-IRT untuk label',
      }),
    },
    {
      slug: 'persetujuan-bangunan-gedung',
      name: 'Persetujuan Bangunan Gedung (PBG)',
      description:
        'Perizinan untuk membangun baru, mengubah, memperluas, atau merawat bangunan gedung sesuai standar teknis; pengganti IMB sejak 2021.',
      category: 'perizinan_berusaha',
      modes: ['online', 'walk_in'],
      keywords: [
        'pbg',
        'imb',
        'bikin imb',
        'izin bangunan',
        'izin mendirikan bangunan',
        'simbg',
        'izin bangun rumah',
        'izin renovasi rumah',
      ],
      standard: standard({
        legalBasis: [
          'Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung sebagaimana telah diubah dengan Undang-Undang Nomor 6 Tahun 2023',
          BUILDING_REGULATION,
          REGIONAL_TAX_LAW,
          regionalTaxBylaw,
        ],
        requirements: [
          need('ktp_el'),
          need('sertifikat_tanah', { name: 'Bukti kepemilikan tanah' }),
          optional('persetujuan_pemilik_lahan', { notes: 'Bila pemilik bangunan bukan pemilik tanah.' }),
          need('kkpr'),
          need('dokumen_teknis_bangunan'),
          need('sppt_pbb'),
        ],
        procedure: steps(
          'Daftar dan unggah dokumen di SIMBG, dengan pendampingan petugas bila perlu',
          'Konsultasi perencanaan dengan Tim Profesi Ahli atau Tim Penilai Teknis',
          'Penerbitan pernyataan pemenuhan standar teknis',
          'Penetapan nilai retribusi dan pembayaran',
          'Penerbitan PBG',
        ),
        timeLimit: workingDays(28),
        fee: formula(
          'Retribusi PBG = Luas total lantai x (Indeks lokalitas x Standar Harga Satuan Tertinggi x Indeks terintegrasi) x Indeks bangunan gedung terbangun, ' +
            'ditambah retribusi prasarana bangunan bila ada',
          `${BUILDING_REGULATION}; ${regionalTaxBylaw}`,
        ),
        product: 'Persetujuan Bangunan Gedung (PBG) elektronik',
        implementers: 3,
      }),
    },
    {
      slug: 'sertifikat-laik-fungsi',
      name: 'Sertifikat Laik Fungsi (SLF)',
      description: 'Sertifikat yang menyatakan bangunan gedung laik fungsi sebelum dimanfaatkan.',
      category: 'perizinan_berusaha',
      modes: ['online', 'walk_in'],
      keywords: ['slf', 'laik fungsi', 'sertifikat bangunan', 'sertifikat laik fungsi'],
      standard: standard({
        legalBasis: [BUILDING_REGULATION],
        requirements: [need('persetujuan_bangunan_gedung'), need('surat_pernyataan_kelaikan_fungsi'), need('ktp_el')],
        procedure: steps(
          'Ajukan permohonan SLF di SIMBG',
          'Pemeriksaan kelaikan fungsi oleh pengkaji teknis',
          'Verifikasi oleh dinas teknis',
          'Penerbitan SLF',
        ),
        timeLimit: workingDays(3),
        fee: free(`${BUILDING_REGULATION}: penerbitan SLF tidak dikenai retribusi`),
        product: 'Sertifikat Laik Fungsi dan label SLF',
      }),
    },
    {
      slug: 'persetujuan-lingkungan',
      name: 'Persetujuan Lingkungan (UKL-UPL atau SPPL)',
      description:
        'Persetujuan atas dokumen lingkungan bagi usaha yang wajib UKL-UPL, atau pernyataan kesanggupan (SPPL) bagi usaha kecil.',
      category: 'perizinan_berusaha',
      modes: ['online', 'walk_in'],
      keywords: ['ukl upl', 'sppl', 'amdal', 'izin lingkungan', 'persetujuan lingkungan'],
      standard: standard({
        legalBasis: [
          'Peraturan Pemerintah Nomor 22 Tahun 2021 tentang Penyelenggaraan Perlindungan dan Pengelolaan Lingkungan Hidup',
        ],
        requirements: [need('nib'), need('dokumen_lingkungan'), need('kkpr')],
        procedure: steps(
          'Unggah dokumen lingkungan melalui OSS atau AMDALNET',
          'Pemeriksaan oleh dinas lingkungan hidup',
          'Perbaikan dokumen bila diminta',
          'Penerbitan persetujuan lingkungan',
        ),
        timeLimit: workingDays(10),
        fee: free(),
        product: 'Persetujuan lingkungan (PKPLH) atau SPPL terdaftar',
      }),
    },
    {
      slug: 'izin-reklame',
      name: 'Izin Penyelenggaraan Reklame',
      description: 'Izin pemasangan reklame papan, baliho, neon box, atau videotron, beserta penetapan pajak reklame.',
      category: 'perizinan_berusaha',
      modes: ['online', 'walk_in'],
      keywords: [
        'izin reklame',
        'pasang baliho',
        'papan nama toko',
        'billboard',
        'spanduk',
        'pajak reklame',
        'neon box',
        'videotron',
      ],
      standard: standard({
        legalBasis: [REGIONAL_TAX_LAW, regionalTaxBylaw],
        requirements: [
          need('ktp_el'),
          need('npwp'),
          optional('nib'),
          need('desain_reklame'),
          need('persetujuan_pemilik_lahan'),
        ],
        procedure: steps(
          'Ajukan permohonan dan unggah desain reklame',
          'Survei titik lokasi',
          'Penetapan pajak reklame dan pembayaran',
          'Penerbitan izin dan stiker/plat reklame',
        ),
        timeLimit: workingDays(5),
        fee: formula(
          'Pajak Reklame = tarif Perda (paling tinggi 25%) x Nilai Sewa Reklame menurut jenis, ukuran, lokasi, dan lama pemasangan',
          `${REGIONAL_TAX_LAW}; ${regionalTaxBylaw}`,
        ),
        product: 'Izin penyelenggaraan reklame dan SKPD pajak reklame',
      }),
    },
    {
      slug: 'surat-izin-praktik-tenaga-kesehatan',
      name: 'Surat Izin Praktik (SIP) Tenaga Medis dan Tenaga Kesehatan',
      description:
        'Penerbitan SIP bagi dokter, dokter gigi, bidan, perawat, apoteker, dan tenaga kesehatan lain di fasilitas pelayanan kesehatan.',
      category: 'kesehatan',
      modes: ['online', 'walk_in'],
      keywords: [
        'sip dokter',
        'izin praktik dokter',
        'izin praktik bidan',
        'sip perawat',
        'sipa apoteker',
        'izin praktik mandiri',
        'sip nakes',
      ],
      standard: standard({
        legalBasis: [
          'Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan',
          'Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan',
        ],
        requirements: [
          need('str'),
          need('surat_rekomendasi', { name: 'Surat keterangan dari fasilitas pelayanan kesehatan tempat praktik' }),
          need('ktp_el'),
          need('pas_foto', { name: 'Pas foto 4x6 berlatar merah' }),
        ],
        procedure: steps(
          'Ajukan permohonan secara daring',
          'Verifikasi dokumen oleh petugas',
          'Peninjauan tempat praktik bila diperlukan',
          'Penerbitan SIP elektronik',
        ),
        timeLimit: workingDays(5),
        fee: free(),
        product: 'Surat Izin Praktik elektronik',
      }),
    },
    {
      slug: 'izin-pendirian-satuan-pendidikan',
      name: 'Izin Pendirian Satuan Pendidikan Nonformal dan PAUD',
      description:
        'Izin pendirian PAUD, taman kanak-kanak, lembaga kursus dan pelatihan, atau bimbingan belajar swasta.',
      category: 'pendidikan',
      modes: ['walk_in', 'online'],
      keywords: [
        'izin paud',
        'izin tk',
        'izin sekolah',
        'izin lkp',
        'izin kursus',
        'izin bimbel',
        'izin lembaga pendidikan',
      ],
      standard: standard({
        legalBasis: [
          'Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional',
          'Peraturan Pemerintah Nomor 57 Tahun 2021 tentang Standar Nasional Pendidikan',
        ],
        requirements: [
          need('akta_pendirian', { name: 'Akta pendirian yayasan atau badan penyelenggara' }),
          need('formulir_permohonan', { name: 'Dokumen rencana pendirian (kurikulum, pendidik, sarana, pembiayaan)' }),
          need('sertifikat_tanah', { name: 'Bukti kepemilikan atau sewa gedung' }),
          need('ktp_el', { name: 'KTP-el pimpinan penyelenggara' }),
        ],
        procedure: steps(
          'Serahkan permohonan dan dokumen',
          'Verifikasi administrasi',
          'Visitasi oleh dinas pendidikan',
          'Penerbitan izin pendirian',
        ),
        timeLimit: workingDays(14),
        fee: free(),
        product: 'Izin pendirian satuan pendidikan',
      }),
    },
    {
      slug: 'konsultasi-perizinan',
      name: 'Konsultasi Perizinan dan Investasi',
      description: 'Konsultasi jenis izin yang dibutuhkan, KBLI, tingkat risiko usaha, LKPM, dan kendala sistem OSS.',
      category: 'perizinan_berusaha',
      modes: ['walk_in'],
      keywords: ['konsultasi izin', 'tanya izin usaha', 'help desk oss', 'kbli', 'lkpm', 'izin apa saja'],
      standard: standard({
        requirements: [optional('nib', { notes: 'Bila sudah memiliki NIB.' })],
        procedure: steps(
          'Ambil nomor antrean konsultasi',
          'Sampaikan rencana usaha atau kendala',
          'Petugas menjelaskan jenis izin dan langkahnya',
        ),
        timeLimit: minutes(30),
        fee: free(),
        product: 'Penjelasan dan catatan langkah perizinan',
        implementers: 1,
      }),
    },
  ];
}
