import { useTranslation } from 'react-i18next';
import { type MppDetail, WEEKDAYS } from '../api/types.js';
import { formatClock, getLocalWeekday } from '../format.js';

/**
 * The week's opening hours in the MPP's own time, today marked. The hours are local wall-clock
 * times, so they are shown as they are, followed by the zone (WIB/WITA/WIT).
 */
export function OpeningHours({ mpp }: { mpp: MppDetail }) {
  const { t, i18n } = useTranslation();
  const today = getLocalWeekday(mpp.localNow);
  const zone = mpp.timeZoneAbbreviation;
  return (
    <table className="hours">
      <caption className="visually-hidden">{t('mpp.hoursCaption', { zone })}</caption>
      <tbody>
        {WEEKDAYS.map((day) => {
          const periods = mpp.openingHours[day] ?? [];
          const isToday = day === today;
          return (
            <tr key={day} className={isToday ? 'hours__today' : undefined} aria-current={isToday ? 'date' : undefined}>
              <th scope="row">
                {t(`weekday.${day}`)}
                {isToday ? <span className="hours__today-label"> ({t('mpp.today')})</span> : null}
              </th>
              <td>
                {periods.length === 0
                  ? t('mpp.closedDay')
                  : periods
                      .map(
                        (p) => `${formatClock(p.opens, i18n.language)}–${formatClock(p.closes, i18n.language)} ${zone}`,
                      )
                      .join(', ')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
