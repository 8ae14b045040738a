import { useTranslation } from 'react-i18next';
import type { CreatedDevice } from '../../../../api/queue-types.js';
import { CopyButton } from '../../CopyButton.js';

/** The new kiosk's pairing link, once: the server keeps only a hash of the token. */
export function CreatedDeviceNotice({
  created,
  onDone,
}: {
  created: CreatedDevice & { name: string };
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--warning" role="alert">
      <h3>{t('console.queue.devices.createdTitle', { name: created.name })}</h3>
      <p>
        <strong>{t('console.queue.devices.onceWarning')}</strong>
      </p>
      <p>{t('console.queue.devices.pairUrl')}:</p>
      <p className="secret">
        <code className="mono key-value" data-testid="device-pair-url">
          {created.pairUrl}
        </code>
      </p>
      <p className="hint">{t('console.queue.devices.paperHint')}</p>
      <div className="actions">
        <CopyButton text={created.pairUrl} label={t('console.queue.devices.copy')} />
        <button type="button" className="button" onClick={onDone}>
          {t('console.queue.devices.stored')}
        </button>
      </div>
    </div>
  );
}
