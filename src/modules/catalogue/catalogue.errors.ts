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
  | 'catalogue.calendar_kind_needs_mpp';

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
} as const satisfies ErrorCatalogue<CatalogueErrorCode>;

export const failCatalogue = errorFactory(CATALOGUE_ERRORS);
