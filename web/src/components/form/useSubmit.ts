import { useCallback, useState } from 'react';
import { type FieldErrors, fieldErrorsOf } from './problems.js';

/**
 * The state of one form's submit: whether it is running, and what the last failure was.
 * `run` resolves to `{ ok: true, value }`, or `{ ok: false }` when it failed (the error is kept).
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export function useSubmit() {
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = useCallback(async <T>(action: () => Promise<T>): Promise<Outcome<T>> => {
    setPending(true);
    setError(null);
    try {
      return { ok: true, value: await action() };
    } catch (caught) {
      setError(caught);
      return { ok: false, error: caught };
    } finally {
      setPending(false);
    }
  }, []);

  const reset = useCallback(() => setError(null), []);
  const fieldErrors: FieldErrors = fieldErrorsOf(error);
  return { isPending, error, fieldErrors, run, reset };
}
