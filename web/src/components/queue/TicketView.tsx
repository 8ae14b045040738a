import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StreamStatus } from '../../api/event-stream.js';
import type { Ticket } from '../../api/queue-types.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { serviceHref } from '../../links.js';
import { formatDateIn, formatTimeIn } from '../../queue/format-time.js';
import { TicketActions } from './TicketActions.js';
import { TicketProgress } from './TicketProgress.js';
import './ticket.css';

/** The number, where the ticket is now, and what the holder can do about it. */
export function TicketView({
  ticket,
  stream,
  accessKey,
  onChanged,
}: {
  ticket: Ticket;
  stream: StreamStatus;
  accessKey: string | undefined;
  onChanged: (ticket: Ticket) => void;
}) {
  const { t, i18n } = useTranslation();
  const isCalled = ticket.status === 'called' && ticket.counter !== null;
  usePageTitle(
    isCalled && ticket.counter
      ? t('ticket.calledDocumentTitle', { number: ticket.counter.number })
      : t('ticket.pageTitle', { number: ticket.displayNumber }),
  );

  // A phone in a pocket: a short buzz when the ticket is called.
  useEffect(() => {
    if (isCalled && 'vibrate' in navigator) navigator.vibrate([300, 150, 300]);
  }, [isCalled]);

  const zone = ticket.mpp.timeZone;
  return (
    <article className="ticket">
      <h1 className="visually-hidden">{t('ticket.heading')}</h1>
      <div className={`ticket-card ticket-card--${ticket.status}`}>
        <p className="ticket-card__place">
          <strong>{ticket.mpp.name}</strong>
          <br />
          {ticket.service.name} · {ticket.tenant.shortName}
        </p>
        <p className="ticket-card__label">{t('ticket.numberLabel')}</p>
        <p className="ticket-card__number" data-testid="ticket-number">
          {ticket.displayNumber}
        </p>
        <p className="ticket-card__status">
          <span className="visually-hidden">{t('ticket.statusLabel')}: </span>
          <span className={`status-pill status-pill--${ticket.status}`}>{t(`queue.status.${ticket.status}`)}</span>
          {ticket.priorityGroup ? (
            <span className="status-pill status-pill--priority">
              {t('ticket.priority', { group: t(`queue.priorityShort.${ticket.priorityGroup}`) })}
            </span>
          ) : null}
        </p>
        <TicketProgress ticket={ticket} />
        <p className="ticket-card__issued muted">
          {t('ticket.issuedAt', {
            time: formatTimeIn(ticket.issuedAt, zone, i18n.language),
            date: formatDateIn(ticket.issuedAt, zone, i18n.language),
          })}
        </p>
      </div>
      <p className={stream === 'reconnecting' ? 'live-note live-note--problem' : 'live-note'} role="status">
        {ticket.status === 'done' ? null : stream === 'reconnecting' ? t('ticket.reconnecting') : t('ticket.live')}
      </p>
      <TicketActions key={ticket.status} ticket={ticket} accessKey={accessKey} onChanged={onChanged} />
      {ticket.status === 'waiting' ? <p className="muted">{t('ticket.keepPage')}</p> : null}
      <p>
        <Link to={serviceHref(ticket.service.slug, ticket.mpp.slug)}>{t('ticket.serviceLink')}</Link>
      </p>
    </article>
  );
}
