import { describe, expect, it } from 'vitest';
import { escapeIsFree } from './free-escape';

/** A stand-in for the focused element: matches the selectors it is given as inside. */
const inside = (...selectors: string[]) => ({ closest: (s: string) => (selectors.some((x) => s.split(', ').includes(x)) ? {} : null) });
const esc = (target: unknown, more: { isComposing?: boolean; defaultPrevented?: boolean; key?: string } = {}) =>
  escapeIsFree({ key: 'Escape', isComposing: false, defaultPrevented: false, target: target as EventTarget, ...more });

describe('escapeIsFree', () => {
  it('is free in the editor, on a button, on the page itself, or with no target', () => {
    expect(esc(inside())).toBe(true);
    expect(esc(null)).toBe(true);
    // The window itself (no closest()).
    expect(esc({})).toBe(true);
  });

  it('belongs to the field or dialog that has the focus', () => {
    expect(esc(inside('input'))).toBe(false);
    expect(esc(inside('textarea'))).toBe(false);
    expect(esc(inside('select'))).toBe(false);
    expect(esc(inside('[role="dialog"]'))).toBe(false);
  });

  it('is not free while an IME composes, when already handled, or for another key', () => {
    expect(esc(inside(), { isComposing: true })).toBe(false);
    expect(esc(inside(), { defaultPrevented: true })).toBe(false);
    expect(esc(inside(), { key: 'Enter' })).toBe(false);
  });
});
