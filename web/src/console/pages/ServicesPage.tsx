import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { useAccount } from '../../auth/session-context.js';
import { Loaded } from '../../components/StatusViews.js';
import { formatFeeShort, formatTimeLimit } from '../../format.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { TenantPicker } from '../components/MppPicker.js';
import { can } from '../permissions.js';
import { useScopedTenants } from '../scoped-lists.js';

/** A tenant's services, each opening the Standar Pelayanan editor. */
export function ServicesPage() {
  const { t } = useTranslation();
  usePageTitle(t('console.services.title'));
  const account = useAccount();
  const [searchParams, setSearchParams] = useSearchParams();
  const mayManage = can(account, 'catalogue.service.manage');
  const tenants = useScopedTenants(mayManage ? 'catalogue.service.manage' : 'catalogue.service.read_internal');
  const chosen =
    searchParams.get('tenant') ??
    (tenants.status === 'ready' && tenants.data.length === 1 ? (tenants.data[0]?.slug ?? '') : '');
  const services = useApi(chosen ? `services:${chosen}` : null, (signal) =>
    api.listServices({ tenantId: chosen }, signal),
  );

  return (
    <>
      <div className="page-title-row">
        <h1>{t('console.services.title')}</h1>
        {mayManage && chosen ? (
          <Link className="button button--primary" to={`/services/new?tenant=${chosen}`}>
            {t('console.services.create')}
          </Link>
        ) : null}
      </div>
      <TenantPicker
        tenants={tenants}
        value={chosen}
        onChange={(slug) => setSearchParams(slug ? { tenant: slug } : {})}
      />
      {chosen ? (
        <Loaded state={services} isInline>
          {(items) =>
            items.length === 0 ? (
              <p>{t('tenant.noServices')}</p>
            ) : (
              <table className="data-table data-table--boxed">
                <caption className="visually-hidden">{t('console.services.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('console.service.name')}</th>
                    <th scope="col">{t('search.category')}</th>
                    <th scope="col">{t('service.feeShort')}</th>
                    <th scope="col">{t('service.timeLimitShort')}</th>
                    <th scope="col">{t('console.service.version')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((service) => (
                    <tr key={service.id}>
                      <td>
                        <Link to={`/services/${service.slug}`}>{service.name}</Link>
                      </td>
                      <td>{t(`category.${service.category}`)}</td>
                      <td>{formatFeeShort(service.fee, t)}</td>
                      <td>{formatTimeLimit(service.timeLimit, t)}</td>
                      <td>{service.version}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </Loaded>
      ) : null}
    </>
  );
}
