import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import type { Address } from '../api/identity-types.js';
import { useApi } from '../api/useApi.js';
import { Field } from '../components/form/Field.js';
import type { FieldErrors } from '../components/form/problems.js';

export type AddressDraft = { [K in keyof Address]: string };

export function toAddressDraft(address: Address | undefined): AddressDraft {
  return {
    line: address?.line ?? '',
    provinceCode: address?.provinceCode ?? '',
    regencyCode: address?.regencyCode ?? '',
    districtCode: address?.districtCode ?? '',
    villageCode: address?.villageCode ?? '',
  };
}

export function fromAddressDraft(draft: AddressDraft): Address {
  const orNull = (value: string) => value.trim() || null;
  return {
    line: orNull(draft.line),
    provinceCode: orNull(draft.provinceCode),
    regencyCode: orNull(draft.regencyCode),
    districtCode: orNull(draft.districtCode),
    villageCode: orNull(draft.villageCode),
  };
}

const CODE_FIELDS = [
  { key: 'regencyCode', label: 'account.regencyCode', hint: 'account.regencyCodeHint', pattern: '\\d{2}\\.\\d{2}' },
  {
    key: 'districtCode',
    label: 'account.districtCode',
    hint: 'account.districtCodeHint',
    pattern: '\\d{2}\\.\\d{2}\\.\\d{2}',
  },
  {
    key: 'villageCode',
    label: 'account.villageCode',
    hint: 'account.villageCodeHint',
    pattern: '\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}',
  },
] as const;

/** The address, with the province chosen by name and the smaller regions by Kemendagri code. */
export function AddressFields({
  value,
  onChange,
  errors,
}: {
  value: AddressDraft;
  onChange: (value: AddressDraft) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const provinces = useApi('provinces', (signal) => api.listProvinces(signal));
  const set = (key: keyof AddressDraft, text: string) => onChange({ ...value, [key]: text });
  const provinceOptions = provinces.status === 'ready' ? provinces.data : [];

  return (
    <>
      <Field name="address.line" label={t('account.addressLine')} error={errors['address.line']}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            autoComplete="street-address"
            maxLength={500}
            value={value.line}
            onChange={(event) => set('line', event.target.value)}
          />
        )}
      </Field>
      <Field name="address.provinceCode" label={t('account.province')} error={errors['address.provinceCode']}>
        {(control) => (
          <select {...control} value={value.provinceCode} onChange={(event) => set('provinceCode', event.target.value)}>
            <option value="">{t('account.provinceNone')}</option>
            {value.provinceCode && !provinceOptions.some((p) => p.code === value.provinceCode) ? (
              <option value={value.provinceCode}>{value.provinceCode}</option>
            ) : null}
            {provinceOptions.map((province) => (
              <option key={province.code} value={province.code}>
                {province.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row">
        {CODE_FIELDS.map((field) => (
          <Field
            key={field.key}
            name={`address.${field.key}`}
            label={t(field.label)}
            hint={t(field.hint)}
            error={errors[`address.${field.key}`]}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                pattern={field.pattern}
                maxLength={13}
                value={value[field.key]}
                onChange={(event) => set(field.key, event.target.value)}
              />
            )}
          </Field>
        ))}
      </div>
    </>
  );
}
