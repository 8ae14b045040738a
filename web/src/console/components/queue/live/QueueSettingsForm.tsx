import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITY_RULES } from '../../../../../../src/domain/queue/index.js';
import type { QueueSettings } from '../../../../api/queue-types.js';
import { useApi } from '../../../../api/useApi.js';
import { useSession } from '../../../../auth/session-context.js';
import { Field, FieldGroup } from '../../../../components/form/Field.js';
import { FormAlert, SavedNote } from '../../../../components/form/FormAlert.js';
import { useSubmit } from '../../../../components/form/useSubmit.js';
import { Loaded } from '../../../../components/StatusViews.js';
import { queueStaffReads, queueStaffWrites } from '../../../api/queue.js';

/** The MPP's queue rules: priority rule (UU 25/2009 Pasal 29 leaves the how to each MPP), prefixes, grace, news line. */
export function QueueSettingsSection({ mppId }: { mppId: string }) {
  const { t } = useTranslation();
  const settings = useApi(`queue-settings:${mppId}`, (signal) => queueStaffReads.getSettings(mppId, signal));
  return (
    <section className="section" aria-labelledby="queue-settings-title">
      <h2 id="queue-settings-title">{t('console.queue.settings.title')}</h2>
      <Loaded state={settings} isInline>
        {(data) => <SettingsForm mppId={mppId} initial={data} />}
      </Loaded>
    </section>
  );
}

function SettingsForm({ mppId, initial }: { mppId: string; initial: QueueSettings }) {
  const { t } = useTranslation();
  const { send } = useSession();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState<string | null>(null);
  const { run, error, fieldErrors, isPending } = useSubmit();
  const set = <K extends keyof QueueSettings>(key: K, value: QueueSettings[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const labels = {
    priorityRule: t('console.queue.settings.priorityRule'),
    regularPerPriority: t('console.queue.settings.regularPerPriority'),
    priorityPrefix: t('console.queue.settings.priorityPrefix'),
    nearTurnAhead: t('console.queue.settings.nearTurnAhead'),
    noShowGraceMinutes: t('console.queue.settings.noShowGraceMinutes'),
    runningText: t('console.queue.settings.runningText'),
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const result = await run(() =>
      queueStaffWrites(send).saveSettings(mppId, { ...draft, priorityPrefix: draft.priorityPrefix?.trim() || null }),
    );
    if (result.ok) {
      setDraft(result.value);
      setSaved(t('console.saved'));
    }
  }

  return (
    <form className="boxed" onSubmit={(event) => void save(event)} noValidate>
      <FormAlert error={error} fieldErrors={fieldErrors} labels={labels} />
      <SavedNote message={saved} />
      <FieldGroup name="priorityRule" legend={labels.priorityRule} error={fieldErrors.priorityRule}>
        {PRIORITY_RULES.map((rule) => (
          <div key={rule} className="choice">
            <input
              type="radio"
              id={`rule-${rule}`}
              name="priorityRule"
              checked={draft.priorityRule === rule}
              onChange={() => set('priorityRule', rule)}
            />
            <label htmlFor={`rule-${rule}`}>{t(`console.queue.settings.priorityRules.${rule}`)}</label>
          </div>
        ))}
      </FieldGroup>
      {draft.priorityRule === 'interleave' ? (
        <Field name="regularPerPriority" label={labels.regularPerPriority} error={fieldErrors.regularPerPriority}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={1}
              max={50}
              inputMode="numeric"
              value={draft.regularPerPriority}
              onChange={(e) => set('regularPerPriority', Number(e.target.value))}
            />
          )}
        </Field>
      ) : null}
      <Field
        name="priorityPrefix"
        label={labels.priorityPrefix}
        hint={t('console.queue.settings.priorityPrefixHint')}
        error={fieldErrors.priorityPrefix}
      >
        {(control) => (
          <input
            {...control}
            maxLength={2}
            autoCapitalize="characters"
            value={draft.priorityPrefix ?? ''}
            onChange={(e) => set('priorityPrefix', e.target.value.toUpperCase())}
          />
        )}
      </Field>
      <Field
        name="nearTurnAhead"
        label={labels.nearTurnAhead}
        hint={t('console.queue.settings.nearTurnAheadHint')}
        error={fieldErrors.nearTurnAhead}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            min={0}
            max={50}
            inputMode="numeric"
            value={draft.nearTurnAhead}
            onChange={(e) => set('nearTurnAhead', Number(e.target.value))}
          />
        )}
      </Field>
      <Field
        name="noShowGraceMinutes"
        label={labels.noShowGraceMinutes}
        hint={t('console.queue.settings.noShowGraceMinutesHint')}
        error={fieldErrors.noShowGraceMinutes}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            min={0}
            max={240}
            inputMode="numeric"
            value={draft.noShowGraceMinutes}
            onChange={(e) => set('noShowGraceMinutes', Number(e.target.value))}
          />
        )}
      </Field>
      <Field name="runningText" label={labels.runningText} error={fieldErrors.runningText}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={500}
            value={draft.runningText}
            onChange={(e) => set('runningText', e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={isPending}>
        {t('console.queue.settings.submit')}
      </button>
    </form>
  );
}
