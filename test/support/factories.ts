import type {
  CatalogueDocumentInput,
  MppInput,
  ServiceInput,
  TenantInput,
} from '../../src/domain/catalogue/catalogue-document.js';
import type { ServiceStandard } from '../../src/domain/catalogue/standard.js';

/** Builders of valid catalogue data, each overridable; tests state only what matters to them. */

export function aStandard(overrides: Partial<ServiceStandard> = {}): ServiceStandard {
  return {
    legalBasis: ['Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik'],
    requirements: [{ name: 'KTP-el asli', documentType: 'ktp_el', isMandatory: true }],
    procedure: [{ title: 'Ambil nomor antrean' }, { title: 'Serahkan berkas di loket' }],
    timeLimit: { value: 30, unit: 'minutes' },
    fee: { kind: 'free' },
    product: 'Dokumen uji',
    facilities: ['Ruang tunggu'],
    implementerCompetence: ['Memahami prosedur'],
    internalSupervision: 'Kepala unit',
    complaintHandling: 'SP4N-LAPOR! dan loket pengaduan MPP',
    numberOfImplementers: 2,
    serviceGuarantee: 'Sesuai standar pelayanan',
    securityGuarantee: 'Data dijaga kerahasiaannya',
    implementerEvaluation: 'Setiap tiga bulan',
    ...overrides,
  };
}

export function anMpp(overrides: Partial<MppInput> = {}): MppInput {
  return {
    slug: 'mpp-uji-kota-malang',
    name: 'MPP Uji Kota Malang',
    regencyCode: '35.73',
    address: 'Jl. Uji No. 1, Malang',
    latitude: -7.98,
    longitude: 112.63,
    timeZone: 'Asia/Jakarta',
    openingHours: {
      mon: [{ opens: '08:00', closes: '15:00' }],
      tue: [{ opens: '08:00', closes: '15:00' }],
      wed: [{ opens: '08:00', closes: '15:00' }],
      thu: [{ opens: '08:00', closes: '15:00' }],
      fri: [{ opens: '08:00', closes: '15:00' }],
      sat: [],
      sun: [],
    },
    closures: [],
    maklumat: {
      text: 'Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan.',
      signatoryName: 'Penanda Tangan Uji',
      signatoryTitle: 'Kepala DPMPTSP',
    },
    contact: {},
    isDemo: true,
    ...overrides,
  };
}

export function aService(overrides: Partial<ServiceInput> = {}): ServiceInput {
  return {
    slug: 'layanan-uji',
    name: 'Layanan Uji Coba',
    description: 'Layanan untuk pengujian.',
    category: 'lainnya',
    modes: ['walk_in'],
    keywords: [],
    standard: aStandard(),
    offeredAt: ['mpp-uji-kota-malang'],
    ...overrides,
  };
}

export function aTenant(overrides: Partial<TenantInput> = {}): TenantInput {
  return {
    slug: 'instansi-uji',
    name: 'Instansi Uji Coba',
    shortName: 'Uji',
    type: 'pemerintah_kabupaten_kota',
    gerai: [
      {
        mppSlug: 'mpp-uji-kota-malang',
        location: 'Lantai 1',
        counters: [{ number: 901, label: 'Loket 901', serviceSlugs: ['layanan-uji'] }],
      },
    ],
    services: [aService()],
    ...overrides,
  };
}

export function aDocument(overrides: Partial<CatalogueDocumentInput> = {}): CatalogueDocumentInput {
  return { format: 'satupintu.catalogue/v1', mpps: [anMpp()], tenants: [aTenant()], ...overrides };
}
