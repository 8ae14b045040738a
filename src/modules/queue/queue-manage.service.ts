import { LRUCache } from 'lru-cache';
import type { Scope } from '../../domain/identity/access.js';
import { PREFIX_PATTERN } from '../../domain/queue/index.js';
import { hashToken, newToken } from '../../platform/crypto/secrets.js';
import { newId } from '../../platform/ids.js';
import type { QueueDevice, QueueDevicesRepository } from './queue-devices.repository.js';
import type { MppQueueSettings, ServiceQueueSettings } from './queue-settings.repository.js';
import { type QueueCore, serviceSettingsOf } from './queue.core.js';
import { failQueue } from './queue.errors.js';
import type { MppFacts } from './queue.places.js';
import type { QueueAudit } from './queue.ports.js';

/** Who manages: the account and its scope for the permission in use. */
export type Manager = { accountId: string; roles: readonly string[]; scope: Scope; requestId: string };

/** The MPP when the scope reaches it; otherwise not found (404), as if it did not exist. */
export function reachableMpp(scope: Scope, facts: MppFacts | undefined, ref: string): MppFacts {
  if (
    facts &&
    (scope.kind === 'all' ||
      scope.mppIds.includes(facts.place.id) ||
      scope.tenantAtMpp.some((t) => t.mppId === facts.place.id))
  )
    return facts;
  if (facts && scope.kind === 'some' && scope.tenantIds.length > 0) {
    const tenants = new Set([...facts.services.values()].map((s) => s.tenant.id));
    if (scope.tenantIds.some((t) => tenants.has(t))) return facts;
  }
  throw failQueue('queue.mpp_not_found', { ref });
}

/** 409 naming the field, so a form can show it there. */
function prefixTaken(prefix: string, field = 'body.prefix') {
  return failQueue('queue.prefix_taken', { prefix }, [{ field, reason: 'taken / sudah dipakai' }]);
}

