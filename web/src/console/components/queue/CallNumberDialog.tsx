import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineEntry } from '../../../api/queue-types.js';
import { Field } from '../../../components/form/Field.js';
import { FormDialog } from './FormDialog.js';
import { findTicketByNumber } from './ticket-number.js';

/** What to call: a waiting ticket (call) or a parked one (call it back, unpark). */
export type NumberToCall = { ticketId: string; list: 'next' | 'parked' };

/**
 * Calling one number out of turn (the applicant is already at the counter, say): typed, or
 * chosen from the next ten. A typed number is looked up in what the desk lists (the next ten
 * and the parked ones); the server has no lookup by number, so one further back is not found.
 */
export function CallNumberDialog({
  next,
  parked,
  onCall,
  onCancel,
}: {
  next: LineEntry[];
  parked: LineEntry[];
  onCall: (choice: NumberToCall) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [chosen, setChosen] = useState(next[0]?.id ?? '');
  const [typedError, setTypedError] = useState<string | undefined>(undefined);

  function submit() {
    if (!typed.trim()) {
      if (chosen) onCall({ ticketId: chosen, list: 'next' });
      return;
    }
    const found = findTicketByNumber(typed, { next, parked });
    switch (found.kind) {
      case 'found':
        onCall({ ticketId: found.entry.id, list: found.list });
        return;
      case 'ambiguous':
        setTypedError(
          t('console.queue.callNumber.ambiguous', { numbers: found.matches.map((m) => m.displayNumber).join(', ') }),
        );
        return;
      case 'not_found':
        setTypedError(t('console.queue.callNumber.notVisible', { number: typed.trim().toUpperCase() }));
        return;
      case 'invalid':
        setTypedError(t('console.queue.callNumber.invalid'));
        return;
    }
  }

  return (
    <FormDialog
      title={t('console.queue.callNumber.title')}
      submitLabel={t('console.queue.callNumber.submit')}
      isSubmitDisabled={!typed.trim() && !chosen}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <p>{t('console.queue.callNumber.intro')}</p>
      <Field
        name="call-number-typed"
        label={t('console.queue.callNumber.type')}
        hint={t('console.queue.callNumber.typeHint')}
        error={typedError}
      >
        {(control) => (
          <input
            {...control}
            className="input--short"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value);
              setTypedError(undefined);
            }}
          />
        )}
      </Field>
      {next.length === 0 ? (
        <p className="muted">{t('console.queue.callNumber.none')}</p>
      ) : (
        <div className="field">
          <label htmlFor="call-number">{t('console.queue.callNumber.choose')}</label>
          <select
            id="call-number"
            value={chosen}
            onChange={(event) => {
              setChosen(event.target.value);
              setTyped('');
              setTypedError(undefined);
            }}
          >
            {next.map((entry) => (
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
