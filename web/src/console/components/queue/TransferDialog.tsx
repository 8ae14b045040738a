import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounterView } from '../../../api/queue-types.js';
import { useApi } from '../../../api/useApi.js';
import { adminReads } from '../../api/admin.js';
import { FormDialog } from './FormDialog.js';

type Target = { toServiceId: string } | { toCounterId: string };

/**
 * Sending the current ticket on: to another service of this MPP (its line, in arrival order) or
 * to one counter. The MPP's counters list (public) says which services exist here.
 */
export function TransferDialog({
  view,
  onTransfer,
  onCancel,
}: {
  view: CounterView;
  onTransfer: (target: Target) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'service' | 'counter'>('service');
  const [choice, setChoice] = useState('');
  const counters = useApi(`counters:${view.mpp.id}`, (signal) => adminReads.listCounters(view.mpp.id, signal));
  const currentServiceId = view.current?.service.id;

  const services = new Map<string, string>();
  const otherCounters =
    counters.status === 'ready' ? counters.data.filter((c) => c.id !== view.counter.id && c.status === 'active') : [];
  if (counters.status === 'ready') {
    for (const counter of counters.data) for (const service of counter.services) services.set(service.id, service.name);
  }
  if (currentServiceId) services.delete(currentServiceId);
  const sortedServices = [...services.entries()].sort((a, b) => a[1].localeCompare(b[1], 'id'));

  return (
    <FormDialog
      title={t('console.queue.transfer.title', { number: view.current?.displayNumber ?? '' })}
      submitLabel={t('console.queue.transfer.submit')}
      isSubmitDisabled={!choice}
      onSubmit={() => onTransfer(mode === 'service' ? { toServiceId: choice } : { toCounterId: choice })}
      onCancel={onCancel}
    >
      <p>{t('console.queue.transfer.intro')}</p>
      <fieldset className="field-group">
        <legend className="visually-hidden">{t('console.queue.action.transfer')}</legend>
        {(['service', 'counter'] as const).map((value) => (
          <div key={value} className="choice">
            <input
              type="radio"
              id={`transfer-${value}`}
              name="transfer-mode"
              checked={mode === value}
              onChange={() => {
                setMode(value);
                setChoice('');
              }}
            />
            <label htmlFor={`transfer-${value}`}>
              {value === 'service' ? t('console.queue.transfer.toService') : t('console.queue.transfer.toCounter')}
            </label>
          </div>
        ))}
      </fieldset>
      {counters.status === 'loading' ? <p role="status">{t('console.queue.transfer.loading')}</p> : null}
      {counters.status === 'ready' ? (
        <div className="field">
          <label htmlFor="transfer-target">
            {mode === 'service' ? t('console.queue.transfer.chooseService') : t('console.queue.transfer.chooseCounter')}
          </label>
          <select id="transfer-target" value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">
              {mode === 'service'
                ? t('console.queue.transfer.chooseService')
                : t('console.queue.transfer.chooseCounter')}
            </option>
            {mode === 'service'
              ? sortedServices.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))
              : otherCounters.map((counter) => (
                  <option key={counter.id} value={counter.id}>
                    {t('queue.counterName', { number: counter.number })} · {counter.label} ({counter.tenant.shortName})
                  </option>
                ))}
          </select>
        </div>
      ) : null}
    </FormDialog>
  );
}
