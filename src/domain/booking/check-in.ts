import { type IndonesianZone, type LocalDate, serviceDayOf } from '../time/index.js';

/**
 * Checking in for an appointment at the kiosk or the counter. Within the window around the start
 * (e.g. 30 minutes before to 15 after) the citizen joins the appointment lane, called from the
 * booked time; later that same service day, as a walk-in; after that day the booking was missed.
 */
export type CheckInWindow = { earlyMinutes: number; lateMinutes: number };

export type CheckInAnswer =
  | { kind: 'too_early'; opensAt: Date }
  | { kind: 'on_time' }
  | { kind: 'late' }
  | { kind: 'missed' };

export function checkInAt(
  slot: { date: LocalDate; start: Date },
  now: Date,
  window: CheckInWindow,
  zone: IndonesianZone,
): CheckInAnswer {
  const opensAt = new Date(slot.start.getTime() - window.earlyMinutes * 60_000);
  if (now.getTime() < opensAt.getTime()) return { kind: 'too_early', opensAt };
  if (now.getTime() <= slot.start.getTime() + window.lateMinutes * 60_000) return { kind: 'on_time' };
  return serviceDayOf(now, zone) === slot.date ? { kind: 'late' } : { kind: 'missed' };
}

/**
 * Whether repeated no-shows block a person from booking the service at `now`: `limit` no-shows
 * within 90 days block it for `blockDays` after the last one. Undefined when not blocked.
 */
export function blockedUntil(
  noShows: readonly Date[],
  now: Date,
  rule: { limit: number; blockDays: number },
): Date | undefined {
  const since = now.getTime() - 90 * 86_400_000;
  const recent = noShows.filter((d) => d.getTime() >= since && d.getTime() <= now.getTime());
  if (recent.length < rule.limit) return undefined;
  const last = Math.max(...recent.map((d) => d.getTime()));
  const until = new Date(last + rule.blockDays * 86_400_000);
  return until.getTime() > now.getTime() ? until : undefined;
}
