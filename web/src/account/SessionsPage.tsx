import './translations.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi, listMySessions } from '../api/account.js';
import { authApi } from '../api/auth.js';
import type { SessionItem } from '../api/identity-types.js';
import { useApi } from '../api/useApi.js';
import { useAccount, useSession } from '../auth/session-context.js';
import { FormAlert, SavedNote } from '../components/form/FormAlert.js';
import { useSubmit } from '../components/form/useSubmit.js';
import { Loaded } from '../components/StatusViews.js';
import { usePageTitle } from '../hooks/usePageTitle.js';
import { localeOf } from '../i18n/setup.js';
import { describeUserAgent } from './device.js';
import { PasswordForm } from './PasswordForm.js';

/** The devices signed in to the account, each of which can be signed out; and the password. */
export function SessionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.sessionsTitle'));
  const account = useAccount();
  const { send, signedOut } = useSession();
  const [version, setVersion] = useState(0);
  const sessions = useApi(`sessions:${version}`, (signal) => listMySessions(signal));
  const action = useSubmit();
  const [note, setNote] = useState<string | null>(null);

  async function end(session: SessionItem) {
    setNote(null);
    const outcome = await action.run(() => accountApi(send).endSession(session.id));
    if (!outcome.ok) return;
    if (session.isCurrent) {
      signedOut();
      window.location.assign('/');
      return;
    }
    setNote(t('account.sessionEnded'));
    setVersion((v) => v + 1);
  }

  async function endEverywhere() {
    const outcome = await action.run(() => authApi(send).signOutEverywhere());
    if (!outcome.ok) return;
    signedOut();
    window.location.assign('/');
  }

  if (!account) return null;
  return (
    <>
      <h1>{t('account.sessionsTitle')}</h1>
      <p>{t('account.sessionsIntro')}</p>
      <FormAlert error={action.error} fieldErrors={{}} />
      <Loaded state={sessions} isInline>
        {(items) => (
          <ul className="cards cards--single" aria-label={t('account.sessionsTitle')}>
            {items.map((session) => (
              <SessionCard key={session.id} session={session} onEnd={() => void end(session)} />
            ))}
          </ul>
        )}
      </Loaded>
      <SavedNote message={note} />
      <p>
        <button type="button" className="button button--danger" onClick={() => void endEverywhere()}>
          {t('account.signOutEverywhere')}
        </button>
      </p>
      <section className="section" aria-labelledby="password-heading">
        <h2 id="password-heading">{t('account.password')}</h2>
        <PasswordForm account={account} />
      </section>
    </>
  );
}

function SessionCard({ session, onEnd }: { session: SessionItem; onEnd: () => void }) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });
  const agent = describeUserAgent(session.userAgent);
  const device = agent ? t('account.deviceOn', agent) : t('account.unknownDevice');
  return (
    <li className={session.isCurrent ? 'card card--highlight' : 'card'}>
      <h2 className="card__title">{device}</h2>
      {session.isCurrent ? <p className="badge badge--context">{t('account.thisDevice')}</p> : null}
      <p className="card__meta">
        {t('account.signedInWith', { method: t(`account.method.${session.method}`) })}
        <br />
        {t('account.sessionStarted', { date: when.format(new Date(session.createdAt)) })}
        <br />
        {t('account.sessionLastSeen', { date: when.format(new Date(session.lastSeenAt)) })}
        {session.ipPrefix ? (
          <>
            <br />
            {t('account.sessionNetwork', { ip: session.ipPrefix })}
          </>
        ) : null}
      </p>
      <button
        type="button"
        className="button button--small"
        onClick={onEnd}
        aria-label={session.isCurrent ? undefined : t('account.endSessionLabel', { device })}
      >
        {session.isCurrent ? t('account.signOutHere') : t('account.endSession')}
      </button>
    </li>
  );
}
