import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccount } from '../../auth/session-context.js';
import { DemoBadge } from '../../components/DemoBadge.js';
import { Loaded } from '../../components/StatusViews.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { can } from '../permissions.js';
import { useScopedMpps } from '../scoped-lists.js';

export function MppsPage() {
  const { t } = useTranslation();
  usePageTitle(t('console.mpps.title'));
  const account = useAccount();
  const mpps = useScopedMpps('catalogue.mpp.update');
  const [filter, setFilter] = useState('');

  return (
    <>
      <div className="page-title-row">
        <h1>{t('console.mpps.title')}</h1>
        {can(account, 'catalogue.mpp.create') ? (
          <Link className="button button--primary" to="/mpps/new">
            {t('console.mpps.create')}
          </Link>
        ) : null}
      </div>
      <div className="field field--inline">
        <label htmlFor="mpp-filter">{t('console.filterByName')}</label>
        <input id="mpp-filter" type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      </div>
      <Loaded state={mpps} isInline>
        {(items) => {
          const needle = filter.trim().toLowerCase();
          const shown = needle ? items.filter((m) => m.name.toLowerCase().includes(needle)) : items;
          return (
            <table className="data-table data-table--boxed">
              <caption className="visually-hidden">{t('console.mpps.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('console.mpps.name')}</th>
                  <th scope="col">{t('console.mpps.region')}</th>
                  <th scope="col">{t('console.mpps.tenants')}</th>
                  <th scope="col">{t('console.mpps.services')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((mpp) => (
                  <tr key={mpp.id}>
                    <td>
                      <Link to={`/mpps/${mpp.slug}`}>{mpp.name}</Link> {mpp.isDemo ? <DemoBadge /> : null}
                    </td>
                    <td>
                      {mpp.regency.name}, {mpp.province.name}
                    </td>
                    <td>{mpp.tenantCount}</td>
                    <td>{mpp.serviceCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </Loaded>
    </>
  );
}
