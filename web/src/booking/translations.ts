import bookingEn from '../i18n/booking.en.json' with { type: 'json' };
import bookingId from '../i18n/booking.id.json' with { type: 'json' };
import { addTranslations } from '../i18n/setup.js';

// Imported by every appointment page: the words arrive with the pages' chunk, not the first download.
addTranslations({ id: bookingId, en: bookingEn });
