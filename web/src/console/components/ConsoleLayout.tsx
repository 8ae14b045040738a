import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { authApi } from '../../api/auth.js';
import { useSession } from '../../auth/session-context.js';
import { LoadingView } from '../../components/StatusViews.js';
import { visibleSections } from '../permissions.js';
import { ConsoleFrame } from './ConsoleFrame.js';

/** The console for a signed-in staff member: the sections their roles allow, and sign-out. */
export function ConsoleLayout() {
  const { t } = useTranslation();
  const { state, send, signedOut } = useSession();
  const location = useLocation();
  const isFirstRender = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only.
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    document.getElementById('main')?.focus();
  }, [location.pathname]);

  if (state.status === 'loading') return <LoadingView />;
  if (state.status === 'signed_out') {
    const here = `${location.pathname}${location.search}`;
    return <Navigate to={here === '/' ? '/sign-in' : `/sign-in?returnTo=${encodeURIComponent(here)}`} replace />;
  }
  const { account } = state.session;

  async function signOut() {
    try {
      await authApi(send).signOut();
    } finally {
      signedOut();
      window.location.assign('/console/sign-in');
    }
  }

  const signOutButton = (
    <button type="button" className="lang-switch" onClick={() => void signOut()}>
      {t('console.signOut')}
    </button>
  );

  if (account.kind !== 'staff') {
    return (
      <ConsoleFrame tools={signOutButton}>
        <h1>{t('console.notStaffTitle')}</h1>
        <p>{t('console.notStaff')}</p>
        <a className="button" href="/">
          {t('console.toPortal')}
        </a>
      </ConsoleFrame>
    );
  }

  const nav = (
    <nav className="console-nav" aria-label={t('console.navLabel')}>
      <div className="console-container console-nav__inner">
        <NavLink to="/" end>
          {t('console.nav.home')}
        </NavLink>
        {visibleSections(account).map((section) => (
          <NavLink key={section.key} to={section.path}>
            {t(`console.nav.${section.key}`)}
          </NavLink>
        ))}
      </div>
    </nav>
  );

  return (
    <ConsoleFrame
      nav={nav}
      tools={
        <>
          <span className="console-user">{account.displayName || account.email}</span>
          {signOutButton}
        </>
      }
    >
      <Suspense fallback={<LoadingView />}>
        <Outlet />
      </Suspense>
    </ConsoleFrame>
  );
}
