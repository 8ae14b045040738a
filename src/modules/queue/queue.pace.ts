import { LRUCache } from 'lru-cache';
import type { Queryable } from '../../platform/db/database.js';
import type { LinePace, QueueTicketsRepository } from './queue-tickets.repository.js';

/**
 * The wait estimate's inputs per service line, reused for a few seconds on each node: every
 * kiosk ticket and every ticket page shows an estimate, and a range of minutes does not need
 * a fresh count of open counters for each. A counter opening, pausing or closing on this node
 * forgets its MPP's lines at once; other nodes catch up within the TTL.
 */
export function createLinePaces(tickets: QueueTicketsRepository, ttlMs: number) {
  const cache = ttlMs > 0 ? new LRUCache<string, LinePace>({ max: 50_000, ttl: ttlMs }) : undefined;
  return {
    async of(db: Queryable, mppId: string, serviceId: string): Promise<LinePace> {
      const key = `${mppId}:${serviceId}`;
      const cached = cache?.get(key);
      if (cached) return cached;
      const pace = await tickets.linePace(db, mppId, serviceId);
      cache?.set(key, pace);
      return pace;
    },
    forget(mppId: string): void {
      if (!cache) return;
      for (const key of [...cache.keys()]) if (key.startsWith(`${mppId}:`)) cache.delete(key);
    },
  };
}

export type LinePaces = ReturnType<typeof createLinePaces>;
