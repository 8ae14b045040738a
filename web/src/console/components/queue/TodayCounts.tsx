import { useTranslation } from 'react-i18next';
import type { CounterView } from '../../../api/queue-types.js';

/** This counter's day in five figures, and how many wait for each of its services. */
export function TodayCounts({ view }: { view: CounterView }) {
  const { t } = useTranslation();
  const { today } = view;
  const none = t('console.queue.live.none');
  return (
    <section className="desk-today" aria-labelledby="desk-today-title">
      <h2 id="desk-today-title">{t('console.queue.desk.today')}</h2>
      <dl className="desk-figures">
        <div>
          <dt>{t('console.queue.desk.todayCalled')}</dt>
          <dd>{today.called}</dd>
        </div>
        <div>
          <dt>{t('console.queue.desk.todayServed')}</dt>
          <dd>{today.served}</dd>
        </div>
        <div>
          <dt>{t('console.queue.desk.todayNoShow')}</dt>
          <dd>{today.noShow}</dd>
        </div>
        <div>
          <dt>{t('console.queue.desk.todayTransferred')}</dt>
          <dd>{today.transferred}</dd>
        </div>
        <div>
          <dt>{t('console.queue.desk.todayAverage')}</dt>
          <dd>
            {today.averageServiceMinutes === null
              ? none
              : t('console.queue.live.minutes', { count: Math.round(today.averageServiceMinutes) })}
          </dd>
        </div>
      </dl>
      <h3>{t('console.queue.desk.waitingPerService')}</h3>
      <ul className="plain-list desk-waiting">
        {view.services.map((service) => (
          <li key={service.id}>
            <span>{service.name}</span> <strong>{service.waiting}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
