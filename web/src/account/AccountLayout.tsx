import './translations.js';
import '../booking/entry-translations.js';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { authApi } from '../api/auth.js';
import { useSession } from '../auth/session-context.js';
import { LoadingView } from '../components/StatusViews.js';
import { MY_BOOKINGS_PATH } from '../booking/booking-links.js';
import { accountHref, signInHref } from '../links.js';

/**
 * The frame of the citizen's own pages: only for a signed-in citizen (anyone else is sent to
 * sign in and brought back), with the sections and a sign-out button.
 */
export function AccountLayout() {
  const { t } = useTranslation();
  const { state, send, signedOut } = useSession();
  const location = useLocation();

  if (state.status === 'loading') return <LoadingView />;
  if (state.status === 'signed_out') {
    return <Navigate to={signInHref(`${location.pathname}${location.search}`)} replace />;
  }
  const { account } = state.session;
  if (account.kind !== 'citizen') {
    return (
      <div className="notice">
        <p>{t('account.staffAccount')}</p>
        <a className="button" href="/console/">
          {t('account.openConsole')}
        </a>
      </div>
    );
  }

  // A full page load after signing out: nothing of the account stays in this tab's memory.
  async function signOut() {
    try {
      await authApi(send).signOut();
    } finally {
      signedOut();
      window.location.assign('/');
    }
  }

  const name = account.profile?.fullName || account.displayName || t('account.unnamed');
  return (
    <div className="account">
      <div className="account__bar">
        <p className="account__who">{t('account.signedInAs', { name })}</p>
        <button type="button" className="button button--small" onClick={() => void signOut()}>
          {t('account.signOut')}
        </button>
      </div>
      <nav className="tabs" aria-label={t('account.nav')}>
        <NavLink to={accountHref()} end>
          {t('account.profile')}
        </NavLink>
        <NavLink to={MY_BOOKINGS_PATH}>{t('bookingEntry.nav')}</NavLink>
        <NavLink to={accountHref('data')}>{t('account.myData')}</NavLink>
        <NavLink to={accountHref('sesi')}>{t('account.sessions')}</NavLink>
      </nav>
      <Suspense fallback={<LoadingView />}>
        <Outlet />
      </Suspense>
    </div>
  );
}
