import { useTranslation } from 'react-i18next';
import type { ServiceMode } from '../api/types.js';

export function ModeList({ modes }: { modes: ServiceMode[] }) {
  const { t } = useTranslation();
  return (
    <ul className="chips" aria-label={t('service.modes')}>
      {modes.map((mode) => (
        <li key={mode} className="chip">
          {t(`mode.${mode}`)}
        </li>
      ))}
    </ul>
  );
}
