import './translations.js';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../auth/session-context.js';
import { usePageTitle } from '../hooks/usePageTitle.js';
import { NotificationsForm } from './NotificationsForm.js';
import { ProfileForm } from './ProfileForm.js';

export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('account.profileTitle'));
  const account = useAccount();
  if (!account) return null;
  const isNew = !account.profile?.fullName;

  return (
    <>
      <h1>{t('account.profileTitle')}</h1>
      {isNew ? <p className="notice">{t('account.welcome')}</p> : null}
      <section className="form-section" aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t('account.contact')}</h2>
        <dl className="facts facts--stacked">
          {account.phone ? (
            <div>
              <dt>{t('account.contactPhone')}</dt>
              <dd>{account.phone}</dd>
            </div>
          ) : null}
          {account.email ? (
            <div>
              <dt>{t('account.contactEmail')}</dt>
              <dd>{account.email}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      <ProfileForm key={account.id} account={account} />
      <section className="section" aria-labelledby="notifications-heading">
        <h2 id="notifications-heading">{t('account.notifications')}</h2>
        <NotificationsForm key={account.id} account={account} />
      </section>
    </>
  );
}
