import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { signInHref } from '../links.js';
import { MY_BOOKINGS_PATH, PROFILE_PATH } from './booking-links.js';
import type { WaitlistFailure } from './waitlist-failure.js';

/**
 * Why joining the line did not happen, and the way on: the day's free times when a seat came
 * back, the profile for a NIK, my bookings when that day is booked already, signing in again
 * (back to this date), a retry. It takes focus when it appears, so a screen reader says it.
 */
export function WaitlistFailureNote({
  failure,
  signInBack,
  onSeatsFreed,
  onRetry,
}: {
  failure: WaitlistFailure;
  signInBack: string;
  onSeatsFreed: () => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const isSeatBack = failure.kind === 'has_seats';
  return (
    <div
      ref={ref}
      className={isSeatBack ? 'notice notice--success' : 'notice notice--error booking-failure'}
      role="alert"
      tabIndex={-1}
    >
      <p>{messageOf(failure, t)}</p>
      {failure.kind === 'has_seats' ? (
        <button type="button" className="button button--primary button--wrap" onClick={onSeatsFreed}>
          {t('booking.waitlist.failure.showSeats')}
        </button>
      ) : null}
      {failure.kind === 'nik_required' ? (
        <Link className="button button--wrap" to={PROFILE_PATH}>
          {t('booking.confirm.completeProfile')}
        </Link>
      ) : null}
      {failure.kind === 'has_booking' ? <Link to={MY_BOOKINGS_PATH}>{t('booking.failure.myBookings')}</Link> : null}
      {failure.kind === 'signed_out' ? (
        <Link className="button button--wrap" to={signInHref(signInBack)}>
          {t('booking.waitlist.signIn')}
        </Link>
      ) : null}
      {failure.kind === 'busy' || failure.kind === 'network' ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('booking.failure.tryAgain')}
        </button>
      ) : null}
    </div>
  );
}

function messageOf(failure: WaitlistFailure, t: ReturnType<typeof useTranslation>['t']): string {
  switch (failure.kind) {
    case 'has_seats':
      return t('booking.waitlist.failure.hasSeats');
    case 'offer_gone':
      return t('booking.waitlist.failure.offerGone');
    case 'signed_out':
      return t('booking.failure.signedOut');
    case 'network':
      return t('error.network');
    // The join shows the place already held instead; should it arrive here, it is still true.
    case 'already_waiting':
      return t('booking.waitlist.joined');
    case 'other':
      return failure.message ?? t('error.generic');
    case 'nik_required':
    case 'not_yet_open':
    case 'busy':
    case 'has_booking':
      return failure.message;
  }
}
