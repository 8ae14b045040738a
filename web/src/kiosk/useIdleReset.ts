import { useEffect, useRef, useState } from 'react';

/** How long the last seconds are counted down on screen before the kiosk starts over. */
const WARN_SECONDS = 10;

/**
 * Starts over after `timeoutMs` without a touch while `isActive`, so the next visitor never
 * finds someone else's half-made choice. Any touch, click or key press restarts the wait.
 * Returns the seconds left while the end is near (for an on-screen warning), else null.
 */
export function useIdleReset(timeoutMs: number, isActive: boolean, onIdle: () => void): number | null {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;

  useEffect(() => {
    setSecondsLeft(null);
    if (!isActive) return;
    let lastTouch = Date.now();
    const touched = () => {
      lastTouch = Date.now();
      setSecondsLeft(null);
    };
    const events = ['pointerdown', 'touchstart', 'keydown'] as const;
    for (const type of events) document.addEventListener(type, touched, { passive: true, capture: true });
    const timer = setInterval(() => {
      const left = Math.ceil((timeoutMs - (Date.now() - lastTouch)) / 1000);
      if (left <= 0) {
        onIdleRef.current();
        lastTouch = Date.now();
        setSecondsLeft(null);
      } else {
        setSecondsLeft(left <= WARN_SECONDS ? left : null);
      }
    }, 250);
    return () => {
      clearInterval(timer);
      for (const type of events) document.removeEventListener(type, touched, { capture: true });
    };
  }, [timeoutMs, isActive]);

  return secondsLeft;
}
