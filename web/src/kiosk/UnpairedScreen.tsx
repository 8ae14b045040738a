import { useTranslation } from 'react-i18next';
import { LanguageButtons } from './LanguageButtons.js';

/** What a kiosk without a (valid) device token shows: for visitors and for the staff who pair it. */
export function UnpairedScreen({ isRevoked }: { isRevoked: boolean }) {
  const { t } = useTranslation();
  return (
    <main className="kiosk kiosk--message" id="main">
      <div className="kiosk-message">
        <svg className="kiosk-message__icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
          <rect x="6" y="6" width="36" height="28" rx="3" fill="none" stroke="currentColor" strokeWidth="3" />
          <path d="M18 42h12M24 34v8M16 14l16 12M32 14L16 26" stroke="currentColor" strokeWidth="3" />
        </svg>
        <h1>{t('kiosk.unpaired.title')}</h1>
        <p className="kiosk-lead">{isRevoked ? t('kiosk.unpaired.revoked') : t('kiosk.unpaired.body')}</p>
        <p>{t('kiosk.unpaired.visitor')}</p>
        <p className="kiosk-muted">{t('kiosk.unpaired.howTo')}</p>
        <LanguageButtons />
      </div>
    </main>
  );
}
