import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PROFILE_PATH } from './booking-links.js';

/** Said before the citizen presses book or join: appointments need a verified NIK, and where to add it. */
export function NikNeededNotice() {
  const { t } = useTranslation();
  return (
    <div className="notice">
      <p>{t('booking.confirm.nikNeeded')}</p>
      <Link to={PROFILE_PATH}>{t('booking.confirm.completeProfile')}</Link>
    </div>
  );
}
