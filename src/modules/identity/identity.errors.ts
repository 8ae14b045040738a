import { type ErrorCatalogue, errorFactory } from '../../platform/http/app-error.js';

export type IdentityErrorCode =
  | 'identity.code_invalid'
  | 'identity.code_attempts_exhausted'
  | 'identity.rate_limited'
  | 'identity.credentials_invalid'
  | 'identity.second_factor_invalid'
  | 'identity.ticket_invalid'
  | 'identity.nik_invalid'
  | 'identity.nik_registered'
  | 'identity.profile_invalid'
  | 'identity.password_weak'
  | 'identity.password_current_wrong'
  | 'identity.staff_not_found'
  | 'identity.staff_email_taken'
  | 'identity.grant_invalid'
  | 'identity.api_key_not_found'
  | 'identity.session_not_found'
  | 'identity.citizen_not_found'
  | 'identity.oidc_disabled'
  | 'identity.oidc_failed'
  | 'identity.deletion_not_confirmed'
  | 'identity.audit_cursor_invalid';

export const IDENTITY_ERRORS = {
  /** Wrong, expired or already used one-time code. Never says whether the account exists. */
  'identity.code_invalid': {
    status: 401,
    title: { id: 'Kode tidak cocok', en: 'Code not accepted' },
    detail: {
      id: 'Kode salah, sudah dipakai, atau sudah kedaluwarsa. Periksa lagi atau minta kode baru.',
      en: 'The code is wrong, already used or expired. Check it or ask for a new one.',
    },
  },
  /** Five wrong codes for one challenge: it is locked; ask for a new code after the wait. */
  'identity.code_attempts_exhausted': {
    status: 429,
    title: { id: 'Terlalu banyak percobaan', en: 'Too many attempts' },
    detail: {
      id: 'Kode ini sudah dikunci setelah terlalu banyak percobaan. Minta kode baru setelah {seconds} detik.',
      en: 'This code is locked after too many attempts. Ask for a new one after {seconds} seconds.',
    },
  },
  /** A sign-in or code limit (per destination, per address, per account or global) was reached. */
  'identity.rate_limited': {
    status: 429,
    title: { id: 'Terlalu banyak permintaan', en: 'Too many requests' },
    detail: {
      id: 'Terlalu banyak permintaan. Coba lagi dalam {seconds} detik.',
      en: 'Too many requests. Try again in {seconds} seconds.',
    },
  },
  /** Email/phone and password do not match an active account (no hint which part is wrong). */
  'identity.credentials_invalid': {
    status: 401,
    title: { id: 'Gagal masuk', en: 'Sign-in failed' },
    detail: {
      id: 'Alamat atau kata sandi tidak cocok.',
      en: 'The address or password does not match.',
    },
  },
  /** The authenticator (TOTP) code is wrong or was already used. */
  'identity.second_factor_invalid': {
    status: 401,
    title: { id: 'Kode autentikator salah', en: 'Authenticator code not accepted' },
    detail: {
      id: 'Kode dari aplikasi autentikator salah atau sudah dipakai. Tunggu kode berikutnya.',
      en: 'The authenticator code is wrong or already used. Wait for the next one.',
    },
  },
  /** A sign-in step, invitation or SSO ticket is unknown, used or expired. */
  'identity.ticket_invalid': {
    status: 401,
    title: { id: 'Tautan atau langkah masuk tidak berlaku', en: 'Link or sign-in step no longer valid' },
    detail: {
      id: 'Langkah ini sudah kedaluwarsa atau sudah dipakai. Mulai lagi dari awal.',
      en: 'This step has expired or was already used. Start again.',
    },
  },
  /** The NIK breaks a rule of its structure; `errors` names the part. */
  'identity.nik_invalid': {
    status: 422,
    title: { id: 'NIK tidak valid', en: 'Invalid NIK' },
    detail: { id: 'NIK tidak valid: {reason}', en: 'Invalid NIK: {reason}' },
  },
  /** The NIK is already on another account. */
  'identity.nik_registered': {
    status: 409,
    title: { id: 'NIK sudah terdaftar', en: 'NIK already registered' },
    detail: {
      id: 'NIK ini sudah terhubung dengan akun lain. Jika ini NIK Anda, hubungi petugas MPP.',
      en: 'This NIK is linked to another account. If it is yours, contact MPP staff.',
    },
  },
  /** A profile field is inconsistent (birth date or sex against the NIK, unknown region code). */
  'identity.profile_invalid': {
    status: 422,
    title: { id: 'Data profil tidak konsisten', en: 'Inconsistent profile' },
    detail: { id: 'Periksa kolom berikut: {fields}', en: 'Check these fields: {fields}' },
  },
  /** Password shorter than 10 characters, or a very common one. */
  'identity.password_weak': {
    status: 422,
    title: { id: 'Kata sandi terlalu lemah', en: 'Password too weak' },
    detail: {
      id: 'Gunakan minimal 10 karakter yang tidak mudah ditebak.',
      en: 'Use at least 10 characters that are hard to guess.',
    },
  },
  /** Changing a password needs the current one. */
  'identity.password_current_wrong': {
    status: 401,
    title: { id: 'Kata sandi saat ini salah', en: 'Current password is wrong' },
    detail: { id: 'Masukkan kata sandi Anda saat ini.', en: 'Enter your current password.' },
  },
  /** No staff account with this id within the caller's scope. */
  'identity.staff_not_found': {
    status: 404,
    title: { id: 'Akun petugas tidak ditemukan', en: 'Staff account not found' },
    detail: { id: 'Tidak ada akun petugas "{ref}".', en: 'There is no staff account "{ref}".' },
  },
  /** A staff account already uses this email. */
  'identity.staff_email_taken': {
    status: 409,
    title: { id: 'Email sudah dipakai', en: 'Email already in use' },
    detail: { id: 'Sudah ada akun petugas dengan email ini.', en: 'A staff account with this email already exists.' },
  },
  /** A role grant has the wrong scope for its role, or is outside what the caller may grant. */
  'identity.grant_invalid': {
    status: 422,
    title: { id: 'Peran tidak valid', en: 'Invalid role' },
    detail: { id: 'Peran tidak dapat diberikan: {reason}', en: 'The role cannot be granted: {reason}' },
  },
  /** No API key with this id within the caller's scope. */
  'identity.api_key_not_found': {
    status: 404,
    title: { id: 'Kunci API tidak ditemukan', en: 'API key not found' },
    detail: { id: 'Tidak ada kunci API "{ref}".', en: 'There is no API key "{ref}".' },
  },
  /** No session of yours with this id. */
  'identity.session_not_found': {
    status: 404,
    title: { id: 'Sesi tidak ditemukan', en: 'Session not found' },
    detail: { id: 'Tidak ada sesi "{ref}" milik Anda.', en: 'You have no session "{ref}".' },
  },
  /** No citizen matches within what the caller may see. */
  'identity.citizen_not_found': {
    status: 404,
    title: { id: 'Warga tidak ditemukan', en: 'Citizen not found' },
    detail: { id: 'Tidak ada warga yang cocok.', en: 'No citizen matches.' },
  },
  /** Single sign-on is not configured on this deployment. */
  'identity.oidc_disabled': {
    status: 404,
    title: { id: 'SSO tidak aktif', en: 'Single sign-on not enabled' },
    detail: { id: 'Penyelenggara ini tidak memakai SSO.', en: 'This deployment does not use single sign-on.' },
  },
  /** The identity provider's answer could not be verified, or no staff account is linked to it. */
  'identity.oidc_failed': {
    status: 401,
    title: { id: 'Gagal masuk lewat SSO', en: 'Single sign-on failed' },
    detail: {
      id: 'Masuk lewat penyedia identitas tidak berhasil. Coba lagi atau hubungi admin.',
      en: 'Signing in through the identity provider did not succeed. Try again or contact an admin.',
    },
  },
  /** Erasing an account must be confirmed explicitly. */
  'identity.deletion_not_confirmed': {
    status: 422,
    title: { id: 'Konfirmasi diperlukan', en: 'Confirmation required' },
    detail: { id: 'Kirim {"confirm": true} untuk menghapus akun.', en: 'Send {"confirm": true} to erase the account.' },
  },
  /** The audit cursor is not one this server issued. */
  'identity.audit_cursor_invalid': {
    status: 400,
    title: { id: 'Kursor tidak valid', en: 'Invalid cursor' },
    detail: { id: 'Gunakan nextCursor dari halaman sebelumnya.', en: 'Use nextCursor from the previous page.' },
  },
} as const satisfies ErrorCatalogue<IdentityErrorCode>;

export const failIdentity = errorFactory(IDENTITY_ERRORS);
