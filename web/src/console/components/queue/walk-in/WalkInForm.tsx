import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITY_GROUPS } from '../../../../../../src/domain/queue/index.js';
import type { CounterView, IssuedTicket, PriorityGroup } from '../../../../api/queue-types.js';
import { useSession } from '../../../../auth/session-context.js';
import { Field } from '../../../../components/form/Field.js';
import { FormAlert } from '../../../../components/form/FormAlert.js';
import { useSubmit } from '../../../../components/form/useSubmit.js';
import { queueStaffWrites } from '../../../api/queue.js';

/** The walk-in's service (one of this counter's) and priority group; the server checks hours and quota. */
export function WalkInForm({
  titleId,
  view,
  onIssued,
  onCancel,
}: {
  titleId: string;
  view: CounterView;
  onIssued: (ticket: IssuedTicket) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { send } = useSession();
  const [serviceId, setServiceId] = useState(view.services.length === 1 ? (view.services[0]?.id ?? '') : '');
  const [group, setGroup] = useState<PriorityGroup | ''>('');
  const { run, error, fieldErrors, isPending } = useSubmit();
  const labels = {
    serviceId: t('console.queue.walkIn.service'),
    priorityGroup: t('console.queue.walkIn.priority'),
  };

  async function issue(event: FormEvent) {
    event.preventDefault();
    const input = { serviceId, ...(group ? { priorityGroup: group } : {}) };
    const result = await run(() => queueStaffWrites(send).issueWalkIn(view.mpp.id, input));
    if (result.ok) onIssued(result.value);
  }

  return (
    <form onSubmit={(event) => void issue(event)} noValidate>
      <h2 id={titleId}>{t('console.queue.walkIn.title')}</h2>
      <p>{t('console.queue.walkIn.intro')}</p>
      <FormAlert error={error} fieldErrors={fieldErrors} labels={labels} />
      <Field name="serviceId" label={labels.serviceId} error={fieldErrors.serviceId}>
        {(control) => (
          <select {...control} value={serviceId} onChange={(event) => setServiceId(event.target.value)}>
            {view.services.length === 1 ? null : <option value="">{t('console.queue.walkIn.chooseService')}</option>}
            {view.services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="priorityGroup"
        label={labels.priorityGroup}
        hint={t('console.queue.walkIn.priorityHint')}
        error={fieldErrors.priorityGroup}
      >
        {(control) => (
          <select {...control} value={group} onChange={(event) => setGroup(event.target.value as PriorityGroup | '')}>
            <option value="">{t('console.queue.walkIn.noPriority')}</option>
            {PRIORITY_GROUPS.map((value) => (
              <option key={value} value={value}>
                {t(`queue.priorityGroup.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={isPending || !serviceId}>
          {t('console.queue.walkIn.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
