import { LRUCache } from 'lru-cache';
import type { QueueDirectory } from './queue.ports.js';
import type { CounterPlace, MppPlace, OfferedService } from './queue.ports.js';
import { failQueue } from './queue.errors.js';

/**
 * The catalogue facts every queue action needs (the MPP's zone, hours and calendar, its services
 * and counters), kept for a short time: issuing and calling happen many times a second, and
 * these change a few times a year. A change made in the catalogue shows here within `ttlMs`.
 */
export type MppFacts = {
  place: MppPlace;
  services: Map<string, OfferedService>;
  counters: Map<string, CounterPlace>;
};

export function createQueuePlaces(directory: QueueDirectory, ttlMs = 30_000) {
  const byRef = new LRUCache<string, MppFacts>({ max: 2_000, ttl: ttlMs });
  const counterMpp = new LRUCache<string, string>({ max: 50_000, ttl: ttlMs });

  async function load(ref: string): Promise<MppFacts | undefined> {
    const place = await directory.findPlace(ref);
    if (!place) return undefined;
    const [services, counters] = await Promise.all([
      directory.listOfferedServices(place.id),
      directory.listCounters(place.id),
    ]);
    const facts: MppFacts = {
      place,
      services: new Map(services.map((s) => [s.id, s])),
      counters: new Map(counters.map((c) => [c.id, c])),
    };
    byRef.set(place.id, facts);
    byRef.set(place.slug, facts);
    for (const c of counters) counterMpp.set(c.id, place.id);
    return facts;
  }

  async function find(ref: string): Promise<MppFacts | undefined> {
    return byRef.get(ref) ?? (await load(ref));
  }

  return {
    find,
    /** The MPP by id or slug; queue.mpp_not_found otherwise. */
    async get(ref: string): Promise<MppFacts> {
      const facts = await find(ref);
      if (!facts) throw failQueue('queue.mpp_not_found', { ref });
      return facts;
    },
    /** The counter and its MPP's facts; undefined when no counter has this id. */
    async findCounter(counterId: string): Promise<{ facts: MppFacts; counter: CounterPlace } | undefined> {
      const mppId = counterMpp.get(counterId) ?? (await directory.findCounterMppId(counterId));
      if (!mppId) return undefined;
      const facts = await find(mppId);
      const counter = facts?.counters.get(counterId);
      return facts && counter ? { facts, counter } : undefined;
    },
    /** Forget everything (tests and settings changes that must show at once). */
    clear() {
      byRef.clear();
      counterMpp.clear();
    },
  };
}

export type QueuePlaces = ReturnType<typeof createQueuePlaces>;
