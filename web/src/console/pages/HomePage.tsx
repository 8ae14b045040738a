import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccount } from '../../auth/session-context.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { visibleSections } from '../permissions.js';

/** Who is signed in, with which roles and where, and the sections those roles open. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('console.home.title'));
  const account = useAccount();
  if (!account) return null;
  return (
    <>
      <h1>{t('console.home.welcome', { name: account.displayName || account.email })}</h1>
      <section className="form-section" aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t('console.home.roles')}</h2>
        <ul className="plain-list">
          {account.grants.map((grant) => (
            <li key={`${grant.role}:${grant.mppId}:${grant.tenantId}`}>
              <strong>{t(`role.${grant.role}`)}</strong>
              {grant.tenantName || grant.mppName
                ? ` · ${[grant.tenantName, grant.mppName].filter(Boolean).join(', ')}`
                : ` · ${t('console.home.everywhere')}`}
            </li>
          ))}
        </ul>
        {!account.hasTotp ? <p className="hint">{t('console.home.noTotp')}</p> : null}
      </section>
      <ul className="cards">
        {visibleSections(account).map((section) => (
          <li key={section.key} className="card">
            <h2 className="card__title">
              <Link to={section.path}>{t(`console.nav.${section.key}`)}</Link>
            </h2>
            <p className="card__meta">{t(`console.home.about.${section.key}`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
