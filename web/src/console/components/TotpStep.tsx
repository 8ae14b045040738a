import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../../api/auth.js';
import type { Session, StaffSignInResult } from '../../api/identity-types.js';
import { useSession } from '../../auth/session-context.js';
import { Field } from '../../components/form/Field.js';
import { FormAlert } from '../../components/form/FormAlert.js';
import { useSubmit } from '../../components/form/useSubmit.js';
import { CopyButton } from './CopyButton.js';
import { svgDataUri } from './svg-data-uri.js';

type TotpChallenge = Exclude<StaffSignInResult, { status: 'signed_in' }>;

/** "JBSW Y3DP EHPK 3PXP": easier to type into an app by hand. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/** The second step: a 6-digit code from the authenticator app, enrolling it first if needed. */
export function TotpStep({
  step,
  onSignedIn,
  onRestart,
}: {
  step: TotpChallenge;
  onSignedIn: (session: Session) => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const { send } = useSession();
  const submit = useSubmit();
  const [code, setCode] = useState('');
  const isEnrolment = step.status === 'totp_enrolment_required';

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = await submit.run(() => authApi(send).verifyStaffTotp(step.ticket, code.replace(/\D/g, '')));
    if (outcome.ok) onSignedIn(outcome.value);
  }

  return (
    <>
      <h1>{isEnrolment ? t('console.totp.enrolTitle') : t('console.totp.title')}</h1>
      {step.status === 'totp_enrolment_required' ? (
        <div className="enrolment">
          <p>{t('console.totp.enrolIntro')}</p>
          <ol className="steps">
            <li>{t('console.totp.enrolStep1')}</li>
            <li>
              {t('console.totp.enrolStep2')}
              <img
                className="enrolment__qr"
                src={svgDataUri(step.enrolment.qrSvg)}
                alt={t('console.totp.qrAlt')}
                width={200}
                height={200}
              />
              <p>{t('console.totp.manualEntry')}</p>
              <p className="secret">
                <code className="mono" data-testid="totp-secret" data-secret={step.enrolment.secret}>
                  {groupSecret(step.enrolment.secret)}
                </code>{' '}
                <CopyButton text={step.enrolment.secret} label={t('console.totp.copySecret')} />
              </p>
            </li>
            <li>{t('console.totp.enrolStep3')}</li>
          </ol>
        </div>
      ) : (
        <p>{t('console.totp.intro')}</p>
      )}
      <form onSubmit={(event) => void onSubmit(event)}>
        <FormAlert error={submit.error} fieldErrors={submit.fieldErrors} />
        <Field name="totpCode" label={t('console.totp.code')} hint={t('console.totp.codeHint')}>
          {(control) => (
            <input
              {...control}
              className="input--code"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]*"
              maxLength={6}
              value={code}
              onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
              required
            />
          )}
        </Field>
        <button type="submit" className="button button--primary button--block" disabled={submit.isPending}>
          {submit.isPending
            ? t('form.sending')
            : isEnrolment
              ? t('console.totp.enrolSubmit')
              : t('console.totp.submit')}
        </button>
      </form>
      <p className="alt-action">
        <button type="button" className="button button--link" onClick={onRestart}>
          {t('console.totp.restart')}
        </button>
      </p>
    </>
  );
}
