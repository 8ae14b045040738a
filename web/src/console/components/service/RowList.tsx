import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An ordered list of rows the user can add to, remove from and reorder with buttons (no
 * dragging, so it works with a keyboard and a screen reader). Each row is a fieldset whose
 * legend names it ("Langkah 2"), and every button says which row it acts on.
 */
export function RowList<T>({
  items,
  onChange,
  rowLabel,
  renderRow,
  makeEmpty,
  addLabel,
}: {
  items: T[];
  onChange: (items: T[]) => void;
  rowLabel: (index: number) => string;
  renderRow: (item: T, index: number, update: (item: T) => void) => ReactNode;
  makeEmpty: () => T;
  addLabel: string;
}) {
  const { t } = useTranslation();
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    if (item !== undefined) next.splice(to, 0, item);
    onChange(next);
  };
  return (
    <div className="row-list">
      {items.map((item, index) => {
        const label = rowLabel(index);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; their position is their identity.
          <fieldset key={index} className="row-list__row">
            <legend>{label}</legend>
            {renderRow(item, index, (updated) => onChange(items.map((x, i) => (i === index ? updated : x))))}
            <div className="row-list__buttons">
              <button
                type="button"
                className="button button--small"
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
                aria-label={`${t('form.moveUp')}: ${label}`}
              >
                {t('form.moveUp')}
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={index === items.length - 1}
                onClick={() => move(index, index + 1)}
                aria-label={`${t('form.moveDown')}: ${label}`}
              >
                {t('form.moveDown')}
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => onChange(items.filter((_, i) => i !== index))}
                aria-label={`${t('form.remove')}: ${label}`}
              >
                {t('form.remove')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" className="button" onClick={() => onChange([...items, makeEmpty()])}>
        {addLabel}
      </button>
    </div>
  );
}
