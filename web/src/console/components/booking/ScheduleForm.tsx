import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MppDetail } from '../../../api/types.js';
import { Choice, Field, FieldGroup, RadioChoices } from '../../../components/form/Field.js';
import { FormAlert, SavedNote } from '../../../components/form/FormAlert.js';
import { useSubmit } from '../../../components/form/useSubmit.js';
import type { ScheduleInput } from '../../api/booking.js';
import { weekdayKeyOf } from './booking-dates.js';
import { NumberField } from './NumberField.js';
import { type ScheduleDraft, toScheduleInput } from './schedule-draft.js';
import { SchedulePreview } from './SchedulePreview.js';

/** The request paths a draft field is sent as (the server names errors by them). */
function pathsOf(key: keyof ScheduleDraft): string[] {
  if (key === 'releaseKind') return ['release', 'release.kind'];
  if (key === 'releaseWeekday') return ['release.weekday'];
  if (key === 'releaseAt') return ['release.at'];
  return [key];
}

/**
 * A service's appointment rules at an MPP, grouped as a manager thinks of them (slots, when
 * citizens may book, changes, check-in, no-shows), with what they mean for citizens beside them.
 */
export function ScheduleForm({
  mpp,
  initial,
  isNew,
  isReadOnly,
  onSave,
}: {
  mpp: MppDetail;
  initial: ScheduleDraft;
  isNew: boolean;
  isReadOnly: boolean;
  onSave: (input: ScheduleInput) => Promise<string>;
}) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState<string | null>(null);
  // A field's error goes once the field is changed; the others stay until the next save.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const errors = Object.fromEntries(Object.entries(submit.fieldErrors).filter(([path]) => !edited.has(path)));
  const set = <K extends keyof ScheduleDraft>(key: K, value: ScheduleDraft[K]) => {
    setSaved(null);
    setEdited((previous) => new Set([...previous, ...pathsOf(key)]));
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const zone = mpp.timeZoneAbbreviation;
  const f = (key: string) => t(`console.booking.schedule.fields.${key}`);
  const hint = (key: string) => t(`console.booking.schedule.hints.${key}`);
  const labels: Record<string, string> = {
    isEnabled: f('isEnabled'),
    slotMinutes: f('slotMinutes'),
    capacity: f('capacity'),
    windowDays: f('windowDays'),
    release: f('release'),
    'release.kind': f('release'),
    'release.weekday': f('releaseWeekday'),
    'release.at': f('releaseAt'),
    minNoticeMinutes: f('minNoticeMinutes'),
    changeCutoffMinutes: f('changeCutoffMinutes'),
    maxPerWeek: f('maxPerWeek'),
    checkInEarlyMinutes: f('checkInEarlyMinutes'),
    checkInLateMinutes: f('checkInLateMinutes'),
    noShowLimit: f('noShowLimit'),
    noShowBlockDays: f('noShowBlockDays'),
  };
  const minutes = t('console.booking.units.minutesUnit');
  const days = t('console.booking.units.daysUnit');

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    setEdited(new Set());
    const outcome = await submit.run(() => onSave(toScheduleInput(draft)));
    if (outcome.ok) setSaved(outcome.value);
  }

  return (
    <div className="schedule-editor">
      <form className="schedule-editor__form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <fieldset disabled={isReadOnly} className="plain-fieldset">
          <FormAlert error={submit.error} fieldErrors={errors} labels={labels} />
          <section className="form-section" aria-labelledby="schedule-on">
            <h3 id="schedule-on">{t('console.booking.schedule.groups.enabled')}</h3>
            <FieldGroup name="isEnabled" legend={f('isEnabled')} error={errors.isEnabled}>
              <Choice
                type="checkbox"
                name="isEnabled"
                value="on"
                checked={draft.isEnabled}
                onChange={(isOn) => set('isEnabled', isOn)}
                label={t('console.booking.schedule.enabledLabel')}
                hint={hint('isEnabled')}
              />
            </FieldGroup>
          </section>
          <section className="form-section" aria-labelledby="schedule-slots">
            <h3 id="schedule-slots">{t('console.booking.schedule.groups.slots')}</h3>
            <div className="field-row field-row--2">
              <NumberField
                name="slotMinutes"
                label={f('slotMinutes')}
                hint={hint('slotMinutes')}
                unit={minutes}
                min={5}
                max={240}
                value={draft.slotMinutes}
                error={errors.slotMinutes}
                onChange={(v) => set('slotMinutes', v)}
              />
              <NumberField
                name="capacity"
                label={f('capacity')}
                hint={hint('capacity')}
                unit={t('console.booking.units.citizens')}
                min={1}
                max={500}
                value={draft.capacity}
                error={errors.capacity}
                onChange={(v) => set('capacity', v)}
              />
            </div>
          </section>
          <section className="form-section" aria-labelledby="schedule-window">
            <h3 id="schedule-window">{t('console.booking.schedule.groups.window')}</h3>
            <NumberField
              name="windowDays"
              label={f('windowDays')}
              hint={hint('windowDays')}
              unit={days}
              min={1}
              max={90}
              value={draft.windowDays}
              error={errors.windowDays}
              onChange={(v) => set('windowDays', v)}
            />
            <RadioChoices
              name="release"
              inputName="release.kind"
              legend={f('release')}
              error={errors.release ?? errors['release.kind']}
              value={draft.releaseKind}
              options={[
                {
                  value: 'rolling',
                  label: t('console.booking.schedule.rolling'),
                  hint: t('console.booking.schedule.rollingHint', { zone }),
                },
                {
                  value: 'weekly',
                  label: t('console.booking.schedule.weekly'),
                  hint: t('console.booking.schedule.weeklyHint'),
                },
              ]}
              onChange={(kind) => set('releaseKind', kind)}
            >
              {draft.releaseKind === 'weekly' ? (
                <div className="field-row field-row--2 release-when">
                  <Field name="release.weekday" label={f('releaseWeekday')} error={errors['release.weekday']}>
                    {(control) => (
                      <select
                        {...control}
                        value={draft.releaseWeekday}
                        onChange={(event) => set('releaseWeekday', event.target.value)}
                      >
                        {[1, 2, 3, 4, 5, 6, 7].map((day) => (
                          <option key={day} value={String(day)}>
                            {t(`weekday.${weekdayKeyOf(day)}`)}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field
                    name="release.at"
                    label={t('console.booking.schedule.fields.releaseAtZone', { zone })}
                    error={errors['release.at']}
                  >
                    {(control) => (
                      <input
                        {...control}
                        type="time"
                        className="input--short"
                        value={draft.releaseAt}
                        onChange={(event) => set('releaseAt', event.target.value)}
                      />
                    )}
                  </Field>
                </div>
              ) : null}
            </RadioChoices>
            <NumberField
              name="minNoticeMinutes"
              label={f('minNoticeMinutes')}
              hint={hint('minNoticeMinutes')}
              unit={minutes}
              min={0}
              max={1440}
              value={draft.minNoticeMinutes}
              error={errors.minNoticeMinutes}
              onChange={(v) => set('minNoticeMinutes', v)}
            />
          </section>
          <section className="form-section" aria-labelledby="schedule-changes">
            <h3 id="schedule-changes">{t('console.booking.schedule.groups.changes')}</h3>
            <div className="field-row field-row--2">
              <NumberField
                name="changeCutoffMinutes"
                label={f('changeCutoffMinutes')}
                hint={hint('changeCutoffMinutes')}
                unit={minutes}
                min={0}
                max={10080}
                value={draft.changeCutoffMinutes}
                error={errors.changeCutoffMinutes}
                onChange={(v) => set('changeCutoffMinutes', v)}
              />
              <NumberField
                name="maxPerWeek"
                label={f('maxPerWeek')}
                hint={hint('maxPerWeek')}
                unit={t('console.booking.units.bookings')}
                min={1}
                max={14}
                value={draft.maxPerWeek}
                error={errors.maxPerWeek}
                onChange={(v) => set('maxPerWeek', v)}
              />
            </div>
          </section>
          <section className="form-section" aria-labelledby="schedule-checkin">
            <h3 id="schedule-checkin">{t('console.booking.schedule.groups.checkIn')}</h3>
            <p className="hint">{hint('checkIn')}</p>
            <div className="field-row field-row--2">
              <NumberField
                name="checkInEarlyMinutes"
                label={f('checkInEarlyMinutes')}
                unit={minutes}
                min={0}
                max={240}
                value={draft.checkInEarlyMinutes}
                error={errors.checkInEarlyMinutes}
                onChange={(v) => set('checkInEarlyMinutes', v)}
              />
              <NumberField
                name="checkInLateMinutes"
                label={f('checkInLateMinutes')}
                unit={minutes}
                min={0}
                max={240}
                value={draft.checkInLateMinutes}
                error={errors.checkInLateMinutes}
                onChange={(v) => set('checkInLateMinutes', v)}
              />
            </div>
          </section>
          <section className="form-section" aria-labelledby="schedule-noshow">
            <h3 id="schedule-noshow">{t('console.booking.schedule.groups.noShows')}</h3>
            <p className="hint">{hint('noShows')}</p>
            <div className="field-row field-row--2">
              <NumberField
                name="noShowLimit"
                label={f('noShowLimit')}
                unit={t('console.booking.units.times')}
                min={1}
                max={20}
                value={draft.noShowLimit}
                error={errors.noShowLimit}
                onChange={(v) => set('noShowLimit', v)}
              />
              <NumberField
                name="noShowBlockDays"
                label={f('noShowBlockDays')}
                unit={days}
                min={1}
                max={365}
                value={draft.noShowBlockDays}
                error={errors.noShowBlockDays}
                onChange={(v) => set('noShowBlockDays', v)}
              />
            </div>
          </section>
          {isReadOnly ? null : (
            <div className="form-actions form-actions--sticky">
              <button type="submit" className="button button--primary" disabled={submit.isPending}>
                {submit.isPending
                  ? t('form.saving')
                  : isNew
                    ? t('console.booking.schedule.create')
                    : t('console.booking.schedule.save')}
              </button>
              <SavedNote message={saved} />
            </div>
          )}
        </fieldset>
      </form>
      <SchedulePreview mpp={mpp} input={toScheduleInput(draft)} />
    </div>
  );
}
