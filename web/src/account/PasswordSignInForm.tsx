import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi } from '../api/auth.js';
import type { Session } from '../api/identity-types.js';
import { useSession } from '../auth/session-context.js';
import { Field } from '../components/form/Field.js';
import { FormAlert } from '../components/form/FormAlert.js';
import { useSubmit } from '../components/form/useSubmit.js';
import { normaliseIdentifier } from './contact.js';

/** Citizens who set a password may use it instead of waiting for a code. */
export function PasswordSignInForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  const { send } = useSession();
  const submit = useSubmit();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = await submit.run(() => authApi(send).signInWithPassword(normaliseIdentifier(identifier), password));
    if (outcome.ok) onSignedIn(outcome.value);
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)}>
      <FormAlert error={submit.error} fieldErrors={submit.fieldErrors} />
      <Field name="identifier" label={t('signIn.identifier')} error={submit.fieldErrors.identifier}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="username"
            value={identifier}
            onChange={(event) => setIdentifier(event.target.value)}
            required
            maxLength={200}
          />
        )}
      </Field>
      <Field name="password" label={t('signIn.password')} error={submit.fieldErrors.password}>
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
        {submit.isPending ? t('form.sending') : t('signIn.verify')}
      </button>
    </form>
  );
}