export function createQueueManageService(
  core: QueueCore & { devices: QueueDevicesRepository; audit: QueueAudit; deviceTtlMs?: number | undefined },
) {
  const { db, clock, places, settings, devices, audit } = core;
  /**
   * Kiosks recently seen on this node, by token hash: a kiosk at opening time issues a ticket
   * every few seconds, and each need not look its token up again. Unpairing forgets it here at
   * once; another node stops taking it within the TTL.
   */
  const deviceTtlMs = core.deviceTtlMs ?? 10_000;
  const recentDevices =
    deviceTtlMs > 0 ? new LRUCache<string, QueueDevice>({ max: 10_000, ttl: deviceTtlMs }) : undefined;

  async function mppFor(manager: Manager, ref: string) {
    return reachableMpp(manager.scope, await places.find(ref), ref);
  }

  const actor = (m: Manager) => ({ accountId: m.accountId, label: m.accountId, roles: m.roles });

  async function serviceList(facts: MppFacts) {
    const first = facts.services.values().next().value;
    if (first) await serviceSettingsOf(core, facts, first.id);
    const rows = await settings.listServiceSettings(db, facts.place.id);
    return rows
      .filter((r) => facts.services.has(r.serviceId))
      .map((r) => {
        const s = facts.services.get(r.serviceId);
        return { ...r, name: s?.name ?? '', tenantShortName: s?.tenant.shortName ?? '' };
      });
  }

  return {
    mppFor,

    async getSettings(manager: Manager, ref: string) {
      const facts = await mppFor(manager, ref);
      return settings.getMppSettings(db, facts.place.id);
    },

    async saveSettings(manager: Manager, ref: string, input: MppQueueSettings) {
      const facts = await mppFor(manager, ref);
      const serviceRows = await settings.listServiceSettings(db, facts.place.id);
      if (input.priorityPrefix && serviceRows.some((r) => r.prefix === input.priorityPrefix))
        throw prefixTaken(input.priorityPrefix, 'body.priorityPrefix');
      await db.transaction(async (tx) => {
        await settings.saveMppSettings(tx, facts.place.id, input, clock.now());
        await audit.record(tx, {
          action: 'queue.settings_updated',
          outcome: 'success',
          actor: actor(manager),
          subject: { type: 'mpp', id: facts.place.id },
          mppId: facts.place.id,
          requestId: manager.requestId,
          details: { ...input },
        });
      });
      return settings.getMppSettings(db, facts.place.id);
    },

    async listServices(manager: Manager, ref: string) {
      return { items: await serviceList(await mppFor(manager, ref)) };
    },

    async saveService(
      manager: Manager,
      ref: string,
      serviceId: string,
      input: Omit<ServiceQueueSettings, 'mppId' | 'serviceId' | 'tenantId'>,
    ) {
      const facts = await mppFor(manager, ref);
      const service = facts.services.get(serviceId);
      if (!service) throw failQueue('queue.service_not_offered', { ref: serviceId });
      if (!PREFIX_PATTERN.test(input.prefix)) throw prefixTaken(input.prefix);
      const mppSettings = await settings.getMppSettings(db, facts.place.id);
      if (mppSettings.priorityPrefix === input.prefix) throw prefixTaken(input.prefix);
      await db.transaction(async (tx) => {
        const saved = await settings.saveServiceSettings(
          tx,
          { ...input, mppId: facts.place.id, serviceId, tenantId: service.tenant.id },
          clock.now(),
        );
        if (!saved) throw prefixTaken(input.prefix);
        await audit.record(tx, {
          action: 'queue.service_settings_updated',
          outcome: 'success',
          actor: actor(manager),
          subject: { type: 'service', id: serviceId },
          mppId: facts.place.id,
          requestId: manager.requestId,
          details: { ...input },
        });
      });
      const rows = await serviceList(facts);
      return rows.find((r) => r.serviceId === serviceId);
    },

    /** A kiosk for the MPP; the token is shown once. */
    async createDevice(manager: Manager, ref: string, name: string) {
      const facts = await mppFor(manager, ref);
      const token = newToken('spd_');
      const device = await db.transaction(async (tx) => {
        const created = await devices.insert(tx, {
          id: newId(),
          mppId: facts.place.id,
          kind: 'kiosk',
          name,
          tokenHash: hashToken(token),
          createdBy: manager.accountId,
          at: clock.now(),
        });
        await audit.record(tx, {
          action: 'queue.device_created',
          outcome: 'success',
          actor: actor(manager),
          subject: { type: 'queue_device', id: created.id },
          mppId: facts.place.id,
          requestId: manager.requestId,
          details: { name },
        });
        return created;
      });
      return { device, token, pairUrl: `${core.publicUrl}/kiosk?pair=${token}` };
    },

    async listDevices(manager: Manager, ref: string) {
      const facts = await mppFor(manager, ref);
      return devices.list(db, facts.place.id);
    },

    async revokeDevice(manager: Manager, id: string) {
      const device = await devices.find(db, id).catch(() => undefined);
      if (!device) throw failQueue('queue.device_not_found', { ref: id });
      await mppFor(manager, device.mppId).catch(() => {
        throw failQueue('queue.device_not_found', { ref: id });
      });
      await db.transaction(async (tx) => {
        await devices.revoke(tx, id, clock.now());
        await audit.record(tx, {
          action: 'queue.device_revoked',
          outcome: 'success',
          actor: actor(manager),
          subject: { type: 'queue_device', id },
          mppId: device.mppId,
          requestId: manager.requestId,
        });
      });
      // Once committed, so a kiosk request meanwhile cannot put it back.
      for (const [hash, seen] of recentDevices?.entries() ?? []) if (seen.id === id) recentDevices?.delete(hash);
    },

    /** The kiosk presenting this token; 401 when it is not a live paired kiosk. */
    async authenticateDevice(token: string | undefined) {
      if (!token || !/^spd_[\w-]{20,100}$/.test(token)) throw failQueue('queue.device_required');
      const hash = hashToken(token);
      const known = recentDevices?.get(hash);
      if (known) return known;
      const device = await devices.authenticate(db, hash, clock.now());
      if (!device) throw failQueue('queue.device_required');
      recentDevices?.set(hash, device);
      return device;
    },
  };
}

export type QueueManageService = ReturnType<typeof createQueueManageService>;
