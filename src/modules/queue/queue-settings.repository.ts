import { nextFreePrefix, type PriorityRule, type PriorityRuleKind } from '../../domain/queue/index.js';
import { LRUCache } from 'lru-cache';
import type { Queryable } from '../../platform/db/database.js';

/** How an MPP runs its queue; defaults apply until a manager saves settings. */
export type MppQueueSettings = {
  priorityRule: PriorityRuleKind;
  regularPerPriority: number;
  priorityPrefix: string | null;
  nearTurnAhead: number;
  noShowGraceMinutes: number;
  runningText: string;
};

export const DEFAULT_MPP_SETTINGS: MppQueueSettings = {
  priorityRule: 'priority_first',
  regularPerPriority: 3,
  priorityPrefix: 'P',
  nearTurnAhead: 3,
  noShowGraceMinutes: 15,
  runningText: '',
};

export function ruleOf(settings: MppQueueSettings): PriorityRule {
  return settings.priorityRule === 'interleave'
    ? { kind: 'interleave', regularPerPriority: settings.regularPerPriority }
    : { kind: 'priority_first' };
}

export type ServiceQueueSettings = {
  mppId: string;
  serviceId: string;
  tenantId: string;
  prefix: string;
  dailyQuota: number | null;
  lastTicketMinutesBeforeClose: number;
  targetWaitMinutes: number;
  isOnlineEnabled: boolean;
};

function mapServiceSettings(r: Record<string, unknown>): ServiceQueueSettings {
  return {
    mppId: r.mpp_id as string,
    serviceId: r.service_id as string,
    tenantId: r.tenant_id as string,
    prefix: r.prefix as string,
    dailyQuota: r.daily_quota === null ? null : Number(r.daily_quota),
    lastTicketMinutesBeforeClose: Number(r.last_ticket_minutes_before_close),
    targetWaitMinutes: Number(r.target_wait_minutes),
    isOnlineEnabled: Boolean(r.is_online_enabled),
  };
}

const SERVICE_COLUMNS =
  'mpp_id, service_id, tenant_id, prefix, daily_quota, last_ticket_minutes_before_close, target_wait_minutes, is_online_enabled';

