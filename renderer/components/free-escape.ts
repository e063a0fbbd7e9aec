import { useEffect } from 'react';

type EscapeEvent = Pick<KeyboardEvent, 'key' | 'isComposing' | 'defaultPrevented' | 'target'>;

/**
 * Whether an Escape press is free for a window-wide action (canceling the file being opened). Not while
 * an IME composes (Esc drops the composition), not when a handler took it, and not when the focus is in a
 * field or a dialog: their own Esc (close the find bar, close the dialog) is what the writer means there.
 */
export function escapeIsFree(event: EscapeEvent): boolean {
  if (event.key !== 'Escape' || event.isComposing || event.defaultPrevented) return false;
  const target = event.target as { closest?: (selectors: string) => unknown } | null;
  return !target?.closest?.('input, textarea, select, [role="dialog"]');
}

/** Runs `action` on a free Escape press (escapeIsFree) while it is given; null listens to nothing. */
export function useFreeEscape(action: (() => void) | null): void {
  useEffect(() => {
    if (!action) return;
    const onKey = (event: KeyboardEvent) => {
      if (!escapeIsFree(event)) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [action]);
}
