import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Permission } from '../../domain/identity/access.js';
import { staffActorOf } from '../../platform/http/access.js';
import { Problem } from '../../platform/http/problem.js';
import type { CloseDayJob } from './jobs/close-day.job.js';
import type { Manager, QueueManageService } from './queue-manage.service.js';
import type { QueueViewsService } from './queue-views.service.js';
import type { QueueDevice } from './queue-devices.repository.js';
import {
  CreatedDevice,
  Device,
  DeviceInput,
  KpiQuery,
  KpiRow,
  LiveView,
  MppParams,
  MppQueueSettings,
  MppServiceParams,
  ServiceQueueSettings,
  ServiceQueueSettingsInput,
} from './queue.schemas.js';

const ERRORS = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/** The manager acting, for the use cases (scope checks, audit). */
const managerOf = (request: FastifyRequest, permission: Permission): Manager => staffActorOf(request, permission);

function deviceOut(d: QueueDevice) {
  return {
    id: d.id,
    kind: d.kind,
    name: d.name,
    createdAt: d.createdAt.toISOString(),
    lastSeenAt: d.lastSeenAt?.toISOString() ?? null,
    revokedAt: d.revokedAt?.toISOString() ?? null,
  };
}

/** The MPP manager's queue: the live view, KPIs, settings, kiosks and the day close. */
export function queueManageRoutes(deps: {
  manage: QueueManageService;
  views: QueueViewsService;
  closeDay: CloseDayJob;
}): FastifyPluginAsyncZod {
  const { manage, views, closeDay } = deps;
  return async (app) => {
    const route = { tags: ['queue'], params: MppParams };

    app.get(
      '/api/v1/queue/mpps/:mpp/live',
      {
        config: { access: { permission: 'queue.monitor' } },
        schema: {
          ...route,
          operationId: 'queue.getLive',
          summary: "Waiting, longest wait, counters and today's KPIs of one MPP",
          response: { 200: LiveView, ...ERRORS },
        },
      },
      async (request) => {
        const facts = await manage.mppFor(managerOf(request, 'queue.monitor'), request.params.mpp);
        return views.live(facts.place.id);
      },
    );

    app.get(
      '/api/v1/queue/mpps/:mpp/kpis',
      {
        config: { access: { permission: 'queue.monitor' } },
        schema: {
          ...route,
          operationId: 'queue.listKpis',
          summary: 'Queue KPIs over service days, by service, counter, officer, tenant or hour',
          querystring: KpiQuery,
          response: { 200: z.object({ items: z.array(KpiRow) }), ...ERRORS },
        },
      },
      async (request) => {
        const facts = await manage.mppFor(managerOf(request, 'queue.monitor'), request.params.mpp);
        return views.kpis(facts.place.id, request.query);
      },
    );

    app.get(
      '/api/v1/queue/mpps/:mpp/settings',
      {
        config: { access: { permission: 'queue.manage' } },
        schema: {
          ...route,
          operationId: 'queue.getSettings',
          summary: "The MPP's queue settings",
          response: { 200: MppQueueSettings, ...ERRORS },
        },
      },
      async (request) => manage.getSettings(managerOf(request, 'queue.manage'), request.params.mpp),
    );

    app.put(
      '/api/v1/queue/mpps/:mpp/settings',
      {
        config: { access: { permission: 'queue.manage' } },
        schema: {
          ...route,
          operationId: 'queue.saveSettings',
          summary: 'Priority rule, priority prefix, "turn near" distance, no-show grace, running text',
          body: MppQueueSettings,
          response: { 200: MppQueueSettings, ...ERRORS },
        },
      },
      async (request) => manage.saveSettings(managerOf(request, 'queue.manage'), request.params.mpp, request.body),
    );

    app.get(
      '/api/v1/queue/mpps/:mpp/services',
      {
        config: { access: { permission: 'queue.manage' } },
        schema: {
          ...route,
          operationId: 'queue.listServiceSettings',
          summary: 'Prefix, daily quota, last-ticket time and target wait of each service',
          response: { 200: z.object({ items: z.array(ServiceQueueSettings) }), ...ERRORS },
        },
      },
      async (request) => manage.listServices(managerOf(request, 'queue.manage'), request.params.mpp),
    );

    app.put(
      '/api/v1/queue/mpps/:mpp/services/:serviceId',
      {
        config: { access: { permission: 'queue.manage' } },
        schema: {
          tags: ['queue'],
          params: MppServiceParams,
          operationId: 'queue.saveServiceSettings',
          summary: "A service's queue settings at the MPP",
          body: ServiceQueueSettingsInput,
          response: { 200: ServiceQueueSettings, ...ERRORS },
        },
      },
      async (request) => {
        const saved = await manage.saveService(
          managerOf(request, 'queue.manage'),
          request.params.mpp,
          request.params.serviceId,
          request.body,
        );
        return saved as z.infer<typeof ServiceQueueSettings>;
      },
    );

    app.get(
      '/api/v1/queue/mpps/:mpp/devices',
      {
        config: { access: { permission: 'queue.manage' } },
        schema: {
          ...route,
          operationId: 'queue.listDevices',
          summary: 'Kiosks paired with the MPP',
          response: { 200: z.object({ items: z.array(Device) }), ...ERRORS },
        },
      },
      async (request) => ({
        items: (await manage.listDevices(managerOf(request, 'queue.manage'), request.params.mpp)).map(deviceOut),
      }),
    );

    app.post(
      '/api/v1/queue/mpps/:mpp/devices',
      {
        config: { access: { permission: 'queue.manage' } },
        schema: {
          ...route,
          operationId: 'queue.createDevice',
          summary: 'Pair a kiosk: the token and pairing link are shown once',
          body: DeviceInput,
          response: { 201: CreatedDevice, ...ERRORS },
        },
      },
      async (request, reply) => {
        const created = await manage.createDevice(
          managerOf(request, 'queue.manage'),
          request.params.mpp,
          request.body.name,
        );
        return reply.status(201).send({ ...deviceOut(created.device), token: created.token, pairUrl: created.pairUrl });
      },
    );

    app.delete(
      '/api/v1/queue/devices/:id',
      {
        config: { access: { permission: 'queue.manage' } },
        schema: {
          tags: ['queue'],
          operationId: 'queue.revokeDevice',
          summary: 'Unpair a kiosk at once',
          params: z.object({ id: z.uuid() }),
          response: { 204: z.null(), ...ERRORS },
        },
      },
      async (request, reply) => {
        await manage.revokeDevice(managerOf(request, 'queue.manage'), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/queue/mpps/:mpp/close-day',
      {
        config: { access: { permission: 'queue.manage' } },
        schema: {
          ...route,
          operationId: 'queue.closeDay',
          summary: 'Close earlier service days now (the job does it after local midnight anyway)',
          response: { 200: z.object({ endedTickets: z.number().int(), days: z.array(z.string()) }), ...ERRORS },
        },
      },
      async (request) => {
        const facts = await manage.mppFor(managerOf(request, 'queue.manage'), request.params.mpp);
        const result = await closeDay.closeMpp(facts.place.id);
        return { endedTickets: result.ended, days: result.days };
      },
    );
  };
}
