import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi } from '../api/account.js';
import type { Me } from '../api/identity-types.js';
import { useSession } from '../auth/session-context.js';
import { Field } from '../components/form/Field.js';
import { FormAlert, SavedNote } from '../components/form/FormAlert.js';
import { useSubmit } from '../components/form/useSubmit.js';

/** Setting or changing a password; changing one needs the current password. */
export function PasswordForm({ account }: { account: Me }) {
  const { t } = useTranslation();
  const { send, updateAccount } = useSession();
  const submit = useSubmit();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    if (password !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    const outcome = await submit.run(() =>
      accountApi(send).setPassword(password, account.hasPassword ? current : undefined),
    );
    if (!outcome.ok) return;
    updateAccount({ ...account, hasPassword: true });
    setCurrent('');
    setPassword('');
    setConfirm('');
    setSaved(t('account.passwordSaved'));
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <p>{account.hasPassword ? t('account.passwordSet') : t('account.passwordIntro')}</p>
      <FormAlert error={submit.error} fieldErrors={submit.fieldErrors} />
      {/* A hidden username lets password managers file the new password under the right account. */}
      <input
        type="text"
        name="username"
        autoComplete="username"
        value={account.email ?? account.phone ?? ''}
        readOnly
        hidden
      />
      {account.hasPassword ? (
        <Field name="currentPassword" label={t('account.currentPassword')} error={submit.fieldErrors.currentPassword}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(event) => setCurrent(event.target.value)}
            />
          )}
        </Field>
      ) : null}
      <Field
        name="password"
        label={t('account.newPassword')}
        hint={t('account.newPasswordHint')}
        error={submit.fieldErrors.password}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      <Field
        name="confirmPassword"
        label={t('account.confirmPassword')}
        error={mismatch ? t('account.passwordMismatch') : undefined}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={submit.isPending}>
        {submit.isPending ? t('form.saving') : t('account.savePassword')}
      </button>
      <SavedNote message={saved} />
    </form>
  );
}
