import { useTranslation } from 'react-i18next';
import { useNow } from '../hooks/useNow.js';
import { formatDateIn, formatTimeIn } from '../queue/format-time.js';
import { serverNow } from '../queue/server-clock.js';

/** The time in the MPP's zone, by the server's clock (a TV's own clock and zone are not trusted). */
export function BoardClock({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation();
  const now = useNow(1000, serverNow);
  return (
    <div className="board__clock">
      <span className="visually-hidden">{t('display.clockLabel')}</span>
      <time className="board__time" dateTime={now.toISOString()}>
        {formatTimeIn(now, timeZone, i18n.language, true)}
      </time>
      <span className="board__date">{formatDateIn(now, timeZone, i18n.language)}</span>
    </div>
  );
}
