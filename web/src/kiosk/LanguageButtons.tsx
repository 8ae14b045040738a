import { useTranslation } from 'react-i18next';

const CHOICES = [
  { lang: 'id', label: 'Bahasa Indonesia' },
  { lang: 'en', label: 'English' },
] as const;

/**
 * Both languages side by side, each named in itself (and marked with its `lang`), so a visitor
 * who reads only one of them finds it. Large enough for a finger.
 */
export function LanguageButtons() {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="kiosk-langs">
      <legend className="visually-hidden">{t('kiosk.languageLabel')}</legend>
      {CHOICES.map((choice) => (
        <button
          key={choice.lang}
          type="button"
          lang={choice.lang}
          className="kiosk-lang"
          aria-pressed={i18n.language === choice.lang}
          onClick={() => void i18n.changeLanguage(choice.lang)}
        >
          {choice.label}
        </button>
      ))}
    </fieldset>
  );
}
