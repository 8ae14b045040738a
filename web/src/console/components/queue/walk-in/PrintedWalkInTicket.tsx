import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { IssuedTicket } from '../../../../api/queue-types.js';
import { formatDateIn, formatTimeIn } from '../../../../queue/format-time.js';
import { svgDataUri } from '../../svg-data-uri.js';
import { ticketQrSvg } from '../../../../queue/qr.js';

/**
 * The paper ticket, hidden on screen. It sits directly in <body>, so the print style sheet
 * (queue.css) can print it alone: black on white, 72 mm wide (an 80 mm receipt roll's print
 * width; on A4 it is a slip at the top of the page).
 */
export function PrintedWalkInTicket({ ticket }: { ticket: IssuedTicket }) {
  const { t, i18n } = useTranslation();
  const zone = ticket.mpp.timeZone;
  return createPortal(
    <div className="walkin-print" aria-hidden="true" data-testid="walkin-print">
      <p className="walkin-print__mpp">{ticket.mpp.name}</p>
      <p>{t('console.queue.walkIn.yourNumber')}</p>
      <p className="walkin-print__number">{ticket.displayNumber}</p>
      <p className="walkin-print__service">{ticket.service.name}</p>
      <p>{ticket.tenant.shortName}</p>
      {ticket.priorityGroup ? (
        <p className="walkin-print__priority">{t(`queue.priorityShort.${ticket.priorityGroup}`)}</p>
      ) : null}
      <p>
        {formatDateIn(ticket.issuedAt, zone, i18n.language)}
        <br />
        {t('console.queue.walkIn.issuedAt', { time: formatTimeIn(ticket.issuedAt, zone, i18n.language) })}
      </p>
      <p>
        {ticket.waitingAhead
          ? t('console.queue.walkIn.ahead', { count: ticket.waitingAhead })
          : t('console.queue.walkIn.aheadNone')}
      </p>
      <img
        className="walkin-print__qr"
        src={svgDataUri(ticketQrSvg(ticket.statusUrl))}
        alt=""
        width={140}
        height={140}
      />
      <p className="walkin-print__url">
        {t('console.queue.walkIn.statusAt')}
        <br />
        {ticket.statusUrl}
      </p>
      <p className="walkin-print__keep">{t('console.queue.walkIn.keep')}</p>
    </div>,
    document.body,
  );
}
