import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { authApi } from '../../api/auth.js';
import { useSession } from '../../auth/session-context.js';
import { Field } from '../../components/form/Field.js';
import { FormAlert } from '../../components/form/FormAlert.js';
import { useSubmit } from '../../components/form/useSubmit.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { ConsoleFrame } from '../components/ConsoleFrame.js';

/** The link in an invitation email: the new staff member chooses a password, then signs in. */
export function InvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('console.invitation.title'));
  const { send } = useSession();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const submit = useSubmit();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [isDone, setDone] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (password !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    const outcome = await submit.run(() => authApi(send).acceptInvitation(token, password));
    if (outcome.ok) setDone(true);
  }

  return (
    <ConsoleFrame>
      <div className="auth-card">
        <h1>{t('console.invitation.title')}</h1>
        {!token ? (
          <p className="notice notice--error">{t('console.invitation.noToken')}</p>
        ) : isDone ? (
          <div className="notice" role="status">
            <p>{t('console.invitation.done')}</p>
            <Link className="button button--primary" to="/sign-in">
              {t('console.signIn.submit')}
            </Link>
          </div>
        ) : (
          <form onSubmit={(event) => void onSubmit(event)} noValidate>
            <p>{t('console.invitation.intro')}</p>
            <FormAlert error={submit.error} fieldErrors={submit.fieldErrors} />
            <Field
              name="password"
              label={t('console.invitation.password')}
              hint={t('console.invitation.passwordHint')}
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
              label={t('console.invitation.confirm')}
              error={mismatch ? t('console.invitation.mismatch') : undefined}
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
            <button type="submit" className="button button--primary button--block" disabled={submit.isPending}>
              {submit.isPending ? t('form.saving') : t('console.invitation.submit')}
            </button>
          </form>
        )}
      </div>
    </ConsoleFrame>
  );
}
