import { useTranslation } from 'react-i18next';

/** Marks data from the demo seed, so nobody mistakes it for an MPP's official information. */
export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge--demo" title={t('demo.explain')}>
      {t('demo.label')}
    </span>
  );
}
