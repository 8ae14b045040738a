import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { authApi, getOidcStatus } from '../../api/auth.js';
import type { Session, StaffSignInResult } from '../../api/identity-types.js';
import { useApi } from '../../api/useApi.js';
import { useSession } from '../../auth/session-context.js';
import { Field } from '../../components/form/Field.js';
import { FormAlert } from '../../components/form/FormAlert.js';
import { useSubmit } from '../../components/form/useSubmit.js';
import { LoadingView } from '../../components/StatusViews.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { safeReturnPath } from '../../links.js';
import { ConsoleFrame } from '../components/ConsoleFrame.js';
import { TotpStep } from '../components/TotpStep.js';

type Step = { status: 'password' } | Exclude<StaffSignInResult, { status: 'signed_in' }>;

/**
 * Staff sign in with email and password, then an authenticator code. Roles that require a
 * second factor enrol one on their first sign-in: the QR code and the secret are shown once.
 */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('console.signIn.title'));
  const { state, send, signedIn } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get('returnTo'), '/');
  const [step, setStep] = useState<Step>({ status: 'password' });

  if (state.status === 'loading') return <LoadingView />;
  if (state.status === 'signed_in' && step.status === 'password') return <Navigate to={returnTo} replace />;

  function finish(session: Session) {
    signedIn(session);
    void navigate(returnTo, { replace: true });
  }

  return (
    <ConsoleFrame>
      <div className="auth-card">
        {step.status === 'password' ? (
          <PasswordStep
            onResult={(result) => (result.status === 'signed_in' ? finish(result.session) : setStep(result))}
            send={send}
          />
        ) : (
          <TotpStep step={step} onSignedIn={finish} onRestart={() => setStep({ status: 'password' })} />
        )}
      </div>
    </ConsoleFrame>
  );
}

function PasswordStep({
  onResult,
  send,
}: {
  onResult: (result: StaffSignInResult) => void;
  send: ReturnType<typeof useSession>['send'];
}) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const oidc = useApi('oidc', (signal) => getOidcStatus(signal));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = await submit.run(() => authApi(send).signInStaff(email.trim().toLowerCase(), password));
    if (outcome.ok) onResult(outcome.value);
  }

  return (
    <>
      <h1>{t('console.signIn.title')}</h1>
      <p>{t('console.signIn.intro')}</p>
      <form onSubmit={(event) => void onSubmit(event)}>
        <FormAlert error={submit.error} fieldErrors={submit.fieldErrors} />
        <Field name="email" label={t('console.signIn.email')} error={submit.fieldErrors.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              required
              maxLength={200}
            />
          )}
        </Field>
        <Field name="password" label={t('console.signIn.password')} error={submit.fieldErrors.password}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
              maxLength={200}
            />
          )}
        </Field>
        <button type="submit" className="button button--primary button--block" disabled={submit.isPending}>
          {submit.isPending ? t('form.sending') : t('console.signIn.submit')}
        </button>
      </form>
      {oidc.status === 'ready' && oidc.data.enabled ? (
        <p className="alt-action">
          <a className="button button--block" href="/api/v1/auth/oidc/start?returnTo=/console">
            {t('console.signIn.oidc')}
          </a>
        </p>
      ) : null}
    </>
  );
}
