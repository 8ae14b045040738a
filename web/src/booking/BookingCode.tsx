import { useTranslation } from 'react-i18next';
import { groupCode } from './booking-format.js';

/** The code, large and in two groups of four, for reading out at the kiosk or the counter. */
export function BookingCode({ code, size = 'large' }: { code: string; size?: 'large' | 'medium' }) {
  const { t } = useTranslation();
  return (
    <p className={`booking-code booking-code--${size}`}>
      <span className="booking-code__label">{t('booking.codeLabel')}</span>
      <span className="booking-code__value" data-testid="booking-code" data-code={code}>
        {groupCode(code)}
      </span>
    </p>
  );
}
