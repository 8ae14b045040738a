import { useTranslation } from 'react-i18next';
import type { LiveView } from '../../../../api/queue-types.js';

type ServiceRow = LiveView['services'][number];

/**
 * Waiting per service, the busiest first, with the longest current wait. An MPP offers a
 * hundred services or more; those with nobody today fold away so the busy ones stay in view.
 */
export function LiveServices({ live }: { live: LiveView }) {
  const { t } = useTranslation();
  if (live.services.length === 0) return <p>{t('console.queue.live.noServices')}</p>;
  const rows = [...live.services].sort(
    (a, b) => b.waiting - a.waiting || b.servedToday - a.servedToday || a.name.localeCompare(b.name, 'id'),
  );
  const busy = rows.filter((s) => s.waiting > 0 || s.servedToday > 0);
  const quiet = rows.filter((s) => s.waiting === 0 && s.servedToday === 0);
  const caption = t('console.queue.live.waitingCaption', { mpp: live.mpp.name });
  return (
    <>
      {busy.length > 0 ? <ServiceTable rows={busy} caption={caption} /> : <p>{t('console.queue.live.allQuiet')}</p>}
      {quiet.length > 0 ? (
        <details className="disclosure">
          <summary>{t('console.queue.live.quietServices', { count: quiet.length })}</summary>
          <ServiceTable rows={quiet} caption={caption} />
        </details>
      ) : null}
    </>
  );
}

function ServiceTable({ rows, caption }: { rows: ServiceRow[]; caption: string }) {
  const { t } = useTranslation();
  const minutes = (value: number | null) =>
    value === null ? t('console.queue.live.none') : t('console.queue.live.minutes', { count: Math.round(value) });
  return (
    <div className="table-scroll">
      <table className="data-table data-table--boxed">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.queue.live.prefix')}</th>
            <th scope="col">{t('console.queue.live.kpiLabel')}</th>
            <th scope="col">{t('console.queue.live.tenant')}</th>
            <th scope="col" className="num">
              {t('console.queue.live.waiting')}
            </th>
            <th scope="col" className="num">
              {t('console.queue.live.longestWait')}
            </th>
            <th scope="col" className="num">
              {t('console.queue.live.servedToday')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((service) => (
            <tr key={service.serviceId}>
              <td className="mono">{service.prefix ?? '—'}</td>
              <th scope="row">{service.name}</th>
              <td>{service.tenantShortName}</td>
              <td className="num">
                <strong>{service.waiting}</strong>
              </td>
              <td className="num">{minutes(service.longestWaitMinutes)}</td>
              <td className="num">{service.servedToday}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
