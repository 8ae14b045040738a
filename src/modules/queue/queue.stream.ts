import type { Database } from '../../platform/db/database.js';
import { QUEUE_CHANNEL, type QueueEvent, type QueueEventsRepository } from './queue-events.repository.js';

/**
 * Fan-out of each MPP's event stream to the subscribers on this node (display boards, counter
 * consoles, citizen pages, manager views). Any node's commit NOTIFYs every node; a node then
 * reads the new events from the table once per MPP and hands each subscriber those after its
 * own position, so a subscriber that resumes with Last-Event-ID gets exactly what it missed.
 * A poll every few seconds covers notifications lost while the LISTEN connection was down.
 */
export type Subscriber = {
  /** Called with events in order; never with one the subscriber has seen. */
  deliver(events: QueueEvent[]): void;
  /** The subscriber fell too far behind to replay: it should reload its picture. */
  reset(head: number): void;
};

type MppStream = { subscribers: Map<Subscriber, { lastSeq: number }>; pumping: boolean; again: boolean };

/** More missed events than this and a subscriber is told to reload instead of replaying. */
const MAX_REPLAY = 1_000;
const BATCH = 500;

export function createQueueStream(deps: {
  db: Database;
  events: QueueEventsRepository;
  pollMs?: number;
  onError?: (error: unknown) => void;
}) {
  const streams = new Map<string, MppStream>();
  let stopListening: (() => Promise<void>) | undefined;
  let poll: NodeJS.Timeout | undefined;

  function pump(mppId: string): void {
    const stream = streams.get(mppId);
    if (!stream || stream.subscribers.size === 0) return;
    if (stream.pumping) {
      stream.again = true;
      return;
    }
    stream.pumping = true;
    void drain(mppId, stream)
      .catch((error: unknown) => deps.onError?.(error))
      .finally(() => {
        stream.pumping = false;
        if (stream.again) {
          stream.again = false;
          pump(mppId);
        }
      });
  }

  async function drain(mppId: string, stream: MppStream): Promise<void> {
    for (;;) {
      stream.again = false;
      if (stream.subscribers.size === 0) return;
      let from = Number.POSITIVE_INFINITY;
      for (const position of stream.subscribers.values()) from = Math.min(from, position.lastSeq);
      const batch = await deps.events.readSince(deps.db, mppId, from, BATCH);
      if (batch.length === 0) return;
      for (const [subscriber, position] of stream.subscribers) {
        const fresh = batch.filter((e) => e.seq > position.lastSeq);
        if (fresh.length === 0) continue;
        position.lastSeq = fresh[fresh.length - 1]?.seq ?? position.lastSeq;
        subscriber.deliver(fresh);
      }
      if (batch.length < BATCH && !stream.again) return;
    }
  }

  function pumpAll(): void {
    for (const mppId of streams.keys()) pump(mppId);
  }

  return {
    /** Starts listening for other nodes' (and this node's) commits. */
    async start(): Promise<void> {
      if (stopListening) return;
      stopListening = await deps.db.listen(QUEUE_CHANNEL, (payload) => pump(payload.split(':')[0] ?? ''), pumpAll);
      poll = setInterval(pumpAll, deps.pollMs ?? 5_000);
      poll.unref();
    },

    async stop(): Promise<void> {
      if (poll) clearInterval(poll);
      poll = undefined;
      const stop = stopListening;
      stopListening = undefined;
      await stop?.();
    },

    /**
     * Follows the MPP's stream from `afterSeq` (a Last-Event-ID), or from now when undefined.
     * Returns the function that stops following.
     */
    async subscribe(mppId: string, afterSeq: number | undefined, subscriber: Subscriber): Promise<() => void> {
      const head = await deps.events.head(deps.db, mppId);
      let from = afterSeq === undefined || afterSeq > head ? head : afterSeq;
      if (head - from > MAX_REPLAY) {
        subscriber.reset(head);
        from = head;
      }
      const stream = streams.get(mppId) ?? { subscribers: new Map(), pumping: false, again: false };
      streams.set(mppId, stream);
      stream.subscribers.set(subscriber, { lastSeq: from });
      if (from < head) pump(mppId);
      return () => {
        stream.subscribers.delete(subscriber);
        if (stream.subscribers.size === 0 && !stream.pumping) streams.delete(mppId);
      };
    },

    /** Subscribers on this node (metrics and benchmarks). */
    subscriberCount(): number {
      let n = 0;
      for (const s of streams.values()) n += s.subscribers.size;
      return n;
    },

    /** Wakes the MPP's pump at once (after a local commit, not waiting for NOTIFY). */
    nudge: pump,
  };
}

export type QueueStream = ReturnType<typeof createQueueStream>;
