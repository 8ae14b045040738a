import type {
  Fee,
  ProcedureStep,
  Requirement,
  ServiceStandard,
  TimeLimit,
} from '../../../../domain/catalogue/standard.js';

/**
 * Builds a complete Standar Pelayanan (UU 25/2009 Pasal 21, 14 components) from the parts that
 * differ per service and the parts a unit shares across its services (a `UnitProfile`): the
 * facilities of the MPP building, the officers' competence, supervision, complaint channels,
 * guarantees and evaluation are written once per unit, not once per service.
 */

export type UnitProfile = {
  /** Names the unit in the shared texts, e.g. "Kantor Imigrasi". */
  unitName: string;
  /** Legal basis every service of the unit cites, after UU 25/2009. */
  legalBasis: readonly string[];
  /** Who supervises, e.g. "Kepala Kantor Imigrasi ... dan Inspektorat Jenderal". */
  supervisors: string;
  /** The unit's own complaint channels; the MPP's and SP4N-LAPOR! are added. */
  complaintChannels: readonly string[];
  competence: readonly string[];
  facilities?: readonly string[];
  implementers: number;
  securityNote?: string;
};

export type StandardParts = {
  legalBasis?: readonly string[];
  requirements: readonly Requirement[];
  procedure: readonly ProcedureStep[];
  timeLimit: TimeLimit;
  fee: Fee;
  product: string;
  facilities?: readonly string[];
  competence?: readonly string[];
  implementers?: number;
};

/** A unit's standard builder: `defineStandard` with the unit's profile already applied. */
export type BuildStandard = (parts: StandardParts) => ServiceStandard;

const PUBLIC_SERVICE_LAW = 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik';

/** What every gerai in a demo MPP building has (PermenPANRB 92/2021 lists these for MPPs). */
const MPP_FACILITIES = [
  'Ruang tunggu berpendingin udara dengan kursi antrean',
  'Mesin antrean, layar panggil, dan pengeras suara',
  'Loket prioritas bagi penyandang disabilitas, lansia, ibu hamil, dan pengunjung yang membawa anak kecil',
  'Toilet dan jalur ramah disabilitas, kursi roda',
  'Ruang laktasi dan area bermain anak',
  'Pojok baca, Wi-Fi, dan stop kontak pengisian daya',
  'Kotak saran dan loket pengaduan MPP',
];

const MPP_COMPLAINT_CHANNELS = [
  'loket pengaduan MPP dan kotak saran di setiap lantai',
  'fitur pengaduan aplikasi SatuPintu',
  'SP4N-LAPOR! melalui www.lapor.go.id atau SMS 1708',
];

const COMMON_COMPETENCE = [
  'Memahami standar pelayanan dan etika pelayanan publik',
  'Mampu berkomunikasi dengan santun dan melayani kelompok rentan',
];

export function defineStandard(profile: UnitProfile, parts: StandardParts): ServiceStandard {
  return {
    legalBasis: unique([PUBLIC_SERVICE_LAW, ...profile.legalBasis, ...(parts.legalBasis ?? [])]),
    requirements: [...parts.requirements],
    procedure: [...parts.procedure],
    timeLimit: parts.timeLimit,
    fee: parts.fee,
    product: parts.product,
    facilities: unique([...MPP_FACILITIES, ...(profile.facilities ?? []), ...(parts.facilities ?? [])]),
    implementerCompetence: unique([...profile.competence, ...(parts.competence ?? []), ...COMMON_COMPETENCE]),
    internalSupervision:
      `Pengawasan melekat oleh ${profile.supervisors}, ` +
      'termasuk pemantauan harian ketepatan waktu penyelesaian, kepatuhan pada persyaratan dan biaya resmi, ' +
      'serta tindak lanjut hasil survei kepuasan masyarakat.',
    complaintHandling:
      `Pengaduan, saran, dan masukan disampaikan melalui: petugas gerai ${profile.unitName}; ` +
      `${[...profile.complaintChannels, ...MPP_COMPLAINT_CHANNELS].join('; ')}. ` +
      'Setiap pengaduan dicatat dengan nomor pelacakan, diverifikasi paling lama 3 hari kerja, dan ditanggapi ' +
      'paling lama 5 hari kerja; identitas pelapor dapat dirahasiakan.',
    numberOfImplementers: parts.implementers ?? profile.implementers,
    serviceGuarantee:
      `${profile.unitName} menjamin pelayanan diberikan sesuai standar pelayanan ini oleh petugas yang kompeten, ` +
      'tepat waktu, dan tanpa pungutan di luar biaya resmi, sebagaimana dinyatakan dalam Maklumat Pelayanan.',
    securityGuarantee: [
      'Data pribadi pemohon dijaga kerahasiaannya dan hanya dipakai untuk keperluan layanan sesuai ' +
        'Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.',
      'Dokumen asli diperiksa di hadapan pemohon dan langsung dikembalikan.',
      profile.securityNote,
      'Area layanan diawasi CCTV serta dilengkapi alat pemadam api ringan dan jalur evakuasi.',
    ]
      .filter((sentence): sentence is string => sentence !== undefined)
      .join(' '),
    implementerEvaluation:
      `Kinerja pelaksana ${profile.unitName} dievaluasi paling sedikit setiap 3 bulan oleh atasan langsung ` +
      'berdasarkan kepatuhan pada standar pelayanan, ketepatan waktu, hasil Survei Kepuasan Masyarakat ' +
      '(PermenPANRB 14/2017), dan pengaduan yang diterima; hasilnya menjadi dasar perbaikan layanan dan pembinaan pegawai.',
  };
}

/** Procedure steps in order; a tuple adds a description to the step. */
export function steps(...items: readonly (string | readonly [title: string, description: string])[]): ProcedureStep[] {
  return items.map((item) => (typeof item === 'string' ? { title: item } : { title: item[0], description: item[1] }));
}

export function minutes(value: number): TimeLimit {
  return { value, unit: 'minutes' };
}

export function hours(value: number): TimeLimit {
  return { value, unit: 'hours' };
}

export function workingDays(value: number): TimeLimit {
  return { value, unit: 'working_days' };
}

export function free(legalBasis?: string): Fee {
  return legalBasis === undefined ? { kind: 'free' } : { kind: 'free', legalBasis };
}

export function fixed(amountRupiah: number, legalBasis: string): Fee {
  return { kind: 'fixed', amountRupiah, legalBasis };
}

export function formula(text: string, legalBasis: string): Fee {
  return { kind: 'formula', formula: text, legalBasis };
}

/** "Rp80.000": rupiah with dots between thousands, as written in tariff regulations. */
export function rupiah(amount: number): string {
  return `Rp${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
