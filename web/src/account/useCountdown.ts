import { useEffect, useState } from 'react';

/** Whole seconds left until `untilIso` (0 once passed), ticking every second. */
export function useCountdown(untilIso: string | undefined): number {
  const secondsLeft = () => (untilIso ? Math.max(0, Math.ceil((Date.parse(untilIso) - Date.now()) / 1000)) : 0);
  const [seconds, setSeconds] = useState(secondsLeft);
  // biome-ignore lint/correctness/useExhaustiveDependencies: secondsLeft reads only untilIso.
  useEffect(() => {
    setSeconds(secondsLeft());
    if (!untilIso) return;
    const timer = window.setInterval(() => {
      const left = secondsLeft();
      setSeconds(left);
      if (left === 0) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [untilIso]);
  return seconds;
}
