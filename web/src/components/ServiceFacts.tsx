import { useTranslation } from 'react-i18next';
import type { ServiceSummary } from '../api/types.js';
import { formatFeeShort, formatTimeLimit } from '../format.js';

/** Fee and time limit of a service as a compact definition list for cards. */
export function ServiceFacts({ service }: { service: ServiceSummary }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <div>
        <dt>{t('service.feeShort')}</dt>
        <dd>{formatFeeShort(service.fee, t)}</dd>
      </div>
      <div>
        <dt>{t('service.timeLimitShort')}</dt>
        <dd>{formatTimeLimit(service.timeLimit, t)}</dd>
      </div>
    </dl>
  );
}
