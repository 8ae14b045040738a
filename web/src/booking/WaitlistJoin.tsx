import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { bookingReads, bookingWrites } from '../api/booking.js';
import type { SlotListing, WaitlistEntry } from '../api/booking-types.js';
import { useApi } from '../api/useApi.js';
import { useSession } from '../auth/session-context.js';
import { LoadingView } from '../components/StatusViews.js';
import { signInHref } from '../links.js';
import { bookingFlowHref } from './booking-links.js';
import { findActivePlace, OFFER_MINUTES } from './waitlist.js';
import { readWaitlistFailure, type WaitlistFailure } from './waitlist-failure.js';
import { NikNeededNotice } from './NikNeededNotice.js';
import { WaitlistFailureNote } from './WaitlistFailureNote.js';
import { WaitlistHeldHere, WaitlistJoined } from './WaitlistJoined.js';

/**
 * Under a full day: its waitlist, what happens on it, and the way on. Signed out, signing in
 * comes back to this date; signed in, the citizen's own place in this line is shown when they
 * have one (a reload, a second visit), else the button to join.
 */
export function WaitlistJoin({
  listing,
  date,
  onSeatsFreed,
}: {
  listing: SlotListing;
  date: string;
  /** The server says the day has a seat again: read its slots anew. */
  onSeatsFreed: () => void;
}) {
  const { t } = useTranslation();
  const { state } = useSession();
  const headingId = useId();
  const back = bookingFlowHref(listing.mpp.slug, listing.service.slug, { date });
  return (
    <section className="waitlist-join" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('booking.waitlist.title')}</h3>
      {state.status === 'loading' ? <LoadingView /> : null}
      {state.status === 'signed_out' ? (
        <>
          <WaitlistHow />
          <p className="muted">{t('booking.waitlist.signInHint')}</p>
          <Link className="button button--primary button--wrap button--block" to={signInHref(back)}>
            {t('booking.waitlist.signIn')}
          </Link>
        </>
      ) : null}
      {state.status === 'signed_in' && state.session.account.kind !== 'citizen' ? (
        <p className="notice">{t('booking.waitlist.staff')}</p>
      ) : null}
      {state.status === 'signed_in' && state.session.account.kind === 'citizen' ? (
        <CitizenJoin
          key={date}
          listing={listing}
          date={date}
          isNikVerified={state.session.account.profile?.nikVerification?.status === 'match'}
          signInBack={back}
          onSeatsFreed={onSeatsFreed}
        />
      ) : null}
    </section>
  );
}

function WaitlistHow() {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('booking.waitlist.how')}</p>
      <p>{t('booking.waitlist.howTold', { minutes: OFFER_MINUTES })}</p>
    </>
  );
}

function CitizenJoin({
  listing,
  date,
  isNikVerified,
  signInBack,
  onSeatsFreed,
}: {
  listing: SlotListing;
  date: string;
  /** From the profile as this page read it; the server checks again. */
  isNikVerified: boolean;
  signInBack: string;
  onSeatsFreed: () => void;
}) {
  const { t } = useTranslation();
  const { send } = useSession();
  const [version, setVersion] = useState(0);
  const [joined, setJoined] = useState<WaitlistEntry | null>(null);
  const [failure, setFailure] = useState<WaitlistFailure | null>(null);
  const [isPending, setPending] = useState(false);
  const at = { mppId: listing.mpp.id, serviceId: listing.service.id, date };
  const mine = useApi(joined ? null : `booking-waitlist:${version}`, (signal) => bookingReads.listMyWaitlist(signal));
  // A failed read of my places hides nothing: a second join is refused, and then read again.
  const place = joined ?? (mine.status === 'ready' ? findActivePlace(mine.data, at) : undefined);

  async function join() {
    setPending(true);
    setFailure(null);
    try {
      setJoined(await bookingWrites(send).joinWaitlist(at));
    } catch (error) {
      const read = readWaitlistFailure(error);
      if (read.kind === 'already_waiting') setVersion((v) => v + 1);
      else setFailure(read);
    } finally {
      setPending(false);
    }
  }

  if (!joined && mine.status === 'loading') return <LoadingView />;
  if (place?.status === 'offered' && place.offer) return <WaitlistHeldHere entry={place} offer={place.offer} />;
  if (place?.status === 'waiting') return <WaitlistJoined entry={place} isNew={joined !== null} />;
  return (
    <>
      <WaitlistHow />
      {/* Said before the press; after a refusal for it, the refusal says it. */}
      {isNikVerified || failure?.kind === 'nik_required' ? null : <NikNeededNotice />}
      {failure?.kind === 'has_seats' ? null : (
        <button
          type="button"
          className="button button--primary button--wrap button--block"
          disabled={isPending}
          onClick={() => void join()}
        >
          {isPending ? t('booking.waitlist.joining') : t('booking.waitlist.join')}
        </button>
      )}
      {failure ? (
        <WaitlistFailureNote
          failure={failure}
          signInBack={signInBack}
          onSeatsFreed={onSeatsFreed}
          onRetry={() => void join()}
        />
      ) : null}
    </>
  );
}
