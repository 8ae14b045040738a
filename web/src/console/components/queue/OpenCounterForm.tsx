import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyCounter } from '../../../api/queue-types.js';

/** Opening a counter for the day, with the services served there today (none ticked = all). */
export function OpenCounterForm({
  item,
  isPending,
  onOpen,
  onCancel,
}: {
  item: MyCounter;
  isPending: boolean;
  onOpen: (serviceIds: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>([]);
  const toggle = (id: string) =>
    setChosen((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onOpen(chosen);
  };
  const groupId = `open-${item.counter.id}`;
  return (
    <form onSubmit={submit} aria-label={t('console.queue.desk.openTitle', { number: item.counter.number })}>
      <fieldset className="field-group">
        <legend>{t('console.queue.desk.openServices')}</legend>
        <p className="field__hint">{t('console.queue.desk.openServicesHint')}</p>
        {item.services.map((service) => (
          <div key={service.id} className="choice">
            <input
              type="checkbox"
              id={`${groupId}-${service.id}`}
              checked={chosen.includes(service.id)}
              onChange={() => toggle(service.id)}
            />
            <label htmlFor={`${groupId}-${service.id}`}>{service.name}</label>
          </div>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={isPending}>
          {t('console.queue.desk.openSubmit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
