import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MppDetail } from '../../../api/types.js';
import { useSession } from '../../../auth/session-context.js';
import { SavedNote } from '../../../components/form/FormAlert.js';
import { ErrorView, LoadingView } from '../../../components/StatusViews.js';
import { localeOf } from '../../../i18n/setup.js';
import { formatDateIn } from '../../../queue/format-time.js';
import { ApiError } from '../../../api/client.js';
import { useApi } from '../../../api/useApi.js';
import {
  bookingReads,
  bookingWrites,
  type DateOverrideInput,
  type DayService,
  type SlotDay,
} from '../../api/booking.js';
import { dateForFormat, datesFrom, localDateOf, mondayOf, shiftDate, weekdayOf } from './booking-dates.js';
import { DateOverrideForm } from './DateOverrideForm.js';
import { DateSlots } from './DateSlots.js';
import { bookedOn } from './override-draft.js';
import { useSlotListing } from './useSlotListing.js';

const DAYS = 14;

/**
 * Two weeks of the schedule from the slots listing: per date how full it is, or why it is
 * closed. Picking a date shows its slots; the MPP's manager can close it or change it there.
 */
export function ScheduleCalendar({
  mpp,
  serviceRef,
  usualCapacity,
  canManage,
  initialDate,
}: {
  mpp: MppDetail;
  serviceRef: string;
  usualCapacity: number;
  canManage: boolean;
  initialDate?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { send } = useSession();
  const today = localDateOf(mpp.localNow);
  const [from, setFrom] = useState(() => mondayOf(initialDate ?? today));
  const [selected, setSelected] = useState<string | null>(initialDate ?? null);
  const [saved, setSaved] = useState<string | null>(null);
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const [formVersion, setFormVersion] = useState(0);
  const to = shiftDate(from, DAYS - 1);
  const { listing, error, reload } = useSlotListing(mpp.slug, serviceRef, from, to);
  const byDate = new Map(listing?.days.map((d) => [d.date, d]) ?? []);
  const dates = datesFrom(from, DAYS);
  const longDate = (date: string) => formatDateIn(dateForFormat(date), mpp.timeZone, i18n.language);
  const dayMonth = new Intl.DateTimeFormat(localeOf(i18n.language), {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const writes = bookingWrites(send);

  // The chosen date's day view says which single slots are closed (the listing leaves them out).
  const dayView = useApi(selected ? `booking-day:${mpp.slug}:${selected}:${formVersion}` : null, (signal) =>
    bookingReads.getDay(mpp.slug, selected ?? '', signal).catch((error: unknown) => {
      if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return null;
      throw error;
    }),
  );
  const dayEntry: DayService | undefined =
    dayView.status === 'ready'
      ? dayView.data?.services.find((s) => s.service.slug === serviceRef || s.service.id === serviceRef)
      : undefined;
  const closedOnDay = dayEntry?.slots.filter((s) => s.closed).map((s) => s.starts) ?? [];

  async function afterChange(date: string, message: string) {
    setSaved(message);
    setChanged((previous) => new Set([...previous, date]));
    await reload();
    setFormVersion((v) => v + 1);
  }

  function changedText(date: string, cancelled: number, done: 'saved' | 'removed') {
    return cancelled > 0
      ? t('console.booking.override.cancelledNotified', {
          done: t(`console.booking.override.${done}`, { date: longDate(date) }),
          count: cancelled,
        })
      : t(`console.booking.override.${done}`, { date: longDate(date) });
  }

  async function saveDate(date: string, input: DateOverrideInput) {
    const { cancelledBookings } = await writes.saveDate(mpp.slug, serviceRef, date, input);
    await afterChange(date, changedText(date, cancelledBookings, 'saved'));
  }

  async function removeDate(date: string) {
    const { cancelledBookings } = await writes.removeDate(mpp.slug, serviceRef, date);
    await afterChange(date, changedText(date, cancelledBookings, 'removed'));
  }

  const chosenDay = selected ? byDate.get(selected) : undefined;
  const isDayKnown = dayView.status !== 'loading';
  return (
    <section className="section schedule-calendar" aria-labelledby="schedule-calendar-title">
      <div className="page-title-row">
        <h2 id="schedule-calendar-title">{t('console.booking.calendar.title')}</h2>
        <fieldset className="date-nav">
          <legend className="visually-hidden">{t('console.booking.calendar.nav')}</legend>
          <button type="button" className="button button--small" onClick={() => setFrom(shiftDate(from, -DAYS))}>
            <span aria-hidden="true">‹ </span>
            {t('console.booking.calendar.previous')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => setFrom(mondayOf(today))}
            disabled={from === mondayOf(today)}
          >
            {t('console.booking.calendar.thisWeek')}
          </button>
          <button type="button" className="button button--small" onClick={() => setFrom(shiftDate(from, DAYS))}>
            {t('console.booking.calendar.next')}
            <span aria-hidden="true"> ›</span>
          </button>
        </fieldset>
      </div>
      <p className="hint">
        {canManage ? t('console.booking.calendar.introManage') : t('console.booking.calendar.introRead')}
      </p>
      <SavedNote message={saved} />
      {!listing ? (
        error ? (
          <ErrorView error={error} isInline />
        ) : (
          <LoadingView />
        )
      ) : (
        <table className="calendar">
          <caption className="visually-hidden">
            {t('console.booking.calendar.caption', { from: longDate(from), to: longDate(to) })}
          </caption>
          <thead>
            <tr>
              {dates.slice(0, 7).map((date) => (
                <th key={date} scope="col">
                  {t(`weekday.${weekdayOf(date)}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[0, 7].map((start) => (
              <tr key={start}>
                {dates.slice(start, start + 7).map((date) => (
                  <td key={date}>
                    <CalendarDay
                      day={byDate.get(date)}
                      label={dayMonth.format(dateForFormat(date))}
                      longLabel={longDate(date)}
                      isToday={date === today}
                      isPast={date < today}
                      isSelected={date === selected}
                      isChanged={changed.has(date)}
                      onSelect={() => setSelected(date === selected ? null : date)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {selected && listing ? (
        <div className="calendar-panel" aria-live="polite">
          <DateSlots day={chosenDay} dayEntry={dayEntry} dateText={longDate(selected)} />
          {canManage && selected >= today && isDayKnown ? (
            <DateOverrideForm
              key={`${selected}:${formVersion}`}
              day={chosenDay}
              dateText={longDate(selected)}
              weekdayHours={mpp.openingHours[weekdayOf(selected)]}
              usualCapacity={usualCapacity}
              zone={mpp.timeZoneAbbreviation}
              closedOnDay={closedOnDay}
              canRemove={Boolean(
                chosenDay?.closedReason || chosenDay?.override || closedOnDay.length > 0 || changed.has(selected),
              )}
              onSave={(input) => saveDate(selected, input)}
              onRemove={() => removeDate(selected)}
            />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function CalendarDay({
  day,
  label,
  longLabel,
  isToday,
  isPast,
  isSelected,
  isChanged,
  onSelect,
}: {
  day: SlotDay | undefined;
  label: string;
  longLabel: string;
  isToday: boolean;
  isPast: boolean;
  isSelected: boolean;
  isChanged: boolean;
  onSelect: () => void;
}) {
  const { t } = useTranslation();
  const seats = day?.slots.reduce((sum, s) => sum + s.capacity, 0) ?? 0;
  const booked = bookedOn(day);
  const hasOverride = Boolean(day?.override && !day.override.closed) || (isChanged && !day?.closedReason);
  const summary = day?.closedReason
    ? t('console.booking.calendar.closed')
    : !day || day.slots.length === 0
      ? t('console.booking.calendar.noSlots')
      : t('console.booking.calendar.booked', { booked, seats });
  const state = day?.closedReason
    ? 'closed'
    : !day || day.slots.length === 0
      ? 'none'
      : booked >= seats
        ? 'full'
        : 'open';
  const classes = [
    'calendar-day',
    `calendar-day--${state}`,
    isPast ? 'calendar-day--past' : '',
    isToday ? 'calendar-day--today' : '',
    isSelected ? 'calendar-day--selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      className={classes}
      aria-pressed={isSelected}
      aria-label={[
        longLabel,
        isToday ? t('console.booking.day.today') : '',
        summary,
        day?.closedReason ?? '',
        hasOverride ? t('console.booking.calendar.changed') : '',
      ]
        .filter(Boolean)
        .join(', ')}
      onClick={onSelect}
    >
      <span className="calendar-day__date">
        {label}
        {isToday ? <span className="calendar-day__today">{t('console.booking.day.today')}</span> : null}
      </span>
      <span className="calendar-day__summary">{summary}</span>
      {day?.closedReason ? <span className="calendar-day__reason">{day.closedReason}</span> : null}
      {state === 'open' || state === 'full' ? (
        <span className="calendar-day__bar" aria-hidden="true">
          <span style={{ width: `${seats ? Math.round((booked / seats) * 100) : 0}%` }} />
        </span>
      ) : null}
      {hasOverride ? <span className="calendar-day__flag">{t('console.booking.calendar.changed')}</span> : null}
    </button>
  );
}
