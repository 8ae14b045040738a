import type { DateOverrideInput, SlotDay, SlotPeriod } from '../../api/booking.js';

/**
 * The form for one date of the schedule: close the whole day (with a reason told to citizens),
 * or change it: other hours, another capacity, single slots closed (by their start time).
 */
export type OverrideDraft = {
  mode: 'close' | 'change';
  reason: string;
  hasOtherHours: boolean;
  periods: SlotPeriod[];
  capacity: string;
  closedSlots: string[];
};

/**
 * The form as a date stands: its closure, or what its override changed (the slots the day view
 * marks closed), or the MPP's hours for the weekday.
 */
export function overrideDraftOf(
  day: SlotDay | undefined,
  weekdayHours: readonly SlotPeriod[],
  closedOnDay: readonly string[] = [],
): OverrideDraft {
  const override = day?.override ?? null;
  const closedReason = day?.closedReason ?? (override?.closed ? (override.reason ?? '') : null);
  const periods = override?.periods?.length ? override.periods : weekdayHours;
  return {
    mode: closedReason !== null ? 'close' : 'change',
    reason: closedReason ?? override?.reason ?? '',
    hasOtherHours: Boolean(override?.periods?.length),
    periods: periods.length > 0 ? [...periods] : [{ opens: '08:00', closes: '12:00' }],
    capacity: override?.capacity ? String(override.capacity) : '',
    closedSlots: [...new Set([...(override?.closedSlots ?? []), ...closedOnDay])].sort(),
  };
}

/**
 * The request body, or undefined when the change names nothing. The reason goes along when
 * given: citizens whose slot disappears are told it (the server asks for one with closed slots).
 */
export function toOverrideInput(draft: OverrideDraft): DateOverrideInput | undefined {
  const reason = draft.reason.trim();
  if (draft.mode === 'close') return { closed: true, reason };
  const capacity = draft.capacity.trim();
  const change = {
    ...(draft.hasOtherHours ? { periods: draft.periods } : {}),
    ...(capacity ? { capacity: Number(capacity) } : {}),
    ...(draft.closedSlots.length > 0 ? { closedSlots: [...draft.closedSlots].sort() } : {}),
  };
  if (Object.keys(change).length === 0) return undefined;
  return reason ? { ...change, reason } : change;
}

/** Seats booked on a date's slots, or on those starting at `starts` only. */
export function bookedOn(day: SlotDay | undefined, starts?: readonly string[]): number {
  if (!day) return 0;
  return day.slots
    .filter((slot) => !starts || starts.includes(slot.starts))
    .reduce((sum, slot) => sum + Math.max(0, slot.capacity - slot.seatsLeft), 0);
}

/**
 * How many bookings the change would cancel, as far as the page can tell: all of a closed day,
 * those in closed slots; undefined when other hours may move some (the server counts them).
 */
export function bookingsAtRisk(day: SlotDay | undefined, input: DateOverrideInput): number | undefined {
  if ('closed' in input) return bookedOn(day);
  if (input.periods) return undefined;
  return input.closedSlots ? bookedOn(day, input.closedSlots) : 0;
}

/** Whether saving closes anything (the manager confirms first: booked citizens are cancelled). */
export function closesSomething(input: DateOverrideInput): boolean {
  return 'closed' in input || Boolean(input.periods) || Boolean(input.closedSlots?.length);
}
