import { type ErrorCatalogue, errorFactory } from '../../platform/http/app-error.js';

export type CatalogueErrorCode =
  | 'catalogue.mpp_not_found'
  | 'catalogue.tenant_not_found'
  | 'catalogue.service_not_found'
  | 'catalogue.import_invalid'
  | 'catalogue.import_unreadable'
  | 'catalogue.synonym_not_found'
  | 'catalogue.synonym_invalid'
  | 'catalogue.calendar_date_not_found'
  | 'catalogue.calendar_kind_needs_mpp'
  | 'catalogue.counter_not_found'
  | 'catalogue.gerai_not_found'
  | 'catalogue.slug_taken'
  | 'catalogue.counter_number_taken'
  | 'catalogue.gerai_exists'
  | 'catalogue.gerai_in_use'
  | 'catalogue.gerai_missing'
  | 'catalogue.gerai_required'
  | 'catalogue.counter_services_invalid'
  | 'catalogue.regency_unknown'
  | 'catalogue.closure_in_past'
  | 'catalogue.version_conflict'
  | 'catalogue.national_scope_required';

export const CATALOGUE_ERRORS = {
  /** No MPP has this id or slug. */
  'catalogue.mpp_not_found': {
    status: 404,
    title: { id: 'MPP tidak ditemukan', en: 'MPP not found' },
    detail: { id: 'Tidak ada MPP dengan pengenal "{ref}".', en: 'There is no MPP with identifier "{ref}".' },
  },
  /** No tenant (instansi) has this id or slug. */
  'catalogue.tenant_not_found': {
    status: 404,
    title: { id: 'Instansi tidak ditemukan', en: 'Tenant not found' },
    detail: { id: 'Tidak ada instansi dengan pengenal "{ref}".', en: 'There is no tenant with identifier "{ref}".' },
  },
  /** No service has this id or slug. */
  'catalogue.service_not_found': {
    status: 404,
    title: { id: 'Layanan tidak ditemukan', en: 'Service not found' },
    detail: { id: 'Tidak ada layanan dengan pengenal "{ref}".', en: 'There is no service with identifier "{ref}".' },
  },
  /** An import file had bad rows; `errors` lists every one; nothing was written. */
  'catalogue.import_invalid': {
    status: 422,
    title: { id: 'Berkas impor ditolak', en: 'Import rejected' },
    detail: {
      id: '{count} kesalahan ditemukan; tidak ada data yang disimpan. Perbaiki semua baris yang disebut lalu impor ulang.',
      en: '{count} problems found; nothing was saved. Fix every listed row and import again.',
    },
  },
  /** The file is not CSV/JSON that can be read at all. */
  'catalogue.import_unreadable': {
    status: 400,
    title: { id: 'Berkas tidak dapat dibaca', en: 'Unreadable file' },
    detail: {
      id: 'Berkas tidak dapat dibaca sebagai {format}: {reason}',
      en: 'The file cannot be read as {format}: {reason}',
    },
  },
  /** No synonym entry has this term. */
  'catalogue.synonym_not_found': {
    status: 404,
    title: { id: 'Sinonim tidak ditemukan', en: 'Synonym not found' },
    detail: { id: 'Tidak ada sinonim untuk "{ref}".', en: 'There is no synonym for "{ref}".' },
  },
  /** A synonym needs a term with letters or digits and at least one different expansion. */
  'catalogue.synonym_invalid': {
    status: 400,
    title: { id: 'Sinonim tidak valid', en: 'Invalid synonym' },
    detail: { id: 'Sinonim tidak dapat disimpan: {reason}.', en: 'The synonym cannot be saved: {reason}.' },
  },
  /** No calendar date has this id. */
  'catalogue.calendar_date_not_found': {
    status: 404,
    title: { id: 'Tanggal kalender tidak ditemukan', en: 'Calendar date not found' },
    detail: { id: 'Tidak ada tanggal kalender dengan pengenal "{ref}".', en: 'There is no calendar date "{ref}".' },
  },
  /** Local holidays, closures and extra working days belong to one MPP. */
  'catalogue.calendar_kind_needs_mpp': {
    status: 400,
    title: { id: 'MPP wajib diisi', en: 'MPP required' },
    detail: {
      id: 'Tanggal berjenis {kind} berlaku untuk satu MPP: isi mppId.',
      en: 'A {kind} date applies to one MPP: give mppId.',
    },
  },
  /** No counter with this id within what the caller manages. */
  'catalogue.counter_not_found': {
    status: 404,
    title: { id: 'Loket tidak ditemukan', en: 'Counter not found' },
    detail: { id: 'Tidak ada loket dengan pengenal "{ref}".', en: 'There is no counter with identifier "{ref}".' },
  },
  /** No gerai with this id within what the caller manages. */
  'catalogue.gerai_not_found': {
    status: 404,
    title: { id: 'Gerai tidak ditemukan', en: 'Gerai not found' },
    detail: { id: 'Tidak ada gerai dengan pengenal "{ref}".', en: 'There is no gerai with identifier "{ref}".' },
  },
  /** Slugs are public addresses and unique per kind (MPP, tenant, service). */
  'catalogue.slug_taken': {
    status: 409,
    title: { id: 'Slug sudah dipakai', en: 'Slug already taken' },
    detail: {
      id: 'Slug "{slug}" sudah dipakai oleh {kind} lain. Pilih slug lain.',
      en: 'The slug "{slug}" is already used by another {kind}. Choose another one.',
    },
  },
  /** Counter numbers are what the display board and the voice call name: unique in one MPP. */
  'catalogue.counter_number_taken': {
    status: 409,
    title: { id: 'Nomor loket sudah dipakai', en: 'Counter number taken' },
    detail: {
      id: 'Loket nomor {number} sudah ada di MPP ini.',
      en: 'Counter number {number} already exists at this MPP.',
    },
  },
  /** A tenant has at most one gerai in one MPP. */
  'catalogue.gerai_exists': {
    status: 409,
    title: { id: 'Gerai sudah ada', en: 'Gerai already exists' },
    detail: {
      id: 'Instansi "{tenant}" sudah memiliki gerai di MPP ini.',
      en: 'Tenant "{tenant}" already has a gerai at this MPP.',
    },
  },
  /** A gerai with active counters or services offered through it cannot be removed. */
  'catalogue.gerai_in_use': {
    status: 409,
    title: { id: 'Gerai masih dipakai', en: 'Gerai in use' },
    detail: {
      id: 'Gerai masih memiliki {counters} loket aktif dan {offerings} layanan aktif. Nonaktifkan dulu.',
      en: 'The gerai still has {counters} active counters and {offerings} active services. Deactivate them first.',
    },
  },
  /** Counters and offerings belong to a tenant's gerai at the MPP; the tenant has none there. */
  'catalogue.gerai_missing': {
    status: 422,
    title: { id: 'Instansi tidak memiliki gerai di MPP ini', en: 'No gerai at this MPP' },
    detail: {
      id: 'Instansi "{tenant}" belum memiliki gerai di MPP "{mpp}". Tambahkan gerainya dahulu.',
      en: 'Tenant "{tenant}" has no gerai at MPP "{mpp}". Add the gerai first.',
    },
  },
  /** An MPP manager adds a tenant to their own MPP: the gerai comes with it. */
  'catalogue.gerai_required': {
    status: 422,
    title: { id: 'Gerai wajib diisi', en: 'Gerai required' },
    detail: {
      id: 'Pengelola MPP menambahkan instansi beserta gerainya di MPP yang dikelola: isi gerai.mppRef dan gerai.location.',
      en: 'An MPP manager adds a tenant together with its gerai at their MPP: give gerai.mppRef and gerai.location.',
    },
  },
  /** A counter serves only services of its own tenant; `errors` names each one that is not. */
  'catalogue.counter_services_invalid': {
    status: 422,
    title: { id: 'Layanan loket tidak valid', en: 'Invalid counter services' },
    detail: {
      id: 'Loket hanya melayani layanan milik instansinya sendiri.',
      en: "A counter serves only its own tenant's services.",
    },
  },
  /** The kab/kota code is not in the Kemendagri dataset in use. */
  'catalogue.regency_unknown': {
    status: 422,
    title: { id: 'Kode wilayah tidak dikenal', en: 'Unknown region code' },
    detail: {
      id: 'Kode kab/kota {code} tidak ada dalam data wilayah Kemendagri ({dataset}).',
      en: 'Kab/kota code {code} is not in the Kemendagri region data ({dataset}).',
    },
  },
  /** Past closures decide past working days (SLA deadlines already counted): they are history. */
  'catalogue.closure_in_past': {
    status: 422,
    title: { id: 'Tanggal penutupan sudah lewat', en: 'Closure date in the past' },
    detail: {
      id: 'Penutupan hanya dapat diatur mulai hari ini ({today}) di zona waktu MPP.',
      en: "Closures can be set only from today ({today}) in the MPP's time zone.",
    },
  },
  /** Someone else changed the service since the caller read it (optimistic concurrency). */
  'catalogue.version_conflict': {
    status: 409,
    title: { id: 'Data telah berubah', en: 'Edited by someone else' },
    detail: {
      id: 'Layanan ini sudah versi {current}, bukan versi {expected} yang Anda ubah. Muat ulang lalu ulangi perubahan.',
      en: 'This service is now at version {current}, not version {expected} you edited. Reload and apply your change again.',
    },
  },
  /** The action spans the whole country (all MPPs or national dates): national admins only. */
  'catalogue.national_scope_required': {
    status: 403,
    title: { id: 'Khusus admin nasional', en: 'National admins only' },
    detail: {
      id: 'Tindakan ini mencakup seluruh MPP atau kalender nasional dan hanya dapat dilakukan oleh admin nasional.',
      en: 'This action covers every MPP or the national calendar and can be done only by a national admin.',
    },
  },
} as const satisfies ErrorCatalogue<CatalogueErrorCode>;

export const failCatalogue = errorFactory(CATALOGUE_ERRORS);
