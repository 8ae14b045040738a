import { type Announcer, createAnnouncer, type SpeechLog } from './announcer.js';
import { playChime } from './chime.js';
import { speakIndonesian } from './speech.js';

declare global {
  interface Window {
    /** The board's announcement queue, readable by tests and by whoever checks the TV. */
    __satupintuSpeech?: SpeechLog;
  }
}

let announcer: Announcer | undefined;

/** The board's one announcer, made on first use (and its log published on window). */
export function getAnnouncer(): Announcer {
  if (announcer) return announcer;
  const log: SpeechLog = { spoken: [], pending: [], current: null };
  window.__satupintuSpeech = log;
  // Locked until the page knows sound may play (SoundGate probes, or asks for a touch).
  announcer = createAnnouncer({ chime: playChime, speak: speakIndonesian, log }, false);
  return announcer;
}
