import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies `text` to the clipboard and says so, politely, to screen readers too. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation();
  const [isCopied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <>
      <button type="button" className="button button--small" onClick={() => void copy()}>
        {label ?? t('form.copy')}
      </button>
      <span className="copy-note" role="status">
        {isCopied ? t('form.copied') : ''}
      </span>
    </>
  );
}
