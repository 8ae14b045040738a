import { useTranslation } from 'react-i18next';
import { utilisationPercent } from './day-view.js';

/** Booked seats over the day's seats: a bar for the eye, the same in words for everyone. */
export function UtilisationBar({ booked, seats }: { booked: number; seats: number }) {
  const { t } = useTranslation();
  const percent = utilisationPercent(booked, seats);
  return (
    <div className="utilisation">
      <p className="utilisation__text">
        {percent === undefined ? (
          t('console.booking.day.noSeats')
        ) : (
          <>
            <strong className="utilisation__percent">{t('console.booking.day.percent', { percent })}</strong>{' '}
            {t('console.booking.day.bookedOfSeats', { booked, seats })}
          </>
        )}
      </p>
      <div className="utilisation__bar" aria-hidden="true">
        <span className="utilisation__fill" style={{ width: `${percent ?? 0}%` }} />
      </div>
    </div>
  );
}
