import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../components/DemoBadge.js';
import { Link, useParams } from 'react-router';
import { api } from '../api/client.js';
import type { TenantDetail } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { ServiceList } from '../components/ServiceList.js';
import { Loaded } from '../components/StatusViews.js';
import { usePageTitle } from '../hooks/usePageTitle.js';
import { mppHref } from '../links.js';

export function TenantPage() {
  const { slug = '' } = useParams();
  const tenant = useApi(`tenant:${slug}`, (signal) => api.getTenant(slug, signal));
  return <Loaded state={tenant}>{(data) => <TenantView tenant={data} />}</Loaded>;
}

function TenantView({ tenant }: { tenant: TenantDetail }) {
  const { t } = useTranslation();
  usePageTitle(tenant.name);
  return (
    <article className="tenant">
      <header className="page-header tenant__header">
        {tenant.logoUrl ? <img className="tenant__logo" src={tenant.logoUrl} alt="" width="56" height="56" /> : null}
        <div>
          <h1>{tenant.name}</h1>
          <p className="card__meta">
            {tenant.shortName} · {t(`tenantType.${tenant.type}`)}
          </p>
        </div>
      </header>

      {tenant.description ? <p className="lead">{tenant.description}</p> : null}
      {tenant.parentOrganisation || tenant.website ? (
        <dl className="facts facts--stacked">
          {tenant.parentOrganisation ? (
            <div>
              <dt>{t('tenant.parent')}</dt>
              <dd>{tenant.parentOrganisation}</dd>
            </div>
          ) : null}
          {tenant.website ? (
            <div>
              <dt>{t('tenant.website')}</dt>
              <dd>
                <a href={tenant.website} rel="noopener">
                  {tenant.website.replace(/^https?:\/\//, '')}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}

      <section className="section" aria-labelledby="gerai-heading">
        <h2 id="gerai-heading">{t('tenant.gerai')}</h2>
        {tenant.gerai.length === 0 ? (
          <p>{t('tenant.noGerai')}</p>
        ) : (
          <ul className="cards">
            {tenant.gerai.map((g) => (
              <li key={g.mpp.id} className="card">
                <h3 className="card__title">
                  <Link to={mppHref(g.mpp.slug)}>{g.mpp.name}</Link>
                </h3>
                <p className="card__meta">{t('service.gerai', { location: g.location })}</p>
                {g.mpp.isDemo ? <DemoBadge /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="services-heading">
        <h2 id="services-heading">{t('tenant.services')}</h2>
        {tenant.services.length === 0 ? <p>{t('tenant.noServices')}</p> : <ServiceList services={tenant.services} />}
      </section>
    </article>
  );
}
