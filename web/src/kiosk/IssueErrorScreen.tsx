import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { formatOpeningIn } from '../queue/format-time.js';

/** Why no number was issued (quota used up, closed, server away) and when to come back. */
export function IssueErrorScreen({
  error,
  timeZone,
  onDone,
}: {
  error: unknown;
  timeZone: string;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const problem =
    error instanceof ApiError ? (error.problem as ApiError['problem'] & { nextOpeningAt?: string }) : undefined;
  const message =
    problem?.code === 'queue.quota_reached'
      ? t('kiosk.error.quota')
      : problem?.code === 'queue.outside_hours'
        ? t('kiosk.error.closed')
        : problem?.status === 0
          ? t('kiosk.error.network')
          : (problem?.detail ?? t('kiosk.error.generic'));
  return (
    <section className="kiosk-message" role="alert" aria-labelledby="kiosk-error-title">
      <h1 id="kiosk-error-title">{t('kiosk.error.title')}</h1>
      <p className="kiosk-lead">{message}</p>
      {problem?.nextOpeningAt ? (
        <p className="kiosk-lead">
          {t('kiosk.error.nextOpening', { when: formatOpeningIn(problem.nextOpeningAt, timeZone, i18n.language) })}
        </p>
      ) : null}
      <button type="button" className="kiosk-button kiosk-button--primary" onClick={onDone}>
        {t('kiosk.restart')}
      </button>
    </section>
  );
}
