import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceSummary } from '../api/types.js';
import { serviceHref } from '../links.js';
import { Heading, type HeadingLevel } from './Heading.js';
import { ModeList } from './ModeList.js';
import { ServiceFacts } from './ServiceFacts.js';

/** Services as cards; with `mppSlug`, each link opens the service in that MPP's context. */
export function ServiceList({
  services,
  mppSlug,
  showTenant = false,
  headingLevel = 3,
}: {
  services: ServiceSummary[];
  mppSlug?: string;
  showTenant?: boolean;
  headingLevel?: HeadingLevel;
}) {
  const { t } = useTranslation();
  return (
    <ul className="cards">
      {services.map((service) => (
        <li key={service.id} className="card">
          <Heading level={headingLevel} className="card__title">
            <Link to={serviceHref(service.slug, mppSlug)}>{service.name}</Link>
          </Heading>
          <p className="card__meta">
            {showTenant ? `${service.tenant.shortName} · ` : null}
            {t(`category.${service.category}`)}
          </p>
          <ServiceFacts service={service} />
          <ModeList modes={service.modes} />
        </li>
      ))}
    </ul>
  );
}
