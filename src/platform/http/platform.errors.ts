import type { ErrorCatalogue } from './app-error.js';

/** Errors of the HTTP platform itself, not of any one module. */
export type PlatformErrorCode =
  | 'platform.validation_failed'
  | 'platform.route_not_found'
  | 'platform.malformed_body'
  | 'platform.unsupported_media_type'
  | 'platform.payload_too_large'
  | 'platform.internal_error'
  | 'platform.not_ready';

export const PLATFORM_ERRORS = {
  /** The request's parameters, query or body broke the schema; `errors` names each field. */
  'platform.validation_failed': {
    status: 400,
    title: { id: 'Permintaan tidak valid', en: 'Invalid request' },
    detail: { id: 'Periksa kolom berikut: {fields}.', en: 'Check these fields: {fields}.' },
  },
  'platform.route_not_found': {
    status: 404,
    title: { id: 'Alamat tidak ditemukan', en: 'Not found' },
    detail: { id: 'Tidak ada {method} {path}.', en: 'There is no {method} {path}.' },
  },
  'platform.malformed_body': {
    status: 400,
    title: { id: 'Isi permintaan rusak', en: 'Malformed request body' },
    detail: { id: 'Isi permintaan bukan JSON yang sah.', en: 'The request body is not valid JSON.' },
  },
  'platform.unsupported_media_type': {
    status: 415,
    title: { id: 'Jenis isi tidak didukung', en: 'Unsupported media type' },
    detail: { id: 'Kirim isi dengan Content-Type yang didukung.', en: 'Send the body with a supported Content-Type.' },
  },
  'platform.payload_too_large': {
    status: 413,
    title: { id: 'Isi permintaan terlalu besar', en: 'Payload too large' },
    detail: { id: 'Isi permintaan melebihi batas ukuran.', en: 'The request body exceeds the size limit.' },
  },
  'platform.internal_error': {
    status: 500,
    title: { id: 'Terjadi kesalahan pada server', en: 'Internal server error' },
    detail: {
      id: 'Kami mencatat kesalahan ini. Sebutkan nomor permintaan {requestId} bila menghubungi kami.',
      en: 'We logged this error. Quote request id {requestId} when you contact us.',
    },
  },
  'platform.not_ready': {
    status: 503,
    title: { id: 'Layanan belum siap', en: 'Service not ready' },
    detail: { id: 'Basis data belum siap: {reason}.', en: 'The database is not ready: {reason}.' },
  },
} as const satisfies ErrorCatalogue<PlatformErrorCode>;
