import { type ErrorCatalogue, errorFactory } from '../../platform/http/app-error.js';

export type BookingErrorCode =
  | 'booking.mpp_not_found'
  | 'booking.service_not_offered'
  | 'booking.not_bookable'
  | 'booking.slot_not_found'
  | 'booking.not_yet_open'
  | 'booking.slot_closed'
  | 'booking.slot_full'
  | 'booking.nik_required'
  | 'booking.one_per_day'
  | 'booking.weekly_limit'
  | 'booking.not_found'
  | 'booking.not_changeable'
  | 'booking.stale'
  | 'booking.idempotency_mismatch'
  | 'booking.idempotency_in_flight'
  | 'booking.schedule_invalid'
  | 'booking.blocked_no_shows'
  | 'booking.check_in_window'
  | 'booking.too_many_attempts'
  | 'booking.busy'
  | 'booking.override_not_found'
  | 'booking.day_has_seats'
  | 'booking.already_waiting'
  | 'booking.waitlist_not_found'
  | 'booking.offer_gone';

export const BOOKING_ERRORS = {
  /** No MPP has this id or slug. */
  'booking.mpp_not_found': {
    status: 404,
    title: { id: 'MPP tidak ditemukan', en: 'MPP not found' },
    detail: { id: 'Tidak ada MPP dengan pengenal "{ref}".', en: 'There is no MPP with identifier "{ref}".' },
  },
  /** The service is not offered at this MPP (or does not exist). */
  'booking.service_not_offered': {
    status: 404,
    title: { id: 'Layanan tidak tersedia di MPP ini', en: 'Service not offered here' },
    detail: {
      id: 'Layanan "{ref}" tidak dilayani di MPP ini.',
      en: 'The service "{ref}" is not offered at this MPP.',
    },
  },
  /** The service is offered here but takes no appointments (no schedule, or switched off). */
  'booking.not_bookable': {
    status: 404,
    title: { id: 'Layanan ini tanpa janji temu', en: 'No appointments for this service' },
    detail: {
      id: 'Layanan ini di MPP ini dilayani tanpa janji temu: silakan datang dan ambil nomor antrean.',
      en: 'This service takes no appointments at this MPP: come in and take a queue number.',
    },
  },
  /** No slot of the schedule starts at that time. */
  'booking.slot_not_found': {
    status: 404,
    title: { id: 'Slot tidak ada', en: 'No such slot' },
    detail: {
      id: 'Tidak ada slot yang dimulai pada {slot}. Pilih dari daftar slot.',
      en: 'No slot starts at {slot}. Choose one from the list of slots.',
    },
  },
  /** The slot exists but its booking has not opened yet (window or weekly release). */
  'booking.not_yet_open': {
    status: 422,
    title: { id: 'Pemesanan belum dibuka', en: 'Booking not open yet' },
    detail: {
      id: 'Slot ini dapat dipesan mulai {opensAt}.',
      en: 'This slot can be booked from {opensAt}.',
    },
  },
  /** The slot has started, or is too close to its start to be booked. */
  'booking.slot_closed': {
    status: 422,
    title: { id: 'Slot sudah ditutup', en: 'Slot closed' },
    detail: {
      id: 'Slot ini tidak dapat dipesan lagi ({reason}).',
      en: 'This slot can no longer be booked ({reason}).',
    },
  },
  /** Every seat of the slot is taken; the problem lists the nearest free slots. */
  'booking.slot_full': {
    status: 409,
    title: { id: 'Slot penuh', en: 'Slot full' },
    detail: {
      id: 'Semua kursi slot ini sudah dipesan. Pilih salah satu slot lain yang masih kosong.',
      en: 'Every seat of this slot is taken. Choose another slot that is still free.',
    },
  },
  /** Booking needs a NIK that the population registry confirmed. */
  'booking.nik_required': {
    status: 403,
    title: { id: 'NIK terverifikasi diperlukan', en: 'A verified NIK is needed' },
    detail: {
      id: 'Janji temu dibatasi per orang, jadi diperlukan NIK yang sudah terverifikasi. Lengkapi NIK di profil Anda (status sekarang: {status}).',
      en: 'Appointments are limited per person, so a verified NIK is needed. Complete the NIK in your profile (status now: {status}).',
    },
  },
  /** The person already holds a booking of this service that day. */
  'booking.one_per_day': {
    status: 409,
    title: { id: 'Sudah ada janji temu hari itu', en: 'Already booked that day' },
    detail: {
      id: 'Anda sudah memiliki janji temu untuk layanan ini pada {date} (kode {code}). Ubah jadwal janji temu itu bila perlu.',
      en: 'You already have an appointment for this service on {date} (code {code}). Reschedule that one if needed.',
    },
  },
  /** The person holds as many bookings of this service within 7 days as the schedule allows. */
  'booking.weekly_limit': {
    status: 409,
    title: { id: 'Batas janji temu mingguan tercapai', en: 'Weekly limit reached' },
    detail: {
      id: 'Satu orang dapat memiliki paling banyak {limit} janji temu layanan ini dalam 7 hari.',
      en: 'One person may hold at most {limit} appointments for this service within 7 days.',
    },
  },
  /** No booking with this id or code that the caller may see. */
  'booking.not_found': {
    status: 404,
    title: { id: 'Janji temu tidak ditemukan', en: 'Appointment not found' },
    detail: { id: 'Tidak ada janji temu "{ref}".', en: 'There is no appointment "{ref}".' },
  },
  /** Past the cut-off before the start: the booking can no longer be moved or cancelled. */
  'booking.not_changeable': {
    status: 422,
    title: { id: 'Janji temu tidak dapat diubah lagi', en: 'Appointment can no longer change' },
    detail: {
      id: 'Janji temu hanya dapat diubah atau dibatalkan sampai {cutoff} sebelum dimulai.',
      en: 'An appointment can be changed or cancelled only until {cutoff} before it starts.',
    },
  },
  /** The booking is no longer confirmed (cancelled, checked in, missed): nothing changed. */
  'booking.stale': {
    status: 409,
    title: { id: 'Janji temu sudah berubah', en: 'Appointment already changed' },
    detail: {
      id: 'Janji temu {code} berstatus "{status}"; tidak ada yang diubah.',
      en: 'Appointment {code} is "{status}"; nothing was changed.',
    },
  },
  /** The Idempotency-Key was used before with another request body. */
  'booking.idempotency_mismatch': {
    status: 422,
    title: { id: 'Idempotency-Key dipakai untuk permintaan lain', en: 'Idempotency-Key used for another request' },
    detail: {
      id: 'Kunci ini sudah dipakai untuk permintaan dengan isi yang berbeda. Gunakan kunci baru untuk permintaan baru.',
      en: 'This key was used for a request with a different body. Use a new key for a new request.',
    },
  },
  /** The first request with this Idempotency-Key is still being handled. */
  'booking.idempotency_in_flight': {
    status: 409,
    title: { id: 'Permintaan yang sama sedang diproses', en: 'The same request is in progress' },
    detail: {
      id: 'Permintaan pertama dengan kunci ini masih diproses. Ulangi sebentar lagi untuk menerima jawabannya.',
      en: 'The first request with this key is still being handled. Retry in a moment to receive its answer.',
    },
  },
  /** A schedule that cannot make slots or be applied. */
  'booking.schedule_invalid': {
    status: 422,
    title: { id: 'Jadwal tidak valid', en: 'Invalid schedule' },
    detail: { id: 'Jadwal tidak dapat dipakai: {reason}.', en: 'The schedule cannot be used: {reason}.' },
  },
  /** Repeated no-shows block booking this service for a while. */
  'booking.blocked_no_shows': {
    status: 403,
    title: { id: 'Pemesanan diblokir sementara', en: 'Booking blocked for a while' },
    detail: {
      id: 'Anda tidak hadir pada {count} janji temu terakhir layanan ini. Pemesanan dapat dilakukan lagi mulai {until}; sementara itu silakan datang dan ambil nomor antrean.',
      en: 'You missed {count} recent appointments for this service. You can book again from {until}; meanwhile, come in and take a queue number.',
    },
  },
  /** Check-in outside its window (too early, or after the appointment's day). */
  'booking.check_in_window': {
    status: 422,
    title: { id: 'Di luar waktu lapor hadir', en: 'Outside the check-in time' },
    detail: {
      id: 'Lapor hadir untuk janji temu ini pada {date} pukul {from} sampai {to}.',
      en: 'Check in for this appointment on {date} from {from} to {to}.',
    },
  },
  /** Too many booking attempts from one account or address this minute. */
  'booking.too_many_attempts': {
    status: 429,
    title: { id: 'Terlalu banyak percobaan', en: 'Too many attempts' },
    detail: {
      id: 'Terlalu banyak percobaan pemesanan dalam satu menit. Coba lagi dalam {seconds} detik.',
      en: 'Too many booking attempts within a minute. Try again in {seconds} seconds.',
    },
  },
  /** The node is handling as many bookings as it can right now: try again in a second. */
  'booking.busy': {
    status: 503,
    title: { id: 'Sedang ramai', en: 'Busy right now' },
    detail: {
      id: 'Banyak orang sedang memesan pada saat yang sama. Coba lagi dalam 1 detik; tidak ada yang dipesan.',
      en: 'Many people are booking at this moment. Try again in 1 second; nothing was booked.',
    },
  },
  /** A date of the schedule without an override: nothing to remove. */
  'booking.override_not_found': {
    status: 404,
    title: { id: 'Tidak ada pengecualian tanggal', en: 'No date override' },
    detail: {
      id: 'Tanggal {date} mengikuti jadwal biasa; tidak ada pengecualian untuk dihapus.',
      en: 'The date {date} follows the usual schedule; there is no override to remove.',
    },
  },
  /** The waitlist is for a full day: this one still has seats to book. */
  'booking.day_has_seats': {
    status: 409,
    title: { id: 'Masih ada kursi kosong', en: 'Seats are still free' },
    detail: {
      id: 'Tanggal {date} masih punya {seats} kursi kosong: pesan langsung salah satunya.',
      en: 'The date {date} still has {seats} free seats: book one of them directly.',
    },
  },
  /** One place in line per person per service per day. */
  'booking.already_waiting': {
    status: 409,
    title: { id: 'Sudah di daftar tunggu', en: 'Already on the waitlist' },
    detail: {
      id: 'Anda sudah di daftar tunggu layanan ini untuk tanggal {date}.',
      en: 'You are already on the waitlist of this service for {date}.',
    },
  },
  /** No place in line with this id belongs to the citizen. */
  'booking.waitlist_not_found': {
    status: 404,
    title: { id: 'Daftar tunggu tidak ditemukan', en: 'Waitlist entry not found' },
    detail: { id: 'Tidak ada tempat di daftar tunggu "{ref}" milik Anda.', en: 'You have no waitlist entry "{ref}".' },
  },
  /** The seat offered is no longer held (expired, taken up, or the entry left the line). */
  'booking.offer_gone': {
    status: 409,
    title: { id: 'Tawaran kursi sudah tidak berlaku', en: 'The seat offer has lapsed' },
    detail: {
      id: 'Tidak ada kursi yang sedang ditahan untuk Anda (status: {status}).',
      en: 'No seat is held for you any more (status: {status}).',
    },
  },
} as const satisfies ErrorCatalogue<BookingErrorCode>;

export const failBooking = errorFactory(BOOKING_ERRORS);