export function createQueueSettingsRepository() {
  return {
    async getMppSettings(db: Queryable, mppId: string): Promise<MppQueueSettings> {
      const rows = await db.query('SELECT * FROM queue_mpp_settings WHERE mpp_id = $1', [mppId]);
      const r = rows[0];
      if (!r) return DEFAULT_MPP_SETTINGS;
      return {
        priorityRule: r.priority_rule as PriorityRuleKind,
        regularPerPriority: Number(r.regular_per_priority),
        priorityPrefix: (r.priority_prefix as string | null) ?? null,
        nearTurnAhead: Number(r.near_turn_ahead),
        noShowGraceMinutes: Number(r.no_show_grace_minutes),
        runningText: r.running_text as string,
      };
    },

    async saveMppSettings(tx: Queryable, mppId: string, s: MppQueueSettings, at: Date): Promise<void> {
      await tx.query(
        `INSERT INTO queue_mpp_settings (mpp_id, priority_rule, regular_per_priority, priority_prefix, near_turn_ahead,
           no_show_grace_minutes, running_text, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (mpp_id) DO UPDATE SET priority_rule = $2, regular_per_priority = $3, priority_prefix = $4,
           near_turn_ahead = $5, no_show_grace_minutes = $6, running_text = $7, updated_at = $8`,
        [
          mppId,
          s.priorityRule,
          s.regularPerPriority,
          s.priorityPrefix,
          s.nearTurnAhead,
          s.noShowGraceMinutes,
          s.runningText,
          at,
        ],
      );
    },

    async listServiceSettings(db: Queryable, mppId: string): Promise<ServiceQueueSettings[]> {
      const rows = await db.query(`SELECT ${SERVICE_COLUMNS} FROM queue_service_settings WHERE mpp_id = $1`, [mppId]);
      return rows.map(mapServiceSettings);
    },

    async findServiceSettings(
      db: Queryable,
      mppId: string,
      serviceId: string,
    ): Promise<ServiceQueueSettings | undefined> {
      const rows = await db.query(
        `SELECT ${SERVICE_COLUMNS} FROM queue_service_settings WHERE mpp_id = $1 AND service_id = $2`,
        [mppId, serviceId],
      );
      return rows[0] ? mapServiceSettings(rows[0]) : undefined;
    },

    /**
     * Gives each listed service a row with defaults and the next free prefix (A, B, ... skipping
     * the priority prefix), in one transaction under a per-MPP lock so two nodes never hand out
     * the same prefix. Existing rows are kept.
     */
    async ensureServiceSettings(
      tx: Queryable,
      mppId: string,
      services: { serviceId: string; tenantId: string }[],
      reservedPrefix: string | null,
      at: Date,
    ): Promise<void> {
      await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('queue-prefix:' || $1::text, 0))", [mppId]);
      const rows = await tx.query<{ service_id: string; prefix: string }>(
        'SELECT service_id, prefix FROM queue_service_settings WHERE mpp_id = $1',
        [mppId],
      );
      const have = new Set(rows.map((r) => r.service_id));
      const taken = rows.map((r) => r.prefix);
      for (const s of services) {
        if (have.has(s.serviceId)) continue;
        const prefix = nextFreePrefix(taken, reservedPrefix ? [reservedPrefix] : []);
        if (!prefix) break;
        taken.push(prefix);
        await tx.query(
          `INSERT INTO queue_service_settings (mpp_id, service_id, tenant_id, prefix, updated_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT DO NOTHING`,
          [mppId, s.serviceId, s.tenantId, prefix, at],
        );
      }
    },

    /** Saves a service's settings; false when the prefix is used by another service at the MPP. */
    async saveServiceSettings(tx: Queryable, s: ServiceQueueSettings, at: Date): Promise<boolean> {
      const clash = await tx.query(
        'SELECT 1 FROM queue_service_settings WHERE mpp_id = $1 AND prefix = $2 AND service_id <> $3',
        [s.mppId, s.prefix, s.serviceId],
      );
      if (clash.length > 0) return false;
      await tx.query(
        `INSERT INTO queue_service_settings (${SERVICE_COLUMNS}, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (mpp_id, service_id) DO UPDATE SET prefix = $4, daily_quota = $5,
           last_ticket_minutes_before_close = $6, target_wait_minutes = $7, is_online_enabled = $8, updated_at = $9`,
        [
          s.mppId,
          s.serviceId,
          s.tenantId,
          s.prefix,
          s.dailyQuota,
          s.lastTicketMinutesBeforeClose,
          s.targetWaitMinutes,
          s.isOnlineEnabled,
          at,
        ],
      );
      return true;
    },
  };
}

export type QueueSettingsRepository = ReturnType<typeof createQueueSettingsRepository>;

/**
 * The settings repository with its two hot reads (an MPP's settings, a service's settings) kept
 * for `ttlMs`: every issue, call and ticket view reads them, and they change a few times a year.
 * A save on this node clears them at once; other nodes see a change within `ttlMs`.
 */
export function withSettingsCache(repository: QueueSettingsRepository, ttlMs: number): QueueSettingsRepository {
  if (ttlMs <= 0) return repository;
  const mpps = new LRUCache<string, MppQueueSettings>({ max: 5_000, ttl: ttlMs });
  const services = new LRUCache<string, ServiceQueueSettings>({ max: 100_000, ttl: ttlMs });
  return {
    ...repository,
    async getMppSettings(db, mppId) {
      const cached = mpps.get(mppId);
      if (cached) return cached;
      const found = await repository.getMppSettings(db, mppId);
      mpps.set(mppId, found);
      return found;
    },
    async findServiceSettings(db, mppId, serviceId) {
      const key = `${mppId}:${serviceId}`;
      const cached = services.get(key);
      if (cached) return cached;
      const found = await repository.findServiceSettings(db, mppId, serviceId);
      if (found) services.set(key, found);
      return found;
    },
    async saveMppSettings(tx, mppId, settings, at) {
      mpps.delete(mppId);
      await repository.saveMppSettings(tx, mppId, settings, at);
      mpps.delete(mppId);
    },
    async saveServiceSettings(tx, settings, at) {
      services.delete(`${settings.mppId}:${settings.serviceId}`);
      const saved = await repository.saveServiceSettings(tx, settings, at);
      services.delete(`${settings.mppId}:${settings.serviceId}`);
      return saved;
    },
  };
}
