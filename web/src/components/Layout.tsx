import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { AccountLink } from './AccountLink.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { LoadingView } from './StatusViews.js';

/** The frame of every page: skip link, banner, main landmark, footer. */
export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const isFirstRender = useRef(true);

  // After a client-side navigation, move focus to the new page so screen readers announce it
  // and keyboard users start from the top, as a full page load would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only.
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    mainRef.current?.focus();
    window.scrollTo(0, 0);
  }, [location.pathname, location.search]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand" aria-label={t('app.homeLinkLabel')}>
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="6" fill="currentColor" />
              <path d="M10 26V8h12v18" fill="none" stroke="#fff" strokeWidth="3" />
              <circle cx="19" cy="17" r="1.6" fill="#fff" />
            </svg>
            <span className="brand__name">{t('app.name')}</span>
          </Link>
          <div className="site-header__tools">
            <LanguageSwitch />
            <AccountLink />
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="container main">
        <Suspense fallback={<LoadingView />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
          <p>
            <a href="/docs">{t('app.apiDocs')}</a>
          </p>
        </div>
      </footer>
    </>
  );
}
