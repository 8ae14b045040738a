import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccount } from '../../auth/session-context.js';
import { Loaded } from '../../components/StatusViews.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { can } from '../permissions.js';
import { useScopedTenants } from '../scoped-lists.js';

export function TenantsPage() {
  const { t } = useTranslation();
  usePageTitle(t('console.tenants.title'));
  const account = useAccount();
  const tenants = useScopedTenants(
    can(account, 'catalogue.tenant.update') ? 'catalogue.tenant.update' : 'catalogue.tenant.create',
  );
  const [filter, setFilter] = useState('');

  return (
    <>
      <div className="page-title-row">
        <h1>{t('console.tenants.title')}</h1>
        {can(account, 'catalogue.tenant.create') ? (
          <Link className="button button--primary" to="/tenants/new">
            {t('console.tenants.create')}
          </Link>
        ) : null}
      </div>
      <div className="field field--inline">
        <label htmlFor="tenant-filter">{t('console.filterByName')}</label>
        <input id="tenant-filter" type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      </div>
      <Loaded state={tenants} isInline>
        {(items) => {
          const needle = filter.trim().toLowerCase();
          const shown = needle ? items.filter((x) => `${x.name} ${x.shortName}`.toLowerCase().includes(needle)) : items;
          return (
            <table className="data-table data-table--boxed">
              <caption className="visually-hidden">{t('console.tenants.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('console.tenants.name')}</th>
                  <th scope="col">{t('console.tenants.shortName')}</th>
                  <th scope="col">{t('console.tenants.type')}</th>
                  <th scope="col">{t('console.nav.services')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((tenant) => (
                  <tr key={tenant.id}>
                    <td>
                      <Link to={`/tenants/${tenant.slug}`}>{tenant.name}</Link>
                    </td>
                    <td>{tenant.shortName}</td>
                    <td>{t(`tenantType.${tenant.type}`)}</td>
                    <td>
                      <Link to={`/services?tenant=${tenant.slug}`}>{t('console.tenants.servicesOf')}</Link>
                    </td>
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
