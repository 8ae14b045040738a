import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import type { Loadable } from '../api/useApi.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';

export function LoadingView() {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('status.loading')}
    </div>
  );
}

/**
 * A failed load. For a whole page, 404 becomes the not-found page and anything else gets a
 * heading; inside a page (`isInline`) it is one short alert. Both offer a retry.
 */
export function ErrorView({ error, isInline = false }: { error: unknown; isInline?: boolean }) {
  const { t } = useTranslation();
  if (!isInline && error instanceof ApiError && error.status === 404) return <NotFoundPage />;
  const isNetwork = error instanceof ApiError && error.status === 0;
  const detail = error instanceof ApiError && !isNetwork ? error.problem.detail : undefined;
  const message = isNetwork ? t('error.network') : t('error.generic');
  return (
    <div className="notice notice--error" role="alert">
      {isInline ? <p>{message}</p> : <h1>{t('error.title')}</h1>}
      {isInline ? null : <p>{message}</p>}
      {detail ? <p className="muted">{detail}</p> : null}
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.retry')}
      </button>
    </div>
  );
}

/** Renders the loading or error state of `state`, or `children(data)` once it is ready. */
export function Loaded<T>({
  state,
  isInline = false,
  children,
}: {
  state: Loadable<T>;
  isInline?: boolean;
  children: (data: T) => ReactNode;
}) {
  if (state.status === 'loading') return <LoadingView />;
  if (state.status === 'error') return <ErrorView error={state.error} isInline={isInline} />;
  return <>{children(state.data)}</>;
}
