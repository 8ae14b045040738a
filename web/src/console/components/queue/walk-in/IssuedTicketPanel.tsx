import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedTicket } from '../../../../api/queue-types.js';
import { PriorityBadge } from '../PriorityBadge.js';
import { svgDataUri } from '../../svg-data-uri.js';
import { ticketQrSvg } from '../../../../queue/qr.js';
import { PrintedWalkInTicket } from './PrintedWalkInTicket.js';

/** The issued number, large enough to read out across the desk, its QR code, and the print button. */
export function IssuedTicketPanel({
  titleId,
  ticket,
  onAnother,
  onDone,
}: {
  titleId: string;
  ticket: IssuedTicket;
  onAnother: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const printRef = useRef<HTMLButtonElement>(null);
  // The officer's next step is to print: start there.
  useEffect(() => printRef.current?.focus(), []);
  return (
    <div className="walkin-ticket">
      <h2 id={titleId}>{t('console.queue.walkIn.issuedTitle')}</h2>
      <p className="walkin-ticket__number" data-testid="walkin-ticket-number">
        {ticket.displayNumber}
      </p>
      <p className="walkin-ticket__service">
        {ticket.service.name} · {ticket.tenant.shortName}
      </p>
      <p className="walkin-ticket__meta">
        <PriorityBadge group={ticket.priorityGroup} />
        <span>
          {ticket.waitingAhead
            ? t('console.queue.walkIn.ahead', { count: ticket.waitingAhead })
            : t('console.queue.walkIn.aheadNone')}
        </span>
      </p>
      <img
        className="walkin-ticket__qr"
        src={svgDataUri(ticketQrSvg(ticket.statusUrl))}
        alt={t('console.queue.walkIn.qrAlt')}
        width={160}
        height={160}
      />
      <p className="hint">{t('console.queue.walkIn.qrHint')}</p>
      <div className="actions walkin-ticket__actions">
        <button ref={printRef} type="button" className="button button--primary" onClick={() => window.print()}>
          {t('console.queue.walkIn.print')}
        </button>
        <button type="button" className="button" onClick={onAnother}>
          {t('console.queue.walkIn.another')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('console.queue.walkIn.done')}
        </button>
      </div>
      <PrintedWalkInTicket ticket={ticket} />
    </div>
  );
}
