import { useTranslation } from 'react-i18next';
import type { LineEntry } from '../../../api/queue-types.js';
import { PriorityBadge } from './PriorityBadge.js';

/**
 * Tickets in line (the next ones, or those on hold), without any personal data: number,
 * service, priority, lane, minutes waited; each row has one action (call it, or put it back).
 */
export function LineTable({
  entries,
  caption,
  empty,
  actionLabel,
  actionLabelFor,
  onAction,
  isDisabled,
}: {
  entries: LineEntry[];
  caption: string;
  empty: string;
  actionLabel: string;
  actionLabelFor: (entry: LineEntry) => string;
  onAction: (entry: LineEntry) => void;
  isDisabled: boolean;
}) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className="data-table data-table--boxed desk-line">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('console.queue.desk.number')}</th>
          <th scope="col">{t('console.queue.desk.service')}</th>
          <th scope="col">{t('console.queue.desk.priority')}</th>
          <th scope="col">{t('console.queue.desk.waited')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('console.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td className="desk-line__number">{entry.displayNumber}</td>
            <td>
              {entry.serviceName}
              {entry.lane === 'appointment' ? <span className="cell-meta">{t('queue.lane.appointment')}</span> : null}
            </td>
            <td>
              {entry.priorityGroup ? <PriorityBadge group={entry.priorityGroup} /> : t('console.queue.desk.regular')}
            </td>
            <td>{t('console.queue.live.minutes', { count: entry.waitedMinutes })}</td>
            <td>
              <button
                type="button"
                className="button button--small"
                disabled={isDisabled}
                onClick={() => onAction(entry)}
                aria-label={actionLabelFor(entry)}
              >
                {actionLabel}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
