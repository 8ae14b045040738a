import { useEffect, useRef } from 'react';

/** The counter's keyboard shortcuts, one letter each, shown on their buttons. */
export const SHORTCUTS = {
  callNext: 'N',
  recall: 'R',
  start: 'S',
  finishServed: 'F',
  noShow: 'X',
  transfer: 'T',
  park: 'P',
  callNumber: 'C',
  walkIn: 'W',
  breakOrResume: 'B',
} as const;
export type ShortcutAction = keyof typeof SHORTCUTS;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * Runs the action of a pressed shortcut letter. Never while typing in a field, while a dialog is
 * open, with a modifier held (Ctrl+R must still reload the page), or on a held-down key repeat.
 * Actions that are not possible now are passed as undefined and do nothing.
 */
export function useShortcuts(actions: Partial<Record<ShortcutAction, (() => void) | undefined>>): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key.toUpperCase();
      const entry = (Object.entries(SHORTCUTS) as [ShortcutAction, string][]).find(([, letter]) => letter === key);
      const action = entry ? latest.current[entry[0]] : undefined;
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
