import { useTranslation } from 'react-i18next';

/**
 * One button that switches to the other language. Its text is written in the target language
 * (and marked with its `lang`), so a visitor who cannot read the current one still finds it.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = i18n.language === 'en' ? 'id' : 'en';
  return (
    <button type="button" className="lang-switch" lang={target} onClick={() => void i18n.changeLanguage(target)}>
      {t('lang.switchTo')}
    </button>
  );
}
