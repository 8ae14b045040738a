import { useTranslation } from 'react-i18next';
import { useAccount } from '../../../../auth/session-context.js';
import { ErrorView, LoadingView } from '../../../../components/StatusViews.js';
import { formatTimeIn } from '../../../../queue/format-time.js';
import { can } from '../../../permissions.js';
import { DevicesSection } from './DevicesSection.js';
import { KpiTable } from './KpiTable.js';
import { LiveCounters } from './LiveCounters.js';
import { LiveServices } from './LiveServices.js';
import { QueueSettingsSection } from './QueueSettingsForm.js';
import { ServiceSettingsSection } from './ServiceSettingsSection.js';
import { useLiveView } from './useLiveView.js';

/** One MPP's queue now: waiting per service, counters, today's KPIs; kiosks and settings for its manager. */
export function LiveBoard({ mpp }: { mpp: string }) {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  const { live, error, stream, updatedAt } = useLiveView(mpp);
  if (!live) return error ? <ErrorView error={error} isInline /> : <LoadingView />;
  const canManage = can(account, 'queue.manage');
  return (
    <>
      <p className="live-status">
        <span className={stream === 'reconnecting' ? 'desk-live desk-live--problem' : 'desk-live'} role="status">
          {stream === 'reconnecting' ? t('console.queue.desk.reconnecting') : t('console.queue.desk.live')}
        </span>
        {updatedAt ? (
          <span className="muted">
            {t('console.queue.live.updated', { time: formatTimeIn(updatedAt, live.mpp.timeZone, i18n.language, true) })}
          </span>
        ) : null}
        <a href={`/layar/${encodeURIComponent(live.mpp.slug)}`} target="_blank" rel="noopener">
          {t('console.queue.live.displayLink')}
        </a>
      </p>
      <section className="section" aria-labelledby="live-waiting-title">
        <h2 id="live-waiting-title">{t('console.queue.live.waitingTitle')}</h2>
        <LiveServices live={live} />
      </section>
      <section className="section" aria-labelledby="live-counters-title">
        <h2 id="live-counters-title">{t('console.queue.live.countersTitle')}</h2>
        <LiveCounters live={live} />
      </section>
      <section className="section" aria-labelledby="live-kpi-title">
        <h2 id="live-kpi-title">{t('console.queue.live.kpiTitle')}</h2>
        <KpiTable rows={live.kpis} caption={t('console.queue.live.kpiCaption', { mpp: live.mpp.name })} />
      </section>
      {canManage ? <DevicesSection mpp={live.mpp} /> : null}
      {canManage ? <QueueSettingsSection mppId={live.mpp.id} /> : null}
      {canManage ? <ServiceSettingsSection mppId={live.mpp.id} /> : null}
    </>
  );
}
