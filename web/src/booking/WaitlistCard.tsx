import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { bookingWrites } from '../api/booking.js';
import type { WaitlistEntry } from '../api/booking-types.js';
import { useSession } from '../auth/session-context.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { FormAlert } from '../components/form/FormAlert.js';
import { useSubmit } from '../components/form/useSubmit.js';
import { formatDate } from '../format.js';
import { bookingHref } from './booking-links.js';
import type { WaitlistPhase } from './waitlist.js';
import { WaitlistPosition } from './WaitlistPosition.js';

/**
 * A place in line that is not a held seat: still waiting (where it stands, and leaving it,
 * asked first), or ended (how: the seat taken, the time run out, the date over or closed).
 */
export function WaitlistCard({
  entry,
  phase,
  onLeft,
}: {
  entry: WaitlistEntry;
  phase: Exclude<WaitlistPhase, 'offered'>;
  onLeft: (entry: WaitlistEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  const { send } = useSession();
  const leave = useSubmit();
  const [isAsking, setAsking] = useState(false);
  const isWaiting = phase === 'waiting';
  const date = formatDate(entry.date, i18n.language);

  async function confirmLeave() {
    setAsking(false);
    const outcome = await leave.run(() => bookingWrites(send).leaveWaitlist(entry.id));
    if (outcome.ok) onLeft(entry);
  }

  return (
    <li className={isWaiting ? 'card waitlist-card' : 'card waitlist-card waitlist-card--ended'}>
      <h3 className="card__title">{entry.service.name}</h3>
      <p className="card__meta">{entry.mpp.name}</p>
      <p className="booking-card__when">{date}</p>
      <p>
        <span className="visually-hidden">{t('booking.statusLabel')}: </span>
        <span className={`status-pill booking-status waitlist-status--${phase}`}>
          {t(`booking.waitlist.status.${phase}`)}
        </span>
      </p>
      {isWaiting && entry.position !== null ? <WaitlistPosition position={entry.position} /> : null}
      <p className="booking-card__rule">{t(`booking.waitlist.note.${phase}`)}</p>
      {phase === 'booked' && entry.bookingId ? (
        <p>
          <Link to={bookingHref(entry.bookingId)}>{t('booking.waitlist.seeBooking')}</Link>
        </p>
      ) : null}
      {isWaiting ? (
        <>
          <div className="actions">
            <button
              type="button"
              className="button button--small button--danger"
              disabled={leave.isPending}
              onClick={() => setAsking(true)}
              aria-label={t('booking.waitlist.leaveLabel', { service: entry.service.name, date })}
            >
              {t('booking.waitlist.leave')}
            </button>
          </div>
          <FormAlert error={leave.error} fieldErrors={{}} />
          <ConfirmDialog
            isOpen={isAsking}
            title={t('booking.waitlist.leaveTitle')}
            body={t('booking.waitlist.leaveBody', { date })}
            confirmLabel={t('booking.waitlist.leaveConfirm')}
            cancelLabel={t('booking.waitlist.stay')}
            isDanger
            onConfirm={() => void confirmLeave()}
            onCancel={() => setAsking(false)}
          />
        </>
      ) : null}
    </li>
  );
}
