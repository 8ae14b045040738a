import en from './en.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };
import { setupI18n } from './setup.js';

/** The citizen portal's languages; the account pages add theirs when they load. */
const i18n = setupI18n({ id: { translation: id }, en: { translation: en } });

export { isLanguage, type Language, LANGUAGES, localeOf } from './setup.js';
export default i18n;
