import { useTranslation } from 'react-i18next';
import { useReducedMotion } from '../hooks/useReducedMotion.js';
import { useRotation } from '../hooks/useRotation.js';

/** Seconds per character of the scrolling line: slow enough to read from across the hall. */
const SECONDS_PER_CHAR = 0.22;

/**
 * The MPP's news line. It scrolls like a marquee; for viewers who asked for less motion it
 * shows one sentence at a time instead, changing every few seconds without moving.
 */
export function RunningText({ text }: { text: string }) {
  const { t } = useTranslation();
  const isReduced = useReducedMotion();
  const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean);
  const index = useRotation(isReduced ? sentences.length : 0, 8000);
  if (!text.trim()) return <div className="running-text running-text--empty" />;
  return (
    <aside className="running-text" aria-label={t('display.runningTextLabel')}>
      {isReduced ? (
        <p className="running-text__static">{sentences[index] ?? text}</p>
      ) : (
        <p
          className="running-text__track"
          style={{ animationDuration: `${Math.max(20, text.length * SECONDS_PER_CHAR)}s` }}
        >
          {text}
        </p>
      )}
    </aside>
  );
}
