import { useTranslation } from 'react-i18next';
import type { KioskService, KioskTenant } from '../api/queue-types.js';
import { formatOpeningIn } from '../queue/format-time.js';
import { BackButton } from './BackButton.js';

/**
 * The services of the chosen agency. A closed service, or one whose quota for today is used up,
 * stays in the list (so the visitor learns why and when it opens again) but cannot be chosen.
 */
export function ServiceStep({
  tenant,
  timeZone,
  onChoose,
  onBack,
}: {
  tenant: KioskTenant;
  timeZone: string;
  onChoose: (service: KioskService) => void;
  onBack: (() => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="kiosk-step-title">
      <h1 id="kiosk-step-title" className="kiosk-question">
        {t('kiosk.service.prompt', { tenant: tenant.shortName })}
      </h1>
      <ul className="kiosk-grid kiosk-grid--wide">
        {tenant.services.map((service) => (
          <li key={service.id}>
            <button type="button" className="kiosk-choice" disabled={!service.isOpen} onClick={() => onChoose(service)}>
              <span className="kiosk-choice__title">{service.name}</span>
              {service.isOpen ? (
                <span className="kiosk-tag kiosk-tag--open">
                  {service.remaining === null
                    ? t('kiosk.service.open')
                    : t('kiosk.service.remaining', { count: service.remaining })}
                </span>
              ) : (
                <span className="kiosk-tag kiosk-tag--closed">
                  {t(`kiosk.service.${service.reason ?? 'closed'}`)}
                  {service.nextOpeningAt
                    ? ` · ${t('kiosk.service.nextOpening', {
                        when: formatOpeningIn(service.nextOpeningAt, timeZone, i18n.language),
                      })}`
                    : null}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      {onBack ? <BackButton onBack={onBack} /> : null}
    </section>
  );
}
