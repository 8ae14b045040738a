import type { Slot, SlotDay } from '../api/booking-types.js';

/**
 * What one date of the booking window offers, in a word for its place in the list of days:
 * seats to book, full, not open yet (and when it opens), closed by the MPP (with its reason),
 * no service at all that day (a weekend, a holiday), or over (its slots have begun or are
 * too close to book). Derived from the slots alone, so it always agrees with them.
 */
export type DaySummary =
  | { kind: 'open'; seatsLeft: number }
  | { kind: 'full' }
  | { kind: 'not_yet_open'; opensAt: string | null }
  | { kind: 'closed'; reason: string }
  | { kind: 'no_service' }
  | { kind: 'over' };

export function summariseDay(day: SlotDay): DaySummary {
  if (day.closedReason !== null) return { kind: 'closed', reason: day.closedReason };
  if (day.slots.length === 0) return { kind: 'no_service' };
  const seatsLeft = day.slots.filter((s) => s.state === 'open').reduce((sum, s) => sum + s.seatsLeft, 0);
  if (seatsLeft > 0) return { kind: 'open', seatsLeft };
  const waiting = day.slots.filter((s) => s.state === 'not_yet_open');
  if (waiting.length > 0) return { kind: 'not_yet_open', opensAt: earliest(waiting.map((s) => s.opensAt)) };
  if (day.slots.some((s) => s.state === 'full')) return { kind: 'full' };
  return { kind: 'over' };
}

function earliest(instants: (string | null)[]): string | null {
  let first: string | null = null;
  for (const instant of instants) {
    if (instant !== null && (first === null || Date.parse(instant) < Date.parse(first))) first = instant;
  }
  return first;
}

/** The day a visitor most likely wants first: the earliest with a seat, else the first of the window. */
export function firstChoiceDate(days: SlotDay[]): string | undefined {
  return (days.find((d) => summariseDay(d).kind === 'open') ?? days[0])?.date;
}

/** The slot with this key anywhere in the window. */
export function findSlot(days: SlotDay[], key: string): Slot | undefined {
  for (const day of days) {
    const slot = day.slots.find((s) => s.key === key);
    if (slot) return slot;
  }
  return undefined;
}
