import { JAYAPURA, MAKASSAR, SURABAYA } from './cities.js';
import type { ServiceDraft, TenantDraft } from './draft.js';
import { need, optional } from './requirements.js';
import {
  defineStandard,
  fixed,
  formula,
  free,
  hours,
  minutes,
  rupiah,
  type StandardParts,
  steps,
} from './standard-builder.js';

/** Polri: Satpas SIM (renewals) and SKCK of the local Polrestabes/Polresta, one tenant. */

const PNBP_BASIS =
  'Peraturan Pemerintah Nomor 76 Tahun 2020 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Kepolisian Negara Republik Indonesia';
const SIM_BASIS = [
  'Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan',
  'Peraturan Kepolisian Negara Republik Indonesia Nomor 5 Tahun 2021 tentang Penerbitan dan Penandaan Surat Izin Mengemudi',
  PNBP_BASIS,
];
const SKCK_BASIS = [
  'Peraturan Kepala Kepolisian Negara Republik Indonesia Nomor 18 Tahun 2014 tentang Tata Cara Penerbitan Surat Keterangan Catatan Kepolisian',
  PNBP_BASIS,
];

const PROFILE = {
  unitName: 'Polri',
  legalBasis: ['Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia'],
  supervisors:
    'Kasat Lantas dan Kasat Intelkam Polrestabes/Polresta, Seksi Propam, serta Inspektorat Pengawasan Daerah',
  complaintChannels: [
    'Dumas Presisi Polri (dumaspresisi.polri.go.id)',
    'Call Center Polri 110',
    'Seksi Propam Polrestabes/Polresta',
  ],
  competence: [
    'Anggota Polri/PNS Polri yang telah mengikuti pelatihan pelayanan SIM atau SKCK',
    'Mampu mengoperasikan sistem registrasi SIM atau aplikasi SKCK online',
  ],
  facilities: [
    'Kamera, pemindai sidik jari, dan pad tanda tangan digital',
    'Printer kartu SIM',
    'Loket pembayaran PNBP',
  ],
  implementers: 4,
  securityNote: 'Data sidik jari dan catatan kepolisian termasuk data pribadi spesifik: aksesnya dibatasi dan dicatat.',
};

function standard(parts: StandardParts) {
  return defineStandard(PROFILE, parts);
}

function simRenewal(options: {
  slug: string;
  name: string;
  simClass: string;
  vehicles: string;
  amount: number;
  keywords: string[];
}): ServiceDraft {
  return {
    slug: options.slug,
    name: options.name,
    description:
      `Perpanjangan SIM ${options.simClass} (${options.vehicles}) yang masih berlaku. ` +
      'SIM yang sudah lewat masa berlakunya harus diajukan sebagai SIM baru di Satpas.',
    category: 'kepolisian',
    modes: ['walk_in', 'online'],
    keywords: options.keywords,
    standard: standard({
      legalBasis: SIM_BASIS,
      requirements: [
        need('ktp_el'),
        need('sim_lama', { name: `SIM ${options.simClass} lama yang masih berlaku` }),
        need('surat_keterangan_sehat', {
          notes: 'Dari dokter atau klinik yang ditunjuk; biaya tes dibayar terpisah dari PNBP.',
        }),
        need('hasil_tes_psikologi', {
          notes: 'Dari lembaga psikologi yang ditunjuk Polri; biaya tes dibayar terpisah dari PNBP.',
        }),
      ],
      procedure: steps(
        ['Daftar', 'Daftar melalui aplikasi Digital Korlantas (SINAR) atau ambil antrean di gerai.'],
        'Tes kesehatan dan tes psikologi di tempat yang ditunjuk',
        'Verifikasi dokumen oleh petugas',
        'Bayar PNBP di loket bank atau melalui kode pembayaran',
        'Pengambilan foto, sidik jari, dan tanda tangan',
        'Pencetakan dan penyerahan SIM',
      ),
      timeLimit: minutes(60),
      fee: fixed(options.amount, `${PNBP_BASIS}: perpanjangan SIM ${options.simClass} ${rupiah(options.amount)}`),
      product: `SIM ${options.simClass} berlaku 5 tahun`,
    }),
  };
}

