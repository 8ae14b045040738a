import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../auth/session-context.js';
import { accountHref, signInHref } from '../links.js';

/** "Masuk" for visitors, "Akun saya" once signed in; staff are pointed to their console. */
export function AccountLink() {
  const { t } = useTranslation();
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <span className="account-link account-link--placeholder" />;
  if (state.status === 'signed_in') {
    const { account } = state.session;
    if (account.kind === 'staff') {
      return (
        <a className="account-link" href="/console/">
          {t('nav.staffConsole')}
        </a>
      );
    }
    return (
      <Link className="account-link" to={accountHref()}>
        {t('nav.account')}
      </Link>
    );
  }
  const here = `${location.pathname}${location.search}`;
  const isAccountPage = location.pathname === signInHref() || location.pathname.startsWith(accountHref());
  return (
    <Link className="account-link" to={signInHref(isAccountPage ? undefined : here)}>
      {t('nav.signIn')}
    </Link>
  );
}
