import './translations.js';
import './booking.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { bookingReads } from '../api/booking.js';
import type { Booking } from '../api/booking-types.js';
import { useApi } from '../api/useApi.js';
import { SavedNote } from '../components/form/FormAlert.js';
import { Loaded } from '../components/StatusViews.js';
import { usePageTitle } from '../hooks/usePageTitle.js';
import { BookingCard } from './BookingCard.js';
import { splitBookings } from './booking-lists.js';

/** /akun/janji: the citizen's appointments, coming up and past, with what can still be done. */
export function MyBookingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('booking.mine.title'));
  const [version, setVersion] = useState(0);
  const [note, setNote] = useState<string | null>(null);
  const mine = useApi(`booking-mine:${version}`, (signal) => bookingReads.listMyBookings(signal));
  return (
    <>
      <h1>{t('booking.mine.title')}</h1>
      <p>{t('booking.mine.intro')}</p>
      <SavedNote message={note} />
      <Loaded state={mine} isInline>
        {(items) => (
          <BookingLists
            items={items}
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

function BookingLists({ items, onCancelled }: { items: Booking[]; onCancelled: (booking: Booking) => void }) {
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
