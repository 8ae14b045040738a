import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldErrors, fieldId, problemMessage } from './problems.js';

/**
 * What went wrong with the last submit, at the top of the form: the server's message, then one
 * link per field that needs fixing (each jumps to its control). It takes focus when it appears,
 * so a screen reader announces it and a keyboard user starts from it.
 */
export function FormAlert({
  error,
  fieldErrors,
  labels = {},
  labelOf,
}: {
  error: unknown;
  fieldErrors: FieldErrors;
  /** Human names of the fields, by path; fields without one are listed by their message only. */
  labels?: Record<string, string>;
  /** The same as a function, for forms with lists ("standard.requirements.2.name"). */
  labelOf?: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const entries = Object.entries(fieldErrors);
  return (
    <div ref={ref} className="notice notice--error form-alert" role="alert" tabIndex={-1}>
      <p className="form-alert__title">{entries.length > 0 ? t('form.fixTheseTitle') : problemMessage(error, t)}</p>
      {entries.length > 0 ? (
        <ul>
          {entries.map(([path, message]) => (
            <li key={path}>
              <a href={`#${fieldId(path)}`}>
                {(labels[path] ?? labelOf?.(path)) ? `${labels[path] ?? labelOf?.(path)}: ${message}` : message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A short confirmation after a save, announced politely. */
export function SavedNote({ message }: { message: string | null }) {
  return (
    <p className="saved-note" role="status" aria-live="polite">
      {message ?? ''}
    </p>
  );
}
