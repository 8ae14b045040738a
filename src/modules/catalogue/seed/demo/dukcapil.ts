import type { DemoCity } from './cities.js';
import { type TenantDraft, withSlugSuffix } from './draft.js';
import { buildCivilRegistryServices } from './dukcapil-pencatatan-sipil.js';
import { buildResidentRegistrationServices } from './dukcapil-pendaftaran-penduduk.js';
import { type BuildStandard, defineStandard } from './standard-builder.js';

/**
 * The city's Dinas Kependudukan dan Pencatatan Sipil: one tenant per city, since each city
 * publishes its own standard. Its services split into pendaftaran penduduk (KTP-el, KK, KIA,
 * moving, IKD) and pencatatan sipil (akta), as in Perpres 96/2018.
 */

export function buildDukcapilTenant(city: DemoCity): TenantDraft {
  const unitName = `Dinas Kependudukan dan Pencatatan Sipil ${city.cityName}`;
  const profile = {
    unitName,
    legalBasis: [
      'Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah diubah dengan Undang-Undang Nomor 24 Tahun 2013',
      'Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil',
      'Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018',
    ],
    supervisors: `Kepala Dinas dan para Kepala Bidang ${unitName}, serta Inspektorat ${city.cityName}`,
    complaintChannels: [
      `media sosial dan nomor pengaduan resmi ${unitName}`,
      'kanal pengaduan Direktorat Jenderal Dukcapil Kementerian Dalam Negeri',
    ],
    competence: [
      'Operator SIAK Terpusat yang telah mengikuti bimbingan teknis Ditjen Dukcapil',
      'Memahami persyaratan pendaftaran penduduk dan pencatatan sipil menurut Perpres 96/2018',
    ],
    facilities: [
      'Perangkat perekaman KTP-el (kamera, pemindai sidik jari dan iris, pad tanda tangan)',
      'Printer KTP-el dan dokumen kependudukan berpengaman',
      'Komputer terhubung SIAK Terpusat',
    ],
    implementers: 3,
    securityNote:
      'Data biometrik dan data kependudukan hanya diakses operator yang berwenang; setiap akses tercatat di SIAK.',
  };
  const standard: BuildStandard = (parts) => defineStandard(profile, parts);

  const draft: TenantDraft = {
    slug: `dukcapil-kota-${city.key}`,
    name: unitName,
    shortName: 'Dukcapil',
    type: 'pemerintah_kabupaten_kota',
    parentOrganisation: `Pemerintah ${city.cityName}`,
    description: `Pelayanan administrasi kependudukan ${city.cityName}: KTP-el, KK, KIA, akta pencatatan sipil, dan pindah datang. Semua layanan gratis.`,
    gerai: [
      {
        mppSlug: city.mppSlug,
        counters: [
          {
            label: 'Perekaman dan Cetak KTP-el',
            serviceSlugs: [
              'perekaman-ktp-el',
              'penerbitan-ktp-el-baru',
              'penerbitan-ktp-el-rusak',
              'penerbitan-ktp-el-hilang',
              'penerbitan-ktp-el-perubahan-data',
              'aktivasi-ikd',
            ],
          },
          {
            label: 'Kartu Keluarga dan KIA',
            serviceSlugs: [
              'penerbitan-kk-baru',
              'penerbitan-kk-perubahan-data',
              'penerbitan-kk-hilang-rusak',
              'penerbitan-kia',
              'aktivasi-ikd',
            ],
          },
          { label: 'Pindah Datang', serviceSlugs: ['pindah-keluar', 'pindah-datang'] },
          {
            label: 'Akta Pencatatan Sipil',
            serviceSlugs: [
              'penerbitan-akta-kelahiran',
              'penerbitan-akta-kematian',
              'penerbitan-akta-perkawinan',
              'penerbitan-akta-perceraian',
              'pencatatan-perubahan-nama',
              'pembetulan-akta',
            ],
          },
        ],
      },
    ],
    services: [...buildResidentRegistrationServices(standard, city), ...buildCivilRegistryServices(standard)],
  };
  return withSlugSuffix(draft, city.key);
}
