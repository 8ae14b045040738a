import { createContext, useContext } from 'react';
import type { Sender } from '../api/client.js';
import type { Me, Session } from '../api/identity-types.js';

export type SessionState = { status: 'loading' } | { status: 'signed_out' } | { status: 'signed_in'; session: Session };

export type SessionContextValue = {
  state: SessionState;
  /** Writes carrying the session's CSRF token; a 401 marks the session as gone. */
  send: Sender;
  signedIn: (session: Session) => void;
  updateAccount: (account: Me) => void;
  signedOut: () => void;
  /** Asks the server again (after an OIDC return, or when the tab wakes up). */
  refresh: () => Promise<void>;
};

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a <SessionProvider>');
  return value;
}

/** The signed-in account, or undefined while loading or when signed out. */
export function useAccount(): Me | undefined {
  const { state } = useSession();
  return state.status === 'signed_in' ? state.session.account : undefined;
}
