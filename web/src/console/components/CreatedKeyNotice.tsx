import { useTranslation } from 'react-i18next';
import type { CreatedApiKey } from '../api/admin-types.js';
import { CopyButton } from './CopyButton.js';

/** The new key in full, once: the server keeps only a hash, so it cannot be shown again. */
export function CreatedKeyNotice({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--warning" role="alert">
      <h2>{t('console.apiKeys.createdTitle', { name: created.name })}</h2>
      <p>
        <strong>{t('console.apiKeys.onceWarning')}</strong>
      </p>
      <p className="secret">
        <code className="mono key-value" data-testid="api-key-value">
          {created.key}
        </code>
      </p>
      <div className="actions">
        <CopyButton text={created.key} label={t('console.apiKeys.copy')} />
        <button type="button" className="button" onClick={onDone}>
          {t('console.apiKeys.stored')}
        </button>
      </div>
    </div>
  );
}
