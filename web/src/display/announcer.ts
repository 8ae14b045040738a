/**
 * The display board's voice. Each call is announced with a chime and then spoken, `repeat`
 * times (ANNOUNCEMENT_REPEAT in src/domain/queue). Announcements wait their turn: a new call
 * never cuts the one being spoken (speechSynthesis.cancel is never used), because a citizen who
 * hears half a number goes to the wrong counter.
 *
 * What is said is kept in `log` (window.__satupintuSpeech on the board) for tests and for
 * anyone checking a TV: `pending` holds one entry per utterance still to come.
 */

export type SpeechLog = { spoken: string[]; pending: string[]; current: string | null };

export type AnnouncerDeps = {
  chime: () => Promise<void>;
  speak: (text: string) => Promise<void>;
  log: SpeechLog;
  now?: () => number;
};

/** Calls waiting while the TV's sound is still locked: only the latest few are kept. */
const MAX_HELD_WHILE_LOCKED = 5;
/** Calls held longer than this while the sound was locked are no longer said when it unlocks. */
const HELD_MAX_AGE_MS = 120_000;

type Item = { text: string; repeat: number; receivedAt: number };

export type Announcer = {
  announce: (text: string, repeat: number) => void;
  /** Sound allowed (after the one-time gesture); announcements start or resume. */
  unlock: () => void;
  isUnlocked: () => boolean;
};

export function createAnnouncer(deps: AnnouncerDeps, isInitiallyUnlocked: boolean): Announcer {
  const now = deps.now ?? Date.now;
  const queue: Item[] = [];
  let active: { text: string; left: number } | undefined;
  let isRunning = false;
  let isUnlocked = isInitiallyUnlocked;

  /** `pending` = what is left of the call being announced, then every call waiting. */
  function syncPending(): void {
    const texts: string[] = active ? Array(active.left).fill(active.text) : [];
    for (const item of queue) texts.push(...Array(item.repeat).fill(item.text));
    deps.log.pending.splice(0, deps.log.pending.length, ...texts);
  }

  async function run(): Promise<void> {
    if (isRunning || !isUnlocked) return;
    isRunning = true;
    try {
      for (let item = queue.shift(); item; item = queue.shift()) {
        active = { text: item.text, left: item.repeat };
        syncPending();
        await safely(deps.chime);
        while (active.left > 0) {
          active.left -= 1;
          syncPending();
          deps.log.current = active.text;
          await safely(() => deps.speak(item.text));
          deps.log.current = null;
          deps.log.spoken.push(item.text);
        }
        active = undefined;
      }
    } finally {
      isRunning = false;
      active = undefined;
      deps.log.current = null;
      syncPending();
    }
  }

  return {
    announce(text, repeat) {
      queue.push({ text, repeat: Math.max(1, Math.floor(repeat)), receivedAt: now() });
      if (!isUnlocked && queue.length > MAX_HELD_WHILE_LOCKED) queue.splice(0, queue.length - MAX_HELD_WHILE_LOCKED);
      syncPending();
      void run();
    },
    unlock() {
      if (isUnlocked) return;
      isUnlocked = true;
      const cutoff = now() - HELD_MAX_AGE_MS;
      const fresh = queue.filter((item) => item.receivedAt >= cutoff);
      queue.splice(0, queue.length, ...fresh);
      syncPending();
      void run();
    },
    isUnlocked: () => isUnlocked,
  };
}

/** A failing chime or voice must never stop the queue. */
async function safely(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch {
    // nothing to do: the call is still on screen
  }
}
