/**
 * The catalogue's fixed vocabularies as plain constants, with no dependency, so the web front
 * end shares them without bundling the validation library. `standard.ts` builds its schemas
 * from these.
 */

/** Service categories (DOMAIN.md section 0, Catalogue). */
export const SERVICE_CATEGORIES = [
  'kependudukan',
  'keimigrasian',
  'kepolisian',
  'perpajakan',
  'perizinan_berusaha',
  'pertanahan',
  'kesehatan',
  'ketenagakerjaan',
  'jaminan_sosial',
  'utilitas',
  'perbankan',
  'keagamaan',
  'peradilan',
  'pendidikan',
  'sosial',
  'transportasi',
  'pos_dan_logistik',
  'lainnya',
] as const;

export const SERVICE_MODES = ['walk_in', 'appointment', 'online'] as const;

/** Tenant types (DOMAIN.md section 0). */
export const TENANT_TYPES = [
  'kementerian_lembaga',
  'pemerintah_provinsi',
  'pemerintah_kabupaten_kota',
  'bumn',
  'bumd',
  'swasta',
] as const;

export const TIME_LIMIT_UNITS = ['minutes', 'hours', 'working_days'] as const;

export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];
