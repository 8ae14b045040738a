import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInResult } from '../../api/booking.js';

/**
 * The queue number the check-in issued, large enough to read out across the desk (the same
 * style as a walk-in ticket's number). Late arrivals get a walk-in ticket; the dialog says so.
 */
export function CheckedInDialog({
  result,
  citizenName,
  onClose,
}: {
  result: CheckInResult;
  citizenName: string | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    closeRef.current?.focus();
  }, []);
  return (
    <dialog ref={ref} className="dialog walkin-ticket" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('console.booking.checkIn.doneTitle')}</h2>
      <p className="walkin-ticket__service">
        {citizenName ? `${citizenName} · ` : ''}
        {result.booking.service.name}
      </p>
      <p className="muted">{t('console.booking.checkIn.ticketLabel')}</p>
      <p className="walkin-ticket__number" data-testid="checkin-ticket-number">
        {result.ticket.displayNumber}
      </p>
      <p className={result.late ? 'notice notice--warning' : 'hint'}>
        {result.late ? t('console.booking.checkIn.late') : t('console.booking.checkIn.onTime')}
      </p>
      <div className="actions walkin-ticket__actions">
        <button ref={closeRef} type="button" className="button button--primary" onClick={onClose}>
          {t('form.close')}
        </button>
      </div>
    </dialog>
  );
}
