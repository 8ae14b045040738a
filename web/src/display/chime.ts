/**
 * The two-tone chime before a call ("ding-dong"), made with the Web Audio API so no sound file
 * is needed. Browsers keep audio locked until someone touches the page (autoplay policy); the
 * board checks `isAudioRunning()` and asks once for a gesture when it is not.
 */

let context: AudioContext | undefined;

function getContext(): AudioContext | undefined {
  if (context) return context;
  const Ctor =
    window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctor) return undefined;
  context = new Ctor();
  return context;
}

/** Whether sound can play now without a gesture (a TV set up with autoplay allowed). */
export function isAudioRunning(): boolean {
  return getContext()?.state === 'running';
}

/**
 * Whether this browser lets the page play sound without a gesture. A new AudioContext starts
 * suspended and, where autoplay is allowed, starts running a moment later (or on resume());
 * where it is not, resume() waits for a gesture, so a short wait decides.
 */
export async function probeAudio(waitMs = 700): Promise<boolean> {
  const ctx = getContext();
  if (!ctx) return false;
  if (ctx.state === 'running') return true;
  const resumed = ctx.resume().then(
    () => true,
    () => false,
  );
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), waitMs));
  await Promise.race([resumed, timeout]);
  // Read again: the state changed while waiting (TypeScript still narrows it from above).
  return (ctx.state as AudioContextState) === 'running';
}

/** Calls `listener` once sound starts running (a slow start, or a gesture elsewhere); returns the unsubscribe. */
export function onAudioRunning(listener: () => void): () => void {
  const ctx = getContext();
  if (!ctx) return () => {};
  const changed = () => {
    if (ctx.state === 'running') listener();
  };
  ctx.addEventListener('statechange', changed);
  return () => ctx.removeEventListener('statechange', changed);
}

/** Called from the gesture's handler: resumes audio and primes speech synthesis. */
export async function unlockAudio(): Promise<void> {
  const ctx = getContext();
  if ('speechSynthesis' in window) {
    // An empty utterance spoken inside the gesture lets later ones play (Chrome's speech policy).
    const primer = new SpeechSynthesisUtterance('');
    primer.volume = 0;
    window.speechSynthesis.speak(primer);
  }
  if (ctx && ctx.state !== 'running') await ctx.resume();
}

const TONES = [
  { frequency: 880, start: 0 },
  { frequency: 659.25, start: 0.45 },
];
const TONE_SECONDS = 0.6;

/** Plays the two tones and resolves when they have faded. */
export function playChime(): Promise<void> {
  const ctx = getContext();
  if (ctx?.state !== 'running') return Promise.resolve();
  const t0 = ctx.currentTime + 0.05;
  for (const tone of TONES) {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = tone.frequency;
    const start = t0 + tone.start;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.5, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + TONE_SECONDS);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(start);
    oscillator.stop(start + TONE_SECONDS + 0.05);
  }
  const totalMs = ((TONES[TONES.length - 1]?.start ?? 0) + TONE_SECONDS + 0.15) * 1000;
  return new Promise((resolve) => setTimeout(resolve, totalMs));
}
