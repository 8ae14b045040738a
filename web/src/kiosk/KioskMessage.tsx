import { useTranslation } from 'react-i18next';

/** A whole-screen state: loading, or the server out of reach with a retry. */
export function KioskMessage({ kind, onRetry }: { kind: 'loading' | 'network'; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="kiosk kiosk--message" id="main">
      <div className="kiosk-message" role={kind === 'network' ? 'alert' : 'status'}>
        {kind === 'loading' ? (
          <p className="kiosk-lead">{t('kiosk.loading')}</p>
        ) : (
          <>
            <h1>{t('kiosk.error.title')}</h1>
            <p className="kiosk-lead">{t('kiosk.error.network')}</p>
            {onRetry ? (
              <button type="button" className="kiosk-button kiosk-button--primary" onClick={onRetry}>
                {t('kiosk.tryAgain')}
              </button>
            ) : null}
          </>
        )}
      </div>
    </main>
  );
}
