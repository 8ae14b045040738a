import { ApiError, languageHeader, networkError, readProblem } from '../api/client.js';
import type { BookableServices, CheckInResult } from '../api/booking-types.js';
import type { IssuedTicket, KioskMenu, PriorityGroup } from '../api/queue-types.js';

/** The kiosk's calls: every one carries the device token from pairing (no session, no cookie). */
const queueBase = '/api/v1/queue/kiosk';
const bookingBase = '/api/v1/booking/kiosk';

async function call<T>(
  token: string,
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': languageHeader(),
    'X-Device-Token': token,
  };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      credentials: 'omit',
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw new ApiError(await readProblem(response));
  return (await response.json()) as T;
}

export type IssueInput = { serviceId: string; priorityGroup?: PriorityGroup; phone?: string };

export const kioskApi = (token: string) => ({
  getMenu: () => call<KioskMenu>(token, `${queueBase}/menu`),
  issueTicket: (input: IssueInput) =>
    call<IssuedTicket>(token, `${queueBase}/tickets`, { method: 'POST', body: input }),
  /** The MPP's services that take appointments (public): whether to offer check-in at all. */
  listBookableServices: (mppSlug: string) =>
    call<BookableServices>(token, `/api/v1/booking/mpps/${encodeURIComponent(mppSlug)}/services`),
  /** A booking's code: a ticket in the appointment lane (or a walk-in ticket when late). */
  checkIn: (code: string) => call<CheckInResult>(token, `${bookingBase}/check-in`, { method: 'POST', body: { code } }),
});

/** 401/403: the token is unknown or revoked, so the kiosk must be paired again. */
export function isUnpaired(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.status === 403);
}
