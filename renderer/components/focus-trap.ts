/**
 * Keyboard focus for modal dialogs: what Tab can reach inside one, and the wrap-around that keeps
 * Tab and Shift+Tab inside it while it is open.
 */

const CANDIDATES = 'a[href], button, input, select, textarea, [tabindex]';

/**
 * The controls Tab stops at, in order: enabled, visible, not tabindex=-1; of a radio group only the
 * checked radio (the browser tabs into a group there), or its first one when none is checked.
 */
export function tabbables(container: HTMLElement): HTMLElement[] {
  const all = [...container.querySelectorAll<HTMLElement>(CANDIDATES)].filter(
    (el) =>
      !(el as HTMLButtonElement).disabled &&
      el.tabIndex >= 0 &&
      !(el instanceof HTMLInputElement && el.type === 'hidden') &&
      el.getClientRects().length > 0,
  );
  return all.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
    const group = all.filter((o): o is HTMLInputElement => o instanceof HTMLInputElement && o.type === 'radio' && o.name === el.name);
    const checked = group.find((r) => r.checked);
    return checked ? checked === el : group[0] === el;
  });
}

/** Tab on the last control goes to the first, Shift+Tab on the first to the last; from outside, to the first. */
export function trapTab(container: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const stops = tabbables(container);
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && container.contains(active);
  if (!inside) {
    event.preventDefault();
    first.focus();
  } else if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
