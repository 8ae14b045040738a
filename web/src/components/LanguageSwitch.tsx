import { useTranslation } from 'react-i18next';

/**
 * One button that switches to the other language. Its text is written in the target language
 * (and marked with its `lang`), so a visitor who cannot read the current one still finds it.
 * On a narrow phone the visible text shortens to the language code ("EN"); the full name stays
 * the button's accessible name.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = i18n.language === 'en' ? 'id' : 'en';
  return (
    <button type="button" className="lang-switch" lang={target} onClick={() => void i18n.changeLanguage(target)}>
      <span className="lang-switch__long">{t('lang.switchTo')}</span>
      <span className="lang-switch__short" aria-hidden="true">
        {t('lang.switchToShort')}
      </span>
    </button>
  );
}
