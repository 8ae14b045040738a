import formsEn from '../i18n/forms.en.json' with { type: 'json' };
import formsId from '../i18n/forms.id.json' with { type: 'json' };
import { addTranslations } from '../i18n/setup.js';
import en from './i18n/en.json' with { type: 'json' };
import id from './i18n/id.json' with { type: 'json' };

// Imported by every account page: its words arrive with the page's chunk, not the first download.
addTranslations({ id: { ...formsId, ...id }, en: { ...formsEn, ...en } });
