import { useTranslation } from 'react-i18next';

/** A counter action with its shortcut letter shown on it (and announced as aria-keyshortcuts). */
export function ActionButton({
  label,
  shortcut,
  onClick,
  isDisabled = false,
  variant = 'normal',
}: {
  label: string;
  shortcut?: string;
  onClick: () => void;
  isDisabled?: boolean;
  variant?: 'primary' | 'normal' | 'danger';
}) {
  const { t } = useTranslation();
  const className =
    variant === 'primary'
      ? 'button button--primary desk-action'
      : variant === 'danger'
        ? 'button button--danger desk-action'
        : 'button desk-action';
  return (
    <button
      type="button"
      className={className}
      disabled={isDisabled}
      onClick={onClick}
      aria-keyshortcuts={shortcut}
      title={shortcut ? t('console.queue.action.shortcut', { key: shortcut }) : undefined}
    >
      <span>{label}</span>
      {shortcut ? (
        <span className="desk-action__key" aria-hidden="true">
          {shortcut}
        </span>
      ) : null}
    </button>
  );
}
