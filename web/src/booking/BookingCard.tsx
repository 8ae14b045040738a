import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { bookingWrites, calendarUrl } from '../api/booking.js';
import type { Booking } from '../api/booking-types.js';
import { useSession } from '../auth/session-context.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { FormAlert } from '../components/form/FormAlert.js';
import { useSubmit } from '../components/form/useSubmit.js';
import { formatDate } from '../format.js';
import { ticketHref } from '../queue/ticket-links.js';
import { formatRangeWithZone, formatWhen, groupCode } from './booking-format.js';
import { bookingFlowHref, bookingHref } from './booking-links.js';
import { BookingCode } from './BookingCode.js';
import { CodeQr } from './CodeQr.js';

/**
 * One booking in my list: what, when, the code (its QR on demand, to keep a long list light),
 * and, while it is confirmed, moving and cancelling it before the cut-off, or why it can no
 * longer change.
 */
export function BookingCard({
  booking,
  isUpcoming,
  onCancelled,
}: {
  booking: Booking;
  isUpcoming: boolean;
  onCancelled: (booking: Booking) => void;
}) {
  const { t, i18n } = useTranslation();
  const { send } = useSession();
  const [isQrShown, setQrShown] = useState(false);
  const [isAsking, setAsking] = useState(false);
  const cancel = useSubmit();
  const qrId = useId();
  const zone = booking.mpp?.timeZone ?? 'Asia/Jakarta';
  const code = groupCode(booking.code);

  async function confirmCancel() {
    setAsking(false);
    const outcome = await cancel.run(() => bookingWrites(send).cancel(booking.id));
    if (outcome.ok) onCancelled(outcome.value);
  }

  return (
    <li className={isUpcoming ? 'card booking-card' : 'card booking-card booking-card--past'}>
      <h3 className="card__title">
        <Link to={bookingHref(booking.id)}>{booking.service.name}</Link>
      </h3>
      <p className="card__meta">
        {booking.tenant.shortName}
        {booking.mpp ? ` · ${booking.mpp.name}` : null}
      </p>
      <p className="booking-card__when">
        {formatDate(booking.date, i18n.language)}
        <br />
        <strong>{formatRangeWithZone(booking.startsAt, booking.endsAt, zone, i18n.language)}</strong>
      </p>
      <p>
        <span className="visually-hidden">{t('booking.statusLabel')}: </span>
        <span className={`status-pill booking-status booking-status--${booking.status}`}>
          {t(`booking.status.${booking.status}`)}
        </span>
      </p>
      {isUpcoming ? (
        <>
          <BookingCode code={booking.code} size="medium" />
          <div id={qrId} hidden={!isQrShown}>
            {isQrShown ? <CodeQr code={booking.code} label={t('booking.qrLabel', { code: booking.code })} /> : null}
          </div>
          <ChangeRule booking={booking} />
          <div className="actions">
            <button
              type="button"
              className="button button--small"
              aria-expanded={isQrShown}
              aria-controls={qrId}
              onClick={() => setQrShown((shown) => !shown)}
            >
              {isQrShown ? t('booking.mine.hideQr') : t('booking.mine.showQr')}
            </button>
            <a
              className="button button--small"
              href={calendarUrl(booking.id)}
              download={`janji-temu-${booking.code}.ics`}
              aria-label={t('booking.calendarFor', { code })}
            >
              {t('booking.calendar')}
            </a>
            {booking.canChange && booking.mpp ? (
              <Link
                className="button button--small"
                to={bookingFlowHref(booking.mpp.slug, booking.service.slug, { date: booking.date, move: booking.id })}
                aria-label={t('booking.mine.rescheduleLabel', { code })}
              >
                {t('booking.mine.reschedule')}
              </Link>
            ) : null}
            {booking.canChange ? (
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => setAsking(true)}
                disabled={cancel.isPending}
                aria-label={t('booking.mine.cancelLabel', { code })}
              >
                {t('booking.mine.cancel')}
              </button>
            ) : null}
          </div>
          <FormAlert error={cancel.error} fieldErrors={{}} />
          <ConfirmDialog
            isOpen={isAsking}
            title={t('booking.mine.cancelTitle', { code })}
            body={t('booking.mine.cancelBody', { when: formatWhen(booking.startsAt, zone, i18n.language) })}
            confirmLabel={t('booking.mine.cancelConfirm')}
            cancelLabel={t('booking.mine.keep')}
            isDanger
            onConfirm={() => void confirmCancel()}
            onCancel={() => setAsking(false)}
          />
        </>
      ) : (
        <>
          <p className="booking-card__code muted">
            {t('booking.codeLabel')}: <span className="mono">{code}</span>
          </p>
          {booking.ticketId ? (
            <p>
              <Link to={ticketHref(booking.ticketId)}>{t('booking.ticketLink')}</Link>
            </p>
          ) : null}
        </>
      )}
    </li>
  );
}

/** Until when it can change (the server's cut-off), or since when it no longer can. */
function ChangeRule({ booking }: { booking: Booking }) {
  const { t, i18n } = useTranslation();
  const zone = booking.mpp?.timeZone ?? 'Asia/Jakarta';
  const until = booking.changeableUntil ? formatWhen(booking.changeableUntil, zone, i18n.language) : undefined;
  if (booking.canChange) {
    return until ? <p className="booking-card__rule">{t('booking.mine.changeUntil', { when: until })}</p> : null;
  }
  return (
    <p className="booking-card__rule booking-card__rule--locked">
      {until ? t('booking.mine.lockedSince', { when: until }) : t('booking.mine.locked')}
    </p>
  );
}
