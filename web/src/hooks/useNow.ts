import { useEffect, useRef, useState } from 'react';

/**
 * The current time, refreshed every `everyMs` (aligned to the next whole tick). `source` gives
 * the time (the device's by default; a kiosk or TV passes the server's).
 */
export function useNow(everyMs = 1000, source: () => Date = () => new Date()): Date {
  const [now, setNow] = useState(source);
  // Read at each tick, so a new function on each render does not restart the timer.
  const latest = useRef(source);
  latest.current = source;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setNow(latest.current());
      timer = setTimeout(tick, everyMs - (Date.now() % everyMs));
    };
    timer = setTimeout(tick, everyMs - (Date.now() % everyMs));
    return () => clearTimeout(timer);
  }, [everyMs]);
  return now;
}
