import { useEffect, useState } from 'react';

/** An index that moves to the next of `count` every `everyMs` (0 when there is only one). */
export function useRotation(count: number, everyMs: number): number {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (count <= 1) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % count), everyMs);
    return () => clearInterval(timer);
  }, [count, everyMs]);
  return count <= 1 ? 0 : index % count;
}
