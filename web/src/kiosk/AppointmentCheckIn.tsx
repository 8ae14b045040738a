import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInResult } from '../api/booking-types.js';
import type { KioskMenu } from '../api/queue-types.js';
import { formatTimeIn } from '../queue/format-time.js';
import { CheckInErrorScreen } from './CheckInErrorScreen.js';
import { CheckInStep } from './CheckInStep.js';
import { zoneLabel } from './check-in-code.js';
import { kioskApi } from './kiosk-api.js';
import { type TicketNote, TicketScreen } from './TicketScreen.js';

type State =
  | { name: 'entry' }
  | { name: 'checking'; code: string }
  | { name: 'ticket'; result: CheckInResult }
  | { name: 'error'; code: string; error: unknown };

/**
 * "I have an appointment": the code, then the ticket printed as any kiosk ticket, marked as an
 * appointment's (or as a walk-in ticket, saying why, when the citizen came after the window).
 */
export function AppointmentCheckIn({
  token,
  menu,
  scanned,
  onBack,
  onDone,
}: {
  token: string;
  menu: KioskMenu;
  /** A code the scanner read on the first screen: checked in at once. */
  scanned: string | null;
  onBack: () => void;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>(() => (scanned ? { name: 'checking', code: scanned } : { name: 'entry' }));

  function checkIn(code: string) {
    setState({ name: 'checking', code });
    kioskApi(token)
      .checkIn(code)
      .then(
        (result) => setState({ name: 'ticket', result }),
        (error: unknown) => setState({ name: 'error', code, error }),
      );
  }

  // A scanned code is sent once, even when React runs this effect twice in development.
  const sentScan = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the code scanned on the first screen, once.
  useEffect(() => {
    if (scanned && !sentScan.current) {
      sentScan.current = true;
      checkIn(scanned);
    }
  }, []);

  switch (state.name) {
    case 'entry':
      return <CheckInStep onSubmit={checkIn} onBack={onBack} />;
    case 'checking':
      return (
        <p className="kiosk-lead kiosk-center" role="status">
          {t('kioskCheckIn.checking')}
        </p>
      );
    case 'ticket': {
      const { booking, late, ticket } = state.result;
      const zone = booking.mpp?.timeZone ?? menu.mpp.timeZone;
      const time = `${formatTimeIn(booking.startsAt, zone, i18n.language)} ${zoneLabel(zone)}`.trim();
      const note: TicketNote = late
        ? { label: t('kioskCheckIn.walkInTicket'), detail: t('kioskCheckIn.lateReason', { time }) }
        : { label: t('kioskCheckIn.appointmentTicket', { time }) };
      return <TicketScreen ticket={ticket} note={note} onDone={onDone} />;
    }
    case 'error':
      return (
        <CheckInErrorScreen
          error={state.error}
          code={state.code}
          timeZone={menu.mpp.timeZone}
          onRetype={() => setState({ name: 'entry' })}
          onDone={onDone}
        />
      );
  }
}
