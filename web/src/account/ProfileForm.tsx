import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi } from '../api/account.js';
import type { Me, ProfileInput } from '../api/identity-types.js';
import { useSession } from '../auth/session-context.js';
import { Choice, Field, FieldGroup } from '../components/form/Field.js';
import { FormAlert, SavedNote } from '../components/form/FormAlert.js';
import { useSubmit } from '../components/form/useSubmit.js';
import { AddressFields, fromAddressDraft, toAddressDraft } from './AddressFields.js';
import { cleanNik } from './nik-hint.js';
import { NikField } from './NikField.js';

/** Name, NIK, birth date, sex, address and language, saved together. */
export function ProfileForm({ account }: { account: Me }) {
  const { t, i18n } = useTranslation();
  const { send, updateAccount } = useSession();
  const submit = useSubmit();
  const profile = account.profile;
  const [fullName, setFullName] = useState(profile?.fullName ?? '');
  const [nik, setNik] = useState('');
  const [birthDate, setBirthDate] = useState(profile?.birthDate ?? '');
  const [sex, setSex] = useState<'' | 'L' | 'P'>(profile?.sex ?? '');
  const [address, setAddress] = useState(toAddressDraft(profile?.address));
  const [language, setLanguage] = useState<'id' | 'en'>(account.preferredLanguage);
  // The key, not the words: saving may switch the language, and the note must follow it.
  const [savedKey, setSavedKey] = useState<string | null>(null);
  const errors = submit.fieldErrors;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSavedKey(null);
    const input: ProfileInput = {
      fullName: fullName.trim(),
      birthDate: birthDate || null,
      sex: sex || null,
      address: fromAddressDraft(address),
      preferredLanguage: language,
    };
    if (cleanNik(nik)) input.nik = cleanNik(nik);
    const outcome = await submit.run(() => accountApi(send).updateProfile(input));
    if (!outcome.ok) return;
    updateAccount(outcome.value);
    setNik('');
    if (language !== i18n.language) await i18n.changeLanguage(language);
    setSavedKey('account.profileSaved');
  }

  const labels: Record<string, string> = {
    fullName: t('account.fullName'),
    nik: t('account.nik'),
    birthDate: t('account.birthDate'),
    sex: t('account.sex'),
    'address.line': t('account.addressLine'),
    'address.provinceCode': t('account.province'),
    'address.regencyCode': t('account.regencyCode'),
    'address.districtCode': t('account.districtCode'),
    'address.villageCode': t('account.villageCode'),
    preferredLanguage: t('account.language'),
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormAlert error={submit.error} fieldErrors={errors} labels={labels} />
      <section className="form-section" aria-labelledby="personal-heading">
        <h2 id="personal-heading">{t('account.personal')}</h2>
        <Field name="fullName" label={t('account.fullName')} hint={t('account.fullNameHint')} error={errors.fullName}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="name"
              maxLength={200}
              value={fullName}
              onChange={(event) => setFullName(event.target.value)}
            />
          )}
        </Field>
        <NikField profile={profile} value={nik} onChange={setNik} error={errors.nik} />
        <Field name="birthDate" label={t('account.birthDate')} error={errors.birthDate}>
          {(control) => (
            <input
              {...control}
              type="date"
              autoComplete="bday"
              min="1900-01-01"
              value={birthDate}
              onChange={(event) => setBirthDate(event.target.value)}
            />
          )}
        </Field>
        <FieldGroup name="sex" legend={t('account.sex')} error={errors.sex}>
          <div className="choices choices--inline">
            {(['L', 'P', ''] as const).map((option) => (
              <Choice
                key={option || 'unset'}
                type="radio"
                name="sex"
                value={option || 'unset'}
                checked={sex === option}
                onChange={() => setSex(option)}
                label={option ? t(`account.sex${option}`) : t('account.sexUnset')}
              />
            ))}
          </div>
        </FieldGroup>
      </section>
      <section className="form-section" aria-labelledby="address-heading">
        <h2 id="address-heading">{t('account.address')}</h2>
        <AddressFields value={address} onChange={setAddress} errors={errors} />
      </section>
      <div className="form-section">
        <Field name="preferredLanguage" label={t('account.language')} error={errors.preferredLanguage}>
          {(control) => (
            <select
              {...control}
              value={language}
              onChange={(event) => setLanguage(event.target.value === 'en' ? 'en' : 'id')}
            >
              <option value="id">{t('account.languageId')}</option>
              <option value="en">{t('account.languageEn')}</option>
            </select>
          )}
        </Field>
      </div>
      <button type="submit" className="button button--primary" disabled={submit.isPending}>
        {submit.isPending ? t('form.saving') : t('account.saveProfile')}
      </button>
      <SavedNote message={savedKey ? t(savedKey) : null} />
    </form>
  );
}
