import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { useAccount } from '../../auth/session-context.js';
import { Loaded } from '../../components/StatusViews.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { BookingDayView } from '../components/booking/BookingDayView.js';
import { localDateOf } from '../components/booking/booking-dates.js';
import { DateNav } from '../components/booking/DateNav.js';
import { ScheduleChooser } from '../components/booking/ScheduleChooser.js';
import { useBookingMpps } from '../components/booking/useBookingMpps.js';
import { MppPicker } from '../components/MppPicker.js';
import { canManageBookingAt } from '../permissions.js';

/**
 * /console/janji?mpp=…&date=…: the day's appointments at an MPP, per service, for officers at the
 * desk and the MPP's manager. "Today" is the MPP's own date, as the server tells it.
 */
export function BookingDayPage() {
  const { t } = useTranslation();
  usePageTitle(t('console.booking.day.title'));
  const account = useAccount();
  const [searchParams, setSearchParams] = useSearchParams();
  const mpps = useBookingMpps();
  const chosen =
    searchParams.get('mpp') ?? (mpps.status === 'ready' && mpps.data.length === 1 ? (mpps.data[0]?.slug ?? '') : '');
  const mpp = useApi(chosen ? `mpp:${chosen}` : null, (signal) => api.getMpp(chosen, signal));
  const setParams = (next: { mpp?: string; date?: string }) => {
    const params: Record<string, string> = {};
    const slug = next.mpp ?? chosen;
    if (slug) params.mpp = slug;
    if (next.date) params.date = next.date;
    setSearchParams(params);
  };

  return (
    <>
      <h1>{t('console.booking.day.title')}</h1>
      <MppPicker mpps={mpps} value={chosen} onChange={(slug) => setParams({ mpp: slug })} />
      {chosen ? (
        <Loaded state={mpp} isInline>
          {(data) => {
            const today = localDateOf(data.localNow);
            const date = searchParams.get('date') ?? today;
            return (
              <>
                <DateNav
                  date={date}
                  today={today}
                  onChange={(next) => setParams({ date: next === today ? '' : next })}
                />
                <BookingDayView key={`${data.id}:${date}`} mpp={data} date={date} isToday={date === today} />
                {canManageBookingAt(account, data.id) ? <ScheduleChooser mpp={data} /> : null}
              </>
            );
          }}
        </Loaded>
      ) : null}
    </>
  );
}
