import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import type { MppDetail } from '../../api/types.js';
import { useApi } from '../../api/useApi.js';
import { useSession } from '../../auth/session-context.js';
import { SavedNote } from '../../components/form/FormAlert.js';
import { Loaded } from '../../components/StatusViews.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { adminApi, adminReads } from '../api/admin.js';
import type { CounterItem } from '../api/admin-types.js';
import { type CounterDraft, CounterForm } from '../components/CounterForm.js';
import { MppPicker } from '../components/MppPicker.js';
import { useScopedMpps } from '../scoped-lists.js';

/** The counters (loket) of one MPP: which tenant staffs each and which services it serves. */
export function CountersPage() {
  const { t } = useTranslation();
  usePageTitle(t('console.counters.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const mpps = useScopedMpps('catalogue.counter.manage');
  const chosen =
    searchParams.get('mpp') ?? (mpps.status === 'ready' && mpps.data.length === 1 ? (mpps.data[0]?.slug ?? '') : '');
  const mpp = useApi(chosen ? `mpp:${chosen}` : null, (signal) => api.getMpp(chosen, signal));

  return (
    <>
      <h1>{t('console.counters.title')}</h1>
      <MppPicker mpps={mpps} value={chosen} onChange={(slug) => setSearchParams(slug ? { mpp: slug } : {})} />
      {chosen ? <Loaded state={mpp}>{(data) => <CountersOf key={data.id} mpp={data} />}</Loaded> : null}
    </>
  );
}

function CountersOf({ mpp }: { mpp: MppDetail }) {
  const { t } = useTranslation();
  const { send } = useSession();
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const counters = useApi(`counters:${mpp.id}:${version}`, (signal) => adminReads.listCounters(mpp.id, signal));
  const reload = (message: string) => {
    setSaved(message);
    setEditing(null);
    setVersion((v) => v + 1);
  };

  async function create(draft: CounterDraft) {
    await adminApi(send).createCounter(mpp.slug, {
      number: Number(draft.number),
      label: draft.label.trim(),
      tenantRef: draft.tenantRef,
      serviceRefs: draft.serviceRefs,
    });
    reload(t('console.counters.created'));
  }

  async function update(counter: CounterItem, draft: CounterDraft) {
    await adminApi(send).updateCounter(counter.id, {
      label: draft.label.trim(),
      status: draft.status,
      serviceRefs: draft.serviceRefs,
    });
    reload(t('console.saved'));
  }

  return (
    <>
      <SavedNote message={saved} />
      <Loaded state={counters} isInline>
        {(items) =>
          items.length === 0 ? (
            <p>{t('console.counters.none')}</p>
          ) : (
            <table className="data-table data-table--boxed">
              <caption className="visually-hidden">{t('console.counters.caption', { mpp: mpp.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('console.counters.number')}</th>
                  <th scope="col">{t('console.counters.label')}</th>
                  <th scope="col">{t('console.tenant')}</th>
                  <th scope="col">{t('console.counters.services')}</th>
                  <th scope="col">{t('console.counters.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('console.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((counter) => (
                  <tr key={counter.id}>
                    <td>{counter.number}</td>
                    <td>{counter.label}</td>
                    <td>{counter.tenant.shortName}</td>
                    <td>{counter.services.map((s) => s.name).join(', ')}</td>
                    <td>
                      {counter.status === 'active' ? t('console.counters.active') : t('console.counters.inactive')}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setEditing(counter.id)}
                        aria-label={t('console.counters.editLabel', { label: counter.label })}
                      >
                        {t('form.edit')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
      {counters.status === 'ready'
        ? counters.data
            .filter((c) => c.id === editing)
            .map((counter) => (
              <CounterForm
                key={counter.id}
                mpp={mpp}
                counter={counter}
                onSave={(draft) => update(counter, draft)}
                onCancel={() => setEditing(null)}
              />
            ))
        : null}
      <CounterForm key={`new:${version}`} mpp={mpp} onSave={create} />
    </>
  );
}
