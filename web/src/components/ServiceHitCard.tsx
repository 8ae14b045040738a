import { useTranslation } from 'react-i18next';
import { DemoBadge } from './DemoBadge.js';
import { Link } from 'react-router';
import type { ServiceHit } from '../api/types.js';
import { formatDistance } from '../format.js';
import { serviceHref } from '../links.js';
import { MatchSummary } from './MatchSummary.js';
import { ModeList } from './ModeList.js';
import { ServiceFacts } from './ServiceFacts.js';

/** One search hit: a service at one MPP. The link names both, so each link is unique when read alone. */
export function ServiceHitCard({ hit }: { hit: ServiceHit }) {
  const { i18n } = useTranslation();
  const { service, mpp } = hit;
  return (
    <li className="card">
      <h3 className="card__title">
        <Link to={serviceHref(service.slug, mpp.slug)}>
          {service.name}
          <span className="visually-hidden">, {mpp.name}</span>
        </Link>
      </h3>
      <p className="card__meta">{service.tenant.shortName}</p>
      <p className="card__place">
        {mpp.name}, {mpp.regencyName}
        {mpp.distanceKm != null ? ` · ${formatDistance(mpp.distanceKm, i18n.language)}` : null}
        {mpp.isDemo ? (
          <>
            {' '}
            <DemoBadge />
          </>
        ) : null}
      </p>
      <ServiceFacts service={service} />
      <ModeList modes={service.modes} />
      <MatchSummary matched={hit.matched} />
    </li>
  );
}
