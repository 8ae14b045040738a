import { at, getJson, type Sender, v1 } from './client.js';
import type { AccessLogItem, DeletionResult, Me, OtpChannel, ProfileInput, SessionItem } from './identity-types.js';

/** The citizen's own account: profile, consents, password, sessions and personal-data rights. */

export const MY_DATA_URL = `${v1}/me/data`;

export function getMe(signal?: AbortSignal): Promise<Me> {
  return getJson<Me>(`${v1}/me`, {}, signal);
}

export function listMySessions(signal?: AbortSignal): Promise<SessionItem[]> {
  return getJson<{ items: SessionItem[] }>(`${v1}/me/sessions`, {}, signal).then((r) => r.items);
}

export function listMyAccessLog(signal?: AbortSignal): Promise<AccessLogItem[]> {
  return getJson<{ items: AccessLogItem[] }>(`${v1}/me/access-log`, {}, signal).then((r) => r.items);
}

export const accountApi = (send: Sender) => ({
  updateProfile: (input: ProfileInput) => send<Me>('PATCH', `${v1}/me/profile`, input),
  setPassword: (password: string, currentPassword?: string) =>
    send<void>('PUT', `${v1}/me/password`, currentPassword ? { password, currentPassword } : { password }),
  setConsents: (consents: Record<OtpChannel, boolean>) => send<Me>('PUT', `${v1}/me/consents`, consents),
  endSession: (id: string) => send<void>('DELETE', `${v1}/me/sessions/${at(id)}`),
  requestDeletion: () => send<DeletionResult>('POST', `${v1}/me/deletion`, { confirm: true }),
});
