import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';

/** Skip link, banner and main landmark of every console page; `tools` sit right of the brand. */
export function ConsoleFrame({ tools, nav, children }: { tools?: ReactNode; nav?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header console-header">
        <div className="console-container site-header__inner">
          <Link to="/" className="brand" aria-label={t('console.homeLinkLabel')}>
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="6" fill="currentColor" />
              <path d="M10 26V8h12v18" fill="none" stroke="#fff" strokeWidth="3" />
              <circle cx="19" cy="17" r="1.6" fill="#fff" />
            </svg>
            <span className="brand__name">
              {t('app.name')} <span className="brand__suffix">{t('console.name')}</span>
            </span>
          </Link>
          <div className="site-header__tools">
            <LanguageSwitch />
            {tools}
          </div>
        </div>
        {nav}
      </header>
      <main id="main" tabIndex={-1} className="console-container main">
        {children}
      </main>
    </>
  );
}
