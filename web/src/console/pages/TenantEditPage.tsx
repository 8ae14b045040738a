import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api } from '../../api/client.js';
import type { TenantDetail } from '../../api/types.js';
import { useApi } from '../../api/useApi.js';
import { useAccount, useSession } from '../../auth/session-context.js';
import { FormAlert, SavedNote } from '../../components/form/FormAlert.js';
import { useSubmit } from '../../components/form/useSubmit.js';
import { Loaded } from '../../components/StatusViews.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { adminApi } from '../api/admin.js';
import { GeraiSection } from '../components/GeraiSection.js';
import { type TenantDraft, TenantFields } from '../components/TenantFields.js';
import { can } from '../permissions.js';

export function TenantEditPage() {
  const { ref = '' } = useParams();
  const [version, setVersion] = useState(0);
  const tenant = useApi(`tenant:${ref}:${version}`, (signal) => api.getTenant(ref, signal));
  return (
    <Loaded state={tenant}>
      {(data) => <TenantEditor key={data.id} tenant={data} onChanged={() => setVersion((v) => v + 1)} />}
    </Loaded>
  );
}

function draftOf(tenant: TenantDetail): TenantDraft {
  return {
    slug: tenant.slug,
    name: tenant.name,
    shortName: tenant.shortName,
    type: tenant.type,
    parentOrganisation: tenant.parentOrganisation ?? '',
    website: tenant.website ?? '',
    description: tenant.description ?? '',
  };
}

function TenantEditor({ tenant, onChanged }: { tenant: TenantDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  usePageTitle(tenant.name);
  const account = useAccount();
  const { send } = useSession();
  const isNew = (useLocation().state as { created?: boolean } | null)?.created === true;
  const submit = useSubmit();
  const [draft, setDraft] = useState(() => draftOf(tenant));
  const [saved, setSaved] = useState<string | null>(isNew ? t('console.tenants.created') : null);
  const mayEdit = can(account, 'catalogue.tenant.update');

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const outcome = await submit.run(() =>
      adminApi(send).updateTenant(tenant.slug, {
        name: draft.name.trim(),
        shortName: draft.shortName.trim(),
        type: draft.type,
        parentOrganisation: draft.parentOrganisation.trim() || null,
        website: draft.website.trim() || null,
        description: draft.description.trim() || null,
      }),
    );
    if (outcome.ok) setSaved(t('console.saved'));
  }

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/tenants">{t('console.nav.tenants')}</Link>
          </li>
        </ol>
      </nav>
      <h1>{tenant.name}</h1>
      <p className="actions">
        <Link to={`/services?tenant=${tenant.slug}`}>{t('console.tenants.servicesOf')}</Link>
        {can(account, 'identity.api_key.manage') ? (
          <Link to={`/api-keys?tenant=${tenant.slug}`}>{t('console.nav.apiKeys')}</Link>
        ) : null}
        <a href={`/instansi/${tenant.slug}`}>{t('console.mpps.viewPublic')}</a>
      </p>
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="form-narrow">
        <fieldset disabled={!mayEdit} className="plain-fieldset">
          <FormAlert
            error={submit.error}
            fieldErrors={submit.fieldErrors}
            labelOf={(path) => t(`console.tenants.${path}`, { defaultValue: '' }) || undefined}
          />
          <TenantFields draft={draft} onChange={setDraft} errors={submit.fieldErrors} isNew={false} />
          {mayEdit ? (
            <button type="submit" className="button button--primary" disabled={submit.isPending}>
              {submit.isPending ? t('form.saving') : t('form.save')}
            </button>
          ) : null}
          <SavedNote message={saved} />
        </fieldset>
      </form>
      <GeraiSection tenant={tenant} onChanged={onChanged} />
    </>
  );
}
