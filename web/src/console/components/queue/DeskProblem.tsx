import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.js';
import { problemMessage } from '../../../components/form/problems.js';

/**
 * A refused counter action, in the server's words (problem+json, in the console's language),
 * with its code for the help desk. A stale action (409) also says the view was refreshed.
 */
export function DeskProblem({ error, isStale }: { error: unknown; isStale: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const code = error instanceof ApiError ? error.problem.code : undefined;
  const title = error instanceof ApiError ? error.problem.title : undefined;
  return (
    <div ref={ref} className="notice notice--error" role="alert" tabIndex={-1}>
      {title ? <p className="form-alert__title">{title}</p> : null}
      <p>{problemMessage(error, t)}</p>
      {isStale ? <p>{t('console.queue.desk.staleRefreshed')}</p> : null}
      {code ? <p className="muted mono">{code}</p> : null}
    </div>
  );
}
