import { useTranslation } from 'react-i18next';
import { Choice, Field } from '../../../components/form/Field.js';
import type { FieldErrors } from '../../../components/form/problems.js';
import { RowList } from './RowList.js';
import type { RequirementDraft, StepDraft } from './service-draft.js';

/** Component 2, Persyaratan: each document or condition, mandatory or not, with its wallet type. */
export function RequirementsEditor({
  value,
  onChange,
  errors,
}: {
  value: RequirementDraft[];
  onChange: (value: RequirementDraft[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  return (
    <RowList
      items={value}
      onChange={onChange}
      rowLabel={(index) => t('console.service.requirementN', { n: index + 1 })}
      makeEmpty={() => ({ name: '', documentType: '', isMandatory: true, notes: '' })}
      addLabel={t('console.service.addRequirement')}
      renderRow={(item, index, update) => {
        const base = `standard.requirements.${index}`;
        return (
          <>
            <div className="field-row field-row--2">
              <Field name={`${base}.name`} label={t('console.service.requirementName')} error={errors[`${base}.name`]}>
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    value={item.name}
                    onChange={(event) => update({ ...item, name: event.target.value })}
                  />
                )}
              </Field>
              <Field
                name={`${base}.documentType`}
                label={t('console.service.documentType')}
                hint={t('console.service.documentTypeHint')}
                error={errors[`${base}.documentType`]}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    spellCheck={false}
                    value={item.documentType}
                    onChange={(event) => update({ ...item, documentType: event.target.value })}
                  />
                )}
              </Field>
            </div>
            <Choice
              type="checkbox"
              name={`${base}.isMandatory`}
              value="yes"
              checked={item.isMandatory}
              onChange={(isMandatory) => update({ ...item, isMandatory })}
              label={t('console.service.isMandatory')}
            />
            <Field name={`${base}.notes`} label={t('console.service.notes')} error={errors[`${base}.notes`]}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  value={item.notes}
                  onChange={(event) => update({ ...item, notes: event.target.value })}
                />
              )}
            </Field>
          </>
        );
      }}
    />
  );
}

/** Component 3, Sistem, mekanisme, dan prosedur: the steps in order. */
export function ProcedureEditor({
  value,
  onChange,
  errors,
}: {
  value: StepDraft[];
  onChange: (value: StepDraft[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  return (
    <RowList
      items={value}
      onChange={onChange}
      rowLabel={(index) => t('console.service.stepN', { n: index + 1 })}
      makeEmpty={() => ({ title: '', description: '' })}
      addLabel={t('console.service.addStep')}
      renderRow={(item, index, update) => {
        const base = `standard.procedure.${index}`;
        return (
          <>
            <Field name={`${base}.title`} label={t('console.service.stepTitle')} error={errors[`${base}.title`]}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  value={item.title}
                  onChange={(event) => update({ ...item, title: event.target.value })}
                />
              )}
            </Field>
            <Field
              name={`${base}.description`}
              label={t('console.service.stepDescription')}
              error={errors[`${base}.description`]}
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={2}
                  value={item.description}
                  onChange={(event) => update({ ...item, description: event.target.value })}
                />
              )}
            </Field>
          </>
        );
      }}
    />
  );
}
