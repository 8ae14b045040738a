import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TIME_LIMIT_UNITS } from '../../../../../src/domain/catalogue/vocabulary.js';
import { Choice, Field, FieldGroup } from '../../../components/form/Field.js';
import type { FieldErrors } from '../../../components/form/problems.js';
import { errorUnder, STANDARD_COMPONENTS, type StandardDraft } from './service-draft.js';
import { ProcedureEditor, RequirementsEditor } from './StandardListEditors.js';

type Key = (typeof STANDARD_COMPONENTS)[number];

/** One numbered component of the Standar Pelayanan, as a section the table of contents links to. */
function Component({ name, children }: { name: Key; children: ReactNode }) {
  const { t } = useTranslation();
  const number = STANDARD_COMPONENTS.indexOf(name) + 1;
  return (
    <section className="standard-component" id={`component-${name}`} aria-labelledby={`component-${name}-title`}>
      <h3 id={`component-${name}-title`}>
        <span className="standard-component__number">{number}.</span> {t(`console.standard.${name}`)}
      </h3>
      <p className="hint">{t(`console.standard.${name}Hint`)}</p>
      {children}
    </section>
  );
}

/** All 14 components of a service's Standar Pelayanan, editable. */
export function StandardFields({
  value,
  onChange,
  errors,
}: {
  value: StandardDraft;
  onChange: (value: StandardDraft) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof StandardDraft>(key: K, next: StandardDraft[K]) => onChange({ ...value, [key]: next });
  const path = (key: string) => `standard.${key}`;

  const textArea = (
    key: Exclude<Key, 'requirements' | 'procedure' | 'timeLimit' | 'fee' | 'numberOfImplementers'>,
    isLines = false,
  ) => (
    <Field
      name={path(key)}
      label={t(`console.standard.${key}`)}
      hint={isLines ? t('console.service.oneLineEach') : undefined}
      error={errorUnder(errors, path(key))}
    >
      {(control) => (
        <textarea
          {...control}
          rows={Math.min(12, Math.max(3, value[key].split('\n').length + (isLines ? 1 : 0)))}
          value={value[key]}
          onChange={(event) => set(key, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <>
      <Component name="legalBasis">{textArea('legalBasis', true)}</Component>
      <Component name="requirements">
        {errors['standard.requirements'] ? <p className="field__error">{errors['standard.requirements']}</p> : null}
        <RequirementsEditor value={value.requirements} onChange={(next) => set('requirements', next)} errors={errors} />
      </Component>
      <Component name="procedure">
        {errors['standard.procedure'] ? <p className="field__error">{errors['standard.procedure']}</p> : null}
        <ProcedureEditor value={value.procedure} onChange={(next) => set('procedure', next)} errors={errors} />
      </Component>
      <Component name="timeLimit">
        <div className="field-row field-row--2">
          <Field
            name="standard.timeLimit.value"
            label={t('console.service.timeValue')}
            error={errors['standard.timeLimit.value']}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                min={1}
                inputMode="numeric"
                value={value.timeLimit.value}
                onChange={(event) => set('timeLimit', { ...value.timeLimit, value: event.target.value })}
              />
            )}
          </Field>
          <Field
            name="standard.timeLimit.unit"
            label={t('console.service.timeUnit')}
            error={errors['standard.timeLimit.unit']}
          >
            {(control) => (
              <select
                {...control}
                value={value.timeLimit.unit}
                onChange={(event) =>
                  set('timeLimit', {
                    ...value.timeLimit,
                    unit: event.target.value as StandardDraft['timeLimit']['unit'],
                  })
                }
              >
                {TIME_LIMIT_UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(`console.service.unit.${unit}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </Component>
      <Component name="fee">
        <FieldGroup name="standard.fee.kind" legend={t('console.service.feeKind')} error={errors['standard.fee.kind']}>
          <div className="choices choices--inline">
            {(['free', 'fixed', 'formula'] as const).map((kind) => (
              <Choice
                key={kind}
                type="radio"
                name="standard.fee.kind"
                value={kind}
                checked={value.fee.kind === kind}
                onChange={() => set('fee', { ...value.fee, kind })}
                label={t(`console.service.fee.${kind}`)}
              />
            ))}
          </div>
        </FieldGroup>
        {value.fee.kind === 'fixed' ? (
          <Field
            name="standard.fee.amountRupiah"
            label={t('console.service.amountRupiah')}
            error={errors['standard.fee.amountRupiah']}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                value={value.fee.amountRupiah}
                onChange={(event) => set('fee', { ...value.fee, amountRupiah: event.target.value })}
              />
            )}
          </Field>
        ) : null}
        {value.fee.kind === 'formula' ? (
          <Field
            name="standard.fee.formula"
            label={t('console.service.formula')}
            error={errors['standard.fee.formula']}
          >
            {(control) => (
              <textarea
                {...control}
                rows={2}
                value={value.fee.formula}
                onChange={(event) => set('fee', { ...value.fee, formula: event.target.value })}
              />
            )}
          </Field>
        ) : null}
        <Field
          name="standard.fee.legalBasis"
          label={t('console.service.feeLegalBasis')}
          hint={value.fee.kind === 'free' ? t('form.optional') : undefined}
          error={errors['standard.fee.legalBasis']}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              value={value.fee.legalBasis}
              onChange={(event) => set('fee', { ...value.fee, legalBasis: event.target.value })}
            />
          )}
        </Field>
      </Component>
      <Component name="product">{textArea('product')}</Component>
      <Component name="facilities">{textArea('facilities', true)}</Component>
      <Component name="implementerCompetence">{textArea('implementerCompetence', true)}</Component>
      <Component name="internalSupervision">{textArea('internalSupervision')}</Component>
      <Component name="complaintHandling">{textArea('complaintHandling')}</Component>
      <Component name="numberOfImplementers">
        <Field
          name="standard.numberOfImplementers"
          label={t('console.standard.numberOfImplementers')}
          error={errors['standard.numberOfImplementers']}
        >
          {(control) => (
            <input
              {...control}
              className="input--short"
              type="number"
              min={1}
              inputMode="numeric"
              value={value.numberOfImplementers}
              onChange={(event) => set('numberOfImplementers', event.target.value)}
            />
          )}
        </Field>
      </Component>
      <Component name="serviceGuarantee">{textArea('serviceGuarantee')}</Component>
      <Component name="securityGuarantee">{textArea('securityGuarantee')}</Component>
      <Component name="implementerEvaluation">{textArea('implementerEvaluation')}</Component>
    </>
  );
}
