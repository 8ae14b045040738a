import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client.js';
import type { MppDetail, ServiceSummary } from '../../../api/types.js';
import { useApi } from '../../../api/useApi.js';

/**
 * For the MPP's manager: any service offered here, to give it a schedule (or look at the one it
 * has). The day's cards link only to services that already take appointments.
 */
export function ScheduleChooser({ mpp }: { mpp: MppDetail }) {
  const { t } = useTranslation();
  const services = useApi<ServiceSummary[]>(`booking-services:${mpp.id}`, (signal) =>
    api.listServices({ mppId: mpp.id }, signal),
  );
  const [chosen, setChosen] = useState('');
  const list =
    services.status === 'ready'
      ? [...services.data].sort(
          (a, b) => a.tenant.name.localeCompare(b.tenant.name, 'id') || a.name.localeCompare(b.name, 'id'),
        )
      : [];
  const tenants = [...new Set(list.map((s) => s.tenant.name))];
  return (
    <section className="boxed schedule-chooser" aria-labelledby="schedule-chooser-title">
      <h2 id="schedule-chooser-title">{t('console.booking.chooser.title')}</h2>
      <p className="hint">{t('console.booking.chooser.intro')}</p>
      <div className="schedule-chooser__row">
        <div className="field">
          <label htmlFor="schedule-service">{t('console.booking.chooser.service')}</label>
          <select
            id="schedule-service"
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
            disabled={services.status !== 'ready'}
          >
            <option value="">{t('console.booking.chooser.choose')}</option>
            {tenants.map((tenant) => (
              <optgroup key={tenant} label={tenant}>
                {list
                  .filter((s) => s.tenant.name === tenant)
                  .map((service) => (
                    <option key={service.id} value={service.slug}>
                      {service.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        {chosen ? (
          <Link
            className="button button--primary"
            to={`/janji/${encodeURIComponent(mpp.slug)}/jadwal/${encodeURIComponent(chosen)}`}
          >
            {t('console.booking.chooser.open')}
          </Link>
        ) : (
          <button type="button" className="button button--primary" disabled>
            {t('console.booking.chooser.open')}
          </button>
        )}
      </div>
    </section>
  );
}
