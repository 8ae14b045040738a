import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, api } from '../../api/client.js';
import type { MppDetail } from '../../api/types.js';
import { useApi } from '../../api/useApi.js';
import { useAccount, useSession } from '../../auth/session-context.js';
import { Loaded } from '../../components/StatusViews.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { formatDateIn, formatTimeIn } from '../../queue/format-time.js';
import { bookingReads, bookingWrites, type Schedule } from '../api/booking.js';
import { ScheduleCalendar } from '../components/booking/ScheduleCalendar.js';
import { ScheduleForm } from '../components/booking/ScheduleForm.js';
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
  const [version, setVersion] = useState(0);
  const mpp = useApi(`mpp:${mppRef}`, (signal) => api.getMpp(mppRef, signal));
  const schedule = useApi(`schedule:${mppRef}:${serviceRef}:${version}`, (signal) =>
    findSchedule(mppRef, serviceRef, signal),
  );
  return (
    <Loaded state={mpp}>
      {(place) => (
        <Loaded state={schedule}>
          {(found) => (
            <ScheduleScreen
              mpp={place}
              serviceRef={serviceRef}
              schedule={found}
              onSaved={() => setVersion((v) => v + 1)}
            />
          )}
        </Loaded>
      )}
    </Loaded>
  );
}

function ScheduleScreen({
  mpp,
  serviceRef,
  schedule,
  onSaved,
}: {
  mpp: MppDetail;
  serviceRef: string;
  schedule: Schedule | null;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  const { send } = useSession();
  const [searchParams] = useSearchParams();
  const [isCreating, setCreating] = useState(false);
  const canManage = canManageBookingAt(account, mpp.id);
  // Without a schedule the name comes from the catalogue.
  const service = useApi(schedule ? null : `service:${serviceRef}`, (signal) => api.getService(serviceRef, signal));
  const serviceName = schedule?.service.name ?? (service.status === 'ready' ? service.data.name : serviceRef);
  usePageTitle(t('console.booking.schedule.pageTitle', { service: serviceName }));
  const dayLink = `/janji?mpp=${encodeURIComponent(mpp.slug)}${searchParams.get('date') ? `&date=${searchParams.get('date')}` : ''}`;

  async function save(input: Parameters<ReturnType<typeof bookingWrites>['saveSchedule']>[2]) {
    await bookingWrites(send).saveSchedule(mpp.slug, serviceRef, input);
    onSaved();
    return schedule ? t('console.booking.schedule.saved') : t('console.booking.schedule.created');
  }

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
      {schedule ? (
        <>
          <ScheduleForm
            key={schedule.updatedAt}
            mpp={mpp}
            initial={scheduleDraftOf(schedule)}
            isNew={false}
            isReadOnly={!canManage}
            onSave={save}
          />
          {schedule.isEnabled ? (
            <ScheduleCalendar
              mpp={mpp}
              serviceRef={serviceRef}
              usualCapacity={schedule.capacity}
              canManage={canManage}
              initialDate={searchParams.get('date') ?? undefined}
            />
          ) : (
            <p className="notice">{t('console.booking.calendar.disabled')}</p>
          )}
        </>
      ) : isCreating ? (
        <>
          <p className="notice">{t('console.booking.schedule.defaultsNote')}</p>
          <ScheduleForm mpp={mpp} initial={scheduleDraftOf()} isNew isReadOnly={false} onSave={save} />
        </>
      ) : (
        <div className="notice booking-empty">
          <p>{t('console.booking.schedule.none')}</p>
          {canManage ? (
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              {t('console.booking.schedule.start')}
            </button>
          ) : null}
        </div>
      )}
    </>
  );
}
