import { useEffect, useState } from 'react';

export type Loadable<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T };

/**
 * Runs `load` whenever `key` changes and aborts the previous call, so a fast typist or a
 * back-button press never shows a stale answer. `key` must capture every input of `load`.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loadable<T> {
  const [state, setState] = useState<{ key: string | null; value: Loadable<T> }>({
    key: null,
    value: { status: 'loading' },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for every input of `load`.
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, value: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ key, value: { status: 'error', error } });
      },
    );
    return () => controller.abort();
  }, [key]);

  return state.key === key ? state.value : { status: 'loading' };
}
