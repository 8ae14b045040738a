import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi.js';
import { useAccount, useSession } from '../../auth/session-context.js';
import { FormAlert, SavedNote } from '../../components/form/FormAlert.js';
import { useSubmit } from '../../components/form/useSubmit.js';
import { Loaded } from '../../components/StatusViews.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { localeOf } from '../../i18n/setup.js';
import { adminApi, adminReads } from '../api/admin.js';
import type { StaffMember } from '../api/admin-types.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { InviteStaffForm } from '../components/InviteStaffForm.js';
import { useScopedMpps, useScopedTenants } from '../scoped-lists.js';

/** Staff accounts in reach: their roles and status; invite, disable, enable. */
export function StaffPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('console.staff.title'));
  const account = useAccount();
  const { send } = useSession();
  const [version, setVersion] = useState(0);
  const staff = useApi(`staff:${version}`, (signal) => adminReads.listStaff(signal));
  const action = useSubmit();
  const [note, setNote] = useState<string | null>(null);
  const [toDisable, setToDisable] = useState<StaffMember | null>(null);
  const when = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'medium' });
  // Grants name their MPP and tenant by id; the names come from the lists in reach.
  const mpps = useScopedMpps('identity.staff.manage');
  const tenants = useScopedTenants('identity.staff.manage');
  const names = new Map<string, string>([
    ...(mpps.status === 'ready' ? mpps.data.map((m): [string, string] => [m.id, m.name]) : []),
    ...(tenants.status === 'ready' ? tenants.data.map((x): [string, string] => [x.id, x.shortName || x.name]) : []),
  ]);
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? id.slice(0, 8)) : null);

  async function setStatus(member: StaffMember, status: 'active' | 'disabled') {
    setToDisable(null);
    setNote(null);
    const outcome = await action.run(() => adminApi(send).updateStaff(member.id, { status }));
    if (!outcome.ok) return;
    setNote(
      t(status === 'disabled' ? 'console.staff.disabledNote' : 'console.staff.enabledNote', {
        name: member.displayName,
      }),
    );
    setVersion((v) => v + 1);
  }

  return (
    <>
      <h1>{t('console.staff.title')}</h1>
      <FormAlert error={action.error} fieldErrors={{}} />
      <SavedNote message={note} />
      <Loaded state={staff} isInline>
        {(items) => (
          <table className="data-table data-table--boxed">
            <caption className="visually-hidden">{t('console.staff.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('console.staff.displayName')}</th>
                <th scope="col">{t('console.staff.roles')}</th>
                <th scope="col">{t('console.staff.status')}</th>
                <th scope="col">{t('console.staff.createdAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('console.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((member) => (
                <tr key={member.id}>
                  <td>
                    {member.displayName}
                    <span className="cell-meta">{member.email}</span>
                  </td>
                  <td>
                    {member.grants.map((grant) => (
                      <span key={`${grant.role}:${grant.mppId}:${grant.tenantId}`} className="cell-line">
                        {t(`role.${grant.role}`)}
                        {grant.tenantId || grant.mppId
                          ? ` · ${[nameOf(grant.tenantId), nameOf(grant.mppId)].filter(Boolean).join(', ')}`
                          : ''}
                      </span>
                    ))}
                  </td>
                  <td>
                    <span className={`badge badge--status-${member.status}`}>
                      {t(`console.staff.statusLabel.${member.status}`)}
                    </span>
                    {member.hasTotp ? <span className="cell-meta">{t('console.staff.hasTotp')}</span> : null}
                  </td>
                  <td>{when.format(new Date(member.createdAt))}</td>
                  <td>
                    {member.id === account?.id || member.status === 'erased' ? null : member.status === 'disabled' ? (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => void setStatus(member, 'active')}
                        aria-label={t('console.staff.enableLabel', { name: member.displayName })}
                      >
                        {t('console.staff.enable')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setToDisable(member)}
                        aria-label={t('console.staff.disableLabel', { name: member.displayName })}
                      >
                        {t('console.staff.disable')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loaded>
      <InviteStaffForm
        onInvited={(member) => {
          setNote(t('console.staff.invited', { email: member.email ?? '' }));
          setVersion((v) => v + 1);
        }}
      />
      <ConfirmDialog
        isOpen={toDisable !== null}
        title={t('console.staff.disableTitle', { name: toDisable?.displayName ?? '' })}
        body={t('console.staff.disableBody')}
        confirmLabel={t('console.staff.disable')}
        isDanger
        onConfirm={() => toDisable && void setStatus(toDisable, 'disabled')}
        onCancel={() => setToDisable(null)}
      />
    </>
  );
}
