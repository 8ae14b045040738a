import { useTranslation } from 'react-i18next';
import type { IssuedTicket } from '../api/queue-types.js';
import { formatDateIn, formatTimeIn } from '../queue/format-time.js';
import type { PaperWidth } from './device.js';
import { QrCode } from './QrCode.js';
import type { TicketNote } from './TicketScreen.js';

/**
 * The paper ticket, for 58 mm or 80 mm thermal printers: black on white, no background colours
 * (thermal paper prints none), the number as large as the roll allows. Hidden on screen; the
 * print style sheet shows only this. The page size follows the kiosk's paper setting.
 */
export function PrintedTicket({
  ticket,
  note,
  paperWidth,
}: {
  ticket: IssuedTicket;
  note?: TicketNote | undefined;
  paperWidth: PaperWidth;
}) {
  const { t, i18n } = useTranslation();
  const zone = ticket.mpp.timeZone;
  return (
    <div className={`print-ticket print-ticket--${paperWidth}`} aria-hidden="true">
      <style>{`@page { size: ${paperWidth}mm ${paperWidth === 58 ? 150 : 170}mm; margin: 0; }`}</style>
      <p className="print-ticket__mpp">{ticket.mpp.name}</p>
      <p className="print-ticket__caption">{t('kiosk.ticket.yourNumber')}</p>
      <p className="print-ticket__number">{ticket.displayNumber}</p>
      <p className="print-ticket__service">{ticket.service.name}</p>
      <p className="print-ticket__tenant">{ticket.tenant.shortName}</p>
      {note ? <p className="print-ticket__note">{note.label}</p> : null}
      {note?.detail ? <p className="print-ticket__note-detail">{note.detail}</p> : null}
      {ticket.priorityGroup ? (
        <p className="print-ticket__priority">
          {t('kiosk.ticket.priority', { group: t(`queue.priorityShort.${ticket.priorityGroup}`) })}
        </p>
      ) : null}
      <p className="print-ticket__when">
        {formatDateIn(ticket.issuedAt, zone, i18n.language)}
        <br />
        {t('kiosk.ticket.issuedAt')} {formatTimeIn(ticket.issuedAt, zone, i18n.language)}
      </p>
      <p className="print-ticket__ahead">
        {ticket.waitingAhead ? t('kiosk.ticket.ahead', { count: ticket.waitingAhead }) : t('kiosk.ticket.aheadNone')}
      </p>
      <QrCode url={ticket.statusUrl} label={t('kiosk.ticket.qrLabel')} className="print-ticket__qr" />
      <p className="print-ticket__url">
        {t('kiosk.ticket.statusAt')}
        <br />
        {ticket.statusUrl}
      </p>
      <p className="print-ticket__keep">{t('kiosk.ticket.keep')}</p>
    </div>
  );
}
