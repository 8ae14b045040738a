import { useTranslation } from 'react-i18next';
import type { BoardMpp } from '../api/queue-types.js';
import { useNow } from '../hooks/useNow.js';
import { formatTimeIn } from '../queue/format-time.js';
import { serverNow } from '../queue/server-clock.js';
import { LanguageButtons } from './LanguageButtons.js';

/** The MPP's name, the local time, the step the visitor is at, and the language choice. */
export function KioskHeader({ mpp, progress }: { mpp: BoardMpp; progress: { n: number; total: number } | undefined }) {
  const { t, i18n } = useTranslation();
  const now = useNow(10_000, serverNow);
  return (
    <header className="kiosk-header">
      <div className="kiosk-header__brand">
        <span className="kiosk-header__app">{t('kiosk.appName')}</span>
        <span className="kiosk-header__mpp">{mpp.name}</span>
      </div>
      {progress ? <p className="kiosk-header__step">{t('kiosk.steps', progress)}</p> : null}
      <div className="kiosk-header__tools">
        <time className="kiosk-header__clock" dateTime={now.toISOString()}>
          {formatTimeIn(now, mpp.timeZone, i18n.language)}
        </time>
        <LanguageButtons />
      </div>
    </header>
  );
}
