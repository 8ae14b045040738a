import { useTranslation } from 'react-i18next';
import type { TimeZone } from '../../../api/types.js';
import { formatTimeIn } from '../../../queue/format-time.js';
import type { DayBooking } from '../../api/booking.js';
import { clockText } from './booking-dates.js';
import { sortBookings } from './day-view.js';

/**
 * The day's bookings of one service, by time; a confirmed one can be checked in from here. A
 * late check-in is marked beside its time (one column less: the table fits a tablet).
 */
export function BookingsTable({
  bookings,
  caption,
  timeZone,
  canCheckIn,
  pendingCode,
  onCheckIn,
}: {
  bookings: DayBooking[];
  caption: string;
  timeZone: TimeZone;
  canCheckIn: boolean;
  pendingCode: string | null;
  onCheckIn: (booking: DayBooking) => void;
}) {
  const { t, i18n } = useTranslation();
  if (bookings.length === 0) return <p className="muted">{t('console.booking.day.noBookings')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table booking-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.booking.day.time')}</th>
            <th scope="col">{t('console.booking.day.code')}</th>
            <th scope="col">{t('console.booking.day.citizen')}</th>
            <th scope="col">{t('console.booking.day.status')}</th>
            <th scope="col">{t('console.booking.day.checkedInAt')}</th>
            {canCheckIn ? (
              <th scope="col">
                <span className="visually-hidden">{t('console.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {sortBookings(bookings).map((booking) => (
            <tr key={booking.id} className={`booking-row booking-row--${booking.status}`}>
              <td className="num">{clockText(booking.starts, i18n.language)}</td>
              <td className="mono">{booking.code}</td>
              <th scope="row">{booking.citizenName}</th>
              <td>
                <span className={`status-chip booking-status--${booking.status}`}>
                  {t(`console.booking.status.${booking.status}`)}
                </span>
              </td>
              <td>
                {booking.checkedInAt ? formatTimeIn(booking.checkedInAt, timeZone, i18n.language) : '—'}
                {booking.late ? <span className="badge badge--late">{t('console.booking.day.late')}</span> : null}
              </td>
              {canCheckIn ? (
                <td>
                  {booking.status === 'confirmed' ? (
                    <button
                      type="button"
                      className="button button--small"
                      disabled={pendingCode !== null}
                      aria-label={t('console.booking.day.checkInLabel', {
                        name: booking.citizenName,
                        code: booking.code,
                      })}
                      onClick={() => onCheckIn(booking)}
                    >
                      {pendingCode === booking.code
                        ? t('console.booking.day.checkingIn')
                        : t('console.booking.day.checkIn')}
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
