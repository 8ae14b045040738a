import { at, getJson, type Sender, v1 } from './client.js';
import type { IssuedTicket, PriorityGroup, Ticket } from './queue-types.js';

/** The queue as a citizen uses it: read a ticket, follow it live, cancel, say "I am late", take one online. */
export const queueBase = `${v1}/queue`;

export const queueReads = {
  getTicket: (id: string, signal?: AbortSignal) => getJson<Ticket>(`${queueBase}/tickets/${at(id)}`, {}, signal),
  listMyTickets: (signal?: AbortSignal) =>
    getJson<{ items: Ticket[] }>(`${queueBase}/me/tickets`, {}, signal).then((r) => r.items),
};

/** The ticket's live stream: `event: ticket`, data = the ticket, at connect and on every change. */
export function ticketEventsUrl(id: string): string {
  return `${queueBase}/tickets/${at(id)}/events`;
}

export const queueWrites = (send: Sender) => ({
  cancel: (id: string, accessKey?: string) =>
    send<Ticket>('POST', `${queueBase}/tickets/${at(id)}/cancel`, accessKey ? { accessKey } : {}),
  declareLate: (id: string, accessKey?: string) =>
    send<Ticket>('POST', `${queueBase}/tickets/${at(id)}/late`, accessKey ? { accessKey } : {}),
  takeOnline: (input: { mppId: string; serviceId: string; priorityGroup?: PriorityGroup }) =>
    send<IssuedTicket>('POST', `${queueBase}/tickets`, input),
});
