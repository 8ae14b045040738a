import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../api/client.js';
import { useSession } from '../../../auth/session-context.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { ErrorView, LoadingView } from '../../../components/StatusViews.js';
import { usePageTitle } from '../../../hooks/usePageTitle.js';
import { type CounterAction, queueStaffWrites } from '../../api/queue.js';
import { CallNumberDialog } from './CallNumberDialog.js';
import { type DeskDialog, CounterActions } from './CounterActions.js';
import { CurrentTicket } from './CurrentTicket.js';
import { DeskProblem } from './DeskProblem.js';
import { FinishDialog } from './FinishDialog.js';
import { LineTable } from './LineTable.js';
import { TodayCounts } from './TodayCounts.js';
import { TransferDialog } from './TransferDialog.js';
import { useCounterDesk } from './useCounterDesk.js';
import { WalkInDialog } from './walk-in/WalkInDialog.js';

/**
 * An officer's counter: the ticket being served, the actions, who is next, who is on hold, and
 * who missed their call but may still come back.
 */
export function CounterDesk({ counterId }: { counterId: string }) {
  const { t } = useTranslation();
  const { send } = useSession();
  const { view, loadError, stream, reload, applied } = useCounterDesk(counterId);
  const [dialog, setDialog] = useState<DeskDialog | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ error: unknown; isStale: boolean } | null>(null);
  usePageTitle(
    view
      ? t('console.queue.desk.counterTitle', { number: view.counter.number, label: view.counter.label })
      : t('console.queue.desk.title'),
  );

  if (!view) return loadError ? <ErrorView error={loadError} /> : <LoadingView />;

  async function act(action: CounterAction) {
    setDialog(null);
    setBusy(true);
    setProblem(null);
    try {
      applied(await queueStaffWrites(send).act(counterId, action));
    } catch (error) {
      // A stale action changed nothing: show the counter as it is now, and say so.
      const isStale = error instanceof ApiError && error.status === 409;
      setProblem({ error, isStale });
      if (isStale) await reload();
    } finally {
      setBusy(false);
    }
  }

  const ticketId = view.current?.id;
  // Calling a waiting ticket and calling a parked one back both need an open, free counter.
  const canCall = !isBusy && view.state === 'open' && view.current === null;
  return (
    <div className="desk">
      <div className="page-title-row">
        <h1>{t('console.queue.desk.counterTitle', { number: view.counter.number, label: view.counter.label })}</h1>
        <p className="desk-state">
          <span className="visually-hidden">{t('console.queue.desk.stateLabel')}: </span>
          <span className={`status-chip status-chip--${view.state}`}>{t(`queue.counterState.${view.state}`)}</span>
          <span className={stream === 'reconnecting' ? 'desk-live desk-live--problem' : 'desk-live'} role="status">
            {stream === 'reconnecting' ? t('console.queue.desk.reconnecting') : t('console.queue.desk.live')}
          </span>
        </p>
      </div>
      <p>
        {view.mpp.name} · <Link to="/loket">{t('console.queue.desk.back')}</Link>
      </p>
      {problem ? <DeskProblem error={problem.error} isStale={problem.isStale} /> : null}
      <div className="desk-grid">
        <div className="desk-grid__main">
          <CurrentTicket view={view} />
          <CounterActions view={view} isBusy={isBusy} onAct={(action) => void act(action)} onDialog={setDialog} />
          <p className="hint">{t('console.queue.desk.shortcutsHint')}</p>
        </div>
        <TodayCounts view={view} />
      </div>
      <section className="section" aria-labelledby="desk-next-title">
        <h2 id="desk-next-title">{t('console.queue.desk.next')}</h2>
        <LineTable
          entries={view.next}
          caption={t('console.queue.desk.nextCaption')}
          empty={t('console.queue.desk.nobodyWaiting')}
          actionLabel={t('console.queue.desk.callThis')}
          actionLabelFor={(entry) => t('console.queue.desk.callThisLabel', { number: entry.displayNumber })}
          onAction={(entry) => void act({ kind: 'call', ticketId: entry.id })}
          isDisabled={!canCall}
        />
      </section>
      <section className="section" aria-labelledby="desk-parked-title">
        <h2 id="desk-parked-title">{t('console.queue.desk.parked')}</h2>
        <LineTable
          entries={view.parked}
          caption={t('console.queue.desk.parkedCaption')}
          empty={t('console.queue.desk.noneParked')}
          actionLabel={t('console.queue.desk.unpark')}
          actionLabelFor={(entry) => t('console.queue.desk.unparkLabel', { number: entry.displayNumber })}
          onAction={(entry) => void act({ kind: 'unpark', ticketId: entry.id })}
          isDisabled={!canCall}
        />
      </section>
      <section className="section" aria-labelledby="desk-no-shows-title">
        <h2 id="desk-no-shows-title">{t('console.queue.desk.noShows')}</h2>
        <p className="hint">{t('console.queue.desk.recycleHint')}</p>
        <LineTable
          entries={view.noShows}
          caption={t('console.queue.desk.noShowsCaption')}
          empty={t('console.queue.desk.noNoShows')}
          actionLabel={t('console.queue.desk.recycle')}
          actionLabelFor={(entry) => t('console.queue.desk.recycleLabel', { number: entry.displayNumber })}
          onAction={(entry) => void act({ kind: 'recycle', ticketId: entry.id })}
          isDisabled={isBusy}
        />
      </section>
      {dialog === 'finish' && ticketId && view.current ? (
        <FinishDialog
          number={view.current.displayNumber}
          onFinish={(outcome) => void act({ kind: 'finish', ticketId, outcome })}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'transfer' && ticketId ? (
        <TransferDialog
          view={view}
          onTransfer={(target) => void act({ kind: 'transfer', ticketId, ...target })}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'callNumber' ? (
        <CallNumberDialog
          next={view.next}
          parked={view.parked}
          onCall={(choice) =>
            void act({ kind: choice.list === 'parked' ? 'unpark' : 'call', ticketId: choice.ticketId })
          }
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'walkIn' ? <WalkInDialog view={view} onClose={() => setDialog(null)} /> : null}
      <ConfirmDialog
        isOpen={dialog === 'close'}
        title={t('console.queue.closeCounter.title', { number: view.counter.number })}
        body={t('console.queue.closeCounter.body')}
        confirmLabel={t('console.queue.closeCounter.confirm')}
        isDanger
        onConfirm={() => void act({ kind: 'close' })}
        onCancel={() => setDialog(null)}
      />
    </div>
  );
}
