import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/client.js';
import type { MppDetail, ServiceSummary } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { DemoBadge } from '../components/DemoBadge.js';
import { OpeningHours } from '../components/OpeningHours.js';
import { OpenState } from '../components/OpenState.js';
import { SearchForm } from '../components/SearchForm.js';
import { ServiceRows } from '../components/ServiceRows.js';
import { ErrorView, Loaded, LoadingView } from '../components/StatusViews.js';
import { formatDate } from '../format.js';
import { usePageTitle } from '../hooks/usePageTitle.js';
import { tenantHref } from '../links.js';

export function MppPage() {
  const { slug = '' } = useParams();
  const mpp = useApi(`mpp:${slug}`, (signal) => api.getMpp(slug, signal));
  return <Loaded state={mpp}>{(data) => <MppView mpp={data} />}</Loaded>;
}

function MppView({ mpp }: { mpp: MppDetail }) {
  const { t, i18n } = useTranslation();
  usePageTitle(mpp.name);
  const today = mpp.localNow.slice(0, 10);
  const upcomingClosures = mpp.closures.filter((c) => c.date >= today).slice(0, 10);

  return (
    <article className="mpp">
      <header className="page-header">
        <h1>{mpp.name}</h1>
        <p className="card__meta">
          {mpp.regency.name}, {mpp.province.name} {mpp.isDemo ? <DemoBadge /> : null}
        </p>
        <OpenState mpp={mpp} />
      </header>

      <SearchForm label={t('mpp.searchHere')} scope={{ mpp: mpp.slug }} />

      <div className="two-col">
        <section className="section" aria-labelledby="hours-heading">
          <h2 id="hours-heading">{t('mpp.hours')}</h2>
          <OpeningHours mpp={mpp} />
          <p className="muted">{t('mpp.hoursNote', { zone: mpp.timeZoneAbbreviation })}</p>
          {upcomingClosures.length > 0 ? (
            <>
              <h3>{t('mpp.closures')}</h3>
              <ul className="plain-list">
                {upcomingClosures.map((c) => (
                  <li key={c.date}>
                    <strong>{formatDate(c.date, i18n.language)}</strong>: {c.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
        <section className="section" aria-labelledby="address-heading">
          <h2 id="address-heading">{t('mpp.address')}</h2>
          <address className="address">{mpp.address}</address>
          <p>
            <a
              href={`https://www.openstreetmap.org/?mlat=${mpp.latitude}&mlon=${mpp.longitude}#map=17/${mpp.latitude}/${mpp.longitude}`}
              rel="noopener"
            >
              {t('mpp.openMap')}
            </a>
          </p>
          <Contact contact={mpp.contact} />
        </section>
      </div>

      <section className="section" aria-labelledby="maklumat-heading">
        <h2 id="maklumat-heading">{t('mpp.maklumat')}</h2>
        <blockquote className="maklumat">
          <p>{mpp.maklumat.text}</p>
          <footer>
            {mpp.maklumat.signatoryName}
            <br />
            {mpp.maklumat.signatoryTitle}
          </footer>
        </blockquote>
      </section>

      <TenantsAndServices mpp={mpp} />
    </article>
  );
}

function Contact({ contact }: { contact: MppDetail['contact'] }) {
  const { t } = useTranslation();
  if (!contact.phone && !contact.email && !contact.website) return null;
  return (
    <>
      <h3>{t('mpp.contact')}</h3>
      <dl className="facts facts--stacked">
        {contact.phone ? (
          <div>
            <dt>{t('mpp.phone')}</dt>
            <dd>
              <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
            </dd>
          </div>
        ) : null}
        {contact.email ? (
          <div>
            <dt>{t('mpp.email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </div>
        ) : null}
        {contact.website ? (
          <div>
            <dt>{t('mpp.website')}</dt>
            <dd>
              <a href={contact.website} rel="noopener">
                {contact.website.replace(/^https?:\/\//, '')}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}

/**
 * Every tenant with its booth and a link to its page; its services here fold under it, so a
 * phone shows 20-odd tenants rather than 140 services.
 */
function TenantsAndServices({ mpp }: { mpp: MppDetail }) {
  const { t } = useTranslation();
  const services = useApi(`mpp-services:${mpp.id}`, (signal) => api.listServices({ mppId: mpp.id }, signal));
  const byTenant = services.status === 'ready' ? groupByTenant(services.data) : undefined;
  return (
    <section className="section" aria-labelledby="tenants-heading">
      <h2 id="tenants-heading">{t('mpp.tenantsAndServices')}</h2>
      {mpp.tenants.length === 0 ? <p>{t('mpp.noTenants')}</p> : null}
      {services.status === 'error' ? <ErrorView error={services.error} isInline /> : null}
      <ul className="tenant-list">
        {mpp.tenants.map((tenant) => {
          const list = byTenant?.get(tenant.id) ?? [];
          return (
            <li key={tenant.id} id={`tenant-${tenant.slug}`} className="tenant-item">
              <h3 className="tenant-item__name">
                <Link to={tenantHref(tenant.slug)}>{tenant.name}</Link>
              </h3>
              <p className="card__meta">
                {t(`tenantType.${tenant.type}`)} · {t('mpp.gerai', { location: tenant.geraiLocation })}
              </p>
              {services.status === 'loading' ? <LoadingView /> : null}
              {byTenant && list.length === 0 ? <p className="muted">{t('mpp.noServices')}</p> : null}
              {list.length > 0 ? (
                <details className="disclosure">
                  <summary>{t('mpp.showServices', { count: list.length })}</summary>
                  <ServiceRows services={list} mppSlug={mpp.slug} />
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function groupByTenant(services: ServiceSummary[]): Map<string, ServiceSummary[]> {
  const groups = new Map<string, ServiceSummary[]>();
  for (const service of services) {
    const list = groups.get(service.tenant.id) ?? [];
    list.push(service);
    groups.set(service.tenant.id, list);
  }
  return groups;
}
