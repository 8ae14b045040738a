import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../i18n/setup.js';
import { type MppDetail, WEEKDAYS } from '../../../api/types.js';
import { formatDateIn } from '../../../queue/format-time.js';
import type { ScheduleInput } from '../../api/booking.js';
import { clockText, dateForFormat, localDateOf, localTimeOf, weekdayKeyOf } from './booking-dates.js';
import { durationText } from './duration-text.js';
import { isComplete } from './schedule-draft.js';
import { checkInWindowOf, lastBookableDate, nextWeeklyRelease, slotsInPeriods } from './schedule-rules.js';

/**
 * What the rules mean for a citizen, in sentences, as the manager types: when booking opens,
 * until when it may be changed, the check-in window of an example slot, and the slots and seats
 * of a regular week from the MPP's opening hours (holidays and closures have none).
 */
export function SchedulePreview({
  mpp,
  input,
  isWide = false,
}: {
  mpp: MppDetail;
  input: ScheduleInput;
  /** Beside nothing (the rules folded away): the sentences and the week side by side. */
  isWide?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const zone = mpp.timeZoneAbbreviation;
  const today = localDateOf(mpp.localNow);
  const longDate = (date: string) => formatDateIn(dateForFormat(date), mpp.timeZone, language);
  const shortDate = (date: string) =>
    new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      dateForFormat(date),
    );
  const clock = (hhmm: string) => clockText(hhmm, language);

  if (!isComplete(input)) {
    return (
      <aside
        className={isWide ? 'schedule-preview schedule-preview--wide' : 'schedule-preview'}
        aria-labelledby="schedule-preview-title"
      >
        <h3 id="schedule-preview-title">{t('console.booking.preview.title')}</h3>
        <p className="muted">{t('console.booking.preview.incomplete')}</p>
      </aside>
    );
  }

  const release = input.release;
  const next =
    release.kind === 'weekly' ? nextWeeklyRelease({ date: today, time: localTimeOf(mpp.localNow) }, release) : null;
  const firstOpening = WEEKDAYS.flatMap((day) => mpp.openingHours[day]).find(Boolean);
  const example = firstOpening
    ? checkInWindowOf(firstOpening.opens, input.checkInEarlyMinutes, input.checkInLateMinutes)
    : undefined;
  const week = WEEKDAYS.map((day) => {
    const periods = mpp.openingHours[day];
    const slots = slotsInPeriods(periods, input.slotMinutes);
    return { day, periods, slots, seats: slots * input.capacity };
  });
  const weekSeats = week.reduce((sum, d) => sum + d.seats, 0);

  return (
    <aside
      className={isWide ? 'schedule-preview schedule-preview--wide' : 'schedule-preview'}
      aria-labelledby="schedule-preview-title"
    >
      <h3 id="schedule-preview-title">{t('console.booking.preview.title')}</h3>
      {input.isEnabled ? null : <p className="notice notice--warning">{t('console.booking.preview.disabled')}</p>}
      <div className="schedule-preview__body">
        <ul className="schedule-preview__list">
          <li>
            {release.kind === 'weekly' && next ? (
              <>
                <strong>
                  {t('console.booking.preview.weekly', {
                    weekday: t(`weekday.${weekdayKeyOf(release.weekday)}`),
                    time: clock(release.at),
                    zone,
                  })}
                </strong>{' '}
                {t('console.booking.preview.nextRelease', {
                  date: longDate(next.date),
                  time: clock(release.at),
                  zone,
                  from: shortDate(next.weekFrom),
                  to: shortDate(next.weekTo),
                })}
              </>
            ) : (
              <>
                <strong>{t('console.booking.preview.rolling', { zone })}</strong>{' '}
                {t('console.booking.preview.rollingToday', {
                  date: longDate(lastBookableDate(today, input.windowDays)),
                })}
              </>
            )}
          </li>
          {release.kind === 'weekly' ? (
            <li>{t('console.booking.preview.windowWithRelease', { count: input.windowDays })}</li>
          ) : null}
          <li>
            {input.minNoticeMinutes === 0
              ? t('console.booking.preview.noticeNone')
              : t('console.booking.preview.notice', { duration: durationText(input.minNoticeMinutes, t) })}
          </li>
          <li>
            {input.changeCutoffMinutes === 0
              ? t('console.booking.preview.changeNone')
              : t('console.booking.preview.change', { duration: durationText(input.changeCutoffMinutes, t) })}
          </li>
          <li>{t('console.booking.preview.perWeek', { count: input.maxPerWeek })}</li>
          {example && firstOpening ? (
            <li>
              {t('console.booking.preview.checkIn', {
                starts: clock(firstOpening.opens),
                from: clock(example.from),
                to: clock(example.to),
                zone,
              })}
            </li>
          ) : null}
          <li>{t('console.booking.preview.noShows', { count: input.noShowLimit, days: input.noShowBlockDays })}</li>
        </ul>
        <div>
          <h4>{t('console.booking.preview.weekTitle')}</h4>
          <table className="data-table schedule-preview__week">
            <caption className="visually-hidden">{t('console.booking.preview.weekCaption', { mpp: mpp.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('console.booking.preview.day')}</th>
                <th scope="col">{t('console.booking.preview.hours', { zone })}</th>
                <th scope="col" className="num">
                  {t('console.booking.preview.slots')}
                </th>
                <th scope="col" className="num">
                  {t('console.booking.preview.seats')}
                </th>
              </tr>
            </thead>
            <tbody>
              {week.map(({ day, periods, slots, seats }) => (
                <tr key={day}>
                  <th scope="row">{t(`weekday.${day}`)}</th>
                  <td>
                    {periods.length === 0
                      ? t('console.booking.preview.closed')
                      : periods.map((p) => `${clock(p.opens)}–${clock(p.closes)}`).join(', ')}
                  </td>
                  <td className="num">{slots}</td>
                  <td className="num">{seats}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  {t('console.booking.preview.weekTotal')}
                </th>
                <td className="num">
                  <strong>{weekSeats}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </div>
    </aside>
  );
}
