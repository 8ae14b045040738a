import checkInEn from '../i18n/booking.kiosk.en.json' with { type: 'json' };
import checkInId from '../i18n/booking.kiosk.id.json' with { type: 'json' };
import queueEn from '../i18n/queue.en.json' with { type: 'json' };
import queueId from '../i18n/queue.id.json' with { type: 'json' };
import { setupI18n } from '../i18n/setup.js';
import kioskEn from './i18n/en.json' with { type: 'json' };
import kioskId from './i18n/id.json' with { type: 'json' };

/**
 * The kiosk's words, the queue vocabulary and the appointment check-in; nothing else of the
 * portal travels in this bundle.
 */
const i18n = setupI18n({
  id: { translation: { ...queueId, ...kioskId, ...checkInId } },
  en: { translation: { ...queueEn, ...kioskEn, ...checkInEn } },
});

export default i18n;
