/** The appointment pages' URLs; Indonesian paths, like the rest of the portal. */

const at = encodeURIComponent;

export type FlowParams = { date?: string | undefined; slot?: string | undefined; move?: string | null | undefined };

/**
 * Booking a service at an MPP: the chosen date (`tanggal`), slot (`slot`) and, when moving an
 * existing booking, its id (`ubah`) live in the address, so the back button, a reload and the
 * return from signing in all land on the same step.
 */
export function bookingFlowHref(mppSlug: string, serviceSlug: string, params: FlowParams = {}): string {
  const query = new URLSearchParams();
  if (params.date) query.set('tanggal', params.date);
  if (params.slot) query.set('slot', params.slot);
  if (params.move) query.set('ubah', params.move);
  const qs = query.toString();
  return `/janji/${at(mppSlug)}/${at(serviceSlug)}${qs ? `?${qs}` : ''}`;
}

export const MY_BOOKINGS_PATH = '/akun/janji';

/** One booking of the signed-in citizen: its code, QR and calendar file. */
export function bookingHref(bookingId: string): string {
  return `${MY_BOOKINGS_PATH}/${at(bookingId)}`;
}

/** The profile, where a NIK is completed and verified. */
export const PROFILE_PATH = '/akun';
