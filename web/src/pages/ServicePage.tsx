import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../components/DemoBadge.js';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../api/client.js';
import { BookAppointment } from '../booking/BookAppointment.js';
import type { Fee, Requirement, ServiceDetail } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { ModeList } from '../components/ModeList.js';
import { TakeTicket } from '../components/queue/TakeTicket.js';
import { Loaded } from '../components/StatusViews.js';
import { formatDay, formatFee, formatTimeLimit, zoneOfAbbreviation } from '../format.js';
import { usePageTitle } from '../hooks/usePageTitle.js';
import { mppHref, tenantHref } from '../links.js';

export function ServicePage() {
  const { slug = '' } = useParams();
  const [searchParams] = useSearchParams();
  const mppSlug = searchParams.get('mpp') ?? undefined;
  const service = useApi(`service:${slug}`, (signal) => api.getService(slug, signal));
  return <Loaded state={service}>{(data) => <ServiceView service={data} mppSlug={mppSlug} />}</Loaded>;
}

type Offer = ServiceDetail['offeredAt'][number];

/** The six published components of the Standar Pelayanan (PermenPANRB 15/2014), in their order. */
function ServiceView({ service, mppSlug }: { service: ServiceDetail; mppSlug: string | undefined }) {
  const { t, i18n } = useTranslation();
  usePageTitle(service.name);
  const { standard } = service;
  const contextOffer = mppSlug
    ? service.offeredAt.find((o) => o.mpp.slug === mppSlug || o.mpp.id === mppSlug)
    : undefined;
  const offers = contextOffer
    ? [contextOffer, ...service.offeredAt.filter((o) => o !== contextOffer)]
    : service.offeredAt;

  return (
    <article className="service">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/">{t('nav.home')}</Link>
          </li>
          {contextOffer ? (
            <li>
              <Link to={mppHref(contextOffer.mpp.slug)}>{contextOffer.mpp.name}</Link>
            </li>
          ) : null}
          <li>
            <Link to={tenantHref(service.tenant.slug)}>{service.tenant.shortName}</Link>
          </li>
        </ol>
      </nav>

      <header className="page-header">
        <h1>{service.name}</h1>
        <p className="card__meta">
          <Link to={tenantHref(service.tenant.slug)}>{service.tenant.name}</Link> · {t(`category.${service.category}`)}
        </p>
      </header>

      {contextOffer ? <ContextBox offer={contextOffer} service={service} /> : null}
      {mppSlug && !contextOffer ? <p className="notice">{t('service.notOfferedAtContext')}</p> : null}

      <p className="lead">{service.description}</p>

      <dl className="facts facts--summary">
        <div>
          <dt>{t('service.feeShort')}</dt>
          <dd>{formatFee(standard.fee, t)}</dd>
        </div>
        <div>
          <dt>{t('service.timeLimitShort')}</dt>
          <dd>{formatTimeLimit(standard.timeLimit, t)}</dd>
        </div>
        <div>
          <dt>{t('service.modes')}</dt>
          <dd>
            <ModeList modes={service.modes} />
          </dd>
        </div>
      </dl>

      <section className="section" aria-labelledby="requirements-heading">
        <h2 id="requirements-heading">{t('service.requirements')}</h2>
        <Requirements requirements={standard.requirements} />
      </section>

      <section className="section" aria-labelledby="procedure-heading">
        <h2 id="procedure-heading">{t('service.procedure')}</h2>
        <ol className="steps">
          {standard.procedure.map((step, index) => (
            // Steps have no id; their position is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: the order is the meaning.
            <li key={index}>
              <strong>{step.title}</strong>
              {step.description ? <p>{step.description}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      <section className="section" aria-labelledby="time-heading">
        <h2 id="time-heading">{t('service.timeLimit')}</h2>
        <p>{formatTimeLimit(standard.timeLimit, t)}</p>
      </section>

      <section className="section" aria-labelledby="fee-heading">
        <h2 id="fee-heading">{t('service.fee')}</h2>
        <FeeDetail fee={standard.fee} />
      </section>

      <section className="section" aria-labelledby="product-heading">
        <h2 id="product-heading">{t('service.product')}</h2>
        <p>{standard.product}</p>
      </section>

      <section className="section" aria-labelledby="complaints-heading">
        <h2 id="complaints-heading">{t('service.complaints')}</h2>
        <p>{standard.complaintHandling}</p>
      </section>

      <section className="section" aria-labelledby="offered-heading">
        <h2 id="offered-heading">{t('service.offeredAt')}</h2>
        {offers.length === 0 ? (
          <p>{t('service.notOffered')}</p>
        ) : (
          <ul className="cards">
            {offers.map((offer) => (
              <OfferCard key={offer.mpp.id} offer={offer} isContext={offer === contextOffer} />
            ))}
          </ul>
        )}
      </section>

      <p className="muted updated">
        {t('service.updated', {
          date: formatDay(
            service.updatedAt,
            i18n.language,
            contextOffer ? zoneOfAbbreviation(contextOffer.mpp.timeZoneAbbreviation) : undefined,
          ),
          version: service.version,
        })}
      </p>
    </article>
  );
}

function ContextBox({ offer, service }: { offer: Offer; service: ServiceDetail }) {
  const { t } = useTranslation();
  return (
    <aside className="context-box" aria-label={t('service.contextLabel')}>
      <p>
        {t('service.contextAt')} <Link to={mppHref(offer.mpp.slug)}>{offer.mpp.name}</Link>{' '}
        {offer.mpp.isDemo ? <DemoBadge /> : null}
      </p>
      <p>
        {t('service.gerai', { location: offer.geraiLocation })}
        {offer.counters.length > 0 ? ` · ${t('service.counters', { list: offer.counters.join(', ') })}` : null}
      </p>
      <h2 className="subheading">{t('takeTicket.title')}</h2>
      <p>{t('takeTicket.intro')}</p>
      <TakeTicket
        mppId={offer.mpp.id}
        serviceId={service.id}
        timeZone={zoneOfAbbreviation(offer.mpp.timeZoneAbbreviation)}
      />
      <BookAppointment mppSlug={offer.mpp.slug} serviceSlug={service.slug} />
    </aside>
  );
}

function Requirements({ requirements }: { requirements: Requirement[] }) {
  const { t } = useTranslation();
  if (requirements.length === 0) return <p>{t('service.noRequirements')}</p>;
  const mandatory = requirements.filter((r) => r.isMandatory);
  const optional = requirements.filter((r) => !r.isMandatory);
  return (
    <>
      {mandatory.length > 0 ? (
        <>
          <h3 className="subheading">{t('service.mandatory')}</h3>
          <RequirementList items={mandatory} />
        </>
      ) : null}
      {optional.length > 0 ? (
        <>
          <h3 className="subheading">{t('service.optional')}</h3>
          <RequirementList items={optional} />
        </>
      ) : null}
    </>
  );
}

function RequirementList({ items }: { items: Requirement[] }) {
  return (
    <ul className="requirements">
      {items.map((r) => (
        <li key={`${r.documentType}:${r.name}`}>
          <span className="requirements__name">{r.name}</span>
          {r.notes ? <span className="requirements__notes">{r.notes}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function FeeDetail({ fee }: { fee: Fee }) {
  const { t } = useTranslation();
  return (
    <>
      <p className={fee.kind === 'formula' ? undefined : 'fee-amount'}>{formatFee(fee, t)}</p>
      {fee.legalBasis ? <p className="muted">{t('service.legalBasis', { basis: fee.legalBasis })}</p> : null}
    </>
  );
}

function OfferCard({ offer, isContext }: { offer: Offer; isContext: boolean }) {
  const { t } = useTranslation();
  return (
    <li className={isContext ? 'card card--highlight' : 'card'}>
      <h3 className="card__title">
        <Link to={mppHref(offer.mpp.slug)}>{offer.mpp.name}</Link>
      </h3>
      {isContext ? <p className="badge badge--context">{t('service.yourMpp')}</p> : null}
      {offer.mpp.isDemo ? <DemoBadge /> : null}
      <p className="card__meta">{t('service.gerai', { location: offer.geraiLocation })}</p>
      {offer.counters.length > 0 ? (
        <p className="card__meta">{t('service.counters', { list: offer.counters.join(', ') })}</p>
      ) : null}
    </li>
  );
}
