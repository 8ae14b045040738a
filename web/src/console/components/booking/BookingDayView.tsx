import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MppDetail } from '../../../api/types.js';
import { useAccount, useSession } from '../../../auth/session-context.js';
import { problemMessage } from '../../../components/form/problems.js';
import { ErrorView, LoadingView } from '../../../components/StatusViews.js';
import { formatDateIn, formatTimeIn } from '../../../queue/format-time.js';
import { syncServerClock } from '../../../queue/server-clock.js';
import { bookingWrites, type CheckInResult, type DayBooking } from '../../api/booking.js';
import { can } from '../../permissions.js';
import { dateForFormat } from './booking-dates.js';
import { CheckedInDialog } from './CheckedInDialog.js';
import { CheckInByCode } from './CheckInByCode.js';
import { DayServiceCard } from './DayServiceCard.js';
import { useBookingDay } from './useBookingDay.js';

/** One MPP's appointments on one date: per service how full, who came, and check-in at the desk. */
export function BookingDayView({ mpp, date, isToday }: { mpp: MppDetail; date: string; isToday: boolean }) {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  const { send } = useSession();
  // "Updated at" in the MPP's time even when the counter PC's clock is off.
  useEffect(() => syncServerClock(mpp.localNow), [mpp.localNow]);
  const { day, error, updatedAt, reload } = useBookingDay(mpp.slug, date);
  const canCheckIn = can(account, 'queue.ticket.issue');
  const [pendingCode, setPendingCode] = useState<string | null>(null);
  const [checkInError, setCheckInError] = useState<unknown>(null);
  const [checkedIn, setCheckedIn] = useState<{ result: CheckInResult; name: string | undefined } | null>(null);

  async function checkIn(code: string, name?: string): Promise<boolean> {
    setPendingCode(code);
    setCheckInError(null);
    try {
      const result = await bookingWrites(send).checkIn(mpp.slug, code);
      setCheckedIn({ result, name });
      void reload();
      return true;
    } catch (caught) {
      setCheckInError(caught);
      return false;
    } finally {
      setPendingCode(null);
    }
  }

  const dateText = formatDateIn(dateForFormat(date), mpp.timeZone, i18n.language);
  return (
    <>
      <div className="booking-day__head">
        <h2 className="booking-day__date">
          {dateText}
          {isToday ? (
            <span className="badge badge--open booking-day__today">{t('console.booking.day.today')}</span>
          ) : null}
        </h2>
        <p className="live-status">
          <span className={error ? 'desk-live desk-live--problem' : 'desk-live'} role="status">
            {error && day ? t('console.booking.day.refreshFailed') : t('console.booking.day.autoRefresh')}
          </span>
          {updatedAt ? (
            <span className="muted">
              {t('console.booking.day.updated', { time: formatTimeIn(updatedAt, mpp.timeZone, i18n.language, true) })}
            </span>
          ) : null}
        </p>
      </div>
      {canCheckIn && isToday ? (
        <CheckInByCode isPending={pendingCode !== null} onCheckIn={(code) => checkIn(code)} />
      ) : null}
      {checkInError ? (
        <div className="notice notice--error" role="alert">
          <p className="form-alert__title">{t('console.booking.checkIn.failed')}</p>
          <p>{problemMessage(checkInError, t)}</p>
        </div>
      ) : null}
      {day ? (
        day.services.length === 0 ? (
          <p className="notice">{t('console.booking.day.noServices')}</p>
        ) : (
          <div className="booking-cards">
            {day.services.map((entry) => (
              <DayServiceCard
                key={entry.service.id}
                entry={entry}
                mppSlug={mpp.slug}
                date={date}
                timeZone={mpp.timeZone}
                canCheckIn={canCheckIn}
                pendingCode={pendingCode}
                onCheckIn={(booking: DayBooking) => void checkIn(booking.code, booking.citizenName)}
              />
            ))}
          </div>
        )
      ) : error ? (
        <ErrorView error={error} isInline />
      ) : (
        <LoadingView />
      )}
      {checkedIn ? (
        <CheckedInDialog result={checkedIn.result} citizenName={checkedIn.name} onClose={() => setCheckedIn(null)} />
      ) : null}
    </>
  );
}
