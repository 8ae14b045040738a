import { useTranslation } from 'react-i18next';
import type { CounterView } from '../../../api/queue-types.js';
import { formatTimeIn } from '../../../queue/format-time.js';
import { PriorityBadge } from './PriorityBadge.js';

/** The ticket at the counter now, large; no names or NIK, only what the officer needs to call it. */
export function CurrentTicket({ view }: { view: CounterView }) {
  const { t, i18n } = useTranslation();
  const ticket = view.current;
  return (
    <section className="desk-current" aria-labelledby="desk-current-title" aria-live="polite">
      <h2 id="desk-current-title" className="desk-current__title">
        {t('console.queue.desk.current')}
      </h2>
      {ticket ? (
        <>
          <p className="desk-current__number" data-testid="desk-current-number">
            {ticket.displayNumber}
          </p>
          <p className="desk-current__service">{ticket.service.name}</p>
          <p className="desk-current__meta">
            <span className={`status-chip status-chip--${ticket.status}`}>{t(`queue.status.${ticket.status}`)}</span>
            <PriorityBadge group={ticket.priorityGroup} />
            <span>{t(`queue.channel.${ticket.channel}`)}</span>
            {ticket.calledAt ? (
              <span>
                {t('console.queue.desk.calledAt', {
                  time: formatTimeIn(ticket.calledAt, view.mpp.timeZone, i18n.language),
                })}
              </span>
            ) : null}
          </p>
        </>
      ) : (
        <p className="desk-current__empty">
          {view.state === 'closed'
            ? t('console.queue.desk.closedNote')
            : view.state === 'break'
              ? t('console.queue.desk.breakNote')
              : t('console.queue.desk.noCurrent')}
        </p>
      )}
    </section>
  );
}
