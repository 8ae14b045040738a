/**
 * The server's time as seen from this device. Kiosks and TVs often have a wrong clock; each
 * answer that carries the MPP's `localNow` sets the offset, and clocks on screen add it.
 */
let offsetMs = 0;

export function syncServerClock(localNow: string): void {
  const server = Date.parse(localNow);
  if (!Number.isNaN(server)) offsetMs = server - Date.now();
}

export function serverNow(): Date {
  return new Date(Date.now() + offsetMs);
}

export function serverOffsetMs(): number {
  return offsetMs;
}
