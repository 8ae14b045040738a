import { useTranslation } from 'react-i18next';
import type { BoardCall } from '../api/queue-types.js';

/** The calls before the latest one, newest first, for whoever looked away. */
export function CallHistory({ calls }: { calls: BoardCall[] }) {
  const { t } = useTranslation();
  if (calls.length === 0) return <p className="board__empty board__empty--small">{t('display.historyEmpty')}</p>;
  return (
    <ol className="call-history">
      {calls.map((call) => (
        <li key={call.eventId} className="call-history__row">
          <span className="call-history__number">{call.displayNumber}</span>
          <span className="call-history__counter">{t('display.counter', { number: call.counter.number })}</span>
          <span className="call-history__service">{call.serviceName}</span>
        </li>
      ))}
    </ol>
  );
}
