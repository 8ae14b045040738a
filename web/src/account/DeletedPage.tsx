import './translations.js';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import type { DeletionResult } from '../api/identity-types.js';
import { useSession } from '../auth/session-context.js';
import { formatDate } from '../format.js';
import { usePageTitle } from '../hooks/usePageTitle.js';

/** After erasure: what was done, and what is kept by law, why and until when. */
export function DeletedPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('account.deletedTitle'));
  const result = useLocation().state as DeletionResult | null;
  const { signedOut } = useSession();
  // The server ended every session of the erased account; the header must say "Masuk" again.
  useEffect(() => signedOut(), [signedOut]);
  if (!result) return <Navigate to="/" replace />;
  return (
    <div className="narrow">
      <h1>{t('account.deletedTitle')}</h1>
      <p className="lead">
        {result.outcome === 'erased' ? t('account.deletedErased') : t('account.deletedAnonymised')}
      </p>
      <h2>{t('account.deletedKept')}</h2>
      {result.kept.length === 0 ? (
        <p>{t('account.deletedNothingKept')}</p>
      ) : (
        <ul className="cards">
          {result.kept.map((item) => (
            <li key={item.what} className="card">
              <h3 className="card__title">
                {item.what}
                {item.until
                  ? ` (${t('account.deletedKeptUntil', { date: formatDate(item.until, i18n.language) })})`
                  : ''}
              </h3>
              <p className="card__meta">{item.reason}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="actions">
        <Link to="/" className="button button--primary">
          {t('account.deletedHome')}
        </Link>
      </p>
    </div>
  );
}
