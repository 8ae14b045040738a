import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/useApi.js';
import { Loaded } from '../../../components/StatusViews.js';
import { localeOf } from '../../../i18n/setup.js';
import { adminReads } from '../../api/admin.js';

/** Every saved version of a service, newest first (who saved each is in the audit log). */
export function VersionHistory({ serviceRef, reloadKey }: { serviceRef: string; reloadKey: number }) {
  const { t, i18n } = useTranslation();
  const versions = useApi(`versions:${serviceRef}:${reloadKey}`, (signal) =>
    adminReads.listServiceVersions(serviceRef, signal),
  );
  const when = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="section" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('console.service.versions')}</h2>
      <Loaded state={versions} isInline>
        {(items) =>
          items.length === 0 ? (
            <p>{t('console.service.noVersions')}</p>
          ) : (
            <table className="data-table data-table--boxed">
              <caption className="visually-hidden">{t('console.service.versions')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('console.service.version')}</th>
                  <th scope="col">{t('console.service.savedAt')}</th>
                  <th scope="col">{t('console.service.name')}</th>
                </tr>
              </thead>
              <tbody>
                {[...items]
                  .sort((a, b) => b.version - a.version)
                  .map((version) => (
                    <tr key={version.version}>
                      <td>{version.version}</td>
                      <td>{when.format(new Date(version.createdAt))}</td>
                      <td>{version.name}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </section>
  );
}
