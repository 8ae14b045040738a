import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_CATEGORIES, SERVICE_MODES } from '../../../api/types.js';
import { Choice, Field, FieldGroup } from '../../../components/form/Field.js';
import { FormAlert, SavedNote } from '../../../components/form/FormAlert.js';
import { useSubmit } from '../../../components/form/useSubmit.js';
import { type ServiceDraft, STANDARD_COMPONENTS } from './service-draft.js';
import { StandardFields } from './StandardFields.js';

/**
 * A service and its full Standar Pelayanan. Saving an existing service makes a new version
 * (the old ones stay readable), so the form says "save as a new version".
 */
export function ServiceForm({
  initial,
  isNew,
  isReadOnly,
  onSave,
}: {
  initial: ServiceDraft;
  isNew: boolean;
  isReadOnly: boolean;
  onSave: (draft: ServiceDraft) => Promise<string>;
}) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = submit.fieldErrors;
  const set = <K extends keyof ServiceDraft>(key: K, value: ServiceDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  /** "3. Sistem, mekanisme, dan prosedur, Langkah 2" for standard.procedure.1.title. */
  function labelOf(path: string): string | undefined {
    const [head, component, row] = path.split('.');
    if (head !== 'standard') {
      const top: Record<string, string> = {
        name: t('console.service.name'),
        slug: t('console.service.slug'),
        description: t('console.service.description'),
        category: t('search.category'),
        modes: t('service.modes'),
        keywords: t('console.service.keywords'),
      };
      return head ? top[head] : undefined;
    }
    const index = STANDARD_COMPONENTS.indexOf(component as (typeof STANDARD_COMPONENTS)[number]);
    if (index < 0) return undefined;
    const title = `${index + 1}. ${t(`console.standard.${component}`)}`;
    if (row === undefined || !/^\d+$/.test(row)) return title;
    const n = Number(row) + 1;
    if (component === 'requirements') return `${title}, ${t('console.service.requirementN', { n })}`;
    if (component === 'procedure') return `${title}, ${t('console.service.stepN', { n })}`;
    return title;
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const outcome = await submit.run(() => onSave(draft));
    if (outcome.ok) setSaved(outcome.value);
  }

  return (
    <div className="editor">
      <nav className="editor__toc" aria-label={t('console.service.toc')}>
        <p className="editor__toc-title">{t('console.service.standardTitle')}</p>
        <ol>
          {STANDARD_COMPONENTS.map((name) => (
            <li key={name}>
              <a href={`#component-${name}`}>{t(`console.standard.${name}`)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <form className="editor__form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <fieldset disabled={isReadOnly} className="plain-fieldset">
          <FormAlert error={submit.error} fieldErrors={errors} labelOf={labelOf} />
          <section className="form-section" aria-labelledby="service-about">
            <h2 id="service-about">{t('console.service.about')}</h2>
            <Field name="name" label={t('console.service.name')} error={errors.name}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  value={draft.name}
                  onChange={(event) => set('name', event.target.value)}
                />
              )}
            </Field>
            <Field
              name="slug"
              label={t('console.service.slug')}
              hint={isNew ? t('console.slugHint') : t('console.service.slugFixed')}
              error={errors.slug}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  spellCheck={false}
                  readOnly={!isNew}
                  value={draft.slug}
                  onChange={(event) => set('slug', event.target.value)}
                />
              )}
            </Field>
            <Field name="description" label={t('console.service.description')} error={errors.description}>
              {(control) => (
                <textarea
                  {...control}
                  rows={3}
                  value={draft.description}
                  onChange={(event) => set('description', event.target.value)}
                />
              )}
            </Field>
            <Field name="category" label={t('search.category')} error={errors.category}>
              {(control) => (
                <select
                  {...control}
                  value={draft.category}
                  onChange={(event) => set('category', event.target.value as ServiceDraft['category'])}
                >
                  {SERVICE_CATEGORIES.map((category) => (
                    <option key={category} value={category}>
                      {t(`category.${category}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <FieldGroup name="modes" legend={t('service.modes')} error={errors.modes}>
              <div className="choices choices--inline">
                {SERVICE_MODES.map((mode) => (
                  <Choice
                    key={mode}
                    type="checkbox"
                    name="modes"
                    value={mode}
                    checked={draft.modes.includes(mode)}
                    onChange={(isOn) =>
                      set(
                        'modes',
                        isOn
                          ? SERVICE_MODES.filter((m) => m === mode || draft.modes.includes(m))
                          : draft.modes.filter((m) => m !== mode),
                      )
                    }
                    label={t(`mode.${mode}`)}
                  />
                ))}
              </div>
            </FieldGroup>
            <Field
              name="keywords"
              label={t('console.service.keywords')}
              hint={t('console.service.keywordsHint')}
              error={errors.keywords}
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={3}
                  value={draft.keywords}
                  onChange={(event) => set('keywords', event.target.value)}
                />
              )}
            </Field>
          </section>
          <section className="form-section" aria-labelledby="service-standard">
            <h2 id="service-standard">{t('console.service.standardTitle')}</h2>
            <p className="hint">{t('console.service.standardIntro')}</p>
            <StandardFields value={draft.standard} onChange={(standard) => set('standard', standard)} errors={errors} />
          </section>
          {isReadOnly ? null : (
            <div className="form-actions form-actions--sticky">
              <button type="submit" className="button button--primary" disabled={submit.isPending}>
                {submit.isPending
                  ? t('form.saving')
                  : isNew
                    ? t('console.service.create')
                    : t('console.service.saveVersion')}
              </button>
              <SavedNote message={saved} />
            </div>
          )}
        </fieldset>
      </form>
    </div>
  );
}
