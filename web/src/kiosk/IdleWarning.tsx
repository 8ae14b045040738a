import { useTranslation } from 'react-i18next';

/** The last seconds before the kiosk starts over; any touch (this button too) keeps the visitor's place. */
export function IdleWarning({ secondsLeft }: { secondsLeft: number }) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-idle" role="alert">
      <p>{t('kiosk.idle', { count: secondsLeft })}</p>
      <button type="button" className="kiosk-button kiosk-button--primary">
        {t('kiosk.stay')}
      </button>
    </div>
  );
}
