import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { MppDetail } from '../../api/types.js';
import { useApi } from '../../api/useApi.js';
import { Choice, Field, FieldGroup } from '../../components/form/Field.js';
import { FormAlert } from '../../components/form/FormAlert.js';
import { useSubmit } from '../../components/form/useSubmit.js';
import type { CounterItem } from '../api/admin-types.js';

export type CounterDraft = {
  number: string;
  label: string;
  tenantRef: string;
  status: 'active' | 'inactive';
  serviceRefs: string[];
};

/**
 * A counter (loket) at an MPP: its number and label, the tenant that staffs it and the
 * services it calls tickets for. The number and tenant are fixed once it exists.
 */
export function CounterForm({
  mpp,
  counter,
  onSave,
  onCancel,
}: {
  mpp: MppDetail;
  counter?: CounterItem;
  onSave: (draft: CounterDraft) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [draft, setDraft] = useState<CounterDraft>(() => ({
    number: counter ? String(counter.number) : '',
    label: counter?.label ?? '',
    tenantRef: counter?.tenant.slug ?? '',
    status: counter?.status ?? 'active',
    serviceRefs: counter?.services.map((s) => s.slug) ?? [],
  }));
  const services = useApi(draft.tenantRef ? `counter-services:${mpp.id}:${draft.tenantRef}` : null, (signal) =>
    api.listServices({ mppId: mpp.id, tenantId: draft.tenantRef }, signal),
  );
  const errors = submit.fieldErrors;
  const prefix = counter ? `counter-${counter.id}` : 'new-counter';
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the editor of a counter moves the reader to it (it sits below a long table).
  useEffect(() => {
    if (counter) heading.current?.focus();
  }, [counter]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await submit.run(() => onSave(draft));
  }

  const toggle = (slug: string, isOn: boolean) =>
    setDraft((d) => ({
      ...d,
      serviceRefs: isOn ? [...d.serviceRefs, slug] : d.serviceRefs.filter((s) => s !== slug),
    }));

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="boxed">
      <h2 ref={heading} tabIndex={-1}>
        {counter ? t('console.counters.editTitle', { label: counter.label }) : t('console.counters.create')}
      </h2>
      <FormAlert error={submit.error} fieldErrors={errors} />
      <div className="field-row">
        <Field name={`${prefix}.number`} label={t('console.counters.number')} error={errors.number}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={1}
              max={999}
              disabled={Boolean(counter)}
              value={draft.number}
              onChange={(event) => setDraft({ ...draft, number: event.target.value })}
            />
          )}
        </Field>
        <Field name={`${prefix}.label`} label={t('console.counters.label')} error={errors.label}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={draft.label}
              onChange={(event) => setDraft({ ...draft, label: event.target.value })}
            />
          )}
        </Field>
        {counter ? (
          <Field name={`${prefix}.status`} label={t('console.counters.status')} error={errors.status}>
            {(control) => (
              <select
                {...control}
                value={draft.status}
                onChange={(event) =>
                  setDraft({ ...draft, status: event.target.value === 'inactive' ? 'inactive' : 'active' })
                }
              >
                <option value="active">{t('console.counters.active')}</option>
                <option value="inactive">{t('console.counters.inactive')}</option>
              </select>
            )}
          </Field>
        ) : (
          <Field name={`${prefix}.tenantRef`} label={t('console.tenant')} error={errors.tenantRef}>
            {(control) => (
              <select
                {...control}
                value={draft.tenantRef}
                onChange={(event) => setDraft({ ...draft, tenantRef: event.target.value, serviceRefs: [] })}
              >
                <option value="">{t('console.chooseTenant')}</option>
                {mpp.tenants.map((tenant) => (
                  <option key={tenant.id} value={tenant.slug}>
                    {tenant.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <FieldGroup name={`${prefix}.serviceRefs`} legend={t('console.counters.services')} error={errors.serviceRefs}>
        {services.status === 'ready' ? (
          services.data.length === 0 ? (
            <p className="muted">{t('console.counters.noServices')}</p>
          ) : (
            <div className="choices choices--columns">
              {services.data.map((service) => (
                <Choice
                  key={service.id}
                  type="checkbox"
                  name={`${prefix}.serviceRefs`}
                  value={service.slug}
                  checked={draft.serviceRefs.includes(service.slug)}
                  onChange={(isOn) => toggle(service.slug, isOn)}
                  label={service.name}
                />
              ))}
            </div>
          )
        ) : (
          <p className="muted">{draft.tenantRef ? t('status.loading') : t('console.counters.chooseTenantFirst')}</p>
        )}
      </FieldGroup>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={submit.isPending}>
          {submit.isPending ? t('form.saving') : t('form.save')}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
