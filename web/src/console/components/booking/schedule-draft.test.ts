import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE, isComplete, scheduleDraftOf, toScheduleInput } from './schedule-draft.js';

describe('scheduleDraftOf and toScheduleInput', () => {
  it('give back the schedule they were made from', () => {
    expect(toScheduleInput(scheduleDraftOf(DEFAULT_SCHEDULE))).toEqual(DEFAULT_SCHEDULE);
    const weekly = { ...DEFAULT_SCHEDULE, release: { kind: 'weekly', weekday: 3, at: '10:30' } } as const;
    expect(toScheduleInput(scheduleDraftOf(weekly))).toEqual(weekly);
  });

  it('start a weekly release at Friday 14:00 when the schedule rolls', () => {
    const draft = { ...scheduleDraftOf(DEFAULT_SCHEDULE), releaseKind: 'weekly' as const };
    expect(toScheduleInput(draft).release).toEqual({ kind: 'weekly', weekday: 5, at: '14:00' });
  });

  it('send an emptied number as not a number, so the server names the field', () => {
    const input = toScheduleInput({ ...scheduleDraftOf(), capacity: ' ' });
    expect(input.capacity).toBeNaN();
    expect(isComplete(input)).toBe(false);
  });

  it('call the defaults complete', () => {
    expect(isComplete(DEFAULT_SCHEDULE)).toBe(true);
  });
});
