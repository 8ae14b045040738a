import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client.js';
import type { SearchResult } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { GeoStatus } from '../components/GeoStatus.js';
import { MatchSummary } from '../components/MatchSummary.js';
import { MppCard } from '../components/MppCard.js';
import { SearchFilters } from '../components/SearchFilters.js';
import { SearchForm } from '../components/SearchForm.js';
import { ServiceHitCard } from '../components/ServiceHitCard.js';
import { Loaded } from '../components/StatusViews.js';
import { formatNear, useGeolocation } from '../hooks/useGeolocation.js';
import { usePageTitle } from '../hooks/usePageTitle.js';
import { type SearchLinkParams, searchHref } from '../links.js';

const LIMIT = 30;

function readParams(search: URLSearchParams): SearchLinkParams {
  const read = (name: string) => search.get(name)?.trim() || undefined;
  return {
    q: read('q'),
    mpp: read('mpp'),
    provinceCode: read('provinceCode'),
    category: read('category'),
    mode: read('mode'),
    near: read('near'),
  };
}

/** The query with the server's spelling corrections applied, for "Maksud Anda: ...". */
function applyCorrections(result: SearchResult): string {
  return result.corrections.reduce(
    (query, { from, to }) => query.replace(new RegExp(`\\b${escapeRegExp(from)}\\b`, 'giu'), to),
    result.query,
  );
}

function withoutQuery({ q: _q, ...scope }: SearchLinkParams): Omit<SearchLinkParams, 'q'> {
  return scope;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function SearchPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const params = readParams(searchParams);
  const { q } = params;
  usePageTitle(q ? t('search.titleFor', { query: q }) : t('search.title'));

  const { state: geo, locate, isSupported: canLocate } = useGeolocation();

  const key = q ? searchHref(params) : null;
  const results = useApi(key, (signal) =>
    api.search(
      {
        q: q ?? '',
        mppId: params.mpp,
        provinceCode: params.provinceCode,
        category: params.category,
        mode: params.mode,
        near: params.near,
        limit: LIMIT,
      },
      signal,
    ),
  );

  return (
    <>
      <h1>{q ? t('search.titleFor', { query: q }) : t('search.title')}</h1>
      <SearchForm key={q ?? ''} initialQuery={q ?? ''} scope={withoutQuery(params)} />

      <div className="toolbar">
        {canLocate && !params.near ? (
          <button
            type="button"
            className="button"
            onClick={() =>
              locate(({ latitude, longitude }) =>
                navigate(searchHref({ ...params, near: formatNear(latitude, longitude) }), { replace: true }),
              )
            }
            disabled={geo.status === 'locating'}
          >
            {t('geo.findNearest')}
          </button>
        ) : null}
        {params.near ? (
          <p className="toolbar__note">
            {t('search.sortedByDistance')}{' '}
            <Link to={searchHref({ ...params, near: undefined })}>{t('search.clearNear')}</Link>
          </p>
        ) : null}
        {params.mpp ? (
          <p className="toolbar__note">
            {t('search.scopedToMpp')}{' '}
            <Link to={searchHref({ ...params, mpp: undefined })}>{t('search.clearScope')}</Link>
          </p>
        ) : null}
      </div>
      <GeoStatus state={geo} />
      <SearchFilters key={key ?? ''} params={params} />

      {q ? (
        <Loaded state={results} isInline>
          {(result) => <SearchResults result={result} params={params} />}
        </Loaded>
      ) : (
        <p>{t('search.emptyQuery')}</p>
      )}
    </>
  );
}

function SearchResults({ result, params }: { result: SearchResult; params: SearchLinkParams }) {
  const { t } = useTranslation();
  const corrected = result.corrections.length > 0 ? applyCorrections(result) : null;
  const isEmpty = result.services.length === 0 && result.mpps.length === 0;
  return (
    <div className="results">
      {corrected && corrected !== result.query ? (
        <p className="did-you-mean">
          {t('search.didYouMean')} <Link to={searchHref({ ...params, q: corrected })}>{corrected}</Link>
        </p>
      ) : null}
      <div role="status" aria-live="polite" className="results__summary">
        {isEmpty ? (
          <>
            <p>{t('search.noResults', { query: result.query })}</p>
            <p className="muted">{t('search.noResultsHint')}</p>
          </>
        ) : (
          <p>
            {result.services.length >= LIMIT
              ? t('search.resultCountTop', { count: result.services.length })
              : t('search.resultCount', { count: result.services.length })}
          </p>
        )}
      </div>
      {result.expansions.length > 0 ? (
        <p className="muted">
          {t('search.expandedWith', {
            list: result.expansions.map((e) => `${e.term} → ${e.synonyms.join(', ')}`).join('; '),
          })}
        </p>
      ) : null}

      {result.mpps.length > 0 ? (
        <section className="section" aria-labelledby="mpp-results">
          <h2 id="mpp-results">{t('search.mppsHeading')}</h2>
          <ul className="cards">
            {result.mpps.map((hit) => (
              <MppCard key={hit.mpp.id} mpp={hit.mpp} distanceKm={hit.distanceKm}>
                <MatchSummary matched={hit.matched} />
              </MppCard>
            ))}
          </ul>
        </section>
      ) : null}

      {result.services.length > 0 ? (
        <section className="section" aria-labelledby="service-results">
          <h2 id="service-results">{t('search.servicesHeading')}</h2>
          <ul className="cards">
            {result.services.map((hit) => (
              <ServiceHitCard key={`${hit.service.id}:${hit.mpp.id}`} hit={hit} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
