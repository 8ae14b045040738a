/**
 * The waitlist of a full day: a freed seat is held for the first in line for this long, or until
 * booking that slot closes (its minimum notice), whichever comes first. The web says it before a
 * citizen joins.
 */
export const WAITLIST_OFFER_MINUTES = 30;

/** When a seat offered now lapses; undefined when the slot can no longer be booked at all. */
export function offerExpiry(now: Date, slotStart: Date, minNoticeMinutes: number): Date | undefined {
  const latest = slotStart.getTime() - minNoticeMinutes * 60_000;
  if (latest <= now.getTime()) return undefined;
  return new Date(Math.min(now.getTime() + WAITLIST_OFFER_MINUTES * 60_000, latest));
}
