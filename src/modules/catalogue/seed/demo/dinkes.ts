import type { DemoCity } from './cities.js';
import { type TenantDraft, withSlugSuffix } from './draft.js';
import { need, optional } from './requirements.js';
import { type BuildStandard, defineStandard, formula, free, minutes, steps, workingDays } from './standard-builder.js';

/** The city's Dinas Kesehatan: a puskesmas post inside the MPP and hygiene certificates. */

const HEALTH_LAW = 'Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan';
const HEALTH_REGULATION =
  'Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan';

export function buildDinkesTenant(city: DemoCity): TenantDraft {
  const unitName = `Dinas Kesehatan ${city.cityName}`;
  const bylaw = `Peraturan Daerah ${city.cityName} tentang Pajak Daerah dan Retribusi Daerah`;
  const profile = {
    unitName,
    legalBasis: [HEALTH_LAW, HEALTH_REGULATION],
    supervisors: `Kepala ${unitName} dan Kepala Puskesmas penanggung jawab pos kesehatan MPP, serta Inspektorat ${city.cityName}`,
    complaintChannels: [`layanan pengaduan ${unitName}`],
    competence: [
      'Dokter dan perawat ber-STR dan ber-SIP',
      'Sanitarian bersertifikat untuk inspeksi kesehatan lingkungan',
    ],
    facilities: [
      'Ruang periksa dengan tempat tidur periksa',
      'Tensimeter, alat cek gula darah dan kolesterol, timbangan, pengukur tinggi badan',
    ],
    implementers: 3,
    securityNote:
      'Hasil pemeriksaan kesehatan termasuk data pribadi spesifik dan hanya diserahkan kepada yang bersangkutan.',
  };
  const standard: BuildStandard = (parts) => defineStandard(profile, parts);

  const draft: TenantDraft = {
    slug: `dinkes-kota-${city.key}`,
    name: unitName,
    shortName: 'Dinkes',
    type: 'pemerintah_kabupaten_kota',
    parentOrganisation: `Pemerintah ${city.cityName}`,
    description: `Pos kesehatan ${unitName} di MPP: pemeriksaan kesehatan, cek kesehatan gratis, dan sertifikat laik higiene sanitasi.`,
    gerai: [
      {
        mppSlug: city.mppSlug,
        counters: [
          { label: 'Pos Kesehatan', serviceSlugs: ['surat-keterangan-sehat', 'cek-kesehatan-gratis'] },
          { label: 'Kesehatan Lingkungan', serviceSlugs: ['sertifikat-laik-higiene-sanitasi'] },
        ],
      },
    ],
    services: [
      {
        slug: 'surat-keterangan-sehat',
        name: 'Pemeriksaan Kesehatan dan Surat Keterangan Sehat',
        description:
          'Pemeriksaan fisik dasar oleh dokter dan penerbitan surat keterangan sehat untuk melamar kerja, sekolah, atau perpanjangan SIM.',
        category: 'kesehatan',
        modes: ['walk_in'],
        keywords: [
          'surat sehat',
          'surat keterangan sehat',
          'surat dokter',
          'keterangan sehat melamar kerja',
          'surat sehat sim',
          'cek kesehatan',
        ],
        standard: standard({
          legalBasis: [bylaw],
          requirements: [need('ktp_el')],
          procedure: steps(
            'Ambil nomor antrean',
            'Pemeriksaan tanda vital, tinggi dan berat badan, serta tes buta warna',
            'Pemeriksaan oleh dokter',
            'Penerbitan surat keterangan sehat',
          ),
          timeLimit: minutes(30),
          fee: formula('Tarif retribusi pelayanan kesehatan di puskesmas sesuai Perda', bylaw),
          product: 'Surat keterangan sehat jasmani',
        }),
      },
      {
        slug: 'cek-kesehatan-gratis',
        name: 'Cek Kesehatan Gratis',
        description:
          'Pemeriksaan kesehatan gratis program pemerintah: tekanan darah, gula darah, kolesterol, indeks massa tubuh, dan skrining risiko penyakit.',
        category: 'kesehatan',
        modes: ['walk_in', 'appointment'],
        keywords: [
          'ckg',
          'cek kesehatan gratis',
          'cek gula darah',
          'cek tensi',
          'cek kolesterol',
          'periksa gratis',
          'skrining kesehatan',
        ],
        standard: standard({
          requirements: [need('ktp_el'), optional('kartu_jkn')],
          procedure: steps(
            'Daftar melalui aplikasi SATUSEHAT Mobile atau di pos kesehatan',
            'Pemeriksaan dan skrining',
            'Konsultasi hasil dan rujukan bila diperlukan',
          ),
          timeLimit: minutes(45),
          fee: free(),
          product: 'Hasil pemeriksaan kesehatan di SATUSEHAT Mobile dan rujukan bila diperlukan',
        }),
      },
      {
        slug: 'sertifikat-laik-higiene-sanitasi',
        name: 'Sertifikat Laik Higiene Sanitasi (SLHS)',
        description:
          'Sertifikat bagi usaha jasa boga, rumah makan, depot air minum, dan dapur penyedia makanan yang memenuhi standar higiene sanitasi.',
        category: 'kesehatan',
        modes: ['walk_in', 'online'],
        keywords: [
          'slhs',
          'laik higiene',
          'sertifikat higiene',
          'izin depot air minum',
          'jasa boga',
          'katering',
          'izin rumah makan',
          'dapur mbg',
        ],
        standard: standard({
          legalBasis: [bylaw],
          requirements: [
            need('nib'),
            need('ktp_el', { name: 'KTP-el penanggung jawab usaha' }),
            need('denah_lokasi', { name: 'Denah dapur atau tempat produksi' }),
            need('hasil_uji_laboratorium'),
            need('sertifikat_penjamah_pangan'),
          ],
          procedure: steps(
            'Ajukan permohonan',
            'Inspeksi kesehatan lingkungan oleh sanitarian',
            'Pengambilan dan uji sampel bila belum ada',
            'Penerbitan SLHS',
          ),
          timeLimit: workingDays(14),
          fee: formula('Tarif retribusi pemeriksaan dan uji laboratorium sesuai Perda', bylaw),
          product: 'Sertifikat Laik Higiene Sanitasi',
        }),
      },
    ],
  };
  return withSlugSuffix(draft, city.key);
}
