import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceQueueSettings } from '../../../../api/queue-types.js';
import { useApi } from '../../../../api/useApi.js';
import { SavedNote } from '../../../../components/form/FormAlert.js';
import { Loaded } from '../../../../components/StatusViews.js';
import { queueStaffReads } from '../../../api/queue.js';
import { ServiceSettingsDialog } from './ServiceSettingsDialog.js';

/** An MPP offers a hundred services or more: the first ones show, the rest on request or by search. */
const FIRST_ROWS = 20;

function matches(row: ServiceQueueSettings, needle: string): boolean {
  return [row.name, row.tenantShortName, row.prefix].some((text) => text.toLowerCase().includes(needle));
}

/** Each service's queue rules at the MPP (prefix, quota, last ticket, target wait, online), one row edited at a time. */
export function ServiceSettingsSection({ mppId }: { mppId: string }) {
  const { t } = useTranslation();
  // Saved rows replace the loaded ones in place: no reload, the table keeps its place.
  const [savedRows, setSavedRows] = useState<Record<string, ServiceQueueSettings>>({});
  const [filter, setFilter] = useState('');
  const [isAll, setAll] = useState(false);
  const [editing, setEditing] = useState<ServiceQueueSettings | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const rows = useApi(`service-settings:${mppId}`, (signal) => queueStaffReads.listServiceSettings(mppId, signal));
  const none = t('console.queue.live.none');

  return (
    <section className="section" aria-labelledby="service-settings-title">
      <h2 id="service-settings-title">{t('console.queue.services.title')}</h2>
      <p>{t('console.queue.services.intro')}</p>
      <SavedNote message={saved} />
      <div className="field field--inline">
        <label htmlFor="service-settings-filter">{t('console.queue.services.filter')}</label>
        <input
          id="service-settings-filter"
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      <Loaded state={rows} isInline>
        {(items) => {
          const needle = filter.trim().toLowerCase();
          const sorted = items
            .map((row) => savedRows[row.serviceId] ?? row)
            .sort(
              (a, b) => a.tenantShortName.localeCompare(b.tenantShortName, 'id') || a.name.localeCompare(b.name, 'id'),
            );
          const found = needle ? sorted.filter((row) => matches(row, needle)) : sorted;
          const shown = needle || isAll ? found : found.slice(0, FIRST_ROWS);
          if (found.length === 0) return <p>{t('console.queue.services.noneFound')}</p>;
          return (
            <>
              <div className="table-scroll">
                <table className="data-table data-table--boxed service-settings">
                  <caption className="visually-hidden">{t('console.queue.services.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('console.queue.services.prefix')}</th>
                      <th scope="col">{t('console.queue.live.kpiLabel')}</th>
                      <th scope="col">{t('console.queue.live.tenant')}</th>
                      <th scope="col" className="num">
                        {t('console.queue.services.quotaColumn')}
                      </th>
                      <th scope="col" className="num">
                        {t('console.queue.services.lastTicketColumn')}
                      </th>
                      <th scope="col" className="num">
                        {t('console.queue.services.targetWaitColumn')}
                      </th>
                      <th scope="col">{t('console.queue.services.onlineColumn')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('console.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((row) => (
                      <tr key={row.serviceId}>
                        <td className="mono">{row.prefix}</td>
                        <th scope="row">{row.name}</th>
                        <td>{row.tenantShortName}</td>
                        <td className="num">{row.dailyQuota ?? none}</td>
                        <td className="num">
                          {t('console.queue.live.minutes', { count: row.lastTicketMinutesBeforeClose })}
                        </td>
                        <td className="num">{t('console.queue.live.minutes', { count: row.targetWaitMinutes })}</td>
                        <td>
                          {row.isOnlineEnabled ? t('console.queue.services.yes') : t('console.queue.services.no')}
                        </td>
                        <td>
                          <button
                            type="button"
                            className="button button--small"
                            onClick={() => {
                              setSaved(null);
                              setEditing(row);
                            }}
                            aria-label={t('console.queue.services.editLabel', { name: row.name })}
                          >
                            {t('console.queue.services.edit')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {shown.length < found.length ? (
                <button type="button" className="button" onClick={() => setAll(true)}>
                  {t('console.queue.services.showAll', { count: found.length })}
                </button>
              ) : null}
            </>
          );
        }}
      </Loaded>
      {editing ? (
        <ServiceSettingsDialog
          mppId={mppId}
          row={editing}
          onSaved={(row) => {
            setEditing(null);
            setSaved(t('console.queue.services.saved', { name: row.name }));
            setSavedRows((rows) => ({ ...rows, [row.serviceId]: row }));
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
