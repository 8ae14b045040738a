import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queueWrites } from '../../api/queue.js';
import type { Ticket } from '../../api/queue-types.js';
import { useAccount, useSession } from '../../auth/session-context.js';
import { ConfirmDialog } from '../ConfirmDialog.js';
import { SavedNote } from '../form/FormAlert.js';
import { problemMessage } from '../form/problems.js';

type Pending = 'cancel' | 'late' | null;

/**
 * Cancel, or "I am running late" (to the back of the line, once). Either needs the access key
 * printed in the QR code, or the signed-in citizen who took the ticket; each asks first.
 */
export function TicketActions({
  ticket,
  accessKey,
  onChanged,
}: {
  ticket: Ticket;
  accessKey: string | undefined;
  onChanged: (ticket: Ticket) => void;
}) {
  const { t } = useTranslation();
  const { send } = useSession();
  const account = useAccount();
  const [asking, setAsking] = useState<Pending>(null);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  if (!ticket.canCancel && !ticket.canDeclareLate) return <SavedNote message={done} />;
  const mayAct = accessKey !== undefined || account?.kind === 'citizen';
  if (!mayAct) return <p className="muted">{t('ticket.noKey')}</p>;

  async function confirm(action: 'cancel' | 'late') {
    setAsking(null);
    setBusy(true);
    setError(null);
    try {
      const writes = queueWrites(send);
      const updated =
        action === 'cancel'
          ? await writes.cancel(ticket.id, accessKey)
          : await writes.declareLate(ticket.id, accessKey);
      onChanged(updated);
      setDone(action === 'cancel' ? t('ticket.cancelled') : t('ticket.lateDone'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {error ? (
        <div className="notice notice--error" role="alert">
          <p>{problemMessage(error, t)}</p>
        </div>
      ) : null}
      <SavedNote message={done} />
      <div className="actions ticket-actions">
        {ticket.canDeclareLate ? (
          <button type="button" className="button" disabled={isBusy} onClick={() => setAsking('late')}>
            {t('ticket.late')}
          </button>
        ) : null}
        {ticket.canCancel ? (
          <button type="button" className="button button--danger" disabled={isBusy} onClick={() => setAsking('cancel')}>
            {t('ticket.cancel')}
          </button>
        ) : null}
      </div>
      <ConfirmDialog
        isOpen={asking === 'late'}
        title={t('ticket.lateTitle')}
        body={t('ticket.lateBody')}
        confirmLabel={t('ticket.lateConfirm')}
        cancelLabel={t('ticket.keepIt')}
        onConfirm={() => void confirm('late')}
        onCancel={() => setAsking(null)}
      />
      <ConfirmDialog
        isOpen={asking === 'cancel'}
        title={t('ticket.cancelTitle', { number: ticket.displayNumber })}
        body={t('ticket.cancelBody')}
        confirmLabel={t('ticket.cancelConfirm')}
        cancelLabel={t('ticket.keepIt')}
        isDanger
        onConfirm={() => void confirm('cancel')}
        onCancel={() => setAsking(null)}
      />
    </>
  );
}
