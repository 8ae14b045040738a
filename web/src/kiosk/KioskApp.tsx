import { useCallback, useEffect, useState } from 'react';
import type { KioskMenu } from '../api/queue-types.js';
import { syncServerClock } from '../queue/server-clock.js';
import { readDeviceToken } from './device.js';
import { isUnpaired, kioskApi } from './kiosk-api.js';
import { KioskFlow } from './KioskFlow.js';
import { KioskMessage } from './KioskMessage.js';
import { UnpairedScreen } from './UnpairedScreen.js';

/** How often the menu is read again, so open and closed services and quotas stay current. */
const MENU_REFRESH_MS = 60_000;

type MenuState =
  | { status: 'loading' }
  | { status: 'ready'; menu: KioskMenu }
  | { status: 'unpaired' }
  | { status: 'offline'; menu: KioskMenu | null };

/** Pairing first; then the menu of this kiosk's MPP, refreshed in the background. */
export function KioskApp() {
  const [token] = useState(readDeviceToken);
  const [state, setState] = useState<MenuState>({ status: 'loading' });

  const load = useCallback(async () => {
    if (!token) return;
    try {
      const menu = await kioskApi(token).getMenu();
      syncServerClock(menu.mpp.localNow);
      setState({ status: 'ready', menu });
    } catch (error) {
      if (isUnpaired(error)) setState({ status: 'unpaired' });
      // A network blip keeps the last menu on screen; issuing will say if the server is away.
      else setState((current) => ({ status: 'offline', menu: 'menu' in current ? current.menu : null }));
    }
  }, [token]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), MENU_REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  if (!token) return <UnpairedScreen isRevoked={false} />;
  if (state.status === 'unpaired') return <UnpairedScreen isRevoked />;
  const menu = state.status === 'ready' || state.status === 'offline' ? state.menu : null;
  if (!menu) {
    return state.status === 'offline' ? (
      <KioskMessage kind="network" onRetry={() => void load()} />
    ) : (
      <KioskMessage kind="loading" />
    );
  }
  return <KioskFlow token={token} menu={menu} onStart={() => void load()} />;
}
