import entryEn from '../i18n/booking.entry.en.json' with { type: 'json' };
import entryId from '../i18n/booking.entry.id.json' with { type: 'json' };
import { addTranslations } from '../i18n/setup.js';

// The few words the service page and the account menu need to point to appointments; the
// booking pages' own words load with them.
addTranslations({ id: entryId, en: entryEn });
