import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnnouncer, type SpeechLog } from './announcer.js';

/** A voice whose utterances end only when the test says so, recording what overlapped. */
function fakeVoice() {
  const log: SpeechLog = { spoken: [], pending: [], current: null };
  const ends: (() => void)[] = [];
  let speaking = 0;
  let maxOverlap = 0;
  const speak = (text: string) =>
    new Promise<void>((resolve) => {
      speaking += 1;
      maxOverlap = Math.max(maxOverlap, speaking);
      expect(log.current).toBe(text);
      ends.push(() => {
        speaking -= 1;
        resolve();
      });
    });
  return {
    log,
    speak,
    chime: async () => {},
    endCurrent: async () => {
      ends.shift()?.();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
    get maxOverlap() {
      return maxOverlap;
    },
  };
}

const settle = async () => {
  for (let i = 0; i < 100; i++) await Promise.resolve();
};

describe('the board announcer', () => {
  it('speaks each call the given number of times, one utterance at a time', async () => {
    const voice = fakeVoice();
    const announcer = createAnnouncer(voice, true);
    announcer.announce('A satu', 2);
    announcer.announce('B dua', 2);
    await settle();
    expect(voice.log.current).toBe('A satu');
    expect(voice.log.pending).toEqual(['A satu', 'B dua', 'B dua']);
    for (let i = 0; i < 4; i++) await voice.endCurrent();
    expect(voice.log.spoken).toEqual(['A satu', 'A satu', 'B dua', 'B dua']);
    expect(voice.log.pending).toEqual([]);
    expect(voice.log.current).toBeNull();
    expect(voice.maxOverlap).toBe(1);
  });

  it('never cuts a call short when a new one arrives: it waits its turn', async () => {
    const voice = fakeVoice();
    const announcer = createAnnouncer(voice, true);
    announcer.announce('A satu', 1);
    await settle();
    announcer.announce('B dua', 1);
    await settle();
    expect(voice.log.current).toBe('A satu');
    expect(voice.log.pending).toEqual(['B dua']);
    await voice.endCurrent();
    expect(voice.log.current).toBe('B dua');
  });

  it('holds calls while sound is locked and says only the recent ones once unlocked', async () => {
    const voice = fakeVoice();
    let now = 0;
    const announcer = createAnnouncer({ ...voice, now: () => now }, false);
    announcer.announce('lama', 1);
    now = 5 * 60_000;
    announcer.announce('baru', 1);
    await settle();
    expect(voice.log.current).toBeNull();
    expect(voice.log.pending).toEqual(['lama', 'baru']);
    announcer.unlock();
    await settle();
    expect(voice.log.current).toBe('baru');
    expect(voice.log.pending).toEqual([]);
  });

  it('goes on after a voice that fails', async () => {
    const log: SpeechLog = { spoken: [], pending: [], current: null };
    const announcer = createAnnouncer(
      { log, chime: async () => {}, speak: async () => Promise.reject(new Error('no voice')) },
      true,
    );
    announcer.announce('A satu', 2);
    announcer.announce('B dua', 1);
    await settle();
    expect(log.spoken).toEqual(['A satu', 'A satu', 'B dua']);
  });

  it('speaks every call of any sequence exactly repeat times, in arrival order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C', 'D'), fc.integer({ min: 1, max: 3 })), { maxLength: 8 }),
        async (calls) => {
          const log: SpeechLog = { spoken: [], pending: [], current: null };
          const announcer = createAnnouncer({ log, chime: async () => {}, speak: async () => {} }, true);
          for (const [text, repeat] of calls) announcer.announce(text, repeat);
          for (let i = 0; i < 100; i++) await Promise.resolve();
          expect(log.spoken).toEqual(calls.flatMap(([text, repeat]) => Array(repeat).fill(text)));
          expect(log.pending).toEqual([]);
        },
      ),
    );
  });
});
