import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedDevice, Device } from '../../../../api/queue-types.js';
import { useApi } from '../../../../api/useApi.js';
import { useSession } from '../../../../auth/session-context.js';
import { ConfirmDialog } from '../../../../components/ConfirmDialog.js';
import { Field } from '../../../../components/form/Field.js';
import { FormAlert, SavedNote } from '../../../../components/form/FormAlert.js';
import { useSubmit } from '../../../../components/form/useSubmit.js';
import { Loaded } from '../../../../components/StatusViews.js';
import { formatDay } from '../../../../format.js';
import { queueStaffReads, queueStaffWrites } from '../../../api/queue.js';
import { CreatedDeviceNotice } from './CreatedDeviceNotice.js';

/** The MPP's kiosks: create one (its pairing link is shown once), see them, revoke one. */
export function DevicesSection({ mpp }: { mpp: { id: string; name: string } }) {
  const { t, i18n } = useTranslation();
  const { send } = useSession();
  const [version, setVersion] = useState(0);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<(CreatedDevice & { name: string }) | null>(null);
  const [revoking, setRevoking] = useState<Device | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const { run, error, fieldErrors, isPending } = useSubmit();
  const devices = useApi(`devices:${mpp.id}:${version}`, (signal) => queueStaffReads.listDevices(mpp.id, signal));

  async function create(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    const result = await run(() => queueStaffWrites(send).createDevice(mpp.id, { kind: 'kiosk', name: trimmed }));
    if (result.ok) {
      setCreated({ ...result.value, name: trimmed });
      setName('');
      setVersion((v) => v + 1);
    }
  }

  async function revoke(device: Device) {
    setRevoking(null);
    const result = await run(() => queueStaffWrites(send).revokeDevice(device.id));
    if (result.ok) {
      setNote(t('console.queue.devices.revoked_done'));
      setVersion((v) => v + 1);
    }
  }

  return (
    <section className="section" aria-labelledby="devices-title">
      <h2 id="devices-title">{t('console.queue.devices.title')}</h2>
      <p>{t('console.queue.devices.intro')}</p>
      {created ? <CreatedDeviceNotice created={created} onDone={() => setCreated(null)} /> : null}
      <SavedNote message={note} />
      <FormAlert error={error} fieldErrors={fieldErrors} labels={{ name: t('console.queue.devices.name') }} />
      <Loaded state={devices} isInline>
        {(items) =>
          items.length === 0 ? (
            <p>{t('console.queue.devices.none')}</p>
          ) : (
            <table className="data-table data-table--boxed">
              <caption className="visually-hidden">{t('console.queue.devices.caption', { mpp: mpp.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('console.queue.devices.name')}</th>
                  <th scope="col">{t('console.queue.devices.kind')}</th>
                  <th scope="col">{t('console.queue.devices.createdAt')}</th>
                  <th scope="col">{t('console.queue.devices.lastSeen')}</th>
                  <th scope="col">{t('console.queue.devices.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('console.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((device) => (
                  <tr key={device.id}>
                    <th scope="row">{device.name}</th>
                    <td>{t(`console.queue.devices.kinds.${device.kind}`)}</td>
                    <td>{device.createdAt ? formatDay(device.createdAt, i18n.language) : '—'}</td>
                    <td>{device.lastSeenAt ? formatDay(device.lastSeenAt, i18n.language) : '—'}</td>
                    <td>{device.revokedAt ? t('console.queue.devices.revoked') : t('console.queue.devices.active')}</td>
                    <td>
                      {device.revokedAt ? null : (
                        <button
                          type="button"
                          className="button button--small button--danger"
                          onClick={() => setRevoking(device)}
                          aria-label={t('console.queue.devices.revokeLabel', { name: device.name })}
                        >
                          {t('console.queue.devices.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
      <form className="boxed" onSubmit={(event) => void create(event)}>
        <h3>{t('console.queue.devices.create')}</h3>
        <Field
          name="name"
          label={t('console.queue.devices.name')}
          hint={t('console.queue.devices.nameHint')}
          error={fieldErrors.name}
        >
          {(control) => (
            <input {...control} value={name} required maxLength={80} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={isPending || !name.trim()}>
          {t('console.queue.devices.create')}
        </button>
      </form>
      <ConfirmDialog
        isOpen={revoking !== null}
        title={t('console.queue.devices.revokeTitle', { name: revoking?.name ?? '' })}
        body={t('console.queue.devices.revokeBody')}
        confirmLabel={t('console.queue.devices.revoke')}
        isDanger
        onConfirm={() => revoking && void revoke(revoking)}
        onCancel={() => setRevoking(null)}
      />
    </section>
  );
}
