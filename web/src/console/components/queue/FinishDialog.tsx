import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FINISH_OUTCOMES, type FinishOutcome } from '../../../../../src/domain/queue/index.js';
import { FormDialog } from './FormDialog.js';

/** Finishing a visit with its outcome: served, cancelled by the citizen, or removed by staff. */
export function FinishDialog({
  number,
  onFinish,
  onCancel,
}: {
  number: string;
  onFinish: (outcome: FinishOutcome) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<FinishOutcome>('served');
  return (
    <FormDialog
      title={t('console.queue.finish.title', { number })}
      submitLabel={t('console.queue.finish.submit')}
      onSubmit={() => onFinish(outcome)}
      onCancel={onCancel}
    >
      <fieldset className="field-group">
        <legend>{t('console.queue.finish.outcome')}</legend>
        {FINISH_OUTCOMES.map((value) => (
          <div key={value} className="choice">
            <input
              type="radio"
              id={`finish-${value}`}
              name="finish-outcome"
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />
            <label htmlFor={`finish-${value}`}>{t(`queue.outcome.${value}`)}</label>
          </div>
        ))}
      </fieldset>
    </FormDialog>
  );
}
