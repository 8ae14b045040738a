import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../api/client.js';
import type { ServiceQueueSettings, ServiceQueueSettingsInput } from '../../../../api/queue-types.js';
import { useSession } from '../../../../auth/session-context.js';
import { Choice, Field } from '../../../../components/form/Field.js';
import { FormAlert } from '../../../../components/form/FormAlert.js';
import type { FieldErrors } from '../../../../components/form/problems.js';
import { useSubmit } from '../../../../components/form/useSubmit.js';
import { queueStaffWrites } from '../../../api/queue.js';
import { FormDialog } from '../FormDialog.js';

type NumberField = 'lastTicketMinutesBeforeClose' | 'targetWaitMinutes';
type Draft = Record<'prefix' | 'dailyQuota' | NumberField, string> & { isOnlineEnabled: boolean };

function draftOf(row: ServiceQueueSettings): Draft {
  return {
    prefix: row.prefix,
    dailyQuota: row.dailyQuota === null ? '' : String(row.dailyQuota),
    lastTicketMinutesBeforeClose: String(row.lastTicketMinutesBeforeClose),
    targetWaitMinutes: String(row.targetWaitMinutes),
    isOnlineEnabled: row.isOnlineEnabled,
  };
}

/** The server's field errors, plus a taken prefix (a 409 without `errors`) shown at the prefix. */
function errorsOf(error: unknown, fieldErrors: FieldErrors): FieldErrors {
  if (error instanceof ApiError && error.problem.code === 'queue.prefix_taken') {
    return { ...fieldErrors, prefix: error.problem.detail ?? error.problem.title };
  }
  return fieldErrors;
}

/** One service's queue rules at the MPP: ticket prefix, daily quota, last-ticket time, target wait, online tickets. */
export function ServiceSettingsDialog({
  mppId,
  row,
  onSaved,
  onCancel,
}: {
  mppId: string;
  row: ServiceQueueSettings;
  onSaved: (saved: ServiceQueueSettings) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { send } = useSession();
  const [draft, setDraft] = useState(() => draftOf(row));
  const [missing, setMissing] = useState<FieldErrors>({});
  const { run, error, fieldErrors, isPending } = useSubmit();
  const errors = { ...errorsOf(error, fieldErrors), ...missing };
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const labels = {
    prefix: t('console.queue.services.prefix'),
    dailyQuota: t('console.queue.services.dailyQuota'),
    lastTicketMinutesBeforeClose: t('console.queue.services.lastTicket'),
    targetWaitMinutes: t('console.queue.services.targetWait'),
    isOnlineEnabled: t('console.queue.services.online'),
  };

  async function save() {
    const empty = (['lastTicketMinutesBeforeClose', 'targetWaitMinutes'] as const).filter((k) => !draft[k].trim());
    setMissing(Object.fromEntries(empty.map((k) => [k, t('console.queue.services.needNumber')])));
    if (empty.length > 0) return;
    const input: ServiceQueueSettingsInput = {
      prefix: draft.prefix.trim().toUpperCase(),
      dailyQuota: draft.dailyQuota.trim() ? Number(draft.dailyQuota) : null,
      lastTicketMinutesBeforeClose: Number(draft.lastTicketMinutesBeforeClose),
      targetWaitMinutes: Number(draft.targetWaitMinutes),
      isOnlineEnabled: draft.isOnlineEnabled,
    };
    const result = await run(() => queueStaffWrites(send).saveServiceSettings(mppId, row.serviceId, input));
    if (result.ok) onSaved(result.value);
  }

  const numberInput = (key: 'dailyQuota' | NumberField, min: number, max: number) => (
    <Field name={key} label={labels[key]} hint={t(`console.queue.services.${key}Hint`)} error={errors[key]}>
      {(control) => (
        <input
          {...control}
          className="input--short"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={draft[key]}
          onChange={(event) => set(key, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <FormDialog
      title={t('console.queue.services.editTitle', { name: row.name })}
      submitLabel={t('console.queue.services.submit')}
      isSubmitDisabled={isPending}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <p className="muted">{row.tenantShortName}</p>
      {/* Empty numbers are caught here (no request), and listed like the server's field errors. */}
      <FormAlert
        error={error ?? (Object.keys(missing).length > 0 ? missing : null)}
        fieldErrors={errors}
        labels={labels}
      />
      <Field name="prefix" label={labels.prefix} hint={t('console.queue.services.prefixHint')} error={errors.prefix}>
        {(control) => (
          <input
            {...control}
            className="input--short"
            maxLength={2}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            value={draft.prefix}
            onChange={(event) => set('prefix', event.target.value.toUpperCase())}
          />
        )}
      </Field>
      {numberInput('dailyQuota', 1, 100_000)}
      {numberInput('lastTicketMinutesBeforeClose', 0, 480)}
      {numberInput('targetWaitMinutes', 1, 600)}
      <Choice
        type="checkbox"
        name="isOnlineEnabled"
        value="on"
        checked={draft.isOnlineEnabled}
        onChange={(checked) => set('isOnlineEnabled', checked)}
        label={labels.isOnlineEnabled}
        hint={t('console.queue.services.onlineHint')}
      />
    </FormDialog>
  );
}
