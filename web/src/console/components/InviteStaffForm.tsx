import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { useAccount, useSession } from '../../auth/session-context.js';
import { Field } from '../../components/form/Field.js';
import { FormAlert } from '../../components/form/FormAlert.js';
import { useSubmit } from '../../components/form/useSubmit.js';
import { adminApi } from '../api/admin.js';
import type { StaffMember } from '../api/admin-types.js';
import { isNationalAdmin, reachOf } from '../permissions.js';
import { useScopedTenants } from '../scoped-lists.js';
import { GrantEditor, type GrantDraft, toGrantInput } from './GrantEditor.js';
import { RowList } from './service/RowList.js';

/** Invites a staff member by email with one or more roles; the server emails the link. */
export function InviteStaffForm({ onInvited }: { onInvited: (member: StaffMember) => void }) {
  const { t } = useTranslation();
  const account = useAccount();
  const { send } = useSession();
  const submit = useSubmit();
  const isNational = isNationalAdmin(account);
  const reach = reachOf(account, 'identity.staff.manage');
  const mpps = useApi('invite-mpps', async (signal) => {
    const all = await api.listMpps({}, signal);
    const mine = reach.all || reach.mppIds.length === 0 ? all : all.filter((m) => reach.mppIds.includes(m.id));
    return mine.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  });
  const tenants = useScopedTenants('identity.staff.manage');
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [grants, setGrants] = useState<GrantDraft[]>([{ role: 'officer', mppId: '', tenantId: '', counterIds: [] }]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const outcome = await submit.run(() =>
      adminApi(send).inviteStaff({
        email: email.trim().toLowerCase(),
        displayName: displayName.trim(),
        grants: grants.map(toGrantInput),
      }),
    );
    if (!outcome.ok) return;
    setEmail('');
    setDisplayName('');
    setGrants([{ role: 'officer', mppId: '', tenantId: '', counterIds: [] }]);
    onInvited(outcome.value);
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="boxed">
      <h2>{t('console.staff.invite')}</h2>
      <p className="hint">{t('console.staff.inviteIntro')}</p>
      <FormAlert error={submit.error} fieldErrors={submit.fieldErrors} />
      <div className="field-row field-row--2">
        <Field name="displayName" label={t('console.staff.displayName')} error={submit.fieldErrors.displayName}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={displayName}
              onChange={(event) => setDisplayName(event.target.value)}
            />
          )}
        </Field>
        <Field name="email" label={t('console.staff.email')} error={submit.fieldErrors.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
      </div>
      <RowList
        items={grants}
        onChange={setGrants}
        rowLabel={(index) => t('console.staff.grantN', { n: index + 1 })}
        makeEmpty={(): GrantDraft => ({ role: 'officer', mppId: '', tenantId: '', counterIds: [] })}
        addLabel={t('console.staff.addGrant')}
        renderRow={(grant, index, update) => (
          <GrantEditor
            index={index}
            value={grant}
            onChange={update}
            mpps={mpps.status === 'ready' ? mpps.data : []}
            tenants={tenants.status === 'ready' ? tenants.data : []}
            isNational={isNational}
            errors={submit.fieldErrors}
          />
        )}
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={submit.isPending}>
          {submit.isPending ? t('form.sending') : t('console.staff.sendInvite')}
        </button>
      </div>
    </form>
  );
}
