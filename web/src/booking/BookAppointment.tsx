import './entry-translations.js';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { bookingReads } from '../api/booking.js';
import { useApi } from '../api/useApi.js';
import { bookingFlowHref } from './booking-links.js';

/**
 * "Buat janji temu" for a service at one MPP, shown only when the service takes appointments
 * there. Its rules are asked for (a few hundred bytes) rather than two weeks of slots: the
 * answer is the same 404 `booking.not_bookable` when it does not, and a slow phone is spared
 * the listing until the citizen opens the booking page. Any failure shows nothing.
 */
export function BookAppointment({ mppSlug, serviceSlug }: { mppSlug: string; serviceSlug: string }) {
  const { t } = useTranslation();
  const schedule = useApi(`booking-rules:${mppSlug}:${serviceSlug}`, (signal) =>
    bookingReads.getSchedule(mppSlug, serviceSlug, signal),
  );
  if (schedule.status !== 'ready' || !schedule.data.isEnabled) return null;
  return (
    <>
      <h2 className="subheading">{t('bookingEntry.title')}</h2>
      <p>{t('bookingEntry.intro', { count: schedule.data.windowDays })}</p>
      <p>
        <Link className="button button--wrap" to={bookingFlowHref(mppSlug, serviceSlug)}>
          {t('bookingEntry.book')}
        </Link>
      </p>
    </>
  );
}
