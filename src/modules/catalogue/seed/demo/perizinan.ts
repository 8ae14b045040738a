import type { DemoCity } from './cities.js';
import { type TenantDraft, withSlugSuffix } from './draft.js';
import { buildPerizinanServices } from './perizinan-services.js';
import { type BuildStandard, defineStandard } from './standard-builder.js';

/** The city's DPMPTSP: licensing, and the penyelenggara of the MPP itself (Perpres 89/2021). */

export function buildDpmptspTenant(city: DemoCity): TenantDraft {
  const unitName = `Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu ${city.cityName}`;
  const profile = {
    unitName: `DPMPTSP ${city.cityName}`,
    legalBasis: [
      'Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang',
      'Peraturan Presiden Nomor 97 Tahun 2014 tentang Penyelenggaraan Pelayanan Terpadu Satu Pintu',
      'Peraturan Presiden Nomor 89 Tahun 2021 tentang Penyelenggaraan Mal Pelayanan Publik',
    ],
    supervisors: `Kepala ${unitName} dan para Kepala Bidang, serta Inspektorat ${city.cityName}`,
    complaintChannels: [
      `help desk perizinan dan layanan pengaduan ${unitName}`,
      'pengaduan sistem OSS melalui oss.go.id',
    ],
    competence: [
      'Petugas front office perizinan yang memahami perizinan berusaha berbasis risiko',
      'Mampu mengoperasikan sistem OSS, SIMBG, dan aplikasi perizinan daerah',
    ],
    facilities: ['Komputer pendampingan mandiri (self-service) untuk OSS', 'Ruang konsultasi perizinan'],
    implementers: 2,
  };
  const standard: BuildStandard = (parts) => defineStandard(profile, parts);

  const draft: TenantDraft = {
    slug: `dpmptsp-kota-${city.key}`,
    name: unitName,
    shortName: 'DPMPTSP',
    type: 'pemerintah_kabupaten_kota',
    parentOrganisation: `Pemerintah ${city.cityName}`,
    description: `Penyelenggara MPP dan pelayanan perizinan ${city.cityName}: NIB, PBG, SLF, reklame, izin praktik, dan konsultasi investasi.`,
    gerai: [
      {
        mppSlug: city.mppSlug,
        counters: [
          {
            label: 'Perizinan Berusaha dan OSS',
            serviceSlugs: [
              'pendaftaran-nib',
              'pemenuhan-sertifikat-standar',
              'kkpr',
              'spp-irt',
              'konsultasi-perizinan',
            ],
          },
          {
            label: 'Bangunan dan Lingkungan',
            serviceSlugs: [
              'persetujuan-bangunan-gedung',
              'sertifikat-laik-fungsi',
              'persetujuan-lingkungan',
              'izin-reklame',
            ],
          },
          {
            label: 'Perizinan Nonberusaha',
            serviceSlugs: [
              'surat-izin-praktik-tenaga-kesehatan',
              'izin-pendirian-satuan-pendidikan',
              'konsultasi-perizinan',
            ],
          },
        ],
      },
    ],
    services: buildPerizinanServices(standard, city),
  };
  return withSlugSuffix(draft, city.key);
}
