import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, api } from '../../api/client.js';
import type { MppDetail } from '../../api/types.js';
import { useApi } from '../../api/useApi.js';
import { useAccount, useSession } from '../../auth/session-context.js';
import { SavedNote } from '../../components/form/FormAlert.js';
import { Loaded, LoadingView } from '../../components/StatusViews.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { formatDateIn, formatTimeIn } from '../../queue/format-time.js';
import { bookingReads, bookingWrites, type Schedule, type ScheduleInput } from '../api/booking.js';
import { ScheduleCalendar } from '../components/booking/ScheduleCalendar.js';
import { ScheduleForm } from '../components/booking/ScheduleForm.js';
import { SchedulePreview } from '../components/booking/SchedulePreview.js';
import { scheduleDraftOf } from '../components/booking/schedule-draft.js';
import { canManageBookingAt } from '../permissions.js';

/** A service without a schedule at the MPP: the server answers 404 booking.not_bookable. */
async function findSchedule(mpp: string, service: string, signal: AbortSignal): Promise<Schedule | null> {
  try {
    return await bookingReads.getSchedule(mpp, service, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404 && error.problem.code === 'booking.not_bookable') return null;
    throw error;
  }
}

/**
 * /console/janji/:mpp/jadwal/:service: a service's appointment rules at an MPP and two weeks of
 * its calendar. The MPP's manager edits both; officers and others read them.
 */
export function BookingSchedulePage() {
  const { mpp: mppRef = '', service: serviceRef = '' } = useParams();
  const mpp = useApi(`mpp:${mppRef}`, (signal) => api.getMpp(mppRef, signal));
  const schedule = useApi(`schedule:${mppRef}:${serviceRef}`, (signal) => findSchedule(mppRef, serviceRef, signal));
  return (
    <Loaded state={mpp}>
      {(place) => (
        <Loaded state={schedule}>
          {(found) => (
            <ScheduleScreen key={`${place.id}:${serviceRef}`} mpp={place} serviceRef={serviceRef} initial={found} />
          )}
        </Loaded>
      )}
    </Loaded>
  );
}

/**
 * The rules fold into what they mean for citizens once a schedule exists (the calendar is the
 * daily work); a manager unfolds them to change them. A save keeps the page (and the calendar)
 * as it is and takes the schedule the server answered.
 */
function ScheduleScreen({
  mpp,
  serviceRef,
  initial,
}: {
  mpp: MppDetail;
  serviceRef: string;
  initial: Schedule | null;
}) {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  const { send } = useSession();
  const [searchParams] = useSearchParams();
  const [schedule, setSchedule] = useState(initial);
  const [isOpen, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const canManage = canManageBookingAt(account, mpp.id);
  // Without a schedule the name comes from the catalogue.
  const service = useApi(initial ? null : `service:${serviceRef}`, (signal) => api.getService(serviceRef, signal));
  const serviceName = schedule?.service.name ?? (service.status === 'ready' ? service.data.name : serviceRef);
  const isNameLoading = !schedule && service.status === 'loading';
  usePageTitle(t('console.booking.schedule.pageTitle', { service: serviceName }));
  const date = searchParams.get('date');
  const dayLink = `/janji?mpp=${encodeURIComponent(mpp.slug)}${date ? `&date=${encodeURIComponent(date)}` : ''}`;

  async function save(input: ScheduleInput) {
    const next = await bookingWrites(send).saveSchedule(mpp.slug, serviceRef, input);
    setSaved(schedule ? t('console.booking.schedule.saved') : t('console.booking.schedule.created'));
    setSchedule(next);
    setOpen(false);
    return '';
  }

  const rules = schedule ? (
    isOpen ? (
      <ScheduleForm mpp={mpp} initial={scheduleDraftOf(schedule)} isNew={false} isReadOnly={!canManage} onSave={save} />
    ) : (
      <SchedulePreview mpp={mpp} input={schedule} isWide />
    )
  ) : isOpen ? (
    <>
      <p className="notice">{t('console.booking.schedule.defaultsNote')}</p>
      <ScheduleForm mpp={mpp} initial={scheduleDraftOf()} isNew isReadOnly={false} onSave={save} />
    </>
  ) : (
    <div className="notice booking-empty">
      <p>{t('console.booking.schedule.none')}</p>
      {canManage ? (
        <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
          {t('console.booking.schedule.start')}
        </button>
      ) : null}
    </div>
  );

  if (isNameLoading) return <LoadingView />;
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to={dayLink}>{t('console.booking.day.title')}</Link>
          </li>
          <li>
            <Link to={dayLink}>{mpp.name}</Link>
          </li>
        </ol>
      </nav>
      <h1>{t('console.booking.schedule.title', { service: serviceName })}</h1>
      <p className="muted">
        {mpp.name}
        {schedule
          ? ` · ${t('console.booking.schedule.updatedAt', {
              date: formatDateIn(schedule.updatedAt, mpp.timeZone, i18n.language),
              time: formatTimeIn(schedule.updatedAt, mpp.timeZone, i18n.language),
              zone: mpp.timeZoneAbbreviation,
            })}`
          : ''}
      </p>
      {!canManage ? <p className="notice">{t('console.booking.schedule.readOnly')}</p> : null}
      <SavedNote message={saved} />
      <section className="section" aria-labelledby="schedule-rules-title">
        <div className="page-title-row">
          <h2 id="schedule-rules-title">{t('console.booking.schedule.rulesTitle')}</h2>
          {schedule ? (
            <button
              type="button"
              className="button"
              aria-expanded={isOpen}
              onClick={() => {
                setSaved(null);
                setOpen(!isOpen);
              }}
            >
              {isOpen
                ? t('console.booking.schedule.fold')
                : canManage
                  ? t('console.booking.schedule.edit')
                  : t('console.booking.schedule.details')}
            </button>
          ) : null}
        </div>
        {rules}
      </section>
      {schedule?.isEnabled ? (
        <ScheduleCalendar
          mpp={mpp}
          serviceRef={serviceRef}
          usualCapacity={schedule.capacity}
          canManage={canManage}
          initialDate={date ?? undefined}
        />
      ) : schedule ? (
        <p className="notice">{t('console.booking.calendar.disabled')}</p>
      ) : null}
    </>
  );
}
