import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../api/auth.js';
import { OTP_CHANNELS, type OtpChallenge, type OtpChannel } from '../api/identity-types.js';
import { useSession } from '../auth/session-context.js';
import { Choice, Field, FieldGroup } from '../components/form/Field.js';
import { FormAlert } from '../components/form/FormAlert.js';
import { useSubmit } from '../components/form/useSubmit.js';
import { normalisePhone } from './contact.js';

const CHANNEL_LABEL = { sms: 'signIn.channelSms', whatsapp: 'signIn.channelWhatsapp', email: 'signIn.channelEmail' };

/** Step 1: where to send the code. A destination never seen before becomes a new account. */
export function OtpRequestForm({
  initial,
  onSent,
}: {
  initial: { channel: OtpChannel; destination: string };
  onSent: (challenge: OtpChallenge, request: { channel: OtpChannel; destination: string }) => void;
}) {
  const { t } = useTranslation();
  const { send } = useSession();
  const submit = useSubmit();
  const [channel, setChannel] = useState<OtpChannel>(initial.channel);
  const [destination, setDestination] = useState(initial.destination);
  const [localError, setLocalError] = useState<string | undefined>();
  const isEmail = channel === 'email';

  function choose(option: OtpChannel) {
    // A phone number is no use in the email box and the other way round.
    if ((option === 'email') !== isEmail) setDestination('');
    setChannel(option);
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!destination.trim()) {
      setLocalError(t('signIn.destinationRequired'));
      return;
    }
    setLocalError(undefined);
    const value = isEmail ? destination.trim().toLowerCase() : normalisePhone(destination);
    const outcome = await submit.run(() => authApi(send).requestOtp(channel, value));
    if (outcome.ok) onSent(outcome.value, { channel, destination });
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormAlert error={submit.error} fieldErrors={submit.fieldErrors} />
      <FieldGroup name="channel" legend={t('signIn.channel')} error={submit.fieldErrors.channel}>
        <div className="choices choices--inline">
          {OTP_CHANNELS.map((option) => (
            <Choice
              key={option}
              type="radio"
              name="channel"
              value={option}
              checked={channel === option}
              onChange={() => choose(option)}
              label={t(CHANNEL_LABEL[option])}
            />
          ))}
        </div>
      </FieldGroup>
      <Field
        name="destination"
        label={isEmail ? t('signIn.email') : t('signIn.phone')}
        hint={isEmail ? t('signIn.emailHint') : t('signIn.phoneHint')}
        error={localError ?? submit.fieldErrors.destination}
      >
        {(control) => (
          <input
            {...control}
            key={isEmail ? 'email' : 'tel'}
            type={isEmail ? 'email' : 'tel'}
            inputMode={isEmail ? 'email' : 'tel'}
            autoComplete={isEmail ? 'email' : 'tel'}
            value={destination}
            onChange={(event) => setDestination(event.target.value)}
            required
            maxLength={200}
          />
        )}
      </Field>
      <p className="hint">{t('signIn.privacy')}</p>
      <button type="submit" className="button button--primary button--block" disabled={submit.isPending}>
        {submit.isPending ? t('form.sending') : t('signIn.sendCode')}
      </button>
    </form>
  );
}

export function channelLabelKey(channel: OtpChannel): string {
  return CHANNEL_LABEL[channel];
}
