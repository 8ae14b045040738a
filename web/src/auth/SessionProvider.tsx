import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getSession } from '../api/auth.js';
import { ApiError, type Method, sendJson } from '../api/client.js';
import type { Me, Session } from '../api/identity-types.js';
import { SessionContext, type SessionContextValue, type SessionState } from './session-context.js';

/**
 * Holds the session of this tab. The session itself is an HttpOnly cookie the page never sees;
 * what is kept here, in memory only, is the account and the CSRF token that every write must
 * carry. Both are read from GET /auth/session when the page loads.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const csrfToken = useRef<string | null>(null);

  const apply = useCallback((session: Session | null) => {
    csrfToken.current = session?.csrfToken ?? null;
    setState(session ? { status: 'signed_in', session } : { status: 'signed_out' });
  }, []);

  const refresh = useCallback(async () => {
    try {
      apply(await getSession());
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 404)) apply(null);
      else setState((current) => (current.status === 'loading' ? { status: 'signed_out' } : current));
    }
  }, [apply]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const send = useCallback(
    async <T,>(method: Method, path: string, body?: unknown): Promise<T> => {
      try {
        return await sendJson<T>(method, path, body, csrfToken.current);
      } catch (error) {
        // The session ended elsewhere (signed out everywhere, expired): show the signed-out state.
        if (error instanceof ApiError && error.status === 401 && csrfToken.current && !path.includes('/auth/')) {
          apply(null);
        }
        throw error;
      }
    },
    [apply],
  );

  // Stable callbacks: pages may use them in effects without running them on every change.
  const signedIn = useCallback((session: Session) => apply(session), [apply]);
  const signedOut = useCallback(() => apply(null), [apply]);
  const updateAccount = useCallback(
    (account: Me) =>
      setState((current) =>
        current.status === 'signed_in' ? { status: 'signed_in', session: { ...current.session, account } } : current,
      ),
    [],
  );

  const value = useMemo<SessionContextValue>(
    () => ({ state, send, signedIn, updateAccount, signedOut, refresh }),
    [state, send, signedIn, updateAccount, signedOut, refresh],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
