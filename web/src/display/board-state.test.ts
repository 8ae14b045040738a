import { describe, expect, it } from 'vitest';
import type { Board, CalledEvent } from '../api/queue-types.js';
import { applyCall, applyWaiting, isFreshCall } from './board-state.js';

const board: Board = {
  mpp: { id: 'm', slug: 'mpp', name: 'MPP', timeZone: 'Asia/Makassar', localNow: '2026-11-30T09:30:00+08:00' },
  runningText: '',
  services: [
    { serviceId: 's1', name: 'KTP', prefix: 'A', tenantShortName: 'Dukcapil', waiting: 3 },
    { serviceId: 's2', name: 'Paspor', prefix: 'B', tenantShortName: 'Imigrasi', waiting: 1 },
  ],
  calls: [],
  lastEventId: '0',
};

function call(eventId: string, ticketId: string, calledAt: string, waiting = { s1: 2 }): CalledEvent {
  return {
    eventId,
    ticketId,
    displayNumber: `A-${ticketId}`,
    counter: { id: 'c', number: 3, label: 'Loket 3' },
    serviceId: 's1',
    serviceName: 'KTP',
    calledAt,
    isRecall: false,
    announcement: { text: 'Nomor antrean', repeat: 2 },
    waiting,
  };
}

describe('the board state', () => {
  it('puts a call on top and updates the waiting count of its service', () => {
    const next = applyCall(board, call('e1', '001', '2026-11-30T09:31:00+08:00'));
    expect(next.calls.map((c) => c.eventId)).toEqual(['e1']);
    expect(next.services.map((s) => s.waiting)).toEqual([2, 1]);
  });

  it('ignores the same event delivered twice', () => {
    const once = applyCall(board, call('e1', '001', '2026-11-30T09:31:00+08:00'));
    expect(applyCall(once, call('e1', '001', '2026-11-30T09:31:00+08:00'))).toEqual(once);
  });

  it('lists a recalled ticket once, at the top', () => {
    let state = applyCall(board, call('e1', '001', '2026-11-30T09:31:00+08:00'));
    state = applyCall(state, call('e2', '002', '2026-11-30T09:32:00+08:00'));
    state = applyCall(state, call('e3', '001', '2026-11-30T09:33:00+08:00'));
    expect(state.calls.map((c) => c.ticketId)).toEqual(['001', '002']);
  });

  it('keeps at most ten calls', () => {
    let state = board;
    for (let i = 0; i < 15; i++)
      state = applyCall(state, call(`e${i}`, `${i}`, new Date(Date.UTC(2026, 10, 30, 1, i)).toISOString()));
    expect(state.calls).toHaveLength(10);
    expect(state.calls[0]?.eventId).toBe('e14');
  });

  it('leaves the board as it is when no count changed', () => {
    expect(applyWaiting(board, { s1: 3 })).toBe(board);
  });

  it('announces only calls made in the last two minutes by the server clock', () => {
    const now = Date.parse('2026-11-30T09:40:00+08:00');
    expect(isFreshCall('2026-11-30T09:39:00+08:00', now, 0)).toBe(true);
    expect(isFreshCall('2026-11-30T09:30:00+08:00', now, 0)).toBe(false);
    // The TV's clock is ten minutes slow: the server's offset puts it right.
    expect(isFreshCall('2026-11-30T09:49:30+08:00', now, 10 * 60_000)).toBe(true);
  });
});
