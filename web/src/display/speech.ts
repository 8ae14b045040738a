/**
 * Speaks a call in Bahasa Indonesia with the browser's speech synthesis. An Indonesian voice is
 * chosen when the TV has one; otherwise the utterance still says it is Indonesian (lang id-ID),
 * so the engine reads it the Indonesian way where it can.
 *
 * Some engines never fire `end` (a known Chromium fault on long utterances, or no voice at
 * all); a timeout sized to the text lets the queue go on regardless.
 */

function pickVoice(): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis.getVoices();
  return (
    voices.find((v) => v.lang === 'id-ID') ??
    voices.find((v) => v.lang.toLowerCase().replace('_', '-').startsWith('id')) ??
    undefined
  );
}

/** Roughly how long an utterance takes, with room to spare: the fallback if `end` never comes. */
export function speechTimeoutMs(text: string): number {
  return 4000 + text.length * 120;
}

export function speakIndonesian(text: string): Promise<void> {
  if (!('speechSynthesis' in window)) return new Promise((resolve) => setTimeout(resolve, 1500));
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'id-ID';
    utterance.rate = 0.9;
    const voice = pickVoice();
    if (voice) utterance.voice = voice;
    let isDone = false;
    const finish = () => {
      if (isDone) return;
      isDone = true;
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, speechTimeoutMs(text));
    utterance.onend = finish;
    utterance.onerror = finish;
    window.speechSynthesis.speak(utterance);
  });
}
