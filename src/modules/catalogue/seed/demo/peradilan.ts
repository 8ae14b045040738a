import { ALL_DEMO_MPPS } from './cities.js';
import { sameGeraiAt, type TenantDraft } from './draft.js';
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

/** Pengadilan Agama (Mahkamah Agung): case registration desk of the local religious court. */

const COURT_FEE_REGULATION =
  'Peraturan Mahkamah Agung Nomor 3 Tahun 2012 tentang Biaya Proses Penyelesaian Perkara dan Pengelolaan Biaya Perkara pada Mahkamah Agung dan Badan Peradilan yang Berada di Bawahnya';
const COURT_PNBP =
  'Peraturan Pemerintah Nomor 5 Tahun 2019 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Mahkamah Agung dan Badan Peradilan yang Berada di Bawahnya';
const LEGAL_AID =
  'Peraturan Mahkamah Agung Nomor 1 Tahun 2014 tentang Pedoman Pemberian Layanan Hukum bagi Masyarakat Tidak Mampu di Pengadilan';

const PROFILE = {
  unitName: 'Pengadilan Agama',
  legalBasis: [
    'Undang-Undang Nomor 7 Tahun 1989 tentang Peradilan Agama sebagaimana telah diubah terakhir dengan Undang-Undang Nomor 50 Tahun 2009',
    'Peraturan Mahkamah Agung Nomor 7 Tahun 2022 tentang Perubahan atas Peraturan Mahkamah Agung Nomor 1 Tahun 2019 tentang Administrasi Perkara dan Persidangan di Pengadilan secara Elektronik',
  ],
  supervisors: 'Ketua, Panitera, dan Hakim Pengawas Bidang Pengadilan Agama, serta Badan Pengawasan Mahkamah Agung',
  complaintChannels: [
    'Sistem Informasi Pengawasan Mahkamah Agung (siwas.mahkamahagung.go.id)',
    'meja pengaduan PTSP Pengadilan Agama',
  ],
  competence: [
    'Petugas PTSP pengadilan yang memahami hukum acara peradilan agama',
    'Mampu mengoperasikan e-Court dan SIPP',
  ],
  facilities: ['Komputer e-Court untuk pendaftaran mandiri', 'Meja Pos Bantuan Hukum (Posbakum)'],
  implementers: 2,
  securityNote:
    'Data perkara keluarga dan anak dijaga kerahasiaannya; identitas para pihak tidak diumumkan di luar ketentuan hukum acara.',
};

function standard(parts: StandardParts) {
  return defineStandard(PROFILE, parts);
}

const CASE_FEE = formula(
  'Panjar biaya perkara sesuai Surat Keputusan Ketua Pengadilan Agama: PNBP pendaftaran, biaya proses, dan biaya panggilan menurut radius tempat tinggal ' +
    'para pihak; sisa panjar dikembalikan. Gratis (prodeo) bagi warga tidak mampu.',
  `${COURT_FEE_REGULATION}; PP 5/2019; PERMA 1/2014`,
);

const CASE_STEPS = steps(
  [
    'Daftar perkara',
    'Melalui e-Court atau di meja PTSP; Posbakum dapat membantu menyusun surat gugatan atau permohonan.',
  ],
  'Penaksiran panjar biaya dan pembayaran melalui bank atau kanal elektronik',
  'Penerimaan nomor perkara',
  'Penetapan majelis hakim dan hari sidang, lalu pemanggilan para pihak',
);

