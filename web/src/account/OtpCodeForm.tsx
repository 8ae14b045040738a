import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../api/auth.js';
import type { OtpChallenge, Session } from '../api/identity-types.js';
import { useSession } from '../auth/session-context.js';
import { Field } from '../components/form/Field.js';
import { FormAlert, SavedNote } from '../components/form/FormAlert.js';
import { useSubmit } from '../components/form/useSubmit.js';
import { localeOf } from '../i18n/setup.js';
import { channelLabelKey } from './OtpRequestForm.js';
import { useCountdown } from './useCountdown.js';

/** Step 2: the 6-digit code, with a resend button that waits as long as the server asks. */
export function OtpCodeForm({
  challenge,
  onResend,
  onBack,
  onSignedIn,
}: {
  challenge: OtpChallenge;
  onResend: () => Promise<OtpChallenge>;
  onBack: () => void;
  onSignedIn: (session: Session) => void;
}) {
  const { t, i18n } = useTranslation();
  const { send } = useSession();
  const verify = useSubmit();
  const resend = useSubmit();
  const [code, setCode] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const [resentNote, setResentNote] = useState<string | null>(null);
  const secondsToResend = useCountdown(challenge.resendAvailableAt);
  const validUntil = new Intl.DateTimeFormat(localeOf(i18n.language), { hour: '2-digit', minute: '2-digit' }).format(
    new Date(challenge.expiresAt),
  );

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const digits = code.replace(/\D/g, '');
    if (!/^\d{6}$/.test(digits)) {
      setLocalError(t('signIn.codeInvalidFormat'));
      return;
    }
    setLocalError(undefined);
    const outcome = await verify.run(() => authApi(send).verifyOtp(challenge.challengeId, digits));
    if (outcome.ok) onSignedIn(outcome.value);
  }

  async function onResendClick() {
    setResentNote(null);
    const outcome = await resend.run(onResend);
    if (outcome.ok) {
      setCode('');
      setResentNote(t('signIn.resent'));
    }
  }

  return (
    <>
      <p className="lead">
        {t('signIn.codeSentTo', {
          destination: challenge.maskedDestination,
          channel: t(channelLabelKey(challenge.channel)),
        })}
      </p>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormAlert error={verify.error ?? resend.error} fieldErrors={{}} />
        <Field
          name="code"
          label={t('signIn.code')}
          hint={t('signIn.codeHint', { time: validUntil })}
          error={localError ?? verify.fieldErrors.code}
        >
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
              // biome-ignore lint/a11y/noAutofocus: the only thing to do on this step is type the code.
              autoFocus
            />
          )}
        </Field>
        <button type="submit" className="button button--primary button--block" disabled={verify.isPending}>
          {verify.isPending ? t('form.sending') : t('signIn.verify')}
        </button>
      </form>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => void onResendClick()}
          disabled={secondsToResend > 0 || resend.isPending}
        >
          {secondsToResend > 0 ? t('signIn.resendIn', { seconds: secondsToResend }) : t('signIn.resend')}
        </button>
        <button type="button" className="button button--link" onClick={onBack}>
          {t('signIn.changeDestination')}
        </button>
      </div>
      <SavedNote message={resentNote} />
    </>
  );
}
