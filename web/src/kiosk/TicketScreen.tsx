import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedTicket } from '../api/queue-types.js';
import { formatEstimate } from '../queue/estimate.js';
import { readPaperWidth } from './device.js';
import { PrintedTicket } from './PrintedTicket.js';
import { printOnce } from './print.js';
import { QrCode } from './QrCode.js';

/** After printing, the number stays on screen this long, then the kiosk is ready for the next visitor. */
const AFTER_PRINT_MS = 15_000;

/** A line saying what kind of ticket this is (an appointment's, or a walk-in's and why), on screen and paper. */
export type TicketNote = { label: string; detail?: string };

/** The new number on screen (large, with the QR to follow it on a phone) and on paper. */
export function TicketScreen({
  ticket,
  note,
  onDone,
}: {
  ticket: IssuedTicket;
  note?: TicketNote | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const estimate = formatEstimate(ticket.estimate, t);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const afterPrint = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(onDone, AFTER_PRINT_MS);
    };
    window.addEventListener('afterprint', afterPrint);
    // Printing waits one frame so the printable ticket is laid out first.
    const frame = requestAnimationFrame(() => {
      if (printOnce(ticket.id)) afterPrint();
    });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', afterPrint);
      if (timer) clearTimeout(timer);
    };
  }, [ticket.id, onDone]);

  return (
    <section className="kiosk-ticket" aria-labelledby="kiosk-ticket-number">
      <div className="kiosk-ticket__main">
        <p className="kiosk-ticket__caption">{t('kiosk.ticket.yourNumber')}</p>
        <p id="kiosk-ticket-number" className="kiosk-ticket__number" data-testid="kiosk-ticket-number">
          {ticket.displayNumber}
        </p>
        <p className="kiosk-ticket__service">
          {ticket.service.name} · {ticket.tenant.shortName}
        </p>
        {note ? (
          <p className="kiosk-ticket__note">
            <span className="kiosk-tag kiosk-tag--appointment">{note.label}</span>
            {note.detail ? <span className="kiosk-ticket__note-detail">{note.detail}</span> : null}
          </p>
        ) : null}
        {ticket.priorityGroup ? (
          <p className="kiosk-tag kiosk-tag--priority">
            {t('kiosk.ticket.priority', { group: t(`queue.priorityShort.${ticket.priorityGroup}`) })}
          </p>
        ) : null}
        <p className="kiosk-lead">
          {ticket.waitingAhead ? t('kiosk.ticket.ahead', { count: ticket.waitingAhead }) : t('kiosk.ticket.aheadNone')}
        </p>
        {estimate ? <p>{t('kiosk.ticket.estimate', { text: estimate })}</p> : null}
        <p className="kiosk-ticket__printing" role="status">
          {t('kiosk.ticket.printing')}
        </p>
        <div className="kiosk-actions kiosk-ticket__actions">
          <button type="button" className="kiosk-button kiosk-button--primary" onClick={onDone}>
            {t('kiosk.ticket.done')}
          </button>
          <button type="button" className="kiosk-button" onClick={() => window.print()}>
            {t('kiosk.ticket.reprint')}
          </button>
        </div>
      </div>
      <div className="kiosk-ticket__qr">
        <QrCode url={ticket.statusUrl} label={t('kiosk.ticket.qrLabel')} />
        <p>{t('kiosk.ticket.scan')}</p>
      </div>
      <PrintedTicket ticket={ticket} note={note} paperWidth={readPaperWidth()} />
    </section>
  );
}
