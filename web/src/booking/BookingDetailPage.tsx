import './translations.js';
import './booking.css';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { bookingReads, calendarUrl } from '../api/booking.js';
import type { Booking } from '../api/booking-types.js';
import { useApi } from '../api/useApi.js';
import { Loaded } from '../components/StatusViews.js';
import { usePageTitle } from '../hooks/usePageTitle.js';
import { ticketHref } from '../queue/ticket-links.js';
import { MY_BOOKINGS_PATH } from './booking-links.js';
import { BookingPass } from './BookingPass.js';
import type { BookedState } from './SubmitBooking.js';

/**
 * /akun/janji/:id: one booking, where the booking page lands after success (with the booking
 * in the navigation state, so it shows at once), always read afresh as well: the browser keeps
 * that state across reloads, and a booking checked in since must not show as just made (someone
 * else's booking is a 404, shown as not found).
 */
export function BookingDetailPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const passed = readBookedState(location.state, id);
  const read = useApi(`booking:${id}`, (signal) => bookingReads.getMyBooking(id, signal));
  if (passed && read.status !== 'error') {
    const fresh = read.status === 'ready' ? read.data : passed.booking;
    // "Made" or "moved" is news only while the booking is still the one just made.
    const outcome = fresh.status === 'confirmed' && fresh.id === passed.booking.id ? passed.outcome : undefined;
    return <BookingDetail booking={fresh} outcome={outcome} />;
  }
  return <Loaded state={read}>{(booking) => <BookingDetail booking={booking} outcome={undefined} />}</Loaded>;
}

function readBookedState(state: unknown, id: string): BookedState | undefined {
  const candidate = state as Partial<BookedState> | null;
  return candidate?.booking?.id === id && candidate.outcome ? (candidate as BookedState) : undefined;
}

function BookingDetail({ booking, outcome }: { booking: Booking; outcome: BookedState['outcome'] | undefined }) {
  const { t } = useTranslation();
  const title =
    outcome === 'new' ? t('booking.done.new') : outcome === 'moved' ? t('booking.done.moved') : t('booking.done.title');
  usePageTitle(title);
  return (
    <article className="booking-detail">
      <h1>{title}</h1>
      {outcome ? (
        <p className="notice notice--success" role="status">
          {outcome === 'moved' ? t('booking.done.movedNote') : t('booking.done.newNote')}
        </p>
      ) : null}
      <BookingPass booking={booking} />
      <div className="actions">
        {booking.ticketId ? (
          <Link className="button button--primary" to={ticketHref(booking.ticketId)}>
            {t('booking.ticketLink')}
          </Link>
        ) : null}
        {booking.status === 'confirmed' ? (
          <a className="button" href={calendarUrl(booking.id)} download={`janji-temu-${booking.code}.ics`}>
            {t('booking.calendar')}
          </a>
        ) : null}
        <Link className="button" to={MY_BOOKINGS_PATH}>
          {t('booking.mine.title')}
        </Link>
      </div>
    </article>
  );
}
