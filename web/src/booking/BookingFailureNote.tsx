import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { BookingMpp, Slot } from '../api/booking-types.js';
import { signInHref } from '../links.js';
import { dayParts, formatSlotRange, formatWhen } from './booking-format.js';
import type { BookingFailure } from './booking-failure.js';
import { MY_BOOKINGS_PATH, PROFILE_PATH } from './booking-links.js';

/**
 * Why the booking did not happen, and the way on: the free slots nearest a full one (each one
 * tap), the profile for a NIK, a retry after a busy moment or a lost connection. It takes focus
 * when it appears, so a screen reader announces it.
 */
export function BookingFailureNote({
  failure,
  mpp,
  onChooseSlot,
  onRetry,
}: {
  failure: BookingFailure;
  mpp: BookingMpp;
  onChooseSlot: (slot: Slot) => void;
  onRetry: () => void;
}) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="notice notice--error booking-failure" role="alert" tabIndex={-1}>
      {failure.kind === 'full' ? (
        <>
          <p>{failure.alternatives.length > 0 ? t('booking.failure.full') : t('booking.failure.fullNoAlternatives')}</p>
          {failure.alternatives.length > 0 ? (
            <ul className="slot-grid slot-grid--alternatives" aria-label={t('booking.failure.alternatives')}>
              {failure.alternatives.map((slot) => {
                const day = dayParts(slot.date, i18n.language);
                return (
                  <li key={slot.key}>
                    <button type="button" className="slot slot--open" onClick={() => onChooseSlot(slot)}>
                      <span className="slot__day">
                        {day.weekday} {day.day}
                      </span>
                      <span className="slot__time">{formatSlotRange(slot.starts, slot.ends, i18n.language)}</span>
                      <span className="slot__state">{t('booking.slot.seatsLeft', { count: slot.seatsLeft })}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : null}
        </>
      ) : null}
      {failure.kind === 'nik_required' ? (
        <>
          <p>{failure.message}</p>
          <p>
            <Link className="button button--wrap" to={PROFILE_PATH}>
              {t('booking.confirm.completeProfile')}
            </Link>
          </p>
        </>
      ) : null}
      {failure.kind === 'not_yet_open' ? (
        <p>
          {failure.opensAt
            ? t('booking.failure.notYetOpen', { when: formatWhen(failure.opensAt, mpp.timeZone, i18n.language) })
            : failure.message}
        </p>
      ) : null}
      {failure.kind === 'has_booking' ? (
        <>
          <p>{failure.message}</p>
          <p>
            <Link to={MY_BOOKINGS_PATH}>{t('booking.failure.myBookings')}</Link>
          </p>
        </>
      ) : null}
      {failure.kind === 'signed_out' ? (
        <>
          <p>{t('booking.failure.signedOut')}</p>
          <p>
            <Link className="button button--wrap" to={signInHref(`${location.pathname}${location.search}`)}>
              {t('booking.confirm.signIn')}
            </Link>
          </p>
        </>
      ) : null}
      {failure.kind === 'busy' || failure.kind === 'network' ? (
        <>
          <p>{failure.kind === 'busy' ? t('booking.failure.busyAgain') : t('error.network')}</p>
          <p>
            <button type="button" className="button" onClick={onRetry}>
              {t('booking.failure.tryAgain')}
            </button>
          </p>
        </>
      ) : null}
      {failure.kind === 'other' ? <p>{failure.message ?? t('error.generic')}</p> : null}
    </div>
  );
}
