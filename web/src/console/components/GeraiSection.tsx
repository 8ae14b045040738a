import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TenantDetail } from '../../api/types.js';
import { useAccount, useSession } from '../../auth/session-context.js';
import { Field } from '../../components/form/Field.js';
import { FormAlert, SavedNote } from '../../components/form/FormAlert.js';
import { useSubmit } from '../../components/form/useSubmit.js';
import { adminApi } from '../api/admin.js';
import { can } from '../permissions.js';
import { useScopedMpps } from '../scoped-lists.js';

/** Where a tenant has its booths (gerai), and opening one at another MPP. */
export function GeraiSection({ tenant, onChanged }: { tenant: TenantDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const account = useAccount();
  const { send } = useSession();
  const mpps = useScopedMpps('catalogue.gerai.manage');
  const submit = useSubmit();
  const [mppRef, setMppRef] = useState('');
  const [location, setLocation] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const present = new Set(tenant.gerai.map((g) => g.mpp.id));

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const outcome = await submit.run(() => adminApi(send).addGerai(mppRef, tenant.slug, location.trim()));
    if (!outcome.ok) return;
    setMppRef('');
    setLocation('');
    setSaved(t('console.tenants.geraiAdded'));
    onChanged();
  }

  return (
    <section className="section" aria-labelledby="gerai-heading">
      <h2 id="gerai-heading">{t('tenant.gerai')}</h2>
      {tenant.gerai.length === 0 ? (
        <p>{t('tenant.noGerai')}</p>
      ) : (
        <ul className="rows">
          {tenant.gerai.map((gerai) => (
            <li key={gerai.mpp.id}>
              <Link to={`/mpps/${gerai.mpp.slug}`}>{gerai.mpp.name}</Link>
              <span className="rows__meta">{t('mpp.gerai', { location: gerai.location })}</span>
            </li>
          ))}
        </ul>
      )}
      {can(account, 'catalogue.gerai.manage') ? (
        <form onSubmit={(event) => void onSubmit(event)} noValidate className="boxed">
          <h3>{t('console.tenants.addGerai')}</h3>
          <FormAlert error={submit.error} fieldErrors={submit.fieldErrors} />
          <div className="field-row field-row--2">
            <Field name="mppRef" label={t('console.tenants.geraiMpp')} error={submit.fieldErrors.mppRef}>
              {(control) => (
                <select {...control} value={mppRef} onChange={(event) => setMppRef(event.target.value)} required>
                  <option value="">{t('console.chooseMpp')}</option>
                  {mpps.status === 'ready'
                    ? mpps.data
                        .filter((mpp) => !present.has(mpp.id))
                        .map((mpp) => (
                          <option key={mpp.id} value={mpp.slug}>
                            {mpp.name}
                          </option>
                        ))
                    : null}
                </select>
              )}
            </Field>
            <Field
              name="location"
              label={t('console.tenants.geraiLocation')}
              hint={t('console.tenants.geraiLocationHint')}
              error={submit.fieldErrors.location}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  value={location}
                  onChange={(event) => setLocation(event.target.value)}
                />
              )}
            </Field>
          </div>
          <button type="submit" className="button" disabled={submit.isPending || !mppRef}>
            {t('console.tenants.addGerai')}
          </button>
          <SavedNote message={saved} />
        </form>
      ) : null}
    </section>
  );
}
