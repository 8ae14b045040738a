import { useTranslation } from 'react-i18next';
import type { MppSummary } from '../../api/types.js';
import type { Loadable } from '../../api/useApi.js';

/** Chooses the MPP a page works on; the choice lives in the URL so it can be bookmarked. */
export function MppPicker({
  mpps,
  value,
  onChange,
}: {
  mpps: Loadable<MppSummary[]>;
  value: string;
  onChange: (slug: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field field--inline">
      <label htmlFor="mpp-picker">{t('console.mpp')}</label>
      <select id="mpp-picker" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('console.chooseMpp')}</option>
        {mpps.status === 'ready'
          ? mpps.data.map((mpp) => (
              <option key={mpp.id} value={mpp.slug}>
                {mpp.name}
              </option>
            ))
          : null}
      </select>
    </div>
  );
}

/** The same for a tenant. */
export function TenantPicker({
  tenants,
  value,
  onChange,
}: {
  tenants: Loadable<{ id: string; slug: string; name: string }[]>;
  value: string;
  onChange: (slug: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field field--inline">
      <label htmlFor="tenant-picker">{t('console.tenant')}</label>
      <select id="tenant-picker" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('console.chooseTenant')}</option>
        {tenants.status === 'ready'
          ? tenants.data.map((tenant) => (
              <option key={tenant.id} value={tenant.slug}>
                {tenant.name}
              </option>
            ))
          : null}
      </select>
    </div>
  );
}
