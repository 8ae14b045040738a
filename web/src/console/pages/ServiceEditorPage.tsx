import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../api/useApi.js';
import { useAccount, useSession } from '../../auth/session-context.js';
import { Loaded } from '../../components/StatusViews.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { adminApi, adminReads } from '../api/admin.js';
import type { StaffServiceDetail } from '../api/admin-types.js';
import {
  emptyServiceDraft,
  serviceDraftOf,
  toServiceInput,
  toServiceUpdate,
} from '../components/service/service-draft.js';
import { ServiceForm } from '../components/service/ServiceForm.js';
import { VersionHistory } from '../components/service/VersionHistory.js';
import { can } from '../permissions.js';

/** /services/new?tenant=… creates a service; /services/:ref edits one (each save is a new version). */
export function ServiceEditorPage() {
  const { ref } = useParams();
  return ref ? <EditService serviceRef={ref} /> : <NewService />;
}

function Breadcrumb({ tenant }: { tenant?: { slug: string; name: string } }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <Link to="/services">{t('console.nav.services')}</Link>
        </li>
        {tenant ? (
          <li>
            <Link to={`/services?tenant=${tenant.slug}`}>{tenant.name}</Link>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}

function NewService() {
  const { t } = useTranslation();
  usePageTitle(t('console.service.newTitle'));
  const { send } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const tenantRef = searchParams.get('tenant') ?? '';
  return (
    <>
      <Breadcrumb />
      <h1>{t('console.service.newTitle')}</h1>
      {tenantRef ? null : <p className="notice notice--error">{t('console.service.noTenant')}</p>}
      <ServiceForm
        initial={emptyServiceDraft(tenantRef)}
        isNew
        isReadOnly={!tenantRef}
        onSave={async (draft) => {
          const created = await adminApi(send).createService(toServiceInput(draft));
          void navigate(`/services/${created.slug}`, { replace: true });
          return t('console.service.created');
        }}
      />
    </>
  );
}

function EditService({ serviceRef }: { serviceRef: string }) {
  const [version, setVersion] = useState(0);
  const service = useApi(`staff-service:${serviceRef}`, (signal) => adminReads.getServiceForStaff(serviceRef, signal));
  return (
    <Loaded state={service}>
      {(data) => <ServiceEditor service={data} onSaved={() => setVersion((v) => v + 1)} versionKey={version} />}
    </Loaded>
  );
}

function ServiceEditor({
  service,
  onSaved,
  versionKey,
}: {
  service: StaffServiceDetail;
  onSaved: () => void;
  versionKey: number;
}) {
  const { t } = useTranslation();
  usePageTitle(service.name);
  const account = useAccount();
  const { send } = useSession();
  const mayEdit = can(account, 'catalogue.service.manage');
  const [currentVersion, setCurrentVersion] = useState(service.version);
  return (
    <>
      <Breadcrumb tenant={service.tenant} />
      <h1>{service.name}</h1>
      <p className="muted">
        {t('console.service.currentVersion', { version: currentVersion })} ·{' '}
        <a href={`/layanan/${service.slug}`}>{t('console.mpps.viewPublic')}</a>
      </p>
      <ServiceForm
        key={service.id}
        initial={serviceDraftOf(service)}
        isNew={false}
        isReadOnly={!mayEdit}
        onSave={async (draft) => {
          const saved = await adminApi(send).replaceService(service.slug, toServiceUpdate(draft, currentVersion));
          const version = saved?.version ?? currentVersion + 1;
          setCurrentVersion(version);
          onSaved();
          return t('console.service.savedVersion', { version });
        }}
      />
      <VersionHistory serviceRef={service.slug} reloadKey={versionKey} />
    </>
  );
}
