import { useTranslation } from 'react-i18next';
import type { LiveView } from '../../../../api/queue-types.js';

/** Waiting per service, the busiest first, with the longest current wait. */
export function LiveServices({ live }: { live: LiveView }) {
  const { t } = useTranslation();
  if (live.services.length === 0) return <p>{t('console.queue.live.noServices')}</p>;
  const rows = [...live.services].sort((a, b) => b.waiting - a.waiting || a.prefix.localeCompare(b.prefix));
  const minutes = (value: number | null) =>
    value === null ? t('console.queue.live.none') : t('console.queue.live.minutes', { count: Math.round(value) });
  return (
    <div className="table-scroll">
      <table className="data-table data-table--boxed">
        <caption className="visually-hidden">{t('console.queue.live.waitingCaption', { mpp: live.mpp.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.queue.live.prefix')}</th>
            <th scope="col">{t('console.queue.live.kpiLabel')}</th>
            <th scope="col" className="num">{t('console.queue.live.waiting')}</th>
            <th scope="col" className="num">{t('console.queue.live.longestWait')}</th>
            <th scope="col" className="num">{t('console.queue.live.servedToday')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((service) => (
            <tr key={service.serviceId}>
              <td className="mono">{service.prefix}</td>
              <th scope="row">{service.name}</th>
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
