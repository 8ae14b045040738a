import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { Choice, Field, FieldGroup, RadioChoices } from '../../../components/form/Field.js';
import { FormAlert } from '../../../components/form/FormAlert.js';
import { fieldId } from '../../../components/form/problems.js';
import { useSubmit } from '../../../components/form/useSubmit.js';
import type { DateOverrideInput, SlotDay, SlotPeriod } from '../../api/booking.js';
import { clockText } from './booking-dates.js';
import { NumberField } from './NumberField.js';
import {
  bookingsAtRisk,
  closesSomething,
  type OverrideDraft,
  overrideDraftOf,
  toOverrideInput,
} from './override-draft.js';

/**
 * A manager's change to one date: close it (the reason is told to citizens), or other hours,
 * another capacity, single slots closed. Whatever closes seats asks first: the citizens booked
 * there are cancelled, told, and offered other slots.
 */
export function DateOverrideForm({
  day,
  dateText,
  weekdayHours,
  usualCapacity,
  zone,
  canRemove,
  closedOnDay,
  onSave,
  onRemove,
}: {
  day: SlotDay | undefined;
  dateText: string;
  weekdayHours: readonly SlotPeriod[];
  usualCapacity: number;
  zone: string;
  canRemove: boolean;
  /** Single slots the day view says are closed now (the listing leaves them out). */
  closedOnDay: readonly string[];
  onSave: (input: DateOverrideInput) => Promise<void>;
  onRemove: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const submit = useSubmit();
  const [draft, setDraft] = useState<OverrideDraft>(() => overrideDraftOf(day, weekdayHours, closedOnDay));
  const [confirming, setConfirming] = useState<DateOverrideInput | null>(null);
  const [isEmpty, setEmpty] = useState(false);
  const errors = submit.fieldErrors;
  const set = <K extends keyof OverrideDraft>(key: K, value: OverrideDraft[K]) => {
    setEmpty(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const slotTimes = [...new Set([...(day?.slots.map((s) => s.starts) ?? []), ...draft.closedSlots])].sort();
  const bookedAt = new Map(day?.slots.map((s) => [s.starts, s.capacity - s.seatsLeft]) ?? []);
  const labels = {
    reason: t('console.booking.override.reason'),
    periods: t('console.booking.override.otherHours'),
    capacity: t('console.booking.override.capacity'),
    closedSlots: t('console.booking.override.closedSlots'),
  };

  function save(input: DateOverrideInput) {
    setConfirming(null);
    void submit.run(() => onSave(input));
  }

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const input = toOverrideInput(draft);
    if (!input) {
      setEmpty(true);
      return;
    }
    if (closesSomething(input)) setConfirming(input);
    else save(input);
  }

  const reasonField = (hint: string) => (
    <Field name="reason" label={t('console.booking.override.reason')} hint={hint} error={errors.reason}>
      {(control) => (
        <textarea
          {...control}
          rows={2}
          maxLength={300}
          value={draft.reason}
          onChange={(event) => set('reason', event.target.value)}
        />
      )}
    </Field>
  );

  const atRisk = confirming ? bookingsAtRisk(day, confirming) : undefined;
  const setPeriod = (index: number, patch: Partial<SlotPeriod>) =>
    set(
      'periods',
      draft.periods.map((p, i) => (i === index ? { ...p, ...patch } : p)),
    );

  return (
    <form className="override-form" onSubmit={onSubmit} noValidate>
      <h3>{t('console.booking.override.title', { date: dateText })}</h3>
      <FormAlert error={submit.error} fieldErrors={errors} labels={labels} />
      <RadioChoices
        name="mode"
        legend={t('console.booking.override.what')}
        value={draft.mode}
        options={[
          { value: 'close', label: t('console.booking.override.closeDay') },
          { value: 'change', label: t('console.booking.override.change') },
        ]}
        onChange={(mode) => set('mode', mode)}
      />
      {draft.mode === 'close' ? (
        reasonField(t('console.booking.override.reasonHint'))
      ) : (
        <>
          <FieldGroup name="periods" legend={t('console.booking.override.otherHours')} error={errors.periods}>
            <Choice
              type="checkbox"
              name="hasOtherHours"
              value="on"
              checked={draft.hasOtherHours}
              onChange={(isOn) => set('hasOtherHours', isOn)}
              label={t('console.booking.override.otherHoursLabel', { zone })}
            />
            {draft.hasOtherHours
              ? draft.periods.map((period, index) => {
                  const name = `periods.${index}`;
                  const label = t('console.booking.override.periodN', { n: index + 1 });
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: periods have no id; their order is their identity.
                    <fieldset key={index} className="period" aria-label={label}>
                      <label htmlFor={fieldId(`${name}.opens`)}>{t('console.mpps.opens')}</label>
                      <input
                        id={fieldId(`${name}.opens`)}
                        type="time"
                        value={period.opens}
                        onChange={(event) => setPeriod(index, { opens: event.target.value })}
                      />
                      <label htmlFor={fieldId(`${name}.closes`)}>{t('console.mpps.closes')}</label>
                      <input
                        id={fieldId(`${name}.closes`)}
                        type="time"
                        value={period.closes}
                        onChange={(event) => setPeriod(index, { closes: event.target.value })}
                      />
                      {draft.periods.length > 1 ? (
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('console.booking.override.removePeriod', { label })}
                          onClick={() =>
                            set(
                              'periods',
                              draft.periods.filter((_, i) => i !== index),
                            )
                          }
                        >
                          {t('form.remove')}
                        </button>
                      ) : null}
                      {(errors[name] ?? errors[`${name}.opens`] ?? errors[`${name}.closes`]) ? (
                        <p className="field__error">
                          {errors[name] ?? errors[`${name}.opens`] ?? errors[`${name}.closes`]}
                        </p>
                      ) : null}
                    </fieldset>
                  );
                })
              : null}
            {draft.hasOtherHours && draft.periods.length < 4 ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => set('periods', [...draft.periods, { opens: '13:00', closes: '15:00' }])}
              >
                {t('console.booking.override.addPeriod')}
              </button>
            ) : null}
          </FieldGroup>
          <NumberField
            name="capacity"
            label={t('console.booking.override.capacity')}
            hint={t('console.booking.override.capacityHint', { count: usualCapacity })}
            unit={t('console.booking.units.citizens')}
            min={1}
            max={500}
            value={draft.capacity}
            error={errors.capacity}
            onChange={(v) => set('capacity', v)}
          />
          {slotTimes.length > 0 ? (
            <FieldGroup
              name="closedSlots"
              legend={t('console.booking.override.closedSlots')}
              hint={t('console.booking.override.closedSlotsHint')}
              error={errors.closedSlots}
            >
              <div className="slot-choices">
                {slotTimes.map((starts) => (
                  <Choice
                    key={starts}
                    type="checkbox"
                    name="closedSlots"
                    value={starts}
                    checked={draft.closedSlots.includes(starts)}
                    onChange={(isOn) =>
                      set(
                        'closedSlots',
                        isOn ? [...draft.closedSlots, starts] : draft.closedSlots.filter((s) => s !== starts),
                      )
                    }
                    label={clockText(starts, i18n.language)}
                    hint={
                      bookedAt.get(starts)
                        ? t('console.booking.override.bookedInSlot', { count: bookedAt.get(starts) })
                        : undefined
                    }
                  />
                ))}
              </div>
            </FieldGroup>
          ) : null}
          {reasonField(t('console.booking.override.reasonChangeHint'))}
        </>
      )}
      {isEmpty ? (
        <p className="field__error" role="alert">
          {t('console.booking.override.nothing')}
        </p>
      ) : null}
      <div className="form-actions">
        <button
          type="submit"
          className={draft.mode === 'close' ? 'button button--danger' : 'button button--primary'}
          disabled={submit.isPending}
        >
          {submit.isPending
            ? t('form.saving')
            : draft.mode === 'close'
              ? t('console.booking.override.saveClose')
              : t('console.booking.override.save')}
        </button>
        {canRemove ? (
          <button
            type="button"
            className="button"
            disabled={submit.isPending}
            onClick={() => void submit.run(onRemove)}
          >
            {t('console.booking.override.remove')}
          </button>
        ) : null}
      </div>
      <ConfirmDialog
        isOpen={confirming !== null}
        title={
          confirming && 'closed' in confirming
            ? t('console.booking.override.confirmCloseTitle', { date: dateText })
            : t('console.booking.override.confirmChangeTitle', { date: dateText })
        }
        body={
          atRisk === undefined
            ? t('console.booking.override.confirmBodyUnknown')
            : atRisk === 0
              ? t('console.booking.override.confirmBodyNone')
              : t('console.booking.override.confirmBody', { count: atRisk })
        }
        confirmLabel={
          confirming && 'closed' in confirming
            ? t('console.booking.override.confirmClose')
            : t('console.booking.override.confirmChange')
        }
        isDanger
        onConfirm={() => confirming && save(confirming)}
        onCancel={() => setConfirming(null)}
      />
    </form>
  );
}
