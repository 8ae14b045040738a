import { useTranslation } from 'react-i18next';
import type { KpiRow } from '../../../../api/queue-types.js';
import { localeOf } from '../../../../i18n/setup.js';

/** Today's queue KPIs per service: arrivals, outcomes, waits, and the share served within target. */
export function KpiTable({ rows, caption }: { rows: KpiRow[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const none = t('console.queue.live.none');
  const minutes = (value: number | null) =>
    value === null ? none : t('console.queue.live.minutes', { count: Math.round(value) });
  const percent = new Intl.NumberFormat(localeOf(i18n.language), { style: 'percent', maximumFractionDigits: 0 });
  if (rows.length === 0) return <p>{t('console.queue.live.allQuiet')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table data-table--boxed">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.queue.live.kpiLabel')}</th>
            <th scope="col" className="num">
              {t('console.queue.live.arrived')}
            </th>
            <th scope="col" className="num">
              {t('console.queue.live.served')}
            </th>
            <th scope="col" className="num">
              {t('console.queue.live.noShow')}
            </th>
            <th scope="col" className="num">
              {t('console.queue.live.cancelled')}
            </th>
            <th scope="col" className="num">
              {t('console.queue.live.transferred')}
            </th>
            <th scope="col" className="num">
              {t('console.queue.live.avgWait')}
            </th>
            <th scope="col" className="num">
              {t('console.queue.live.maxWait')}
            </th>
            <th scope="col" className="num">
              {t('console.queue.live.avgService')}
            </th>
            <th scope="col" className="num">
              {t('console.queue.live.withinTarget')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.arrived}</td>
              <td className="num">{row.served}</td>
              <td className="num">{row.noShow}</td>
              <td className="num">{row.cancelled}</td>
              <td className="num">{row.transferred}</td>
              <td className="num">{minutes(row.averageWaitMinutes)}</td>
              <td className="num">{minutes(row.maxWaitMinutes)}</td>
              <td className="num">{minutes(row.averageServiceMinutes)}</td>
              <td className="num">
                {row.servedWithinTargetShare === null ? none : percent.format(row.servedWithinTargetShare)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
