import type { LineEntry } from '../../../api/queue-types.js';

/** A waiting ticket as the counter desk lists it, for tests. */
export function lineEntry(displayNumber: string, id = `id-${displayNumber}`): LineEntry {
  return {
    id,
    displayNumber,
    serviceName: 'Perekaman KTP-el',
    priorityGroup: null,
    lane: 'walk_in',
    waitingSince: '2026-11-30T09:30:00+08:00',
    waitedMinutes: 3,
  };
}
