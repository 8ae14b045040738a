import { useTranslation } from 'react-i18next';
import { isLocalDate } from '../../../../../src/domain/time/local-date.js';
import { shiftDate } from './booking-dates.js';

/** The day shown: the day before, a date field, the day after, and back to today. */
export function DateNav({ date, today, onChange }: { date: string; today: string; onChange: (date: string) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="date-nav">
      <legend className="visually-hidden">{t('console.booking.day.dateNav')}</legend>
      <button type="button" className="button button--small" onClick={() => onChange(shiftDate(date, -1))}>
        <span aria-hidden="true">‹ </span>
        {t('console.booking.day.previous')}
      </button>
      <div className="date-nav__field">
        <label htmlFor="booking-date">{t('console.booking.day.date')}</label>
        <input
          id="booking-date"
          type="date"
          value={date}
          onChange={(event) => {
            if (isLocalDate(event.target.value)) onChange(event.target.value);
          }}
        />
      </div>
      <button type="button" className="button button--small" onClick={() => onChange(shiftDate(date, 1))}>
        {t('console.booking.day.next')}
        <span aria-hidden="true"> ›</span>
      </button>
      <button type="button" className="button button--small" onClick={() => onChange(today)} disabled={date === today}>
        {t('console.booking.day.today')}
      </button>
    </fieldset>
  );
}
