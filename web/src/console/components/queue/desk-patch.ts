import type { CounterActionResult, CounterView, LineEntry } from '../../../api/queue-types.js';

/**
 * The desk as an action left it, before the full view is read again: the counter's state, its
 * current ticket and waiting counts come from the action's answer; the ticket acted on leaves
 * the lists it no longer belongs to (a called ticket is no longer next, an unparked one no longer
 * parked, a recycled one no longer missed). What joins a list (a parked ticket, a new no-show)
 * appears with the next read, a moment later.
 */
export function applyActionResult(view: CounterView, result: CounterActionResult): CounterView {
  const acted = result.ticket;
  const keep = (list: LineEntry[], status: string) =>
    acted && acted.status !== status ? list.filter((entry) => entry.id !== acted.id) : list;
  return {
    ...view,
    counter: result.counter,
    mpp: result.mpp,
    state: result.state,
    officer: result.officer,
    services: result.services,
    current: result.current,
    next: keep(view.next, 'waiting'),
    parked: keep(view.parked, 'parked'),
    noShows: keep(view.noShows, 'no_show'),
  };
}
