import { getJson, type Sender, v1 } from './client.js';
import type { OtpChallenge, OtpChannel, Session, StaffSignInResult } from './identity-types.js';

/** Sign-in and sign-out, for citizens (code or password) and staff (password, then TOTP). */

export function getSession(signal?: AbortSignal): Promise<Session> {
  return getJson<Session>(`${v1}/auth/session`, {}, signal);
}

export const authApi = (send: Sender) => ({
  requestOtp: (channel: OtpChannel, destination: string) =>
    send<OtpChallenge>('POST', `${v1}/auth/otp`, { channel, destination }),
  verifyOtp: (challengeId: string, code: string) =>
    send<Session>('POST', `${v1}/auth/otp/verify`, { challengeId, code }),
  signInWithPassword: (identifier: string, password: string) =>
    send<Session>('POST', `${v1}/auth/password`, { identifier, password }),
  signInStaff: (email: string, password: string) =>
    send<StaffSignInResult>('POST', `${v1}/auth/staff/password`, { email, password }),
  verifyStaffTotp: (ticket: string, code: string) => send<Session>('POST', `${v1}/auth/staff/totp`, { ticket, code }),
  acceptInvitation: (token: string, password: string) =>
    send<void>('POST', `${v1}/auth/staff/invitations/accept`, { token, password }),
  signOut: () => send<void>('POST', `${v1}/auth/sign-out`),
  signOutEverywhere: () => send<void>('POST', `${v1}/auth/sign-out-everywhere`),
});

export function getOidcStatus(signal?: AbortSignal): Promise<{ enabled: boolean }> {
  return getJson<{ enabled: boolean }>(`${v1}/auth/oidc`, {}, signal);
}
