import en from '../i18n/en.json' with { type: 'json' };
import formsEn from '../i18n/forms.en.json' with { type: 'json' };
import formsId from '../i18n/forms.id.json' with { type: 'json' };
import id from '../i18n/id.json' with { type: 'json' };
import queueEn from '../i18n/queue.en.json' with { type: 'json' };
import queueId from '../i18n/queue.id.json' with { type: 'json' };
import { setupI18n } from '../i18n/setup.js';
import consoleEn from './i18n/en.json' with { type: 'json' };
import consoleId from './i18n/id.json' with { type: 'json' };

/**
 * The console's words, plus the portal's shared vocabularies (categories, tenant types,
 * weekdays, modes, fees) and form and role words, so both audiences speak of the catalogue
 * the same way.
 */
setupI18n({
  id: { translation: { ...id, ...formsId, ...queueId, ...consoleId } },
  en: { translation: { ...en, ...formsEn, ...queueEn, ...consoleEn } },
});
