import { useTranslation } from 'react-i18next';
import type { LiveView } from '../../../../api/queue-types.js';
import { formatTimeIn } from '../../../../queue/format-time.js';

/** Every counter's state, the number at it, and who works it. */
export function LiveCounters({ live }: { live: LiveView }) {
  const { t, i18n } = useTranslation();
  if (live.counters.length === 0) return <p>{t('console.queue.live.noCounters')}</p>;
  const none = t('console.queue.live.none');
  return (
    <div className="table-scroll">
      <table className="data-table data-table--boxed">
        <caption className="visually-hidden">{t('console.queue.live.countersCaption', { mpp: live.mpp.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.queue.live.counter')}</th>
            <th scope="col">{t('console.queue.live.tenant')}</th>
            <th scope="col">{t('console.queue.live.state')}</th>
            <th scope="col">{t('console.queue.live.currentTicket')}</th>
            <th scope="col">{t('console.queue.live.officer')}</th>
            <th scope="col">{t('console.queue.live.since')}</th>
          </tr>
        </thead>
        <tbody>
          {[...live.counters]
            .sort((a, b) => a.counter.number - b.counter.number)
            .map((row) => (
              <tr key={row.counter.id}>
                <th scope="row">
                  {t('queue.counterName', { number: row.counter.number })}
                  <span className="cell-meta">{row.counter.label}</span>
                </th>
                <td>{row.tenantShortName}</td>
                <td>
                  <span className={`status-chip status-chip--${row.state}`}>{t(`queue.counterState.${row.state}`)}</span>
                </td>
                <td className="mono">{row.currentTicket ?? none}</td>
                <td>{row.officerName ?? none}</td>
                <td>{row.since ? formatTimeIn(row.since, live.mpp.timeZone, i18n.language) : none}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
