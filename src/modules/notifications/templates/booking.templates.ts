import { defineTemplates } from './define-templates.js';

/**
 * Messages of the booking module: a booking made or moved, the reminders (the day before and two
 * hours before), a booking the MPP had to cancel (with other slots to choose), and a seat offered
 * from the waitlist. `{when}` is already written in the message's language and the MPP's zone.
 */
const EXAMPLE = {
  code: 'K7M3QX9P',
  service: 'Paspor Biasa',
  mpp: 'MPP Kota Surabaya',
  when: 'Sen 30 Nov 2026 09.00 WIB',
  link: 'https://satupintu.example.go.id/akun/janji',
};

export const BOOKING_TEMPLATES = defineTemplates({
  'booking.confirmed': {
    params: { ...EXAMPLE, early: 30 },
    id: {
      email: {
        subject: 'Janji temu terkonfirmasi: {service}, {when}',
        text:
          'Janji temu Anda untuk {service} di {mpp} terkonfirmasi.\n\n' +
          'Waktu: {when}\nKode: {code}\n\n' +
          'Lapor hadir di kios atau loket dengan kode atau QR ini, paling cepat {early} menit sebelum waktunya. ' +
          'Bawa persyaratan layanan. Berkas kalender dan QR ada di:\n{link}',
      },
      sms: 'SatuPintu: janji {service} {when} di {mpp}. Kode {code}. Lapor hadir di kios. {link}',
      whatsapp:
        'SatuPintu: janji temu *{service}* di {mpp} terkonfirmasi.\nWaktu: *{when}*\nKode: *{code}*\nLapor hadir di kios atau loket mulai {early} menit sebelumnya. {link}',
    },
    en: {
      email: {
        subject: 'Appointment confirmed: {service}, {when}',
        text:
          'Your appointment for {service} at {mpp} is confirmed.\n\n' +
          'Time: {when}\nCode: {code}\n\n' +
          'Check in at the kiosk or a counter with this code or QR, from {early} minutes before your time. ' +
          "Bring the service's requirements. The calendar file and QR are at:\n{link}",
      },
      sms: 'SatuPintu: {service} {when} at {mpp}. Code {code}. Check in at the kiosk. {link}',
      whatsapp:
        'SatuPintu: your appointment for *{service}* at {mpp} is confirmed.\nTime: *{when}*\nCode: *{code}*\nCheck in at the kiosk or a counter from {early} minutes before. {link}',
    },
  },
  'booking.reminder_day': {
    params: EXAMPLE,
    id: {
      email: {
        subject: 'Besok: janji temu {service}, {when}',
        text:
          'Pengingat: besok Anda punya janji temu untuk {service} di {mpp}.\n\n' +
          'Waktu: {when}\nKode: {code}\n\n' +
          'Tidak bisa datang? Batalkan atau ubah jadwal agar kursinya dipakai orang lain:\n{link}',
      },
      sms: 'SatuPintu: besok {when} janji {service} di {mpp}, kode {code}. Batal datang? {link}',
      whatsapp:
        'SatuPintu: pengingat, besok *{when}* janji temu *{service}* di {mpp}. Kode *{code}*. Tidak bisa datang? Batalkan atau ubah jadwal: {link}',
    },
    en: {
      email: {
        subject: 'Tomorrow: your appointment for {service}, {when}',
        text:
          'A reminder: tomorrow you have an appointment for {service} at {mpp}.\n\n' +
          'Time: {when}\nCode: {code}\n\n' +
          'Cannot come? Cancel or move it so someone else can have the seat:\n{link}',
      },
      sms: 'SatuPintu: tomorrow {when} {service} at {mpp}, code {code}. Cannot come? Cancel: {link}',
      whatsapp:
        'SatuPintu: a reminder, tomorrow *{when}* your appointment for *{service}* at {mpp}. Code *{code}*. Cannot come? Cancel or move it: {link}',
    },
  },
  'booking.reminder_soon': {
    params: EXAMPLE,
    id: {
      email: {
        subject: 'Dua jam lagi: janji temu {service}',
        text:
          'Janji temu Anda untuk {service} di {mpp} dimulai {when}.\n\n' +
          'Kode: {code}. Lapor hadir di kios atau loket saat tiba.\n\n{link}',
      },
      sms: 'SatuPintu: {when} janji {service} di {mpp}. Kode {code}. Lapor hadir di kios saat tiba.',
      whatsapp:
        'SatuPintu: janji temu *{service}* di {mpp} dimulai *{when}*. Kode *{code}*. Lapor hadir di kios atau loket saat tiba. {link}',
    },
    en: {
      email: {
        subject: 'In two hours: your appointment for {service}',
        text:
          'Your appointment for {service} at {mpp} starts {when}.\n\n' +
          'Code: {code}. Check in at the kiosk or a counter when you arrive.\n\n{link}',
      },
      sms: 'SatuPintu: {when} {service} at {mpp}. Code {code}. Check in at the kiosk when you arrive.',
      whatsapp:
        'SatuPintu: your appointment for *{service}* at {mpp} starts *{when}*. Code *{code}*. Check in at the kiosk or a counter when you arrive. {link}',
    },
  },
  'booking.rescheduled': {
    params: EXAMPLE,
    id: {
      email: {
        subject: 'Jadwal janji temu diubah: {service}, {when}',
        text:
          'Janji temu Anda untuk {service} di {mpp} dipindahkan.\n\n' +
          'Waktu baru: {when}\nKode baru: {code}\n\nKode lama tidak berlaku lagi.\n{link}',
      },
      sms: 'SatuPintu: janji {service} pindah ke {when}. Kode baru {code}. {link}',
      whatsapp:
        'SatuPintu: janji temu *{service}* di {mpp} dipindahkan ke *{when}*. Kode baru *{code}*; kode lama tidak berlaku lagi. {link}',
    },
    en: {
      email: {
        subject: 'Appointment moved: {service}, {when}',
        text:
          'Your appointment for {service} at {mpp} was moved.\n\n' +
          'New time: {when}\nNew code: {code}\n\nThe old code no longer works.\n{link}',
      },
      sms: 'SatuPintu: {service} moved to {when}. New code {code}. {link}',
      whatsapp:
        'SatuPintu: your appointment for *{service}* at {mpp} moved to *{when}*. New code *{code}*; the old code no longer works. {link}',
    },
  },
  'booking.cancelled_by_mpp': {
    params: {
      ...EXAMPLE,
      reason: 'Pemadaman listrik',
      alternatives: 'Sen 30 Nov 10.00, 10.15; Sel 1 Des 08.00',
      link: 'https://satupintu.example.go.id/janji/mpp-kota-surabaya/paspor-biasa',
    },
    id: {
      email: {
        subject: 'Janji temu dibatalkan oleh MPP: {service}, {when}',
        text:
          'Mohon maaf, janji temu Anda untuk {service} di {mpp} pada {when} (kode {code}) dibatalkan oleh MPP.\n\n' +
          'Alasan: {reason}\n\n' +
          'Jadwal terdekat yang masih kosong: {alternatives}\n\nPilih jadwal baru di:\n{link}',
      },
      sms: 'SatuPintu: maaf, janji {service} {when} dibatalkan MPP. Jadwal lain: {link}',
      whatsapp:
        'SatuPintu: mohon maaf, janji temu *{service}* di {mpp} pada *{when}* (kode {code}) dibatalkan oleh MPP.\nAlasan: {reason}\nJadwal terdekat yang kosong: {alternatives}\nPilih jadwal baru: {link}',
    },
    en: {
      email: {
        subject: 'Appointment cancelled by the MPP: {service}, {when}',
        text:
          'We are sorry: your appointment for {service} at {mpp} on {when} (code {code}) was cancelled by the MPP.\n\n' +
          'Reason: {reason}\n\n' +
          'The nearest free slots: {alternatives}\n\nChoose a new time at:\n{link}',
      },
      sms: 'SatuPintu: sorry, {service} {when} cancelled by the MPP. New time: {link}',
      whatsapp:
        'SatuPintu: we are sorry, your appointment for *{service}* at {mpp} on *{when}* (code {code}) was cancelled by the MPP.\nReason: {reason}\nNearest free slots: {alternatives}\nChoose a new time: {link}',
    },
  },
  'booking.waitlist_offered': {
    params: {
      service: EXAMPLE.service,
      mpp: EXAMPLE.mpp,
      when: EXAMPLE.when,
      expires: '14.30 WIB',
      link: EXAMPLE.link,
    },
    id: {
      email: {
        subject: 'Ada kursi untuk Anda: {service}, {when}',
        text:
          'Sebuah kursi untuk {service} di {mpp} pada {when} kosong, dan Anda yang pertama di daftar tunggu.\n\n' +
          'Kursi ini kami tahan untuk Anda sampai {expires}. Terima di:\n{link}\n\n' +
          'Jika tidak diterima sampai saat itu, kursi ditawarkan ke orang berikutnya.',
      },
      sms: 'SatuPintu: ada kursi {service} {when} untuk Anda, ditahan s.d. {expires}. Terima: {link}',
      whatsapp:
        'SatuPintu: ada kursi kosong untuk *{service}* di {mpp} pada *{when}*. Kursi ditahan untuk Anda sampai *{expires}*. Terima di: {link}',
    },
    en: {
      email: {
        subject: 'A seat for you: {service}, {when}',
        text:
          'A seat for {service} at {mpp} on {when} is free, and you are first on the waitlist.\n\n' +
          'We hold it for you until {expires}. Accept it at:\n{link}\n\n' +
          'If you do not accept by then, it is offered to the next person.',
      },
      sms: 'SatuPintu: a seat for {service} at {mpp} {when} is yours until {expires}. Accept: {link}',
      whatsapp:
        'SatuPintu: a seat for *{service}* at {mpp} on *{when}* is free. We hold it for you until *{expires}*. Accept it at: {link}',
    },
  },
});
