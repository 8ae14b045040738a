import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth/session-context.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { adminApi } from '../api/admin.js';
import { contactOf, emptyOpeningHours, MppForm, type MppDraft } from '../components/MppForm.js';

const EMPTY: MppDraft = {
  slug: '',
  name: '',
  regencyCode: '',
  address: '',
  latitude: '',
  longitude: '',
  timeZone: 'Asia/Jakarta',
  openingHours: emptyOpeningHours(),
  maklumat: { text: '', signatoryName: '', signatoryTitle: '' },
  contact: { phone: '', email: '', website: '' },
};

/** A new MPP (national admin only). */
export function MppCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('console.mpps.create'));
  const { send } = useSession();
  const navigate = useNavigate();
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/mpps">{t('console.nav.mpps')}</Link>
          </li>
        </ol>
      </nav>
      <h1>{t('console.mpps.create')}</h1>
      <MppForm
        mode="create"
        initial={EMPTY}
        savedMessage={t('console.saved')}
        onSave={async (draft) => {
          const created = await adminApi(send).createMpp({
            slug: draft.slug.trim(),
            name: draft.name.trim(),
            regencyCode: draft.regencyCode.trim(),
            address: draft.address.trim(),
            latitude: Number(draft.latitude),
            longitude: Number(draft.longitude),
            timeZone: draft.timeZone,
            openingHours: draft.openingHours,
            maklumat: draft.maklumat,
            contact: contactOf(draft.contact),
          });
          void navigate(`/mpps/${created.slug}`);
        }}
      />
    </>
  );
}
