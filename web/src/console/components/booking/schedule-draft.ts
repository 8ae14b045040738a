import type { ReleaseRule, Schedule, ScheduleInput } from '../../api/booking.js';

/**
 * The schedule form's state: numbers kept as typed (an emptied field stays empty until saved,
 * and the server names what is wrong with it).
 */
export type ScheduleDraft = {
  isEnabled: boolean;
  slotMinutes: string;
  capacity: string;
  windowDays: string;
  releaseKind: ReleaseRule['kind'];
  releaseWeekday: string;
  releaseAt: string;
  minNoticeMinutes: string;
  changeCutoffMinutes: string;
  maxPerWeek: string;
  checkInEarlyMinutes: string;
  checkInLateMinutes: string;
  noShowLimit: string;
  noShowBlockDays: string;
};

/**
 * A first schedule: 15-minute slots of one citizen, bookable 14 days ahead as the days roll on,
 * closing an hour before and changeable until two hours before, two a week per person,
 * check-in from 30 minutes before to 15 after, three no-shows block booking for 30 days.
 */
export const DEFAULT_SCHEDULE: ScheduleInput = {
  isEnabled: true,
  slotMinutes: 15,
  capacity: 1,
  windowDays: 14,
  release: { kind: 'rolling' },
  minNoticeMinutes: 60,
  changeCutoffMinutes: 120,
  maxPerWeek: 2,
  checkInEarlyMinutes: 30,
  checkInLateMinutes: 15,
  noShowLimit: 3,
  noShowBlockDays: 30,
};

/** The weekly release a manager starts from when switching to it: Friday 14:00 (the Imigrasi practice). */
const DEFAULT_WEEKLY = { weekday: 5, at: '14:00' } as const;

export function scheduleDraftOf(schedule: ScheduleInput | Schedule = DEFAULT_SCHEDULE): ScheduleDraft {
  const weekly = schedule.release.kind === 'weekly' ? schedule.release : DEFAULT_WEEKLY;
  return {
    isEnabled: schedule.isEnabled,
    slotMinutes: String(schedule.slotMinutes),
    capacity: String(schedule.capacity),
    windowDays: String(schedule.windowDays),
    releaseKind: schedule.release.kind,
    releaseWeekday: String(weekly.weekday),
    releaseAt: weekly.at,
    minNoticeMinutes: String(schedule.minNoticeMinutes),
    changeCutoffMinutes: String(schedule.changeCutoffMinutes),
    maxPerWeek: String(schedule.maxPerWeek),
    checkInEarlyMinutes: String(schedule.checkInEarlyMinutes),
    checkInLateMinutes: String(schedule.checkInLateMinutes),
    noShowLimit: String(schedule.noShowLimit),
    noShowBlockDays: String(schedule.noShowBlockDays),
  };
}

/** A typed number, or NaN for an empty or non-numeric field (sent as null: the server names the field). */
function numberOf(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

export function releaseOf(draft: ScheduleDraft): ReleaseRule {
  return draft.releaseKind === 'weekly'
    ? { kind: 'weekly', weekday: numberOf(draft.releaseWeekday), at: draft.releaseAt }
    : { kind: 'rolling' };
}

export function toScheduleInput(draft: ScheduleDraft): ScheduleInput {
  return {
    isEnabled: draft.isEnabled,
    slotMinutes: numberOf(draft.slotMinutes),
    capacity: numberOf(draft.capacity),
    windowDays: numberOf(draft.windowDays),
    release: releaseOf(draft),
    minNoticeMinutes: numberOf(draft.minNoticeMinutes),
    changeCutoffMinutes: numberOf(draft.changeCutoffMinutes),
    maxPerWeek: numberOf(draft.maxPerWeek),
    checkInEarlyMinutes: numberOf(draft.checkInEarlyMinutes),
    checkInLateMinutes: numberOf(draft.checkInLateMinutes),
    noShowLimit: numberOf(draft.noShowLimit),
    noShowBlockDays: numberOf(draft.noShowBlockDays),
  };
}

/** Whether every number of the draft is a whole number (the preview words only those). */
export function isComplete(input: ScheduleInput): boolean {
  const numbers = Object.values(input).filter((v): v is number => typeof v === 'number');
  const release = input.release.kind === 'weekly' ? [input.release.weekday] : [];
  return [...numbers, ...release].every((n) => Number.isInteger(n));
}
