import { useTranslation } from 'react-i18next';
import type { Booking } from '../api/booking-types.js';
import { formatDate } from '../format.js';
import { formatRangeWithZone } from './booking-format.js';
import { BookingCode } from './BookingCode.js';
import { CodeQr } from './CodeQr.js';

/**
 * A booking as it is shown at the MPP: the code large, its QR for the kiosk's scanner, what,
 * where and when (in the MPP's zone), and its status.
 */
export function BookingPass({ booking }: { booking: Booking }) {
  const { t, i18n } = useTranslation();
  const zone = booking.mpp?.timeZone ?? 'Asia/Jakarta';
  const isActive = booking.status === 'confirmed';
  return (
    <div className={`booking-pass booking-pass--${booking.status}`}>
      <p className="booking-pass__place">
        <strong>{booking.service.name}</strong>
        <br />
        {booking.tenant.shortName}
        {booking.mpp ? ` · ${booking.mpp.name}` : null}
      </p>
      <p className="booking-pass__when">
        {formatDate(booking.date, i18n.language)}
        <br />
        <strong className="booking-pass__time">
          {formatRangeWithZone(booking.startsAt, booking.endsAt, zone, i18n.language)}
        </strong>
      </p>
      <p>
        <span className="visually-hidden">{t('booking.statusLabel')}: </span>
        <span className={`status-pill booking-status booking-status--${booking.status}`}>
          {t(`booking.status.${booking.status}`)}
        </span>
      </p>
      <BookingCode code={booking.code} />
      {isActive ? (
        <>
          <CodeQr code={booking.code} label={t('booking.qrLabel', { code: booking.code })} />
          <p className="booking-pass__how">{t('booking.howToCheckIn')}</p>
        </>
      ) : null}
    </div>
  );
}
