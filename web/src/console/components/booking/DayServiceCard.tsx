import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TimeZone } from '../../../api/types.js';
import type { DayBooking, DayService } from '../../api/booking.js';
import { BookingsTable } from './BookingsTable.js';
import { SlotStrip } from './SlotStrip.js';
import { UtilisationBar } from './UtilisationBar.js';

/** One service's appointments on the day: how full, who came, the slots, and the list. */
export function DayServiceCard({
  entry,
  mppSlug,
  date,
  timeZone,
  canCheckIn,
  pendingCode,
  onCheckIn,
}: {
  entry: DayService;
  mppSlug: string;
  date: string;
  timeZone: TimeZone;
  canCheckIn: boolean;
  pendingCode: string | null;
  onCheckIn: (booking: DayBooking) => void;
}) {
  const { t } = useTranslation();
  const titleId = `booking-service-${entry.service.id}`;
  const schedulePath = `/janji/${encodeURIComponent(mppSlug)}/jadwal/${encodeURIComponent(entry.service.slug)}?date=${date}`;
  return (
    <section className="booking-card" aria-labelledby={titleId}>
      <header className="booking-card__header">
        <div>
          <h2 id={titleId} className="booking-card__title">
            {entry.service.name}
          </h2>
          <p className="booking-card__tenant">{entry.tenant.shortName}</p>
        </div>
        <Link
          to={schedulePath}
          className="button button--small"
          aria-label={t('console.booking.day.scheduleLinkLabel', { service: entry.service.name })}
        >
          {t('console.booking.day.scheduleLink')}
        </Link>
      </header>
      {entry.closedReason ? (
        <p className="notice notice--warning booking-card__closed">
          {t('console.booking.day.closedDay', { reason: entry.closedReason })}
        </p>
      ) : null}
      <div className="booking-card__figures">
        <UtilisationBar booked={entry.booked} seats={entry.seats} />
        <dl className="booking-counts">
          <div>
            <dt>{t('console.booking.day.checkedIn')}</dt>
            <dd>{entry.checkedIn}</dd>
          </div>
          <div>
            <dt>{t('console.booking.day.noShows')}</dt>
            <dd>{entry.noShows}</dd>
          </div>
          <div>
            <dt>{t('console.booking.day.cancelled')}</dt>
            <dd>{entry.cancelled}</dd>
          </div>
        </dl>
      </div>
      <h3 className="visually-hidden">{t('console.booking.day.slotsTitle')}</h3>
      <SlotStrip slots={entry.slots} label={t('console.booking.day.slotsOf', { service: entry.service.name })} />
      <h3 className="booking-card__subtitle">
        {t('console.booking.day.bookingsTitle', { count: entry.bookings.length })}
      </h3>
      <BookingsTable
        bookings={entry.bookings}
        caption={t('console.booking.day.bookingsCaption', { service: entry.service.name })}
        timeZone={timeZone}
        canCheckIn={canCheckIn}
        pendingCode={pendingCode}
        onCheckIn={onCheckIn}
      />
    </section>
  );
}
