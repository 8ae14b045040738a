import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from '../../api/types.js';
import type { FieldErrors } from '../../components/form/problems.js';
import { fieldId } from '../../components/form/problems.js';
import type { OpeningHours } from '../api/admin-types.js';

/** Opening hours per weekday in the MPP's local time; a day without periods is closed. */
export function OpeningHoursEditor({
  value,
  onChange,
  errors,
}: {
  value: OpeningHours;
  onChange: (value: OpeningHours) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  return (
    <table className="data-table data-table--boxed hours-editor">
      <caption className="visually-hidden">{t('console.mpps.hours')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('console.mpps.day')}</th>
          <th scope="col">{t('console.mpps.periods')}</th>
        </tr>
      </thead>
      <tbody>
        {WEEKDAYS.map((day) => {
          const periods = value[day];
          const setPeriods = (next: OpeningHours[typeof day]) => onChange({ ...value, [day]: next });
          const dayError = errors[`openingHours.${day}`];
          return (
            <tr key={day}>
              <th scope="row">{t(`weekday.${day}`)}</th>
              <td>
                {periods.length === 0 ? <p className="muted">{t('mpp.closedDay')}</p> : null}
                {periods.map((period, index) => {
                  const name = `openingHours.${day}.${index}`;
                  const label = t('console.mpps.periodLabel', { day: t(`weekday.${day}`), n: index + 1 });
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: periods have no id; their order is their identity.
                    <fieldset key={index} className="period" aria-label={label}>
                      <label htmlFor={fieldId(`${name}.opens`)}>{t('console.mpps.opens')}</label>
                      <input
                        id={fieldId(`${name}.opens`)}
                        type="time"
                        value={period.opens}
                        onChange={(event) =>
                          setPeriods(periods.map((p, i) => (i === index ? { ...p, opens: event.target.value } : p)))
                        }
                      />
                      <label htmlFor={fieldId(`${name}.closes`)}>{t('console.mpps.closes')}</label>
                      <input
                        id={fieldId(`${name}.closes`)}
                        type="time"
                        value={period.closes}
                        onChange={(event) =>
                          setPeriods(periods.map((p, i) => (i === index ? { ...p, closes: event.target.value } : p)))
                        }
                      />
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setPeriods(periods.filter((_, i) => i !== index))}
                        aria-label={t('console.mpps.removePeriod', { label })}
                      >
                        {t('form.remove')}
                      </button>
                      {errors[name] ? <p className="field__error">{errors[name]}</p> : null}
                    </fieldset>
                  );
                })}
                {dayError ? <p className="field__error">{dayError}</p> : null}
                {periods.length < 4 ? (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setPeriods([...periods, { opens: '08:00', closes: '15:00' }])}
                    aria-label={t('console.mpps.addPeriodFor', { day: t(`weekday.${day}`) })}
                  >
                    {t('console.mpps.addPeriod')}
                  </button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
