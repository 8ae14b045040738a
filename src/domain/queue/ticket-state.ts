/**
 * A ticket's life. Statuses say where it is now; outcomes (DOMAIN.md section 0, Queue) say how
 * a visit to a service ended, and are kept per visit so transfers leave a trail.
 *
 *   waiting --call--> called --start--> serving --finish--> done
 *      ^  \             |  \                 \--transfer--> waiting (another service/counter)
 *      |   park <-------+   no_show --recycle (once, within grace)--> waiting
 *      +-- unpark
 */

export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'parked', 'no_show', 'done'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Statuses in which a ticket still holds a place (one per citizen per service). */
export const ACTIVE_STATUSES: readonly TicketStatus[] = ['waiting', 'called', 'serving', 'parked'];

export const OUTCOMES = [
  'served',
  'no_show',
  'cancelled_by_citizen',
  'removed_by_staff',
  'transferred_to_service',
  'transferred_to_counter',
  'recycled',
  'ended_by_day_close',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Outcomes an officer may choose when finishing a visit at the counter. */
export const FINISH_OUTCOMES = ['served', 'cancelled_by_citizen', 'removed_by_staff'] as const;
export type FinishOutcome = (typeof FINISH_OUTCOMES)[number];

export const CHANNELS = ['kiosk', 'online', 'counter', 'appointment'] as const;
export type TicketChannel = (typeof CHANNELS)[number];

export const LANES = ['walk_in', 'appointment'] as const;
export type Lane = (typeof LANES)[number];

export const COUNTER_STATES = ['open', 'break', 'closed'] as const;
export type CounterState = (typeof COUNTER_STATES)[number];

export type TicketAction =
  | 'call'
  | 'recall'
  | 'start'
  | 'finish'
  | 'no_show'
  | 'transfer'
  | 'park'
  | 'unpark'
  | 'recycle'
  | 'cancel'
  | 'declare_late';

/** The statuses each action may start from; anything else is a stale action (409). */
export const ACTION_FROM: Record<TicketAction, readonly TicketStatus[]> = {
  call: ['waiting'],
  recall: ['called'],
  start: ['called'],
  finish: ['called', 'serving'],
  no_show: ['called'],
  transfer: ['called', 'serving'],
  park: ['called', 'serving'],
  unpark: ['parked'],
  recycle: ['no_show'],
  cancel: ['waiting', 'parked'],
  declare_late: ['waiting'],
};

export function canApply(action: TicketAction, status: TicketStatus): boolean {
  return ACTION_FROM[action].includes(status);
}

/** Events the queue emits, one per action; the display board listens for `queue.ticket_called`. */
export const QUEUE_EVENT_TYPES = [
  'queue.ticket_issued',
  'queue.ticket_called',
  'queue.ticket_started',
  'queue.ticket_finished',
  'queue.ticket_no_show',
  'queue.ticket_transferred',
  'queue.ticket_parked',
  'queue.ticket_unparked',
  'queue.ticket_recycled',
  'queue.ticket_cancelled',
  'queue.ticket_late',
  'queue.counter_changed',
  'queue.day_closed',
] as const;
export type QueueEventType = (typeof QUEUE_EVENT_TYPES)[number];
