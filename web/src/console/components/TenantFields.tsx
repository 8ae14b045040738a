import { useTranslation } from 'react-i18next';
import { TENANT_TYPES } from '../../../../src/domain/catalogue/vocabulary.js';
import type { TenantType } from '../../api/types.js';
import { Field } from '../../components/form/Field.js';
import type { FieldErrors } from '../../components/form/problems.js';

export type TenantDraft = {
  slug: string;
  name: string;
  shortName: string;
  type: TenantType;
  parentOrganisation: string;
  website: string;
  description: string;
};

/** Only the optional fields that were filled in are sent: the API rejects an empty URL. */
export function optionalTenantFields(draft: TenantDraft) {
  return {
    ...(draft.parentOrganisation.trim() ? { parentOrganisation: draft.parentOrganisation.trim() } : {}),
    ...(draft.website.trim() ? { website: draft.website.trim() } : {}),
    ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
  };
}

/** The fields of a tenant (instansi); the slug only when it is created, as links depend on it. */
export function TenantFields({
  draft,
  onChange,
  errors,
  isNew,
}: {
  draft: TenantDraft;
  onChange: (draft: TenantDraft) => void;
  errors: FieldErrors;
  isNew: boolean;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof TenantDraft>(key: K, value: TenantDraft[K]) => onChange({ ...draft, [key]: value });
  const input = (key: 'slug' | 'name' | 'shortName' | 'parentOrganisation' | 'website', hint?: string) => (
    <Field name={key} label={t(`console.tenants.${key}`)} hint={hint} error={errors[key]}>
      {(control) => (
        <input
          {...control}
          type={key === 'website' ? 'url' : 'text'}
          value={draft[key]}
          onChange={(event) => set(key, event.target.value)}
        />
      )}
    </Field>
  );
  return (
    <>
      {isNew ? input('slug', t('console.slugHint')) : null}
      {input('name')}
      <div className="field-row field-row--2">
        {input('shortName')}
        <Field name="type" label={t('console.tenants.type')} error={errors.type}>
          {(control) => (
            <select {...control} value={draft.type} onChange={(event) => set('type', event.target.value as TenantType)}>
              {TENANT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`tenantType.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {input('parentOrganisation')}
      {input('website')}
      <Field name="description" label={t('console.tenants.description')} error={errors.description}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={draft.description}
            onChange={(event) => set('description', event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
