import { useTranslation } from 'react-i18next';
import type { KioskMenu, KioskTenant } from '../api/queue-types.js';

/** The first question: which agency. Each agency says how many of its services are open now. */
export function TenantStep({ menu, onChoose }: { menu: KioskMenu; onChoose: (tenant: KioskTenant) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="kiosk-step-title">
      <p className="kiosk-welcome">{t('kiosk.start.welcome', { mpp: menu.mpp.name })}</p>
      <h1 id="kiosk-step-title" className="kiosk-question">
        {t('kiosk.start.prompt')}
      </h1>
      {menu.tenants.length === 0 ? <p className="kiosk-lead">{t('kiosk.start.noTenants')}</p> : null}
      <ul className="kiosk-grid">
        {menu.tenants.map((tenant) => {
          const open = tenant.services.filter((s) => s.isOpen).length;
          return (
            <li key={tenant.id}>
              <button type="button" className="kiosk-choice" onClick={() => onChoose(tenant)}>
                <span className="kiosk-choice__title">{tenant.shortName}</span>
                <span className="kiosk-choice__text">{tenant.name}</span>
                <span className={open > 0 ? 'kiosk-tag kiosk-tag--open' : 'kiosk-tag kiosk-tag--closed'}>
                  {open > 0 ? t('kiosk.service.servicesOpen', { count: open }) : t('kiosk.service.allClosed')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
