import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi } from '../api/account.js';
import { type Me, OTP_CHANNELS, type OtpChannel } from '../api/identity-types.js';
import { useSession } from '../auth/session-context.js';
import { Choice, FieldGroup } from '../components/form/Field.js';
import { FormAlert, SavedNote } from '../components/form/FormAlert.js';
import { useSubmit } from '../components/form/useSubmit.js';
import { channelLabelKey } from './OtpRequestForm.js';

const CONSENT_LABEL = {
  sms: 'account.consentSms',
  whatsapp: 'account.consentWhatsapp',
  email: 'account.consentEmail',
} as const;

/** Which channels carry notifications, and the consent each optional channel needs. */
export function NotificationsForm({ account }: { account: Me }) {
  const { t } = useTranslation();
  const { send, updateAccount } = useSession();
  const submit = useSubmit();
  const [channels, setChannels] = useState<OtpChannel[]>(account.profile?.channels ?? []);
  const [consents, setConsents] = useState<Record<OtpChannel, boolean>>(
    account.profile?.consents ?? { sms: false, whatsapp: false, email: false },
  );
  const [saved, setSaved] = useState<string | null>(null);

  function toggleChannel(channel: OtpChannel, isOn: boolean) {
    setChannels((current) =>
      isOn ? OTP_CHANNELS.filter((c) => c === channel || current.includes(c)) : current.filter((c) => c !== channel),
    );
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const api = accountApi(send);
    // Consent first: the server may refuse a channel the citizen has not agreed to.
    const outcome = await submit.run(async () => {
      await api.setConsents(consents);
      return api.updateProfile({ channels });
    });
    if (!outcome.ok) return;
    updateAccount(outcome.value);
    setSaved(t('account.notificationsSaved'));
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormAlert error={submit.error} fieldErrors={submit.fieldErrors} />
      <p>{t('account.notificationsIntro')}</p>
      <FieldGroup name="channels" legend={t('account.channels')} error={submit.fieldErrors.channels}>
        {OTP_CHANNELS.map((channel) => (
          <Choice
            key={channel}
            type="checkbox"
            name="channels"
            value={channel}
            checked={channels.includes(channel)}
            onChange={(isOn) => toggleChannel(channel, isOn)}
            label={t(channelLabelKey(channel))}
          />
        ))}
      </FieldGroup>
      <FieldGroup name="consents" legend={t('account.consents')} hint={t('account.consentsHint')}>
        {OTP_CHANNELS.map((channel) => (
          <Choice
            key={channel}
            type="checkbox"
            name="consents"
            value={channel}
            checked={consents[channel]}
            onChange={(isOn) => setConsents((current) => ({ ...current, [channel]: isOn }))}
            label={t(CONSENT_LABEL[channel])}
          />
        ))}
      </FieldGroup>
      <button type="submit" className="button button--primary" disabled={submit.isPending}>
        {submit.isPending ? t('form.saving') : t('account.saveNotifications')}
      </button>
      <SavedNote message={saved} />
    </form>
  );
}
