import { describe, expect, it } from 'vitest';
import type { CounterActionResult, CounterView, Ticket } from '../../../api/queue-types.js';
import { applyActionResult } from './desk-patch.js';
import { lineEntry } from './line-entry.fixture.js';

const entry = (id: string, displayNumber: string) => lineEntry(displayNumber, id);

const counter = { id: 'c1', number: 3, label: 'Loket 3' };
const mpp = { id: 'm1', slug: 'mpp-kota-makassar', name: 'MPP Kota Makassar', timeZone: 'Asia/Makassar' };

function view(): CounterView {
  return {
    counter,
    mpp,
    state: 'open',
    officer: { id: 'o1' },
    services: [{ id: 's1', name: 'Perekaman KTP-el', waiting: 3 }],
    current: null,
    next: [entry('t1', 'A-001'), entry('t2', 'A-002')],
    parked: [entry('t8', 'A-008')],
    noShows: [entry('t9', 'A-009')],
    today: { called: 4, served: 3, noShow: 1, transferred: 0, averageServiceMinutes: 6 },
  };
}

function result(ticket: CounterActionResult['ticket'], current: Ticket | null, waiting: number): CounterActionResult {
  return {
    counter,
    mpp,
    state: 'open',
    officer: { id: 'o1' },
    services: [{ id: 's1', name: 'Perekaman KTP-el', waiting }],
    current,
    ticket,
  };
}

const calledTicket = { id: 't1', displayNumber: 'A-001' } as Ticket;

describe('applyActionResult', () => {
  it('shows the called ticket as current, takes it out of who is next, and updates the waiting count', () => {
    const patched = applyActionResult(
      view(),
      result({ id: 't1', displayNumber: 'A-001', serviceId: 's1', status: 'called', outcome: null }, calledTicket, 2),
    );
    expect(patched.current?.id).toBe('t1');
    expect(patched.next.map((e) => e.displayNumber)).toEqual(['A-002']);
    expect(patched.services[0]?.waiting).toBe(2);
    // Lists the action did not touch, and today's counts, stay until the view is read again.
    expect(patched.parked.map((e) => e.id)).toEqual(['t8']);
    expect(patched.today.served).toBe(3);
  });

  it('takes an unparked ticket off the parked list and a recycled one off the missed list', () => {
    const unparked = applyActionResult(
      view(),
      result({ id: 't8', displayNumber: 'A-008', serviceId: 's1', status: 'called', outcome: null }, null, 3),
    );
    expect(unparked.parked).toEqual([]);
    const recycled = applyActionResult(
      view(),
      result({ id: 't9', displayNumber: 'A-009', serviceId: 's1', status: 'waiting', outcome: null }, null, 4),
    );
    expect(recycled.noShows).toEqual([]);
  });

  it('follows a break or a close, which act on no ticket', () => {
    const onBreak = applyActionResult(view(), { ...result(null, null, 3), state: 'break' });
    expect(onBreak.state).toBe('break');
    expect(onBreak.next).toHaveLength(2);
  });
});
