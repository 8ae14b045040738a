/**
 * The kiosk's own settings, kept on the device: its pairing token and the printer's paper width.
 * A manager pairs a kiosk once by opening the pair URL shown in the console
 * (/kiosk?pair=<token>); the token is stored and taken out of the address bar at once, so it
 * is not left on screen, in the history, or in a screenshot.
 */

const TOKEN_KEY = 'satupintu.kiosk.deviceToken';
const PAPER_KEY = 'satupintu.kiosk.paper';

export type PaperWidth = 58 | 80;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage refused (private mode): the setting lasts for this page only.
  }
}

/** Takes `?pair=` and `?paper=` from the address into storage, then cleans the address. */
export function absorbUrlSettings(): void {
  const url = new URL(window.location.href);
  const pair = url.searchParams.get('pair');
  const paper = url.searchParams.get('paper');
  if (pair === null && paper === null) return;
  if (pair) write(TOKEN_KEY, pair.trim());
  if (paper === '58' || paper === '80') write(PAPER_KEY, paper);
  url.searchParams.delete('pair');
  url.searchParams.delete('paper');
  window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
}

export function readDeviceToken(): string | null {
  return read(TOKEN_KEY);
}

/** Forgets the token (the server no longer knows it): the kiosk shows the pairing screen. */
export function forgetDeviceToken(): void {
  write(TOKEN_KEY, null);
}

export function readPaperWidth(): PaperWidth {
  return read(PAPER_KEY) === '58' ? 58 : 80;
}
