import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateIn, formatTimeIn } from '../queue/format-time.js';
import { serverNow } from '../queue/server-clock.js';
import { groupCodeForReading, zoneLabel } from './check-in-code.js';
import { readCheckInRefusal } from './check-in-error.js';

/** The kiosk goes back to the start by itself this long after a refusal. */
const BACK_TO_START_SECONDS = 20;

/**
 * Why the code did not check in, in large type (read from a metre away), with what to do:
 * type it again, come back in the window, or ask at the information desk. Then the start again.
 */
export function CheckInErrorScreen({
  error,
  code,
  timeZone,
  onRetype,
  onDone,
}: {
  error: unknown;
  code: string;
  timeZone: string;
  onRetype: () => void;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [secondsLeft, setSecondsLeft] = useState(BACK_TO_START_SECONDS);
  useEffect(() => {
    const timer = setInterval(() => setSecondsLeft((left) => left - 1), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (secondsLeft <= 0) onDone();
  }, [secondsLeft, onDone]);
  const refusal = readCheckInRefusal(error, serverNow());
  const time = (iso: string) => formatTimeIn(iso, timeZone, i18n.language);
  const zone = zoneLabel(timeZone);
  let message: string;
  switch (refusal.kind) {
    case 'not_found':
      message = t('kioskCheckIn.error.notFound', { code: groupCodeForReading(code) });
      break;
    case 'too_early':
    case 'too_late':
      message = t(`kioskCheckIn.error.${refusal.kind === 'too_early' ? 'tooEarly' : 'tooLate'}`, {
        date: formatDateIn(refusal.from, timeZone, i18n.language),
        from: time(refusal.from),
        to: time(refusal.to),
        zone,
      });
      break;
    case 'used':
      message = refusal.message;
      break;
    case 'invalid':
      message = t('kioskCheckIn.incomplete');
      break;
    case 'network':
      message = t('kiosk.error.network');
      break;
    case 'other':
      message = refusal.message ?? t('kiosk.error.generic');
  }
  const canRetype = refusal.kind === 'not_found' || refusal.kind === 'invalid' || refusal.kind === 'network';
  return (
    <section className="kiosk-message kiosk-check-in-error" role="alert" aria-labelledby="kiosk-error-title">
      <h1 id="kiosk-error-title">{t('kioskCheckIn.error.title')}</h1>
      <p className="kiosk-check-in-error__message">{message}</p>
      {refusal.kind === 'too_late' ? <p className="kiosk-lead">{t('kioskCheckIn.error.walkIn')}</p> : null}
      <p className="kiosk-lead">{t('kioskCheckIn.error.help')}</p>
      <p className="kiosk-check-in-error__back">
        {t('kioskCheckIn.error.backSoon', { count: Math.max(0, secondsLeft) })}
      </p>
      <div className="kiosk-actions">
        {canRetype ? (
          <button type="button" className="kiosk-button kiosk-button--primary" onClick={onRetype}>
            {t('kioskCheckIn.error.retype')}
          </button>
        ) : null}
        <button
          type="button"
          className={canRetype ? 'kiosk-button' : 'kiosk-button kiosk-button--primary'}
          onClick={onDone}
        >
          {t('kiosk.restart')}
        </button>
      </div>
    </section>
  );
}
