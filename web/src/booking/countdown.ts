/**
 * The time left to take a held seat, counted on the device's clock: whole seconds until
 * `deadline`, never below zero. The deadline itself is shown too ("ditahan s.d. 14.30 WITA"),
 * so a phone whose clock is off still says the server's truth in words.
 */
export function secondsUntil(deadline: string, now: Date): number {
  const ms = Date.parse(deadline) - now.getTime();
  return Number.isNaN(ms) ? 0 : Math.max(0, Math.ceil(ms / 1000));
}

/** "29:05" for minutes and seconds, "1:02:03" past an hour: a clock face, the same in both languages. */
export function formatCountdown(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
