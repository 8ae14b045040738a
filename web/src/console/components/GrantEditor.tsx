import { useTranslation } from 'react-i18next';
import { STAFF_ROLES } from '../../../../src/domain/identity/access.js';
import type { StaffRole } from '../../api/identity-types.js';
import type { MppSummary } from '../../api/types.js';
import { useApi } from '../../api/useApi.js';
import { Choice, Field, FieldGroup } from '../../components/form/Field.js';
import type { FieldErrors } from '../../components/form/problems.js';
import { adminReads } from '../api/admin.js';
import type { StaffGrantInput } from '../api/admin-types.js';
import type { TenantOption } from '../scoped-lists.js';

export type GrantDraft = { role: StaffRole; mppId: string; tenantId: string; counterIds: string[] };

/** Which scope each role takes (src/domain/identity/access.ts, grantProblem). */
const SCOPE: Record<StaffRole, { mpp: 'required' | 'optional' | 'none'; tenant: 'required' | 'optional' | 'none' }> = {
  officer: { mpp: 'required', tenant: 'required' },
  verifier: { mpp: 'optional', tenant: 'required' },
  tenant_admin: { mpp: 'none', tenant: 'required' },
  mpp_manager: { mpp: 'required', tenant: 'none' },
  national_admin: { mpp: 'none', tenant: 'none' },
  auditor: { mpp: 'optional', tenant: 'none' },
};

export function toGrantInput(draft: GrantDraft): StaffGrantInput {
  const scope = SCOPE[draft.role];
  return {
    role: draft.role,
    ...(scope.mpp !== 'none' && draft.mppId ? { mppId: draft.mppId } : {}),
    ...(scope.tenant !== 'none' && draft.tenantId ? { tenantId: draft.tenantId } : {}),
    ...(draft.role === 'officer' && draft.counterIds.length > 0 ? { counterIds: draft.counterIds } : {}),
  };
}

/** One role with its scope: the role first, then only the MPP, tenant and counters it needs. */
export function GrantEditor({
  index,
  value,
  onChange,
  mpps,
  tenants,
  isNational,
  errors,
}: {
  index: number;
  value: GrantDraft;
  onChange: (value: GrantDraft) => void;
  mpps: MppSummary[];
  tenants: TenantOption[];
  isNational: boolean;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const scope = SCOPE[value.role];
  const base = `grants.${index}`;
  const roles = STAFF_ROLES.filter((role) => isNational || (role !== 'national_admin' && role !== 'auditor'));
  const counters = useApi(value.role === 'officer' && value.mppId ? `grant-counters:${value.mppId}` : null, (signal) =>
    adminReads.listCounters(value.mppId, signal),
  );
  const optional = (level: 'required' | 'optional' | 'none') => (level === 'optional' ? t('form.optional') : undefined);

  return (
    <div className="grant">
      <div className="field-row">
        <Field name={`${base}.role`} label={t('console.staff.role')} error={errors[`${base}.role`]}>
          {(control) => (
            <select
              {...control}
              value={value.role}
              onChange={(event) => onChange({ ...value, role: event.target.value as StaffRole, counterIds: [] })}
            >
              {roles.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {scope.mpp !== 'none' ? (
          <Field
            name={`${base}.mppId`}
            label={t('console.mpp')}
            hint={optional(scope.mpp)}
            error={errors[`${base}.mppId`]}
          >
            {(control) => (
              <select
                {...control}
                value={value.mppId}
                onChange={(event) => onChange({ ...value, mppId: event.target.value, counterIds: [] })}
              >
                <option value="">
                  {scope.mpp === 'optional' ? t('console.staff.anyMpp') : t('console.chooseMpp')}
                </option>
                {mpps.map((mpp) => (
                  <option key={mpp.id} value={mpp.id}>
                    {mpp.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {scope.tenant !== 'none' ? (
          <Field name={`${base}.tenantId`} label={t('console.tenant')} error={errors[`${base}.tenantId`]}>
            {(control) => (
              <select
                {...control}
                value={value.tenantId}
                onChange={(event) => onChange({ ...value, tenantId: event.target.value, counterIds: [] })}
              >
                <option value="">{t('console.chooseTenant')}</option>
                {tenants.map((tenant) => (
                  <option key={tenant.id} value={tenant.id}>
                    {tenant.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      {value.role === 'officer' && value.mppId && value.tenantId && counters.status === 'ready' ? (
        <FieldGroup
          name={`${base}.counterIds`}
          legend={t('console.staff.counters')}
          hint={t('console.staff.countersHint')}
        >
          <div className="choices choices--inline">
            {counters.data
              .filter((counter) => counter.tenant.id === value.tenantId)
              .map((counter) => (
                <Choice
                  key={counter.id}
                  type="checkbox"
                  name={`${base}.counterIds`}
                  value={counter.id}
                  checked={value.counterIds.includes(counter.id)}
                  onChange={(isOn) =>
                    onChange({
                      ...value,
                      counterIds: isOn
                        ? [...value.counterIds, counter.id]
                        : value.counterIds.filter((id) => id !== counter.id),
                    })
                  }
                  label={`${counter.number} · ${counter.label}`}
                />
              ))}
          </div>
        </FieldGroup>
      ) : null}
    </div>
  );
}
