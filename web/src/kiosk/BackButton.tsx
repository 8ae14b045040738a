import { useTranslation } from 'react-i18next';

/** One step back; on a touch screen there is no browser back button. */
export function BackButton({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-nav">
      <button type="button" className="kiosk-button" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {t('kiosk.back')}
      </button>
    </div>
  );
}
