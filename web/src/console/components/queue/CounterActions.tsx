import { useTranslation } from 'react-i18next';
import type { CounterView } from '../../../api/queue-types.js';
import type { CounterAction } from '../../api/queue.js';
import { ActionButton } from './ActionButton.js';
import { SHORTCUTS, useShortcuts } from './shortcuts.js';

export type DeskDialog = 'finish' | 'transfer' | 'callNumber' | 'walkIn' | 'close';

/**
 * Every action of the counter, enabled only when it can apply (ACTION_FROM in
 * src/domain/queue: recall, start and no-show need a called ticket; finish, transfer and park
 * a called or serving one). The server still decides; a stale click answers 409.
 */
export function CounterActions({
  view,
  isBusy,
  onAct,
  onDialog,
}: {
  view: CounterView;
  isBusy: boolean;
  onAct: (action: CounterAction) => void;
  onDialog: (dialog: DeskDialog) => void;
}) {
  const { t } = useTranslation();
  const current = view.current;
  const isOpen = view.state === 'open';
  const isCalled = current?.status === 'called';
  const isActive = isCalled || current?.status === 'serving';
  const ticketId = current?.id;
  const can = (condition: boolean) => !isBusy && condition;

  const callNext = can(isOpen && !current) ? () => onAct({ kind: 'call-next' }) : undefined;
  const recall = can(isOpen && isCalled) && ticketId ? () => onAct({ kind: 'recall', ticketId }) : undefined;
  const start = can(isCalled) && ticketId ? () => onAct({ kind: 'start', ticketId }) : undefined;
  const finishServed =
    can(isActive) && ticketId ? () => onAct({ kind: 'finish', ticketId, outcome: 'served' }) : undefined;
  const noShow = can(isCalled) && ticketId ? () => onAct({ kind: 'no-show', ticketId }) : undefined;
  const transfer = can(isActive) ? () => onDialog('transfer') : undefined;
  const park = can(isActive) && ticketId ? () => onAct({ kind: 'park', ticketId }) : undefined;
  const callNumber = can(isOpen && !current) ? () => onDialog('callNumber') : undefined;
  // Issuing a number does not touch this counter's state: always possible (the server checks hours).
  const walkIn = isBusy ? undefined : () => onDialog('walkIn');
  const breakOrResume = can(view.state !== 'closed' && !current)
    ? () => onAct({ kind: view.state === 'break' ? 'resume' : 'break' })
    : undefined;

  useShortcuts({ callNext, recall, start, finishServed, noShow, transfer, park, callNumber, walkIn, breakOrResume });

  return (
    <fieldset className="desk-actions">
      <legend className="visually-hidden">{t('console.actions')}</legend>
      <div className="desk-actions__row">
        <ActionButton
          label={t('console.queue.action.callNext')}
          shortcut={SHORTCUTS.callNext}
          onClick={() => callNext?.()}
          isDisabled={!callNext}
          variant="primary"
        />
        <ActionButton
          label={t('console.queue.action.recall')}
          shortcut={SHORTCUTS.recall}
          onClick={() => recall?.()}
          isDisabled={!recall}
        />
        <ActionButton
          label={t('console.queue.action.start')}
          shortcut={SHORTCUTS.start}
          onClick={() => start?.()}
          isDisabled={!start}
        />
        <ActionButton
          label={t('console.queue.action.finishServed')}
          shortcut={SHORTCUTS.finishServed}
          onClick={() => finishServed?.()}
          isDisabled={!finishServed}
          variant="primary"
        />
      </div>
      <div className="desk-actions__row">
        <ActionButton
          label={t('console.queue.action.noShow')}
          shortcut={SHORTCUTS.noShow}
          onClick={() => noShow?.()}
          isDisabled={!noShow}
        />
        <ActionButton
          label={t('console.queue.action.transfer')}
          shortcut={SHORTCUTS.transfer}
          onClick={() => transfer?.()}
          isDisabled={!transfer}
        />
        <ActionButton
          label={t('console.queue.action.park')}
          shortcut={SHORTCUTS.park}
          onClick={() => park?.()}
          isDisabled={!park}
        />
        <ActionButton
          label={t('console.queue.action.finishOther')}
          onClick={() => onDialog('finish')}
          isDisabled={!can(isActive)}
        />
      </div>
      <div className="desk-actions__row">
        <ActionButton
          label={t('console.queue.action.callNumber')}
          shortcut={SHORTCUTS.callNumber}
          onClick={() => callNumber?.()}
          isDisabled={!callNumber}
        />
        <ActionButton
          label={t('console.queue.action.walkIn')}
          shortcut={SHORTCUTS.walkIn}
          onClick={() => walkIn?.()}
          isDisabled={!walkIn}
        />
      </div>
      <div className="desk-actions__row">
        <ActionButton
          label={view.state === 'break' ? t('console.queue.action.resume') : t('console.queue.action.break')}
          shortcut={SHORTCUTS.breakOrResume}
          onClick={() => breakOrResume?.()}
          isDisabled={!breakOrResume}
        />
        <ActionButton
          label={t('console.queue.action.close')}
          onClick={() => onDialog('close')}
          isDisabled={!can(view.state !== 'closed' && !current)}
          variant="danger"
        />
      </div>
    </fieldset>
  );
}
