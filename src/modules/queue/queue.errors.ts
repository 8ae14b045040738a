import { type ErrorCatalogue, errorFactory } from '../../platform/http/app-error.js';

export type QueueErrorCode =
  | 'queue.mpp_not_found'
  | 'queue.service_not_offered'
  | 'queue.ticket_not_found'
  | 'queue.counter_not_found'
  | 'queue.device_not_found'
  | 'queue.counter_not_assigned'
  | 'queue.counter_not_open'
  | 'queue.counter_in_use'
  | 'queue.counter_busy'
  | 'queue.nobody_waiting'
  | 'queue.stale_action'
  | 'queue.active_ticket_exists'
  | 'queue.quota_reached'
  | 'queue.outside_hours'
  | 'queue.after_last_ticket'
  | 'queue.online_disabled'
  | 'queue.access_key_invalid'
  | 'queue.device_required'
  | 'queue.transfer_invalid'
  | 'queue.recycle_not_allowed'
  | 'queue.late_not_allowed'
  | 'queue.prefix_taken'
  | 'queue.services_invalid'
  | 'queue.too_many_streams';

export const QUEUE_ERRORS = {
  /** No MPP has this id or slug. */
  'queue.mpp_not_found': {
    status: 404,
    title: { id: 'MPP tidak ditemukan', en: 'MPP not found' },
    detail: { id: 'Tidak ada MPP dengan pengenal "{ref}".', en: 'There is no MPP with identifier "{ref}".' },
  },
  /** The service is not offered at this MPP (or does not exist). */
  'queue.service_not_offered': {
    status: 404,
    title: { id: 'Layanan tidak tersedia di MPP ini', en: 'Service not offered here' },
    detail: {
      id: 'Layanan "{ref}" tidak dilayani di MPP ini.',
      en: 'The service "{ref}" is not offered at this MPP.',
    },
  },
  /** No ticket with this id that the caller may see. */
  'queue.ticket_not_found': {
    status: 404,
    title: { id: 'Tiket antrean tidak ditemukan', en: 'Ticket not found' },
    detail: { id: 'Tidak ada tiket antrean "{ref}".', en: 'There is no queue ticket "{ref}".' },
  },
  /** No counter with this id that the caller may reach. */
  'queue.counter_not_found': {
    status: 404,
    title: { id: 'Loket tidak ditemukan', en: 'Counter not found' },
    detail: { id: 'Tidak ada loket "{ref}".', en: 'There is no counter "{ref}".' },
  },
  /** No device with this id at an MPP the caller manages. */
  'queue.device_not_found': {
    status: 404,
    title: { id: 'Perangkat tidak ditemukan', en: 'Device not found' },
    detail: { id: 'Tidak ada perangkat "{ref}".', en: 'There is no device "{ref}".' },
  },
  /** The officer works at this MPP but is not assigned to this counter (or its services). */
  'queue.counter_not_assigned': {
    status: 403,
    title: { id: 'Bukan loket Anda', en: 'Not your counter' },
    detail: {
      id: 'Anda tidak ditugaskan di loket {counter}. Pilih loket instansi Anda.',
      en: 'You are not assigned to counter {counter}. Choose a counter of your tenant.',
    },
  },
  /** The counter is closed (or on a break): open it (or resume) first. */
  'queue.counter_not_open': {
    status: 409,
    title: { id: 'Loket belum dibuka', en: 'Counter not open' },
    detail: {
      id: 'Loket {counter} sedang {state}. Buka atau lanjutkan loket terlebih dahulu.',
      en: 'Counter {counter} is {state}. Open or resume it first.',
    },
  },
  /** Another officer has this counter open. */
  'queue.counter_in_use': {
    status: 409,
    title: { id: 'Loket dipakai petugas lain', en: 'Counter in use' },
    detail: {
      id: 'Loket {counter} sedang dibuka oleh petugas lain. Minta petugas itu menutupnya, atau pilih loket lain.',
      en: 'Counter {counter} is open by another officer. Ask them to close it, or choose another counter.',
    },
  },
  /** The counter already holds a ticket: finish, transfer or park it before calling another. */
  'queue.counter_busy': {
    status: 409,
    title: { id: 'Loket masih melayani', en: 'Counter is busy' },
    detail: {
      id: 'Loket {counter} masih memegang tiket {ticket}. Selesaikan, alihkan atau parkir dulu.',
      en: 'Counter {counter} still holds ticket {ticket}. Finish, transfer or park it first.',
    },
  },
  /** Nobody waits for the services of this counter. */
  'queue.nobody_waiting': {
    status: 409,
    title: { id: 'Tidak ada antrean', en: 'Nobody waiting' },
    detail: {
      id: 'Tidak ada yang menunggu untuk layanan loket {counter}.',
      en: 'Nobody is waiting for the services of counter {counter}.',
    },
  },
  /** The ticket is no longer in a state that allows this action; nothing changed. */
  'queue.stale_action': {
    status: 409,
    title: { id: 'Status tiket sudah berubah', en: 'Ticket state changed' },
    detail: {
      id: 'Tiket {ticket} berstatus "{status}", sehingga tidak dapat di-{action}. Tidak ada yang diubah.',
      en: 'Ticket {ticket} is "{status}", so it cannot be {action}. Nothing was changed.',
    },
  },
  /** The citizen already holds an active ticket for this service; `ticket` is that ticket. */
  'queue.active_ticket_exists': {
    status: 409,
    title: { id: 'Anda sudah punya antrean', en: 'You already have a ticket' },
    detail: {
      id: 'Anda sudah memegang tiket {ticket} untuk layanan ini.',
      en: 'You already hold ticket {ticket} for this service.',
    },
  },
  /** Today's quota of the service is used up; `nextOpeningAt` is when numbers are given again. */
  'queue.quota_reached': {
    status: 409,
    title: { id: 'Kuota hari ini habis', en: "Today's quota is full" },
    detail: {
      id: 'Kuota {quota} nomor untuk layanan ini hari ini sudah habis. Silakan datang lagi {next}.',
      en: 'All {quota} numbers for this service today are taken. Please come back {next}.',
    },
  },
  /** The MPP is closed now; `nextOpeningAt` says when it opens. */
  'queue.outside_hours': {
    status: 422,
    title: { id: 'Di luar jam layanan', en: 'Outside service hours' },
    detail: {
      id: 'MPP sedang tutup. Nomor antrean dapat diambil lagi {next}.',
      en: 'The MPP is closed now. Numbers can be taken again {next}.',
    },
  },
  /** Past the service's last-ticket time today. */
  'queue.after_last_ticket': {
    status: 422,
    title: { id: 'Pengambilan nomor sudah ditutup', en: 'No more tickets today' },
    detail: {
      id: 'Nomor antrean untuk layanan ini terakhir diberikan pukul {last}. Silakan datang lagi {next}.',
      en: 'The last ticket for this service is given at {last}. Please come back {next}.',
    },
  },
  /** The service takes walk-in tickets only (not online). */
  'queue.online_disabled': {
    status: 422,
    title: { id: 'Antrean online tidak tersedia', en: 'No online tickets' },
    detail: {
      id: 'Layanan ini hanya melayani antrean langsung di MPP.',
      en: 'This service takes tickets at the MPP only.',
    },
  },
  /** The ticket's key (from its QR code) is missing or wrong, and the caller does not own it. */
  'queue.access_key_invalid': {
    status: 403,
    title: { id: 'Kunci tiket tidak cocok', en: 'Wrong ticket key' },
    detail: {
      id: 'Buka tiket dari kode QR atau tautan pada tiket Anda untuk mengubahnya.',
      en: 'Open the ticket from the QR code or link on your ticket to change it.',
    },
  },
  /** Kiosk calls need the device token of a paired kiosk. */
  'queue.device_required': {
    status: 401,
    title: { id: 'Kios belum terdaftar', en: 'Kiosk not paired' },
    detail: {
      id: 'Perangkat ini bukan kios terdaftar. Pasangkan kios dari konsol pengelola MPP.',
      en: 'This device is not a paired kiosk. Pair it from the MPP manager console.',
    },
  },
  /** A transfer needs a service offered at the MPP or a counter that serves the ticket's service. */
  'queue.transfer_invalid': {
    status: 422,
    title: { id: 'Pengalihan tidak valid', en: 'Invalid transfer' },
    detail: { id: 'Tiket tidak dapat dialihkan: {reason}.', en: 'The ticket cannot be transferred: {reason}.' },
  },
  /** A no-show may come back once, within the grace period. */
  'queue.recycle_not_allowed': {
    status: 409,
    title: { id: 'Tidak dapat dikembalikan ke antrean', en: 'Cannot return to the queue' },
    detail: {
      id: 'Tiket {ticket} tidak dapat dikembalikan ke antrean: {reason}.',
      en: 'Ticket {ticket} cannot return to the queue: {reason}.',
    },
  },
  /** "I am running late" works once, while the ticket waits. */
  'queue.late_not_allowed': {
    status: 409,
    title: { id: 'Tidak dapat menunda', en: 'Cannot postpone' },
    detail: {
      id: 'Tiket {ticket} sudah pernah ditunda atau tidak sedang menunggu.',
      en: 'Ticket {ticket} was postponed already or is not waiting.',
    },
  },
  /** Another service at this MPP uses the prefix. */
  'queue.prefix_taken': {
    status: 409,
    title: { id: 'Prefiks sudah dipakai', en: 'Prefix taken' },
    detail: {
      id: 'Prefiks "{prefix}" sudah dipakai layanan lain atau antrean prioritas di MPP ini.',
      en: 'The prefix "{prefix}" is used by another service or the priority series at this MPP.',
    },
  },
  /** Services chosen for a counter must be ones the counter serves. */
  'queue.services_invalid': {
    status: 422,
    title: { id: 'Layanan loket tidak valid', en: 'Invalid counter services' },
    detail: {
      id: 'Loket {counter} tidak melayani layanan yang dipilih.',
      en: 'Counter {counter} does not serve the chosen services.',
    },
  },
  /** Too many live streams from one address (or on this node): try again later. */
  'queue.too_many_streams': {
    status: 429,
    title: { id: 'Terlalu banyak sambungan langsung', en: 'Too many live connections' },
    detail: {
      id: 'Terlalu banyak sambungan langsung dari alamat ini. Tutup layar lain atau coba lagi dalam {seconds} detik.',
      en: 'Too many live connections from this address. Close other screens or try again in {seconds} seconds.',
    },
  },
} as const satisfies ErrorCatalogue<QueueErrorCode>;

export const failQueue = errorFactory(QUEUE_ERRORS);
