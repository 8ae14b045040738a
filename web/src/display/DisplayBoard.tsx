import { useTranslation } from 'react-i18next';
import type { StreamStatus } from '../api/event-stream.js';
import type { Board } from '../api/queue-types.js';
import { BoardClock } from './BoardClock.js';
import { CallHistory } from './CallHistory.js';
import { LatestCall } from './LatestCall.js';
import { RunningText } from './RunningText.js';
import { SoundGate } from './SoundGate.js';
import { WaitingCounts } from './WaitingCounts.js';

/** 1920x1080, no scrolling: the latest call large, earlier calls, waiting counts, news line, clock. */
export function DisplayBoard({ board, stream }: { board: Board; stream: StreamStatus }) {
  const { t } = useTranslation();
  const latest = board.calls[0];
  return (
    <div className="board">
      <header className="board__header">
        <h1 className="board__mpp">{board.mpp.name}</h1>
        {stream === 'reconnecting' ? (
          <p className="board__connection" role="status">
            <span className="board__connection-dot" aria-hidden="true" />
            {t('display.reconnecting')}
          </p>
        ) : null}
        <BoardClock timeZone={board.mpp.timeZone} />
      </header>
      <main className="board__main">
        <section
          className="board__latest"
          aria-labelledby="board-latest-title"
          aria-live="assertive"
          aria-atomic="true"
        >
          <LatestCall call={latest} />
        </section>
        <section className="board__history" aria-labelledby="board-history-title">
          <h2 id="board-history-title" className="board__section-title">
            {t('display.history')}
          </h2>
          <CallHistory calls={board.calls.slice(1, 7)} />
        </section>
        <section className="board__waiting" aria-labelledby="board-waiting-title">
          <WaitingCounts services={board.services} />
        </section>
      </main>
      <SoundGate>
        <RunningText text={board.runningText} />
      </SoundGate>
    </div>
  );
}
