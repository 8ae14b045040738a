import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { API_KEY_SCOPES } from '../../../../src/domain/identity/access.js';
import type { ApiKeyScope } from '../../api/identity-types.js';
import { useApi } from '../../api/useApi.js';
import { useSession } from '../../auth/session-context.js';
import { Choice, Field, FieldGroup } from '../../components/form/Field.js';
import { FormAlert, SavedNote } from '../../components/form/FormAlert.js';
import { useSubmit } from '../../components/form/useSubmit.js';
import { Loaded } from '../../components/StatusViews.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { localeOf } from '../../i18n/setup.js';
import { adminApi, adminReads } from '../api/admin.js';
import type { ApiKey, CreatedApiKey } from '../api/admin-types.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { CreatedKeyNotice } from '../components/CreatedKeyNotice.js';
import { TenantPicker } from '../components/MppPicker.js';
import { useScopedTenants } from '../scoped-lists.js';

/** An agency's API keys for its own systems: create (shown once), list, revoke. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  usePageTitle(t('console.apiKeys.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const tenants = useScopedTenants('identity.api_key.manage');
  const chosen =
    searchParams.get('tenant') ??
    (tenants.status === 'ready' && tenants.data.length === 1 ? (tenants.data[0]?.slug ?? '') : '');
  return (
    <>
      <h1>{t('console.apiKeys.title')}</h1>
      <p>{t('console.apiKeys.intro')}</p>
      <TenantPicker
        tenants={tenants}
        value={chosen}
        onChange={(slug) => setSearchParams(slug ? { tenant: slug } : {})}
      />
      {chosen ? <TenantKeys key={chosen} tenantRef={chosen} /> : null}
    </>
  );
}

function TenantKeys({ tenantRef }: { tenantRef: string }) {
  const { t, i18n } = useTranslation();
  const { send } = useSession();
  const [version, setVersion] = useState(0);
  const keys = useApi(`api-keys:${tenantRef}:${version}`, (signal) => adminReads.listApiKeys(tenantRef, signal));
  const create = useSubmit();
  const revoke = useSubmit();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['services:read']);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [toRevoke, setToRevoke] = useState<ApiKey | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const when = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });

  async function onCreate(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNote(null);
    const outcome = await create.run(() => adminApi(send).createApiKey(tenantRef, { name: name.trim(), scopes }));
    if (!outcome.ok) return;
    setCreated(outcome.value);
    setName('');
    setVersion((v) => v + 1);
  }

  async function onRevoke(key: ApiKey) {
    setToRevoke(null);
    const outcome = await revoke.run(() => adminApi(send).revokeApiKey(key.id));
    if (!outcome.ok) return;
    setNote(t('console.apiKeys.revoked', { name: key.name }));
    setVersion((v) => v + 1);
  }

  return (
    <>
      {created ? <CreatedKeyNotice created={created} onDone={() => setCreated(null)} /> : null}
      <FormAlert error={revoke.error} fieldErrors={{}} />
      <SavedNote message={note} />
      <Loaded state={keys} isInline>
        {(items) =>
          items.length === 0 ? (
            <p>{t('console.apiKeys.none')}</p>
          ) : (
            <table className="data-table data-table--boxed">
              <caption className="visually-hidden">{t('console.apiKeys.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('console.apiKeys.name')}</th>
                  <th scope="col">{t('console.apiKeys.prefix')}</th>
                  <th scope="col">{t('console.apiKeys.scopes')}</th>
                  <th scope="col">{t('console.apiKeys.createdAt')}</th>
                  <th scope="col">{t('console.apiKeys.lastUsed')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('console.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((key) => (
                  <tr key={key.id}>
                    <td>{key.name}</td>
                    <td>
                      <code className="mono">{key.prefix}…</code>
                    </td>
                    <td>{key.scopes.join(', ')}</td>
                    <td>{when.format(new Date(key.createdAt))}</td>
                    <td>{key.lastUsedAt ? when.format(new Date(key.lastUsedAt)) : t('form.none')}</td>
                    <td>
                      {key.revokedAt ? (
                        <span className="badge badge--status-disabled">{t('console.apiKeys.revokedBadge')}</span>
                      ) : (
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => setToRevoke(key)}
                          aria-label={t('console.apiKeys.revokeLabel', { name: key.name })}
                        >
                          {t('console.apiKeys.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
      <form onSubmit={(event) => void onCreate(event)} noValidate className="boxed">
        <h2>{t('console.apiKeys.create')}</h2>
        <FormAlert error={create.error} fieldErrors={create.fieldErrors} />
        <Field
          name="name"
          label={t('console.apiKeys.name')}
          hint={t('console.apiKeys.nameHint')}
          error={create.fieldErrors.name}
        >
          {(control) => (
            <input {...control} type="text" value={name} onChange={(event) => setName(event.target.value)} />
          )}
        </Field>
        <FieldGroup name="scopes" legend={t('console.apiKeys.scopes')} error={create.fieldErrors.scopes}>
          {API_KEY_SCOPES.map((scope) => (
            <Choice
              key={scope}
              type="checkbox"
              name="scopes"
              value={scope}
              checked={scopes.includes(scope)}
              onChange={(isOn) => setScopes(isOn ? [...scopes, scope] : scopes.filter((s) => s !== scope))}
              label={<code className="mono">{scope}</code>}
              hint={t(`console.apiKeys.scope.${scope.replace(':', '_')}`)}
            />
          ))}
        </FieldGroup>
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('form.saving') : t('console.apiKeys.createSubmit')}
        </button>
      </form>
      <ConfirmDialog
        isOpen={toRevoke !== null}
        title={t('console.apiKeys.revokeTitle', { name: toRevoke?.name ?? '' })}
        body={t('console.apiKeys.revokeBody')}
        confirmLabel={t('console.apiKeys.revoke')}
        isDanger
        onConfirm={() => toRevoke && void onRevoke(toRevoke)}
        onCancel={() => setToRevoke(null)}
      />
    </>
  );
}
