import { type ErrorCatalogue, errorFactory } from '../../platform/http/app-error.js';

export type NotificationsErrorCode = 'notifications.message_not_found' | 'notifications.recipient_invalid';

export const NOTIFICATIONS_ERRORS = {
  /** No outbox message has this id (or its status is not visible to the caller). */
  'notifications.message_not_found': {
    status: 404,
    title: { id: 'Pesan tidak ditemukan', en: 'Message not found' },
    detail: { id: 'Tidak ada pesan dengan pengenal "{ref}".', en: 'There is no message with identifier "{ref}".' },
  },
  /** The recipient is not an email address (email) or an E.164 phone number such as +6281234567890 (SMS, WhatsApp). */
  'notifications.recipient_invalid': {
    status: 422,
    title: { id: 'Penerima tidak valid', en: 'Invalid recipient' },
    detail: {
      id: 'Penerima {channel} tidak valid: gunakan alamat email, atau nomor telepon berformat internasional seperti +6281234567890.',
      en: 'The {channel} recipient is not valid: use an email address, or a phone number in international format such as +6281234567890.',
    },
  },
} as const satisfies ErrorCatalogue<NotificationsErrorCode>;

export const failNotifications = errorFactory(NOTIFICATIONS_ERRORS);
