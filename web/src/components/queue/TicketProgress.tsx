import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../api/queue-types.js';
import { formatEstimate } from '../../queue/estimate.js';

/**
 * Where the ticket stands: the counter to go to once called (the one thing that matters then),
 * else the place in line and a waiting range, or why there is no range.
 */
export function TicketProgress({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  switch (ticket.status) {
    case 'called':
      return (
        <div className="ticket-callout" role="alert">
          <p className="ticket-callout__title">{t('ticket.calledTitle')}</p>
          <p className="ticket-callout__counter">
            {ticket.counter ? t('queue.goToCounter', { number: ticket.counter.number }) : null}
          </p>
        </div>
      );
    case 'serving':
      return (
        <p className="ticket-card__line">
          {ticket.counter ? t('ticket.servingAt', { number: ticket.counter.number }) : t('queue.status.serving')}
        </p>
      );
    case 'parked':
      return <p className="ticket-card__line">{t('ticket.parked')}</p>;
    case 'no_show':
      return <p className="ticket-card__line">{t('ticket.noShow')}</p>;
    case 'done':
      return (
        <p className="ticket-card__line">
          {t('ticket.finished', { outcome: t(`queue.outcome.${ticket.outcome ?? 'served'}`) })}
        </p>
      );
    case 'waiting':
      return <WaitingLine ticket={ticket} />;
    default: {
      const unreachable: never = ticket.status;
      return unreachable;
    }
  }
}

function WaitingLine({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const estimate = formatEstimate(ticket.estimate, t);
  return (
    <ul className="ticket-facts">
      {ticket.position !== null ? (
        <li className="ticket-facts__position">
          {ticket.position === 1 ? t('ticket.next') : t('ticket.position', { position: ticket.position })}
        </li>
      ) : null}
      {ticket.waitingAhead !== null ? (
        <li>{ticket.waitingAhead === 0 ? t('ticket.aheadNone') : t('ticket.ahead', { count: ticket.waitingAhead })}</li>
      ) : null}
      <li>
        {estimate ? t('ticket.estimate', { text: estimate }) : t('queue.estimateUnknown')}
        {estimate && ticket.estimate?.basis === 'target_wait' ? (
          <span className="ticket-facts__note">{t('queue.estimateGuess')}</span>
        ) : null}
      </li>
    </ul>
  );
}
