import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth/session-context.js';
import { Field } from '../../components/form/Field.js';
import { FormAlert } from '../../components/form/FormAlert.js';
import { useSubmit } from '../../components/form/useSubmit.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { adminApi } from '../api/admin.js';
import { optionalTenantFields, type TenantDraft, TenantFields } from '../components/TenantFields.js';
import { useScopedMpps } from '../scoped-lists.js';

const EMPTY: TenantDraft = {
  slug: '',
  name: '',
  shortName: '',
  type: 'pemerintah_kabupaten_kota',
  parentOrganisation: '',
  website: '',
  description: '',
};

/** A new tenant, optionally with its first gerai at an MPP the creator manages. */
export function TenantCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('console.tenants.create'));
  const { send } = useSession();
  const navigate = useNavigate();
  const submit = useSubmit();
  const mpps = useScopedMpps('catalogue.gerai.manage');
  const [draft, setDraft] = useState(EMPTY);
  const [mppRef, setMppRef] = useState('');
  const [location, setLocation] = useState('');

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = await submit.run(() =>
      adminApi(send).createTenant({
        slug: draft.slug.trim(),
        name: draft.name.trim(),
        shortName: draft.shortName.trim(),
        type: draft.type,
        ...optionalTenantFields(draft),
        ...(mppRef ? { gerai: { mppRef, location: location.trim() } } : {}),
      }),
    );
    if (outcome.ok) void navigate(`/tenants/${outcome.value.slug}`, { state: { created: true } });
  }

  const errors = submit.fieldErrors;
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/tenants">{t('console.nav.tenants')}</Link>
          </li>
        </ol>
      </nav>
      <h1>{t('console.tenants.create')}</h1>
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="form-narrow">
        <FormAlert
          error={submit.error}
          fieldErrors={errors}
          labelOf={(path) =>
            t(
              `console.tenants.${path.replace('gerai.mppRef', 'geraiMpp').replace('gerai.location', 'geraiLocation')}`,
              { defaultValue: '' },
            ) || undefined
          }
        />
        <TenantFields draft={draft} onChange={setDraft} errors={errors} isNew />
        <fieldset className="field-group boxed">
          <legend>{t('console.tenants.firstGerai')}</legend>
          <div className="field-row field-row--2">
            <Field name="gerai.mppRef" label={t('console.tenants.geraiMpp')} error={errors['gerai.mppRef']}>
              {(control) => (
                <select {...control} value={mppRef} onChange={(event) => setMppRef(event.target.value)}>
                  <option value="">{t('console.tenants.noGerai')}</option>
                  {mpps.status === 'ready'
                    ? mpps.data.map((mpp) => (
                        <option key={mpp.id} value={mpp.slug}>
                          {mpp.name}
                        </option>
                      ))
                    : null}
                </select>
              )}
            </Field>
            <Field
              name="gerai.location"
              label={t('console.tenants.geraiLocation')}
              hint={t('console.tenants.geraiLocationHint')}
              error={errors['gerai.location']}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  value={location}
                  disabled={!mppRef}
                  onChange={(event) => setLocation(event.target.value)}
                />
              )}
            </Field>
          </div>
        </fieldset>
        <button type="submit" className="button button--primary" disabled={submit.isPending}>
          {submit.isPending ? t('form.saving') : t('console.tenants.createSubmit')}
        </button>
      </form>
    </>
  );
}