export function buildPolriTenant(): TenantDraft {
  const fullCounters = [
    {
      label: 'Perpanjangan SIM A dan B I',
      serviceSlugs: ['perpanjangan-sim-a', 'perpanjangan-sim-b1', 'penggantian-sim-hilang-rusak'],
    },
    { label: 'Perpanjangan SIM C', serviceSlugs: ['perpanjangan-sim-c', 'penggantian-sim-hilang-rusak'] },
    {
      label: 'SKCK dan Laporan Kehilangan',
      serviceSlugs: ['penerbitan-skck', 'perpanjangan-skck', 'laporan-kehilangan'],
    },
  ];
  return {
    slug: 'polri',
    name: 'Kepolisian Negara Republik Indonesia',
    shortName: 'Polri',
    type: 'kementerian_lembaga',
    website: 'https://www.polri.go.id',
    description: 'Gerai Satpas SIM dan pelayanan SKCK Polrestabes/Polresta setempat.',
    gerai: [
      { mppSlug: SURABAYA.mppSlug, counters: fullCounters },
      { mppSlug: MAKASSAR.mppSlug, counters: fullCounters },
      {
        mppSlug: JAYAPURA.mppSlug,
        counters: [
          {
            label: 'Perpanjangan SIM',
            serviceSlugs: ['perpanjangan-sim-a', 'perpanjangan-sim-c', 'penggantian-sim-hilang-rusak'],
          },
          {
            label: 'SKCK dan Laporan Kehilangan',
            serviceSlugs: ['penerbitan-skck', 'perpanjangan-skck', 'laporan-kehilangan'],
          },
        ],
      },
    ],
    services: [
      simRenewal({
        slug: 'perpanjangan-sim-a',
        name: 'Perpanjangan SIM A',
        simClass: 'A',
        vehicles: 'mobil penumpang dan barang perseorangan sampai 3.500 kg',
        amount: 80_000,
        keywords: [
          'perpanjang sim a',
          'sim a mati',
          'sim a habis',
          'sim mobil',
          'perpanjangan sim mobil',
          'sinar',
          'sim online',
        ],
      }),
      simRenewal({
        slug: 'perpanjangan-sim-c',
        name: 'Perpanjangan SIM C',
        simClass: 'C',
        vehicles: 'sepeda motor',
        amount: 75_000,
        keywords: [
          'perpanjang sim c',
          'sim c mati',
          'sim c habis',
          'sim motor',
          'perpanjangan sim motor',
          'sinar',
          'sim online',
        ],
      }),
      simRenewal({
        slug: 'perpanjangan-sim-b1',
        name: 'Perpanjangan SIM B I',
        simClass: 'B I',
        vehicles: 'mobil penumpang dan barang perseorangan di atas 3.500 kg',
        amount: 80_000,
        keywords: ['perpanjang sim b1', 'sim b1', 'sim truk', 'sim bus'],
      }),
      {
        slug: 'penggantian-sim-hilang-rusak',
        name: 'Penggantian SIM Hilang atau Rusak',
        description: 'Penerbitan SIM pengganti untuk SIM yang hilang atau rusak selama masa berlakunya masih ada.',
        category: 'kepolisian',
        modes: ['walk_in'],
        keywords: ['sim hilang', 'sim rusak', 'kehilangan sim', 'ganti sim', 'sim patah'],
        standard: standard({
          legalBasis: SIM_BASIS,
          requirements: [
            need('ktp_el'),
            optional('surat_keterangan_hilang_kepolisian', { notes: 'Untuk SIM yang hilang.' }),
            optional('sim_lama', { name: 'SIM yang rusak', notes: 'Untuk SIM yang rusak.' }),
            need('surat_keterangan_sehat'),
            need('hasil_tes_psikologi'),
          ],
          procedure: steps(
            'Ambil antrean dan serahkan dokumen',
            'Petugas mencocokkan data SIM pada sistem registrasi',
            'Bayar PNBP',
            'Pengambilan foto, sidik jari, dan tanda tangan',
            'Pencetakan dan penyerahan SIM pengganti',
          ),
          timeLimit: minutes(60),
          fee: formula(
            'Dikenakan tarif perpanjangan sesuai golongan: SIM A Rp80.000, SIM B I Rp80.000, SIM C Rp75.000',
            PNBP_BASIS,
          ),
          product: 'SIM pengganti dengan masa berlaku sesuai SIM semula',
        }),
      },
      {
        slug: 'penerbitan-skck',
        name: 'Penerbitan SKCK Baru',
        description:
          'Penerbitan Surat Keterangan Catatan Kepolisian untuk melamar kerja, mendaftar CPNS/PPPK, sekolah, ' +
          'atau keperluan lain. Dapat didaftarkan lebih dulu melalui SKCK online.',
        category: 'kepolisian',
        modes: ['walk_in', 'online'],
        keywords: [
          'skck',
          'bikin skck',
          'buat skck',
          'surat kelakuan baik',
          'catatan kepolisian',
          'skck melamar kerja',
          'skck cpns',
          'skck online',
        ],
        standard: standard({
          legalBasis: SKCK_BASIS,
          requirements: [
            need('ktp_el'),
            need('kk'),
            need('akta_kelahiran', { name: 'Akta kelahiran atau ijazah terakhir' }),
            need('pas_foto', { name: 'Pas foto 4x6 berlatar merah, 6 lembar' }),
            optional('paspor_lama', { name: 'Paspor', notes: 'Untuk SKCK keperluan ke luar negeri.' }),
          ],
          procedure: steps(
            ['Daftar', 'Isi formulir SKCK online atau formulir di gerai.'],
            'Pengambilan sidik jari dan pengisian formulir daftar riwayat hidup',
            'Verifikasi dan pemeriksaan catatan kriminal',
            'Bayar PNBP',
            'Pencetakan, penandatanganan, dan penyerahan SKCK',
          ),
          timeLimit: hours(1),
          fee: fixed(30_000, `${PNBP_BASIS}: penerbitan SKCK Rp30.000`),
          product: 'SKCK tingkat Polrestabes/Polresta, berlaku 6 bulan',
        }),
      },
      {
        slug: 'perpanjangan-skck',
        name: 'Perpanjangan SKCK',
        description: 'Perpanjangan SKCK yang masa berlakunya telah habis, paling lama 1 tahun sejak terbit.',
        category: 'kepolisian',
        modes: ['walk_in', 'online'],
        keywords: ['perpanjang skck', 'skck mati', 'skck habis', 'skck kadaluarsa', 'legalisir skck'],
        standard: standard({
          legalBasis: SKCK_BASIS,
          requirements: [
            need('skck_lama', {
              notes: 'Paling lama 1 tahun sejak diterbitkan; lebih dari itu diajukan sebagai SKCK baru.',
            }),
            need('ktp_el'),
            need('kk'),
            need('pas_foto', { name: 'Pas foto 4x6 berlatar merah, 2 lembar' }),
          ],
          procedure: steps(
            'Ambil antrean dan serahkan SKCK lama',
            'Verifikasi data pada sistem',
            'Bayar PNBP',
            'Pencetakan dan penyerahan SKCK',
          ),
          timeLimit: minutes(30),
          fee: fixed(30_000, `${PNBP_BASIS}: penerbitan SKCK Rp30.000`),
          product: 'SKCK yang diperpanjang, berlaku 6 bulan',
        }),
      },
      {
        slug: 'laporan-kehilangan',
        name: 'Surat Keterangan Tanda Lapor Kehilangan',
        description:
          'Laporan kehilangan barang atau dokumen (KTP-el, KK, SIM, STNK, buku nikah, ijazah, kartu ATM) ' +
          'sebagai syarat mengurus dokumen yang baru.',
        category: 'kepolisian',
        modes: ['walk_in'],
        keywords: [
          'surat kehilangan',
          'surat hilang polisi',
          'lapor hilang',
          'lapor kehilangan',
          'dompet hilang',
          'surat keterangan hilang',
        ],
        standard: standard({
          requirements: [
            need('ktp_el', { name: 'KTP-el atau identitas lain pelapor' }),
            optional('formulir_permohonan', {
              name: 'Fotokopi atau data dokumen yang hilang',
              notes: 'Membantu petugas mencatat nomor dokumen yang hilang.',
            }),
          ],
          procedure: steps(
            'Ambil antrean dan sampaikan laporan kehilangan',
            'Petugas mencatat kronologi dan data barang atau dokumen yang hilang',
            'Pelapor memeriksa dan menandatangani laporan',
            'Penyerahan surat keterangan tanda lapor kehilangan',
          ),
          timeLimit: minutes(20),
          fee: free('Tidak dipungut biaya; bukan jenis PNBP dalam PP 76/2020'),
          product: 'Surat Keterangan Tanda Lapor Kehilangan (SKTLK)',
          implementers: 1,
        }),
      },
    ],
  };
}
