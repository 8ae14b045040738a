import { useEffect, useState } from 'react';

/** The device's time, read again every `intervalMs` while `isTicking` (a countdown on screen). */
export function useNow(isTicking: boolean, intervalMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!isTicking) return;
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [isTicking, intervalMs]);
  return now;
}
