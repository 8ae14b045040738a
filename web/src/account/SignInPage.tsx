import './translations.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../api/auth.js';
import type { OtpChallenge, OtpChannel, Session } from '../api/identity-types.js';
import { useSession } from '../auth/session-context.js';
import { LoadingView } from '../components/StatusViews.js';
import { usePageTitle } from '../hooks/usePageTitle.js';
import { accountHref, safeReturnPath } from '../links.js';
import { normalisePhone } from './contact.js';
import { OtpCodeForm } from './OtpCodeForm.js';
import { OtpRequestForm } from './OtpRequestForm.js';
import { PasswordSignInForm } from './PasswordSignInForm.js';

type Step = { kind: 'request' } | { kind: 'code'; challenge: OtpChallenge } | { kind: 'password' };

/**
 * Sign in and sign up are one flow: the citizen gives a number or an address, types the code
 * that arrives, and is in; a destination never seen before becomes a new account.
 */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { state, send, signedIn } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get('kembali'), accountHref());
  const [step, setStep] = useState<Step>({ kind: 'request' });
  const [request, setRequest] = useState<{ channel: OtpChannel; destination: string }>({
    channel: 'sms',
    destination: '',
  });

  if (state.status === 'loading') return <LoadingView />;
  if (state.status === 'signed_in' && step.kind === 'request') return <Navigate to={returnTo} replace />;

  function finish(session: Session) {
    signedIn(session);
    void navigate(returnTo, { replace: true });
  }

  function resend(): Promise<OtpChallenge> {
    const destination =
      request.channel === 'email' ? request.destination.trim().toLowerCase() : normalisePhone(request.destination);
    return authApi(send)
      .requestOtp(request.channel, destination)
      .then((challenge) => {
        setStep({ kind: 'code', challenge });
        return challenge;
      });
  }

  return (
    <div className="narrow">
      <h1>{step.kind === 'password' ? t('signIn.passwordTitle') : t('signIn.title')}</h1>
      {step.kind === 'request' ? (
        <>
          <p>{t('signIn.intro')}</p>
          <OtpRequestForm
            initial={request}
            onSent={(challenge, sent) => {
              setRequest(sent);
              setStep({ kind: 'code', challenge });
            }}
          />
          <p className="alt-action">
            <button type="button" className="button button--link" onClick={() => setStep({ kind: 'password' })}>
              {t('signIn.withPassword')}
            </button>
          </p>
        </>
      ) : null}
      {step.kind === 'code' ? (
        <OtpCodeForm
          challenge={step.challenge}
          onResend={resend}
          onBack={() => setStep({ kind: 'request' })}
          onSignedIn={finish}
        />
      ) : null}
      {step.kind === 'password' ? (
        <>
          <p>{t('signIn.passwordIntro')}</p>
          <PasswordSignInForm onSignedIn={finish} />
          <p className="alt-action">
            <button type="button" className="button button--link" onClick={() => setStep({ kind: 'request' })}>
              {t('signIn.withCode')}
            </button>
          </p>
        </>
      ) : null}
    </div>
  );
}
