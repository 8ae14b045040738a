import i18n, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * Language set-up shared by every audience's entry point (citizen portal, staff console): each
 * passes its own resources, so a bundle carries only the words it shows. Bahasa Indonesia is
 * the default; the visitor's choice is remembered on this device.
 */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'satupintu.lang';

function readStoredLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

function reflectLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage full: the choice lasts for this page only.
  }
}

export function setupI18n(resources: Resource): typeof i18n {
  void i18n.use(initReactI18next).init({
    resources,
    lng: readStoredLanguage(),
    fallbackLng: 'id',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', reflectLanguage);
  return i18n;
}

/**
 * Adds the words of a lazily loaded part of the app (the account pages) to the default
 * namespace, so they travel in that part's chunk rather than in the first download.
 */
export function addTranslations(resources: Record<Language, object>): void {
  for (const language of LANGUAGES) i18n.addResourceBundle(language, 'translation', resources[language], true, false);
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The BCP 47 locale used by Intl for dates and numbers in the current language. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}
