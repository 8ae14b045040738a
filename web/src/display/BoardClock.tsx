import { useTranslation } from 'react-i18next';
import { useNow } from '../hooks/useNow.js';
import { formatDateIn, formatTimeIn } from '../queue/format-time.js';

/** The time in the MPP's zone (the TV's own zone setting is not trusted). */
export function BoardClock({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation();
  const now = useNow(1000);
  return (
    <div className="board__clock" aria-label={t('display.clockLabel')}>
      <time className="board__time" dateTime={now.toISOString()}>
        {formatTimeIn(now, timeZone, i18n.language, true)}
      </time>
      <span className="board__date">{formatDateIn(now, timeZone, i18n.language)}</span>
    </div>
  );
}
