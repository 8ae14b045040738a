import './check-in.css';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackButton } from './BackButton.js';
import { CODE_LENGTH, isCompleteCode, normaliseCode } from './check-in-code.js';
import { CodeKeyboard } from './CodeKeyboard.js';

/**
 * The booking code, typed on the on-screen keyboard or by the hand-held scanner (which types it
 * into the focused field, then Enter). The field asks the device for no keyboard of its own.
 */
export function CheckInStep({ onSubmit, onBack }: { onSubmit: (code: string) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [showIncomplete, setShowIncomplete] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const isComplete = isCompleteCode(code);
  const latest = useRef({ code, onSubmit });
  latest.current = { code, onSubmit };

  useEffect(() => input.current?.focus(), []);

  // Keys typed while the field lost focus (a touch elsewhere) still reach it.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target === input.current || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        if (isCompleteCode(latest.current.code)) latest.current.onSubmit(latest.current.code);
      } else if (event.key.length === 1 && /[a-z0-9]/i.test(event.key)) {
        event.preventDefault();
        setCode((current) => normaliseCode(current + event.key));
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  function change(next: string) {
    setShowIncomplete(false);
    setCode(normaliseCode(next));
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (isComplete) onSubmit(code);
    else setShowIncomplete(true);
  }

  return (
    <section aria-labelledby="kiosk-step-title" className="kiosk-check-in">
      <form className="kiosk-check-in__form" onSubmit={submit} noValidate>
        <h1 id="kiosk-step-title" className="kiosk-question">
          {t('kioskCheckIn.title')}
        </h1>
        <p className="kiosk-hint" id="kiosk-code-hint">
          {t('kioskCheckIn.hint')}
        </p>
        <label className="kiosk-phone__label" htmlFor="kiosk-code">
          {t('kioskCheckIn.label')}
        </label>
        <input
          ref={input}
          id="kiosk-code"
          className={showIncomplete ? 'kiosk-code kiosk-code--invalid' : 'kiosk-code'}
          value={code}
          onChange={(event) => change(event.target.value)}
          inputMode="none"
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={CODE_LENGTH + 4}
          aria-describedby={showIncomplete ? 'kiosk-code-hint kiosk-code-error' : 'kiosk-code-hint'}
          aria-invalid={showIncomplete || undefined}
        />
        <p className="kiosk-code__count" aria-hidden="true">
          {t('kioskCheckIn.count', { count: code.length, total: CODE_LENGTH })}
        </p>
        {showIncomplete ? (
          <p className="kiosk-error" id="kiosk-code-error" role="alert">
            {t('kioskCheckIn.incomplete')}
          </p>
        ) : null}
        <div className="kiosk-actions">
          <button type="submit" className="kiosk-button kiosk-button--primary" aria-disabled={!isComplete}>
            {t('kioskCheckIn.submit')}
          </button>
          {code ? (
            <button type="button" className="kiosk-button" onClick={() => change('')}>
              {t('kioskCheckIn.clear')}
            </button>
          ) : null}
        </div>
      </form>
      <CodeKeyboard
        onKey={(key) => {
          change(code + key);
          input.current?.focus();
        }}
        onErase={() => {
          change(code.slice(0, -1));
          input.current?.focus();
        }}
      />
      <BackButton onBack={onBack} />
    </section>
  );
}
