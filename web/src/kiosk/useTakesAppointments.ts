import { useEffect, useState } from 'react';
import { kioskApi } from './kiosk-api.js';

/** How often the kiosk asks again (a manager may switch appointments on or off during the day). */
const REFRESH_MS = 5 * 60_000;

/**
 * Whether any service of the kiosk's MPP takes appointments, so that "I have an appointment" is
 * offered only where one can exist. Unknown until the first answer (nothing is shown); if the
 * server cannot be asked, the button is shown: a citizen with a booking must never be turned away.
 */
export function useTakesAppointments(token: string, mppSlug: string): boolean {
  const [takes, setTakes] = useState(false);
  useEffect(() => {
    let live = true;
    const ask = () =>
      kioskApi(token)
        .listBookableServices(mppSlug)
        .then(
          (answer) => live && setTakes(answer.items.length > 0),
          () => live && setTakes(true),
        );
    void ask();
    const timer = setInterval(() => void ask(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [token, mppSlug]);
  return takes;
}
