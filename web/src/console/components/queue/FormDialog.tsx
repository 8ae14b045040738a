import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** A modal form: title, fields, submit and cancel; Escape cancels, focus returns where it was. */
export function FormDialog({
  title,
  submitLabel,
  isSubmitDisabled = false,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  submitLabel: string;
  isSubmitDisabled?: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isSubmitDisabled) onSubmit();
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onCancel}>
      <form onSubmit={submit}>
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={isSubmitDisabled}>
            {submitLabel}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
