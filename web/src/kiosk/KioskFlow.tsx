import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedTicket, KioskMenu, KioskService, KioskTenant, PriorityGroup } from '../api/queue-types.js';
import { AppointmentCheckIn } from './AppointmentCheckIn.js';
import { AppointmentChoice } from './AppointmentChoice.js';
import { IdleWarning } from './IdleWarning.js';
import { IssueErrorScreen } from './IssueErrorScreen.js';
import { KioskHeader } from './KioskHeader.js';
import { kioskApi } from './kiosk-api.js';
import { PhoneStep } from './PhoneStep.js';
import { PriorityStep } from './PriorityStep.js';
import { ServiceStep } from './ServiceStep.js';
import { TenantStep } from './TenantStep.js';
import { TicketScreen } from './TicketScreen.js';
import { useIdleReset } from './useIdleReset.js';
import { useTakesAppointments } from './useTakesAppointments.js';

/** No touch for this long and the kiosk starts over (the brief of the MPP: 45 s). */
const IDLE_MS = 45_000;

type Step =
  | { name: 'tenant' }
  | { name: 'service'; tenant: KioskTenant }
  | { name: 'priority'; tenant: KioskTenant; service: KioskService }
  | { name: 'phone'; tenant: KioskTenant; service: KioskService; priorityGroup: PriorityGroup | null }
  | { name: 'issuing' }
  | { name: 'ticket'; ticket: IssuedTicket }
  | { name: 'error'; error: unknown }
  | { name: 'appointment'; scanned: string | null };

/**
 * Agency, service, priority question, optional SMS number, then the printed ticket; or, from the
 * first screen, "I have an appointment" (where a service of the MPP takes appointments): the
 * booking's code, then its ticket.
 */
export function KioskFlow({ token, menu, onStart }: { token: string; menu: KioskMenu; onStart: () => void }) {
  const { i18n } = useTranslation();
  const onlyTenant = menu.tenants.length === 1 ? menu.tenants[0] : undefined;
  const first: Step = onlyTenant ? { name: 'service', tenant: onlyTenant } : { name: 'tenant' };
  const [step, setStep] = useState<Step>(first);
  const takesAppointments = useTakesAppointments(token, menu.mpp.slug);

  const restart = useCallback(() => {
    setStep(onlyTenant ? { name: 'service', tenant: onlyTenant } : { name: 'tenant' });
    if (i18n.language !== 'id') void i18n.changeLanguage('id');
    onStart();
  }, [onlyTenant, i18n, onStart]);

  const isAtStart = step.name === first.name && i18n.language === 'id';
  const secondsLeft = useIdleReset(IDLE_MS, !isAtStart && step.name !== 'issuing', restart);

  async function issue(service: KioskService, priorityGroup: PriorityGroup | null, phone: string | null) {
    setStep({ name: 'issuing' });
    try {
      const ticket = await kioskApi(token).issueTicket({
        serviceId: service.id,
        ...(priorityGroup ? { priorityGroup } : {}),
        ...(phone ? { phone } : {}),
      });
      setStep({ name: 'ticket', ticket });
    } catch (error) {
      setStep({ name: 'error', error });
    }
  }

  const stepNumber = { tenant: 1, service: 2, priority: 3, phone: 4 } as const;
  const progress =
    step.name in stepNumber
      ? {
          n: stepNumber[step.name as keyof typeof stepNumber] - (onlyTenant ? 1 : 0),
          total: onlyTenant ? 3 : 4,
        }
      : undefined;

  return (
    <div className="kiosk">
      <KioskHeader mpp={menu.mpp} progress={progress} />
      <main id="main" className="kiosk-main">
        {step.name === first.name && takesAppointments ? (
          <AppointmentChoice
            onChoose={() => setStep({ name: 'appointment', scanned: null })}
            onScanned={(code) => setStep({ name: 'appointment', scanned: code })}
          />
        ) : null}
        {step.name === 'tenant' ? (
          <TenantStep menu={menu} onChoose={(tenant) => setStep({ name: 'service', tenant })} />
        ) : null}
        {step.name === 'service' ? (
          <ServiceStep
            tenant={step.tenant}
            timeZone={menu.mpp.timeZone}
            onChoose={(service) => setStep({ name: 'priority', tenant: step.tenant, service })}
            onBack={onlyTenant ? undefined : restart}
          />
        ) : null}
        {step.name === 'priority' ? (
          <PriorityStep
            groups={menu.priorityGroups}
            onChoose={(priorityGroup) => setStep({ ...step, name: 'phone', priorityGroup })}
            onBack={() => setStep({ name: 'service', tenant: step.tenant })}
          />
        ) : null}
        {step.name === 'phone' ? (
          <PhoneStep
            onSubmit={(phone) => void issue(step.service, step.priorityGroup, phone)}
            onBack={() => setStep({ name: 'priority', tenant: step.tenant, service: step.service })}
          />
        ) : null}
        {step.name === 'issuing' ? <IssuingNote /> : null}
        {step.name === 'ticket' ? <TicketScreen ticket={step.ticket} onDone={restart} /> : null}
        {step.name === 'appointment' ? (
          <AppointmentCheckIn token={token} menu={menu} scanned={step.scanned} onBack={restart} onDone={restart} />
        ) : null}
        {step.name === 'error' ? (
          <IssueErrorScreen error={step.error} timeZone={menu.mpp.timeZone} onDone={restart} />
        ) : null}
      </main>
      {secondsLeft !== null ? <IdleWarning secondsLeft={secondsLeft} /> : null}
    </div>
  );
}

function IssuingNote() {
  const { t } = useTranslation();
  return (
    <p className="kiosk-lead kiosk-center" role="status">
      {t('kiosk.issuing')}
    </p>
  );
}
