import { useTranslation } from 'react-i18next';

/** A place in line, large ("Urutan Anda 2"), and how many are ahead of it. */
export function WaitlistPosition({ position }: { position: number }) {
  const { t } = useTranslation();
  return (
    <div className="waitlist-position">
      <p className="waitlist-position__place">
        <span className="waitlist-position__label">{t('booking.waitlist.positionLabel')}</span>
        <span className="waitlist-position__value" data-testid="waitlist-position">
          {position}
        </span>
      </p>
      <p className="waitlist-position__ahead">
        {position <= 1 ? t('booking.waitlist.first') : t('booking.waitlist.ahead', { count: position - 1 })}
      </p>
    </div>
  );
}
