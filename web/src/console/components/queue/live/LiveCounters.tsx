import { useTranslation } from 'react-i18next';
import type { LiveView } from '../../../../api/queue-types.js';
import { formatTimeIn } from '../../../../queue/format-time.js';

/** Every counter's state, the number at it, and who works it. */
type CounterRow = LiveView['counters'][number];

/** Counters at work first (with the number at each and since when); closed ones fold away. */
export function LiveCounters({ live }: { live: LiveView }) {
  const { t } = useTranslation();
  if (live.counters.length === 0) return <p>{t('console.queue.live.noCounters')}</p>;
  const sorted = [...live.counters].sort((a, b) => a.counter.number - b.counter.number);
  const working = sorted.filter((row) => row.state !== 'closed');
  const closed = sorted.filter((row) => row.state === 'closed');
  const caption = t('console.queue.live.countersCaption', { mpp: live.mpp.name });
  return (
    <>
      {working.length > 0 ? <CounterTable rows={working} live={live} caption={caption} /> : null}
      {closed.length > 0 ? (
        <details className="disclosure">
          <summary>{t('console.queue.live.closedCounters', { count: closed.length })}</summary>
          <CounterTable rows={closed} live={live} caption={caption} />
        </details>
      ) : null}
    </>
  );
}

function CounterTable({ rows, live, caption }: { rows: CounterRow[]; live: LiveView; caption: string }) {
  const { t, i18n } = useTranslation();
  const none = t('console.queue.live.none');
  // The contract lists the officer's name; the server may not send it, and then the column is left out.
  const hasOfficer = rows.some((row) => row.officerName !== undefined);
  return (
    <div className="table-scroll">
      <table className="data-table data-table--boxed">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.queue.live.counter')}</th>
            <th scope="col">{t('console.queue.live.tenant')}</th>
            <th scope="col">{t('console.queue.live.state')}</th>
            <th scope="col">{t('console.queue.live.currentTicket')}</th>
            {hasOfficer ? <th scope="col">{t('console.queue.live.officer')}</th> : null}
            <th scope="col">{t('console.queue.live.since')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
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
              {hasOfficer ? <td>{row.officerName ?? none}</td> : null}
              <td>{row.since ? formatTimeIn(row.since, live.mpp.timeZone, i18n.language) : none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
