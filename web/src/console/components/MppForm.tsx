import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from '../../api/types.js';
import { Field } from '../../components/form/Field.js';
import { FormAlert, SavedNote } from '../../components/form/FormAlert.js';
import type { Outcome } from '../../components/form/useSubmit.js';
import { useSubmit } from '../../components/form/useSubmit.js';
import type { Contact, Maklumat, MppCreate, OpeningHours } from '../api/admin-types.js';
import { OpeningHoursEditor } from './OpeningHoursEditor.js';

export type MppDraft = {
  slug: string;
  name: string;
  regencyCode: string;
  address: string;
  latitude: string;
  longitude: string;
  timeZone: MppCreate['timeZone'];
  openingHours: OpeningHours;
  maklumat: Maklumat;
  contact: { phone: string; email: string; website: string };
};

export function emptyOpeningHours(): OpeningHours {
  const weekday = [{ opens: '08:00', closes: '15:00' }];
  return { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] };
}

/** Only the contact fields that were filled in: the API rejects an empty email or URL. */
export function contactOf(draft: MppDraft['contact']): Contact {
  const contact: Contact = {};
  if (draft.phone.trim()) contact.phone = draft.phone.trim();
  if (draft.email.trim()) contact.email = draft.email.trim();
  if (draft.website.trim()) contact.website = draft.website.trim();
  return contact;
}

export function normaliseHours(hours: OpeningHours): OpeningHours {
  return Object.fromEntries(WEEKDAYS.map((day) => [day, hours[day] ?? []])) as OpeningHours;
}

/**
 * An MPP's public face: name, address, opening hours, the maklumat pelayanan (the service
 * pledge every MPP displays, PermenPANRB 15/2014) and contacts. On creation also where it is.
 */
export function MppForm({
  mode,
  initial,
  onSave,
  savedMessage,
}: {
  mode: 'create' | 'edit';
  initial: MppDraft;
  onSave: (draft: MppDraft) => Promise<unknown>;
  savedMessage: string;
}) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = submit.fieldErrors;
  const set = <K extends keyof MppDraft>(key: K, value: MppDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const outcome: Outcome<unknown> = await submit.run(() => onSave(draft));
    if (outcome.ok) setSaved(savedMessage);
  }

  const text = (key: 'slug' | 'name' | 'regencyCode' | 'address' | 'latitude' | 'longitude', hint?: string) => (
    <Field name={key} label={t(`console.mpps.${key}`)} hint={hint} error={errors[key]}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode={key === 'latitude' || key === 'longitude' ? 'decimal' : undefined}
          value={draft[key]}
          onChange={(event) => set(key, event.target.value)}
        />
      )}
    </Field>
  );

  const labelOf = (path: string): string | undefined => {
    const [head, part] = path.split('.');
    if (head === 'maklumat')
      return `${t('mpp.maklumat')}${part ? `, ${t(`console.mpps.${part === 'text' ? 'maklumatText' : part}`)}` : ''}`;
    if (head === 'contact') return part ? t(`mpp.${part}`) : t('mpp.contact');
    if (head === 'openingHours')
      return part ? `${t('console.mpps.hours')}, ${t(`weekday.${part}`)}` : t('console.mpps.hours');
    return head ? t(`console.mpps.${head}`, { defaultValue: head }) : undefined;
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormAlert error={submit.error} fieldErrors={errors} labelOf={labelOf} />
      <section className="form-section" aria-labelledby="mpp-general">
        <h2 id="mpp-general">{t('console.mpps.general')}</h2>
        {mode === 'create' ? text('slug', t('console.slugHint')) : null}
        {text('name')}
        {mode === 'create' ? text('regencyCode', t('console.mpps.regencyCodeHint')) : null}
        <Field name="address" label={t('console.mpps.address')} error={errors.address}>
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={draft.address}
              onChange={(event) => set('address', event.target.value)}
            />
          )}
        </Field>
        {mode === 'create' ? (
          <div className="field-row">
            {text('latitude')}
            {text('longitude')}
            <Field name="timeZone" label={t('console.mpps.timeZone')} error={errors.timeZone}>
              {(control) => (
                <select
                  {...control}
                  value={draft.timeZone}
                  onChange={(event) => set('timeZone', event.target.value as MppDraft['timeZone'])}
                >
                  <option value="Asia/Jakarta">WIB (Asia/Jakarta)</option>
                  <option value="Asia/Makassar">WITA (Asia/Makassar)</option>
                  <option value="Asia/Jayapura">WIT (Asia/Jayapura)</option>
                </select>
              )}
            </Field>
          </div>
        ) : null}
      </section>
      <section className="form-section" aria-labelledby="mpp-hours">
        <h2 id="mpp-hours">{t('console.mpps.hours')}</h2>
        <p className="hint">{t('console.mpps.hoursHint')}</p>
        <OpeningHoursEditor
          value={draft.openingHours}
          onChange={(value) => set('openingHours', value)}
          errors={errors}
        />
      </section>
      <section className="form-section" aria-labelledby="mpp-maklumat">
        <h2 id="mpp-maklumat">{t('mpp.maklumat')}</h2>
        <Field name="maklumat.text" label={t('console.mpps.maklumatText')} error={errors['maklumat.text']}>
          {(control) => (
            <textarea
              {...control}
              rows={5}
              value={draft.maklumat.text}
              onChange={(event) => set('maklumat', { ...draft.maklumat, text: event.target.value })}
            />
          )}
        </Field>
        <div className="field-row field-row--2">
          <Field
            name="maklumat.signatoryName"
            label={t('console.mpps.signatoryName')}
            error={errors['maklumat.signatoryName']}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                value={draft.maklumat.signatoryName}
                onChange={(event) => set('maklumat', { ...draft.maklumat, signatoryName: event.target.value })}
              />
            )}
          </Field>
          <Field
            name="maklumat.signatoryTitle"
            label={t('console.mpps.signatoryTitle')}
            error={errors['maklumat.signatoryTitle']}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                value={draft.maklumat.signatoryTitle}
                onChange={(event) => set('maklumat', { ...draft.maklumat, signatoryTitle: event.target.value })}
              />
            )}
          </Field>
        </div>
      </section>
      <section className="form-section" aria-labelledby="mpp-contact">
        <h2 id="mpp-contact">{t('mpp.contact')}</h2>
        <div className="field-row">
          {(['phone', 'email', 'website'] as const).map((key) => (
            <Field key={key} name={`contact.${key}`} label={t(`mpp.${key}`)} error={errors[`contact.${key}`]}>
              {(control) => (
                <input
                  {...control}
                  type={key === 'email' ? 'email' : key === 'website' ? 'url' : 'tel'}
                  value={draft.contact[key]}
                  onChange={(event) => set('contact', { ...draft.contact, [key]: event.target.value })}
                />
              )}
            </Field>
          ))}
        </div>
      </section>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submit.isPending}>
          {submit.isPending ? t('form.saving') : t('form.save')}
        </button>
        <SavedNote message={saved} />
      </div>
    </form>
  );
}
