import { MAKASSAR, SURABAYA } from './cities.js';
import { sameGeraiAt, type TenantDraft } from './draft.js';
import { need, optional } from './requirements.js';
import { defineStandard, formula, minutes, type StandardParts, steps, workingDays } from './standard-builder.js';

/** Kementerian Kesehatan: the port health office (Balai Kekarantinaan Kesehatan) for travellers' vaccination. */

const PNBP_BASIS =
  'Peraturan Pemerintah Nomor 64 Tahun 2019 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Kementerian Kesehatan';

const PROFILE = {
  unitName: 'Balai Kekarantinaan Kesehatan',
  legalBasis: [
    'Undang-Undang Nomor 6 Tahun 2018 tentang Kekarantinaan Kesehatan',
    'Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan',
    PNBP_BASIS,
  ],
  supervisors: 'Kepala Balai Kekarantinaan Kesehatan dan Inspektorat Jenderal Kementerian Kesehatan',
  complaintChannels: [
    'layanan pengaduan Kementerian Kesehatan (Halo Kemenkes)',
    'media sosial resmi Balai Kekarantinaan Kesehatan',
  ],
  competence: [
    'Dokter dan perawat ber-STR yang terlatih vaksinasi internasional',
    'Mampu menangani kejadian ikutan pasca-imunisasi',
  ],
  facilities: [
    'Lemari pendingin vaksin dengan pemantau suhu',
    'Ruang observasi pasca-vaksinasi',
    'Kit penanganan anafilaksis',
  ],
  implementers: 3,
  securityNote:
    'Vaksinasi dilakukan setelah skrining kesehatan, dan penerima diobservasi 30 menit setelah penyuntikan.',
};

function standard(parts: StandardParts) {
  return defineStandard(PROFILE, parts);
}

const VACCINATION_STEPS = steps(
  ['Daftar', 'Daftar secara daring atau di gerai, lalu unggah paspor.'],
  'Bayar PNBP sesuai kode billing',
  'Skrining kesehatan oleh dokter',
  'Penyuntikan vaksin dan observasi 30 menit',
  'Penerbitan International Certificate of Vaccination (ICV)',
);

const VACCINATION_FEE = formula(
  'Tarif PNBP penerbitan ICV ditambah harga vaksin sesuai jenis vaksin yang berlaku di Balai Kekarantinaan Kesehatan',
  PNBP_BASIS,
);

export function buildKekarantinaanTenant(): TenantDraft {
  return {
    slug: 'kemenkes-kekarantinaan-kesehatan',
    name: 'Kementerian Kesehatan (Balai Kekarantinaan Kesehatan)',
    shortName: 'Kekarantinaan Kesehatan',
    type: 'kementerian_lembaga',
    parentOrganisation: 'Kementerian Kesehatan',
    website: 'https://www.kemkes.go.id',
    description:
      'Gerai Balai Kekarantinaan Kesehatan (dahulu Kantor Kesehatan Pelabuhan): vaksinasi internasional dan ICV bagi pelaku perjalanan.',
    // The port health office serves at the MPPs near the international ports of Surabaya and Makassar.
    gerai: sameGeraiAt(
      [SURABAYA.mppSlug, MAKASSAR.mppSlug],
      [
        {
          label: 'Vaksinasi Internasional',
          serviceSlugs: ['vaksinasi-meningitis-icv', 'vaksinasi-yellow-fever-icv', 'penggantian-icv'],
        },
      ],
    ),
    services: [
      {
        slug: 'vaksinasi-meningitis-icv',
        name: 'Vaksinasi Meningitis dan Penerbitan ICV untuk Umrah dan Haji',
        description:
          'Vaksinasi meningitis meningokokus bagi jemaah umrah dan haji, paling lambat 10 hari sebelum keberangkatan, beserta ICV.',
        category: 'kesehatan',
        modes: ['appointment', 'walk_in'],
        keywords: [
          'vaksin meningitis',
          'vaksin umroh',
          'vaksin umrah',
          'vaksin haji',
          'buku kuning',
          'icv',
          'sertifikat vaksin internasional',
        ],
        standard: standard({
          requirements: [
            need('paspor_lama', { name: 'Paspor yang masih berlaku' }),
            need('ktp_el'),
            optional('bukti_perjalanan', { notes: 'Surat dari biro perjalanan umrah atau haji.' }),
          ],
          procedure: VACCINATION_STEPS,
          timeLimit: minutes(60),
          fee: VACCINATION_FEE,
          product: 'International Certificate of Vaccination (ICV) vaksin meningitis',
        }),
      },
      {
        slug: 'vaksinasi-yellow-fever-icv',
        name: 'Vaksinasi Yellow Fever dan Penerbitan ICV',
        description:
          'Vaksinasi demam kuning bagi pelaku perjalanan ke atau melalui negara endemis di Afrika dan Amerika Selatan, beserta ICV.',
        category: 'kesehatan',
        modes: ['appointment', 'walk_in'],
        keywords: ['yellow fever', 'vaksin demam kuning', 'vaksin ke afrika', 'vaksin ke brasil', 'icv yellow fever'],
        standard: standard({
          requirements: [
            need('paspor_lama', { name: 'Paspor yang masih berlaku' }),
            need('ktp_el'),
            optional('bukti_perjalanan'),
          ],
          procedure: VACCINATION_STEPS,
          timeLimit: minutes(60),
          fee: VACCINATION_FEE,
          product: 'International Certificate of Vaccination (ICV) vaksin yellow fever',
        }),
      },
      {
        slug: 'penggantian-icv',
        name: 'Penerbitan Ulang ICV Hilang atau Rusak',
        description: 'Penerbitan ulang ICV yang hilang atau rusak berdasarkan catatan vaksinasi sebelumnya.',
        category: 'kesehatan',
        modes: ['walk_in'],
        keywords: ['icv hilang', 'buku kuning hilang', 'icv rusak', 'cetak ulang icv'],
        standard: standard({
          requirements: [
            need('paspor_lama', { name: 'Paspor yang masih berlaku' }),
            optional('surat_keterangan_hilang_kepolisian', { notes: 'Untuk ICV yang hilang.' }),
            optional('icv_lama', { notes: 'Untuk ICV yang rusak.' }),
          ],
          procedure: steps(
            'Ajukan permohonan',
            'Penelusuran catatan vaksinasi',
            'Bayar PNBP',
            'Penerbitan ICV pengganti',
          ),
          timeLimit: workingDays(1),
          fee: formula('Tarif PNBP penerbitan ICV pengganti', PNBP_BASIS),
          product: 'ICV pengganti',
          implementers: 1,
        }),
      },
    ],
  };
}