export function buildPengadilanAgamaTenant(): TenantDraft {
  return {
    slug: 'pengadilan-agama',
    name: 'Pengadilan Agama',
    shortName: 'Pengadilan Agama',
    type: 'kementerian_lembaga',
    parentOrganisation: 'Mahkamah Agung Republik Indonesia',
    website: 'https://badilag.mahkamahagung.go.id',
    description:
      'Meja layanan Pengadilan Agama setempat: pendaftaran perkara perceraian, itsbat nikah, dispensasi kawin, dan akta cerai.',
    gerai: sameGeraiAt(ALL_DEMO_MPPS, [
      {
        label: 'Pendaftaran Perkara',
        serviceSlugs: [
          'pendaftaran-perkara-cerai-gugat',
          'pendaftaran-perkara-cerai-talak',
          'permohonan-itsbat-nikah',
          'permohonan-dispensasi-kawin',
        ],
      },
      { label: 'Akta Cerai dan Posbakum', serviceSlugs: ['pengambilan-akta-cerai', 'posbakum-konsultasi-hukum'] },
    ]),
    services: [
      {
        slug: 'pendaftaran-perkara-cerai-gugat',
        name: 'Pendaftaran Perkara Cerai Gugat',
        description: 'Pendaftaran gugatan perceraian yang diajukan oleh istri yang beragama Islam.',
        category: 'peradilan',
        modes: ['online', 'walk_in'],
        keywords: ['cerai', 'gugat cerai', 'gugatan cerai', 'cerai istri', 'perceraian', 'pisah', 'e-court cerai'],
        standard: standard({
          legalBasis: [COURT_FEE_REGULATION, COURT_PNBP, LEGAL_AID],
          requirements: [
            need('surat_gugatan'),
            need('ktp_el'),
            need('surat_nikah', { name: 'Buku nikah asli dan fotokopinya' }),
            optional('kk'),
            optional('akta_kelahiran', {
              name: 'Akta kelahiran anak',
              notes: 'Bila ada tuntutan hak asuh atau nafkah anak.',
            }),
            optional('surat_keterangan_tidak_mampu', { notes: 'Untuk berperkara secara prodeo.' }),
          ],
          procedure: CASE_STEPS,
          timeLimit: workingDays(1),
          fee: CASE_FEE,
          product: 'Nomor perkara dan relaas panggilan sidang pertama',
        }),
      },
      {
        slug: 'pendaftaran-perkara-cerai-talak',
        name: 'Pendaftaran Perkara Cerai Talak',
        description: 'Pendaftaran permohonan izin ikrar talak yang diajukan oleh suami yang beragama Islam.',
        category: 'peradilan',
        modes: ['online', 'walk_in'],
        keywords: ['cerai talak', 'talak', 'ikrar talak', 'cerai suami', 'perceraian', 'e-court'],
        standard: standard({
          legalBasis: [COURT_FEE_REGULATION, COURT_PNBP, LEGAL_AID],
          requirements: [
            need('surat_gugatan', { name: 'Surat permohonan cerai talak' }),
            need('ktp_el'),
            need('surat_nikah', { name: 'Buku nikah asli dan fotokopinya' }),
            optional('kk'),
            optional('surat_keterangan_tidak_mampu', { notes: 'Untuk berperkara secara prodeo.' }),
          ],
          procedure: CASE_STEPS,
          timeLimit: workingDays(1),
          fee: CASE_FEE,
          product: 'Nomor perkara dan relaas panggilan sidang pertama',
        }),
      },
      {
        slug: 'permohonan-itsbat-nikah',
        name: 'Permohonan Itsbat (Pengesahan) Nikah',
        description:
          'Permohonan pengesahan perkawinan yang sah menurut agama tetapi belum tercatat (nikah siri), agar dapat dicatat di KUA.',
        category: 'peradilan',
        modes: ['online', 'walk_in'],
        keywords: [
          'itsbat nikah',
          'isbat nikah',
          'nikah siri',
          'sahkan nikah siri',
          'pengesahan nikah',
          'nikah belum tercatat',
        ],
        standard: standard({
          legalBasis: [COURT_FEE_REGULATION, COURT_PNBP, LEGAL_AID],
          requirements: [
            need('surat_gugatan', { name: 'Surat permohonan itsbat nikah' }),
            need('ktp_el', { name: 'KTP-el suami dan istri' }),
            need('kk'),
            need('surat_keterangan_kua', { name: 'Surat keterangan dari KUA bahwa perkawinan belum tercatat' }),
            need('ktp_el_saksi', { name: 'Identitas dua orang saksi nikah' }),
          ],
          procedure: CASE_STEPS,
          timeLimit: workingDays(1),
          fee: CASE_FEE,
          product: 'Nomor perkara; setelah putusan, penetapan itsbat nikah untuk dicatat di KUA',
        }),
      },
      {
        slug: 'permohonan-dispensasi-kawin',
        name: 'Permohonan Dispensasi Kawin',
        description:
          'Permohonan orang tua agar anak yang belum berusia 19 tahun diizinkan menikah, diperiksa dengan mendengar anak dan calon pasangan.',
        category: 'peradilan',
        modes: ['online', 'walk_in'],
        keywords: [
          'dispensasi kawin',
          'dispensasi nikah',
          'nikah di bawah umur',
          'kawin muda',
          'dispen nikah',
          'nikah belum 19 tahun',
        ],
        standard: standard({
          legalBasis: [
            'Peraturan Mahkamah Agung Nomor 5 Tahun 2019 tentang Pedoman Mengadili Permohonan Dispensasi Kawin',
            COURT_FEE_REGULATION,
            LEGAL_AID,
          ],
          requirements: [
            need('surat_gugatan', { name: 'Surat permohonan orang tua' }),
            need('ktp_el', { name: 'KTP-el kedua orang tua' }),
            need('kk'),
            need('akta_kelahiran', { name: 'Akta kelahiran anak dan calon pasangan' }),
            need('ijazah', { name: 'Ijazah terakhir atau surat keterangan masih sekolah anak' }),
            need('surat_keterangan_kua', { name: 'Surat penolakan pencatatan nikah dari KUA' }),
          ],
          procedure: CASE_STEPS,
          timeLimit: workingDays(1),
          fee: CASE_FEE,
          product: 'Nomor perkara; setelah sidang, penetapan dispensasi kawin',
        }),
      },
      {
        slug: 'pengambilan-akta-cerai',
        name: 'Penerbitan Akta Cerai dan Salinan Putusan',
        description: 'Penerbitan akta cerai dan salinan putusan setelah putusan perceraian berkekuatan hukum tetap.',
        category: 'peradilan',
        modes: ['walk_in'],
        keywords: ['akta cerai', 'ambil akta cerai', 'salinan putusan', 'akta cerai hilang', 'bukti cerai'],
        standard: standard({
          legalBasis: [COURT_PNBP],
          requirements: [need('ktp_el'), need('formulir_permohonan', { name: 'Nomor perkara' })],
          procedure: steps(
            'Ambil nomor antrean dan sebutkan nomor perkara',
            'Petugas memeriksa status putusan berkekuatan hukum tetap',
            'Bayar PNBP',
            'Penyerahan akta cerai dan salinan putusan',
          ),
          timeLimit: minutes(30),
          fee: fixed(10_000, `${COURT_PNBP}: akta cerai Rp10.000; salinan putusan dikenai PNBP per lembar`),
          product: 'Akta cerai dan salinan putusan',
          implementers: 1,
        }),
      },
      {
        slug: 'posbakum-konsultasi-hukum',
        name: 'Konsultasi Hukum Pos Bantuan Hukum (Posbakum)',
        description:
          'Konsultasi hukum gratis, bantuan membuat surat gugatan atau permohonan bagi masyarakat yang berperkara di Pengadilan Agama.',
        category: 'peradilan',
        modes: ['walk_in'],
        keywords: ['konsultasi hukum', 'bantuan hukum gratis', 'posbakum', 'bikin surat gugatan', 'pengacara gratis'],
        standard: standard({
          legalBasis: [LEGAL_AID],
          requirements: [need('ktp_el'), optional('surat_keterangan_tidak_mampu')],
          procedure: steps(
            'Ambil nomor antrean Posbakum',
            'Sampaikan permasalahan hukum',
            'Advokat Posbakum memberi nasihat atau menyusun surat gugatan',
          ),
          timeLimit: minutes(60),
          fee: free(LEGAL_AID),
          product: 'Nasihat hukum atau surat gugatan/permohonan',
          implementers: 1,
        }),
      },
    ],
  };
}
