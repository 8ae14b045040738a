import { useTranslation } from 'react-i18next';
import type { BoardCall } from '../api/queue-types.js';

/** The call being made now: the number, where to go, for which service. Flashes when it changes. */
export function LatestCall({ call }: { call: BoardCall | undefined }) {
  const { t } = useTranslation();
  if (!call) {
    return (
      <>
        <h2 id="board-latest-title" className="board__section-title">
          {t('display.nowCalling')}
        </h2>
        <p className="board__empty">{t('display.noCalls')}</p>
      </>
    );
  }
  return (
    <div key={call.eventId} className="latest-call" data-testid="board-latest">
      <h2 id="board-latest-title" className="board__section-title">
        {t('display.nowCalling')}
        {call.isRecall ? <span className="latest-call__recall">{t('display.recall')}</span> : null}
      </h2>
      <p className="latest-call__number">{call.displayNumber}</p>
      <p className="latest-call__counter">
        <span className="latest-call__goto">{t('display.goTo')}</span>
        <span className="latest-call__arrow" aria-hidden="true">
          {' '}
          →{' '}
        </span>
        <strong>{t('display.counter', { number: call.counter.number })}</strong>
      </p>
      <p className="latest-call__service">{call.serviceName}</p>
    </div>
  );
}
