import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MppSummary } from '../api/types.js';
import { formatDistance } from '../format.js';
import { mppHref } from '../links.js';
import { DemoBadge } from './DemoBadge.js';
import { Heading, type HeadingLevel } from './Heading.js';

export function MppCard({
  mpp,
  distanceKm,
  headingLevel = 3,
  children,
}: {
  mpp: MppSummary;
  distanceKm?: number | null;
  headingLevel?: HeadingLevel;
  children?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  return (
    <li className="card">
      <Heading level={headingLevel} className="card__title">
        <Link to={mppHref(mpp.slug)}>{mpp.name}</Link>
      </Heading>
      <p className="card__meta">
        {mpp.regency.name}, {mpp.province.name} · {mpp.timeZoneAbbreviation}
        {distanceKm != null ? ` · ${formatDistance(distanceKm, i18n.language)}` : null}
      </p>
      <p className="card__text">{mpp.address}</p>
      <p className="card__meta">
        {t('mpp.tenantCount', { count: mpp.tenantCount })} · {t('mpp.serviceCount', { count: mpp.serviceCount })}
        {mpp.isDemo ? (
          <>
            {' '}
            <DemoBadge />
          </>
        ) : null}
      </p>
      {children}
    </li>
  );
}
