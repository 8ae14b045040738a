import { defineTemplates } from './define-templates.js';

/** Messages of the queue module: "your turn is near", sent when N tickets are ahead (per MPP). */
export const QUEUE_TEMPLATES = defineTemplates({
  'queue.turn_near': {
    params: {
      ticket: 'A-012',
      mpp: 'MPP Kota Makassar',
      service: 'Perekaman KTP-el',
      link: 'https://satupintu.example.go.id/antrean/x',
    },
    id: {
      email: {
        subject: 'Giliran Anda hampir tiba: {ticket}',
        text: 'Nomor antrean {ticket} ({service}) di {mpp} akan segera dipanggil. Mohon bersiap di dekat loket.\n\n{link}',
      },
      sms: 'SatuPintu: nomor {ticket} di {mpp} segera dipanggil. Mohon bersiap di dekat loket. {link}',
      whatsapp:
        'SatuPintu: nomor antrean *{ticket}* ({service}) di {mpp} segera dipanggil. Mohon bersiap di dekat loket. {link}',
    },
    en: {
      email: {
        subject: 'Your turn is near: {ticket}',
        text: 'Ticket {ticket} ({service}) at {mpp} will be called soon. Please wait near the counters.\n\n{link}',
      },
      sms: 'SatuPintu: ticket {ticket} at {mpp} will be called soon. Please wait near the counters. {link}',
      whatsapp:
        'SatuPintu: ticket *{ticket}* ({service}) at {mpp} will be called soon. Please wait near the counters. {link}',
    },
  },
});
