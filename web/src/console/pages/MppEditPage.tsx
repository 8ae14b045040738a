import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.js';
import type { MppDetail } from '../../api/types.js';
import { useApi } from '../../api/useApi.js';
import { useSession } from '../../auth/session-context.js';
import { Loaded } from '../../components/StatusViews.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { adminApi } from '../api/admin.js';
import { contactOf, MppForm, type MppDraft, normaliseHours } from '../components/MppForm.js';

export function MppEditPage() {
  const { ref = '' } = useParams();
  const mpp = useApi(`mpp:${ref}`, (signal) => api.getMpp(ref, signal));
  return <Loaded state={mpp}>{(data) => <MppEditor mpp={data} />}</Loaded>;
}

function draftOf(mpp: MppDetail): MppDraft {
  return {
    slug: mpp.slug,
    name: mpp.name,
    regencyCode: mpp.regency.code,
    address: mpp.address,
    latitude: String(mpp.latitude),
    longitude: String(mpp.longitude),
    timeZone: mpp.timeZone,
    openingHours: normaliseHours(mpp.openingHours),
    maklumat: { ...mpp.maklumat },
    contact: { phone: mpp.contact.phone ?? '', email: mpp.contact.email ?? '', website: mpp.contact.website ?? '' },
  };
}

function MppEditor({ mpp }: { mpp: MppDetail }) {
  const { t } = useTranslation();
  usePageTitle(mpp.name);
  const { send } = useSession();
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/mpps">{t('console.nav.mpps')}</Link>
          </li>
        </ol>
      </nav>
      <h1>{mpp.name}</h1>
      <p className="actions">
        <Link to={`/counters?mpp=${mpp.slug}`}>{t('console.mpps.manageCounters')}</Link>
        <a href={`/mpp/${mpp.slug}`}>{t('console.mpps.viewPublic')}</a>
      </p>
      <MppForm
        mode="edit"
        initial={draftOf(mpp)}
        savedMessage={t('console.saved')}
        onSave={(draft) =>
          adminApi(send).updateMpp(mpp.slug, {
            name: draft.name.trim(),
            address: draft.address.trim(),
            openingHours: draft.openingHours,
            maklumat: draft.maklumat,
            contact: contactOf(draft.contact),
          })
        }
      />
      <section className="section" aria-labelledby="mpp-tenants">
        <h2 id="mpp-tenants">{t('console.mpps.tenantsHere')}</h2>
        {mpp.tenants.length === 0 ? (
          <p>{t('mpp.noTenants')}</p>
        ) : (
          <ul className="rows">
            {mpp.tenants.map((tenant) => (
              <li key={tenant.id}>
                <Link to={`/tenants/${tenant.slug}`}>{tenant.name}</Link>
                <span className="rows__meta">{t('mpp.gerai', { location: tenant.geraiLocation })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
