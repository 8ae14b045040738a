import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAudioRunning, onAudioRunning, probeAudio, unlockAudio } from './chime.js';
import { getAnnouncer } from './voice.js';

/**
 * Browsers keep a page silent until someone touches it. When this TV's sound is still locked,
 * the news line at the bottom gives way to one large button asking for that touch, once; the
 * calls stay in full view meanwhile. Once sound may play, `children` (the news line) return.
 */
export function SoundGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // null while finding out whether this TV allows sound without a touch.
  const [isLocked, setLocked] = useState<boolean | null>(() => (getAnnouncer().isUnlocked() ? false : null));
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (isLocked !== null) return;
    let isCurrent = true;
    void probeAudio().then((isAllowed) => {
      if (!isCurrent) return;
      if (isAllowed) getAnnouncer().unlock();
      setLocked(!isAllowed);
    });
    return () => {
      isCurrent = false;
    };
  }, [isLocked]);

  // Any touch, click or remote-control key on the page counts, not only the button.
  useEffect(() => {
    if (!isLocked) return;
    button.current?.focus();
    const unlocked = () => {
      getAnnouncer().unlock();
      setLocked(false);
    };
    // Sound may start a moment after the probe gave up (a slow TV): then no touch is needed.
    if (isAudioRunning()) unlocked();
    const stopWatching = onAudioRunning(unlocked);
    const gesture = () => void enable(setLocked);
    document.addEventListener('pointerdown', gesture, { once: true });
    document.addEventListener('keydown', gesture, { once: true });
    return () => {
      stopWatching();
      document.removeEventListener('pointerdown', gesture);
      document.removeEventListener('keydown', gesture);
    };
  }, [isLocked]);

  if (isLocked !== true) return <>{children}</>;

  return (
    <div className="sound-gate">
      <button type="button" className="sound-gate__button" ref={button} onClick={() => void enable(setLocked)}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="sound-gate__icon">
          <path d="M4 9v6h4l5 4V5L8 9H4z" fill="currentColor" />
          <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        <span>{t('display.enableSound')}</span>
      </button>
      <p className="sound-gate__hint">{t('display.enableSoundHint')}</p>
    </div>
  );
}

async function enable(setLocked: (isLocked: boolean) => void): Promise<void> {
  try {
    await unlockAudio();
  } finally {
    getAnnouncer().unlock();
    setLocked(false);
  }
}
