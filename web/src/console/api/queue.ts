import { at, getJson, type Sender } from '../../api/client.js';
import { queueBase } from '../../api/queue.js';
import type {
  CounterActionResult,
  CounterView,
  CreatedDevice,
  Device,
  FinishOutcome,
  IssuedTicket,
  KpiRow,
  LiveView,
  MyCounter,
  PriorityGroup,
  QueueSettings,
  ServiceQueueSettings,
  ServiceQueueSettingsInput,
} from '../../api/queue-types.js';

/** Reads of the staff side of the queue (the session cookie travels by itself). */
export const queueStaffReads = {
  listMyCounters: (signal?: AbortSignal) =>
    getJson<{ items: MyCounter[] }>(`${queueBase}/me/counters`, {}, signal).then((r) => r.items),
  getCounter: (id: string, signal?: AbortSignal) => getJson<CounterView>(`${queueBase}/counters/${at(id)}`, {}, signal),
  getLive: (mpp: string, signal?: AbortSignal) => getJson<LiveView>(`${queueBase}/mpps/${at(mpp)}/live`, {}, signal),
  listKpis: (mpp: string, query: { from: string; to: string; groupBy: string }, signal?: AbortSignal) =>
    getJson<{ items: KpiRow[] }>(`${queueBase}/mpps/${at(mpp)}/kpis`, query, signal).then((r) => r.items),
  getSettings: (mpp: string, signal?: AbortSignal) =>
    getJson<QueueSettings>(`${queueBase}/mpps/${at(mpp)}/settings`, {}, signal),
  listServiceSettings: (mpp: string, signal?: AbortSignal) =>
    getJson<{ items: ServiceQueueSettings[] }>(`${queueBase}/mpps/${at(mpp)}/services`, {}, signal).then(
      (r) => r.items,
    ),
  listDevices: (mpp: string, signal?: AbortSignal) =>
    getJson<{ items: Device[] }>(`${queueBase}/mpps/${at(mpp)}/devices`, {}, signal).then((r) => r.items),
};

/** The MPP's event stream (the same one the display board reads). */
export function mppEventsUrl(mpp: string): string {
  return `${queueBase}/mpps/${at(mpp)}/events`;
}

/** Every action an officer takes at a counter; each answers the counter as it left it (no lists). */
export type CounterAction =
  | { kind: 'call-next' }
  | { kind: 'call'; ticketId: string }
  | { kind: 'recall'; ticketId: string }
  | { kind: 'start'; ticketId: string }
  | { kind: 'finish'; ticketId: string; outcome: FinishOutcome }
  | { kind: 'no-show'; ticketId: string }
  | { kind: 'transfer'; ticketId: string; toServiceId?: string; toCounterId?: string }
  | { kind: 'park'; ticketId: string }
  | { kind: 'unpark'; ticketId: string }
  | { kind: 'recycle'; ticketId: string }
  | { kind: 'break' }
  | { kind: 'resume' }
  | { kind: 'close' };

export const queueStaffWrites = (send: Sender) => ({
  openCounter: (id: string, serviceIds?: string[]) =>
    send<CounterActionResult>('POST', `${queueBase}/counters/${at(id)}/open`, serviceIds ? { serviceIds } : {}),
  act: (counterId: string, action: CounterAction) => {
    const { kind, ...body } = action;
    return send<CounterActionResult>('POST', `${queueBase}/counters/${at(counterId)}/${kind}`, body);
  },
  issueWalkIn: (mpp: string, input: { serviceId: string; priorityGroup?: PriorityGroup }) =>
    send<IssuedTicket>('POST', `${queueBase}/mpps/${at(mpp)}/tickets`, input),
  createDevice: (mpp: string, input: { kind: 'kiosk'; name: string }) =>
    send<CreatedDevice>('POST', `${queueBase}/mpps/${at(mpp)}/devices`, input),
  revokeDevice: (id: string) => send<unknown>('DELETE', `${queueBase}/devices/${at(id)}`),
  saveSettings: (mpp: string, settings: QueueSettings) =>
    send<QueueSettings>('PUT', `${queueBase}/mpps/${at(mpp)}/settings`, settings),
  saveServiceSettings: (mpp: string, serviceId: string, input: ServiceQueueSettingsInput) =>
    send<ServiceQueueSettings>('PUT', `${queueBase}/mpps/${at(mpp)}/services/${at(serviceId)}`, input),
});
