import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineEntry } from '../../../api/queue-types.js';
import { FormDialog } from './FormDialog.js';

/** Calling one waiting number out of turn (the applicant is already at the counter, say). */
export function CallNumberDialog({
  entries,
  onCall,
  onCancel,
}: {
  entries: LineEntry[];
  onCall: (ticketId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [ticketId, setTicketId] = useState(entries[0]?.id ?? '');
  return (
    <FormDialog
      title={t('console.queue.callNumber.title')}
      submitLabel={t('console.queue.callNumber.submit')}
      isSubmitDisabled={!ticketId}
      onSubmit={() => onCall(ticketId)}
      onCancel={onCancel}
    >
      <p>{t('console.queue.callNumber.intro')}</p>
      {entries.length === 0 ? (
        <p className="muted">{t('console.queue.callNumber.none')}</p>
      ) : (
        <div className="field">
          <label htmlFor="call-number">{t('console.queue.callNumber.choose')}</label>
          <select id="call-number" value={ticketId} onChange={(event) => setTicketId(event.target.value)}>
            {entries.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.displayNumber} · {entry.serviceName}
              </option>
            ))}
          </select>
        </div>
      )}
    </FormDialog>
  );
}
