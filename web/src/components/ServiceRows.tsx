import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceSummary } from '../api/types.js';
import { formatFeeShort, formatTimeLimit } from '../format.js';
import { serviceHref } from '../links.js';

/** A dense list of services (name, fee, time limit) for pages that list many, like an MPP's. */
export function ServiceRows({ services, mppSlug }: { services: ServiceSummary[]; mppSlug?: string }) {
  const { t } = useTranslation();
  return (
    <ul className="rows">
      {services.map((service) => (
        <li key={service.id}>
          <Link to={serviceHref(service.slug, mppSlug)}>{service.name}</Link>
          <span className="rows__meta">
            {formatFeeShort(service.fee, t)} · {formatTimeLimit(service.timeLimit, t)}
          </span>
        </li>
      ))}
    </ul>
  );
}
