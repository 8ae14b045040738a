import { WAITLIST_OFFER_MINUTES } from '../../../src/domain/booking/waitlist.js';
import { utcOffsetHours } from '../../../src/domain/time/zones.js';
import type { SlotDay, WaitlistEntry } from '../api/booking-types.js';

/**
 * How long a freed seat is held for the first in line (less when the slot starts sooner): said
 * before joining, so the citizen knows to watch for the message.
 */
export const OFFER_MINUTES = WAITLIST_OFFER_MINUTES;

/**
 * Whether a day of the listing offers its waitlist: no seat left in any open slot, and some
 * slot taken to the last seat (the line waits for one of those to free up). A day not yet
 * released, closed by the MPP, or whose slots have all begun has no line; the server refuses
 * those the same way.
 */
export function canJoinWaitlist(day: SlotDay): boolean {
  if (day.closedReason !== null) return false;
  if (day.slots.some((s) => s.state === 'open' && s.seatsLeft > 0)) return false;
  return day.slots.some((s) => s.state === 'full');
}

/** The citizen's live place (waiting, or a seat held) in the line of one service's day. */
export function findActivePlace(
  entries: readonly WaitlistEntry[],
  at: { mppId: string; serviceId: string; date: string },
): WaitlistEntry | undefined {
  return entries.find(
    (e) =>
      e.mpp.id === at.mppId &&
      e.service.id === at.serviceId &&
      e.date === at.date &&
      (e.status === 'waiting' || e.status === 'offered'),
  );
}

/**
 * Where a place in line stands, for what its card says. An offer whose time has run out on this
 * device is `lapsed` at once, before the server's job marks it expired. An expired place whose
 * date has not ended lapsed from an offer not taken; one whose date is over simply ran out.
 */
export type WaitlistPhase = 'offered' | 'waiting' | 'lapsed' | 'day_over' | 'booked' | 'left' | 'closed';

export function waitlistPhase(entry: WaitlistEntry, now: Date): WaitlistPhase {
  switch (entry.status) {
    case 'offered':
      return entry.offer && Date.parse(entry.offer.expiresAt) > now.getTime() ? 'offered' : 'lapsed';
    case 'expired':
      return entry.date < localToday(now, entry) ? 'day_over' : 'lapsed';
    case 'waiting':
    case 'booked':
    case 'left':
    case 'closed':
      return entry.status;
  }
}

function localToday(now: Date, entry: WaitlistEntry): string {
  return new Date(now.getTime() + utcOffsetHours(entry.mpp.timeZone) * 3_600_000).toISOString().slice(0, 10);
}

/**
 * My places in line in three groups: seats held for me (soonest to lapse first: they cannot
 * wait), places still waiting (soonest date first), and the ended ones (latest date first).
 */
export function splitWaitlist(
  entries: readonly WaitlistEntry[],
  now: Date,
): { offered: WaitlistEntry[]; waiting: WaitlistEntry[]; ended: WaitlistEntry[] } {
  const offered: WaitlistEntry[] = [];
  const waiting: WaitlistEntry[] = [];
  const ended: WaitlistEntry[] = [];
  for (const entry of entries) {
    const phase = waitlistPhase(entry, now);
    if (phase === 'offered') offered.push(entry);
    else if (phase === 'waiting') waiting.push(entry);
    else ended.push(entry);
  }
  offered.sort((a, b) => Date.parse(a.offer?.expiresAt ?? '') - Date.parse(b.offer?.expiresAt ?? ''));
  waiting.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  ended.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  return { offered, waiting, ended };
}
