import './translations.js';
import './booking.css';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { bookingReads } from '../api/booking.js';
import type { Booking, WaitlistEntry } from '../api/booking-types.js';
import { type Loadable, useApi } from '../api/useApi.js';
import { SavedNote } from '../components/form/FormAlert.js';
import { ErrorView, Loaded } from '../components/StatusViews.js';
import { formatDate } from '../format.js';
import { usePageTitle } from '../hooks/usePageTitle.js';
import { BookingCard } from './BookingCard.js';
import { splitBookings } from './booking-lists.js';
import { waitlistPhase } from './waitlist.js';
import { WaitlistSection } from './WaitlistSection.js';

/**
 * /akun/janji: the citizen's appointments, coming up and past, with what can still be done, and
 * their places on waitlists. A seat held for them cannot wait, so when there is one the
 * waitlist comes first (the message about it links here).
 */
export function MyBookingsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('booking.mine.title'));
  const [version, setVersion] = useState(0);
  const [waitVersion, setWaitVersion] = useState(0);
  const [note, setNote] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const mine = useApi(`booking-mine:${version}`, (signal) => bookingReads.listMyBookings(signal));
  const waitlist = useApi(`booking-waitlist:${waitVersion}`, (signal) => bookingReads.listMyWaitlist(signal));
  const now = new Date();
  const hasOffer = waitlist.status === 'ready' && waitlist.data.some((e) => waitlistPhase(e, now) === 'offered');

  function reloadWaitlist(message: string | null, isAlert = false) {
    setNote(isAlert ? null : message);
    setAlert(isAlert ? message : null);
    setWaitVersion((v) => v + 1);
  }

  const waitlistSection = (
    <MyWaitlist
      state={waitlist}
      now={now}
      onGone={(isRefused) => reloadWaitlist(isRefused ? t('booking.waitlist.failure.offerGone') : null, true)}
      onDeclined={() => reloadWaitlist(t('booking.waitlist.offer.declined'))}
      onLeft={(entry) => reloadWaitlist(t('booking.waitlist.left', { date: formatDate(entry.date, i18n.language) }))}
    />
  );
  return (
    <>
      <h1>{t('booking.mine.title')}</h1>
      <p>{t('booking.mine.intro')}</p>
      <SavedNote message={note} />
      {alert ? (
        <p className="notice notice--error" role="alert">
          {alert}
        </p>
      ) : null}
      {hasOffer ? waitlistSection : null}
      <Loaded state={mine} isInline>
        {(items) => (
          <BookingLists
            items={items}
            waitlist={hasOffer ? null : waitlistSection}
            onCancelled={(booking) => {
              setNote(t('booking.mine.cancelled', { code: booking.code }));
              setVersion((v) => v + 1);
            }}
          />
        )}
      </Loaded>
    </>
  );
}

/** The waitlist section once read and not empty; a failed read says so without hiding the bookings. */
function MyWaitlist({
  state,
  now,
  onGone,
  onDeclined,
  onLeft,
}: {
  state: Loadable<WaitlistEntry[]>;
  now: Date;
  onGone: (isRefused: boolean) => void;
  onDeclined: () => void;
  onLeft: (entry: WaitlistEntry) => void;
}) {
  if (state.status === 'error') return <ErrorView error={state.error} isInline />;
  if (state.status !== 'ready' || state.data.length === 0) return null;
  return <WaitlistSection entries={state.data} now={now} onGone={onGone} onDeclined={onDeclined} onLeft={onLeft} />;
}

/** Coming up, then (when no seat is held) the waitlist, then the history. */
function BookingLists({
  items,
  waitlist,
  onCancelled,
}: {
  items: Booking[];
  waitlist: ReactNode;
  onCancelled: (booking: Booking) => void;
}) {
  const { t } = useTranslation();
  const { upcoming, past } = splitBookings(items, new Date());
  return (
    <>
      <section className="section" aria-labelledby="bookings-upcoming">
        <h2 id="bookings-upcoming">{t('booking.mine.upcoming')}</h2>
        {upcoming.length === 0 ? (
          <div className="notice">
            <p>{t('booking.mine.noneUpcoming')}</p>
            <Link to="/cari">{t('booking.mine.findService')}</Link>
          </div>
        ) : (
          <ul className="cards cards--single">
            {upcoming.map((booking) => (
              <BookingCard key={booking.id} booking={booking} isUpcoming onCancelled={onCancelled} />
            ))}
          </ul>
        )}
      </section>
      {waitlist}
      {past.length > 0 ? (
        <section className="section" aria-labelledby="bookings-past">
          <h2 id="bookings-past">{t('booking.mine.past')}</h2>
          <ul className="cards cards--single">
            {past.map((booking) => (
              <BookingCard key={booking.id} booking={booking} isUpcoming={false} onCancelled={onCancelled} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
