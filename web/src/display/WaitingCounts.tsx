import { useTranslation } from 'react-i18next';
import type { Board } from '../api/queue-types.js';
import { useRotation } from '../hooks/useRotation.js';

/** Services per screenful; more than that are shown in turns, since a TV cannot scroll. */
const PAGE_SIZE = 6;

/**
 * How many wait for each service with anyone waiting, busiest first, in pages that change
 * every 10 seconds (an MPP has a hundred services or more; the empty ones are left out).
 */
export function WaitingCounts({ services }: { services: Board['services'] }) {
  const { t } = useTranslation();
  const sorted = services
    .filter((s) => s.waiting > 0)
    .sort((a, b) => b.waiting - a.waiting || (a.prefix ?? '').localeCompare(b.prefix ?? ''));
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = useRotation(pages, 10_000);
  const shown = sorted.slice(page * PAGE_SIZE, page * PAGE_SIZE + PAGE_SIZE);
  return (
    <>
      <h2 id="board-waiting-title" className="board__section-title">
        {t('display.waiting')}
        {pages > 1 ? (
          <span className="board__page">{t('display.waitingPage', { n: page + 1, total: pages })}</span>
        ) : null}
      </h2>
      {sorted.length === 0 ? <p className="board__empty board__empty--small">{t('display.nobodyWaiting')}</p> : null}
      <ul className="waiting-grid">
        {shown.map((service) => (
          <li key={service.serviceId} className="waiting-grid__item">
            <span className="waiting-grid__prefix" aria-hidden="true">
              {service.prefix}
            </span>
            <span className="waiting-grid__name">{service.name}</span>
            <span className="waiting-grid__count">{t('display.waitingCount', { count: service.waiting })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
