import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { zoneAbbreviation } from '../../../src/domain/time/zones.js';
import { bookingReads } from '../api/booking.js';
import type { Booking, Slot, SlotListing } from '../api/booking-types.js';
import { useApi } from '../api/useApi.js';
import { useSession } from '../auth/session-context.js';
import { LoadingView } from '../components/StatusViews.js';
import { formatDate } from '../format.js';
import { signInHref } from '../links.js';
import { formatDuration, formatSlotRange, formatWhen } from './booking-format.js';
import { SubmitBooking } from './SubmitBooking.js';

export type Move = { id: string; old: Booking | undefined };

/**
 * Step 2: what is about to be booked, the rules that come with it (when to check in, until when
 * it can change), and the button. Signing in happens here, on the way back to this same step.
 */
export function ConfirmStep({
  listing,
  slot,
  move,
  onBack,
  onChooseSlot,
}: {
  listing: SlotListing;
  slot: Slot;
  move: Move | undefined;
  onBack: () => void;
  onChooseSlot: (slot: Slot) => void;
}) {
  const { t, i18n } = useTranslation();
  const { mpp, service } = listing;
  const rules = useApi(`booking-rules:${mpp.slug}:${service.slug}`, () =>
    bookingReads.getScheduleOnce(mpp.slug, service.slug),
  );
  const zone = zoneAbbreviation(mpp.timeZone);
  return (
    <section className="booking-section" aria-labelledby="booking-confirm-heading">
      <h2 id="booking-confirm-heading">{move ? t('booking.confirm.titleMove') : t('booking.confirm.title')}</h2>
      <dl className="booking-summary">
        <div>
          <dt>{t('booking.confirm.service')}</dt>
          <dd>{service.name}</dd>
        </div>
        <div>
          <dt>{t('booking.confirm.place')}</dt>
          <dd>{mpp.name}</dd>
        </div>
        {move?.old ? (
          <div>
            <dt>{t('booking.confirm.from')}</dt>
            <dd>
              <s>{formatWhen(move.old.startsAt, mpp.timeZone, i18n.language)}</s>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{move ? t('booking.confirm.to') : t('booking.confirm.date')}</dt>
          <dd className="booking-summary__when">
            {formatDate(slot.date, i18n.language)}
            <br />
            <strong>
              {formatSlotRange(slot.starts, slot.ends, i18n.language)} {zone}
            </strong>
          </dd>
        </div>
      </dl>
      {rules.status === 'ready' ? (
        <ul className="booking-rules">
          <li>
            {t('booking.confirm.checkIn', {
              early: formatDuration(rules.data.checkInEarlyMinutes, t),
              late: formatDuration(rules.data.checkInLateMinutes, t),
            })}
          </li>
          <li>{t('booking.confirm.cutoff', { time: formatDuration(rules.data.changeCutoffMinutes, t) })}</li>
          {move ? <li>{t('booking.confirm.newCode')}</li> : null}
        </ul>
      ) : null}
      {slot.state === 'open' ? (
        <Action listing={listing} slot={slot} move={move} onChooseSlot={onChooseSlot} />
      ) : (
        <p className="notice">{t(`booking.confirm.notOpen.${slot.state}`)}</p>
      )}
      <p>
        <button type="button" className="button button--link" onClick={onBack}>
          {t('booking.confirm.changeSlot')}
        </button>
      </p>
    </section>
  );
}

/** Who may book: a signed-in citizen (with a verified NIK, which the server checks again). */
function Action({
  listing,
  slot,
  move,
  onChooseSlot,
}: {
  listing: SlotListing;
  slot: Slot;
  move: Move | undefined;
  onChooseSlot: (slot: Slot) => void;
}) {
  const { t } = useTranslation();
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <LoadingView />;
  if (state.status === 'signed_out') {
    return (
      <div className="booking-action">
        <p>{t('booking.confirm.signInHint')}</p>
        <Link
          className="button button--primary button--wrap button--block"
          to={signInHref(`${location.pathname}${location.search}`)}
        >
          {t('booking.confirm.signIn')}
        </Link>
      </div>
    );
  }
  const { account } = state.session;
  if (account.kind !== 'citizen') return <p className="notice">{t('booking.confirm.staff')}</p>;
  return (
    <div className="booking-action">
      <SubmitBooking
        key={slot.key}
        listing={listing}
        slot={slot}
        move={move}
        csrfToken={state.session.csrfToken}
        isNikVerified={account.profile?.nikVerification?.status === 'match'}
        onChooseSlot={onChooseSlot}
      />
    </div>
  );
}
