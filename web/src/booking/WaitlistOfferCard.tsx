import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { bookingWrites } from '../api/booking.js';
import type { WaitlistEntry, WaitlistOffer } from '../api/booking-types.js';
import { useSession } from '../auth/session-context.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { FormAlert } from '../components/form/FormAlert.js';
import { useSubmit } from '../components/form/useSubmit.js';
import { formatDate } from '../format.js';
import { formatRangeWithZone, formatTimeWithZone, formatWhen } from './booking-format.js';
import { bookingHref } from './booking-links.js';
import { formatCountdown, secondsUntil } from './countdown.js';
import type { BookedState } from './SubmitBooking.js';
import { useNow } from './useNow.js';
import { readWaitlistFailure } from './waitlist-failure.js';

/**
 * A seat held for the citizen: the slot, the time left to take it (a live count, and the
 * deadline in words), "take this seat" (then the booking's own page) and "decline" (asked
 * first: the seat goes to the next in line). When the count reaches zero the buttons give way
 * to saying so, and the list is read again.
 */
export function WaitlistOfferCard({
  entry,
  offer,
  onGone,
  onDeclined,
}: {
  entry: WaitlistEntry;
  offer: WaitlistOffer;
  /** The offer lapsed (on this device's clock, or as the server answered). */
  onGone: (isRefused: boolean) => void;
  onDeclined: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { send } = useSession();
  const navigate = useNavigate();
  const accept = useSubmit();
  const decline = useSubmit();
  const [isAsking, setAsking] = useState(false);
  const now = useNow(true);
  const left = secondsUntil(offer.expiresAt, now);
  const zone = entry.mpp.timeZone;
  const isOver = left === 0;

  const latestOnGone = useRef(onGone);
  latestOnGone.current = onGone;
  useEffect(() => {
    if (isOver) latestOnGone.current(false);
  }, [isOver]);

  async function take() {
    const outcome = await accept.run(() => bookingWrites(send).acceptOffer(entry.id));
    if (outcome.ok) {
      const done: BookedState = { booking: outcome.value, outcome: 'new' };
      void navigate(bookingHref(outcome.value.id), { state: done });
    } else if (readWaitlistFailure(outcome.error).kind === 'offer_gone') {
      onGone(true);
    }
  }

  async function giveUp() {
    setAsking(false);
    const outcome = await decline.run(() => bookingWrites(send).leaveWaitlist(entry.id));
    if (outcome.ok) onDeclined();
  }

  return (
    <li className="card waitlist-offer" data-testid="waitlist-offer">
      <h3 className="waitlist-offer__heading">{t('booking.waitlist.offer.heading')}</h3>
      <p className="waitlist-offer__what">
        <strong>{entry.service.name}</strong>
        <br />
        <span className="muted">{entry.mpp.name}</span>
      </p>
      <p className="waitlist-offer__when">
        {formatDate(entry.date, i18n.language)}
        <br />
        <strong>{formatRangeWithZone(offer.startsAt, offer.endsAt, zone, i18n.language)}</strong>
      </p>
      {isOver ? (
        <p className="notice notice--error" role="status">
          {t('booking.waitlist.offer.over')}
        </p>
      ) : (
        <>
          <div className="waitlist-countdown">
            <span className="waitlist-countdown__label">{t('booking.waitlist.offer.timeLeft')}</span>
            <span className="waitlist-countdown__value" role="timer">
              {formatCountdown(left)}
            </span>
          </div>
          <p className="waitlist-offer__until">
            {t('booking.waitlist.offer.heldUntil', { time: formatTimeWithZone(offer.expiresAt, zone, i18n.language) })}
          </p>
          <button
            type="button"
            className="button button--primary button--block button--wrap waitlist-offer__take"
            disabled={accept.isPending || decline.isPending}
            onClick={() => void take()}
          >
            {accept.isPending ? t('booking.waitlist.offer.accepting') : t('booking.waitlist.offer.accept')}
          </button>
          <button
            type="button"
            className="button button--block button--wrap"
            disabled={accept.isPending || decline.isPending}
            onClick={() => setAsking(true)}
          >
            {t('booking.waitlist.offer.decline')}
          </button>
        </>
      )}
      <FormAlert error={accept.error ?? decline.error} fieldErrors={{}} />
      <ConfirmDialog
        isOpen={isAsking}
        title={t('booking.waitlist.offer.declineTitle')}
        body={t('booking.waitlist.offer.declineBody', { when: formatWhen(offer.startsAt, zone, i18n.language) })}
        confirmLabel={t('booking.waitlist.offer.declineConfirm')}
        cancelLabel={t('booking.waitlist.stay')}
        isDanger
        onConfirm={() => void giveUp()}
        onCancel={() => setAsking(false)}
      />
    </li>
  );
}
