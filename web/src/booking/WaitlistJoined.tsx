import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WaitlistEntry, WaitlistOffer } from '../api/booking-types.js';
import { formatTimeWithZone } from './booking-format.js';
import { MY_BOOKINGS_PATH } from './booking-links.js';
import { OFFER_MINUTES } from './waitlist.js';
import { WaitlistPosition } from './WaitlistPosition.js';

/**
 * A place in the line of the day on screen: just joined (said, and focused, since the button
 * pressed is gone) or joined before; where it stands, and what happens next.
 */
export function WaitlistJoined({ entry, isNew }: { entry: WaitlistEntry; isNew: boolean }) {
  const { t } = useTranslation();
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (isNew) said.current?.focus();
  }, [isNew]);
  return (
    <div className="waitlist-joined">
      {isNew ? (
        <p ref={said} className="notice notice--success" role="status" tabIndex={-1}>
          {t('booking.waitlist.joined')}
        </p>
      ) : null}
      {entry.position !== null ? <WaitlistPosition position={entry.position} /> : null}
      <ul className="booking-rules">
        <li>{t('booking.waitlist.next.told', { minutes: OFFER_MINUTES })}</li>
        <li>{t('booking.waitlist.next.take')}</li>
        <li>{t('booking.waitlist.next.none')}</li>
      </ul>
      <p>
        <Link to={MY_BOOKINGS_PATH}>{t('booking.waitlist.seeMine')}</Link>
      </p>
    </div>
  );
}

/** A seat of this day is already held for the citizen: it is taken in my bookings. */
export function WaitlistHeldHere({ entry, offer }: { entry: WaitlistEntry; offer: WaitlistOffer }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="notice notice--success">
      <p>
        {t('booking.waitlist.heldHere', {
          time: formatTimeWithZone(offer.expiresAt, entry.mpp.timeZone, i18n.language),
        })}
      </p>
      <Link className="button button--primary button--wrap" to={MY_BOOKINGS_PATH}>
        {t('booking.waitlist.takeInMine')}
      </Link>
    </div>
  );
}
