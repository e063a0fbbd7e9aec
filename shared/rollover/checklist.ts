/**
 * The year checklist as the writer works through it. The items are the base report's time references
 * (time-references.ts), computed once from the base, which never changes, so an item's id stays the
 * same for the life of the draft. What each item is now is read from the live text: the reference is
 * found again by the characters around it, and whether it still reads as the original, reads as the
 * proposal, or was rewritten tells its state. Undo in the editor therefore undoes an acceptance too;
 * only 不改 needs remembering (`kept`).
 */
import type { DocParagraph } from '../document/roles';
import type { TextEdit } from './edits';
import type { TimeReference } from './time-references';

export type ChecklistState = 'pending' | 'accepted' | 'kept' | 'rewritten';

export interface ChecklistItem {
  reference: TimeReference;
  state: ChecklistState;
  /** Where the reference (original or accepted) is in the live text; null once rewritten. */
  at: { paragraph: number; start: number; end: number } | null;
}

const CONTEXT_CHARS = 4;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Digits in the context match any digit: the neighbouring year may have been accepted already. */
const contextPattern = (s: string) => escape(s).replace(/[0-9０-９]/g, '[0-9０-９]');

function patternFor(base: string, r: TimeReference): RegExp {
  const before = base.slice(Math.max(0, r.start - CONTEXT_CHARS), r.start);
  const after = base.slice(r.end, r.end + CONTEXT_CHARS);
  const forms = [r.text, ...(r.replacement !== undefined && r.replacement !== r.text ? [r.replacement] : [])].map(escape).join('|');
  return new RegExp(`(?<=${contextPattern(before)})(?:${forms})(?=${contextPattern(after)})`, 'g');
}

/** The match in `text` nearest to `near` (the reference may appear twice in one paragraph). */
function nearest(text: string, pattern: RegExp, near: number): { start: number; text: string } | null {
  let best: { start: number; text: string } | null = null;
  for (const m of text.matchAll(pattern)) {
    if (!best || Math.abs(m.index - near) < Math.abs(best.start - near)) best = { start: m.index, text: m[0] };
  }
  return best;
}

export function checklistItems(
  base: readonly DocParagraph[],
  references: readonly TimeReference[],
  live: readonly DocParagraph[],
  kept: ReadonlySet<string>,
): ChecklistItem[] {
  return references.map((reference) => {
    const pattern = patternFor(base[reference.paragraph]?.text ?? '', reference);
    let found: { paragraph: number; start: number; text: string } | null = null;
    const same = live[reference.paragraph];
    const hit = same ? nearest(same.text, pattern, reference.start) : null;
    if (hit) found = { paragraph: reference.paragraph, ...hit };
    else {
      // Paragraphs were added or removed above: look nearest first.
      for (let d = 1; d < live.length && !found; d++) {
        for (const i of [reference.paragraph - d, reference.paragraph + d]) {
          const p = live[i];
          const h = p ? nearest(p.text, pattern, reference.start) : null;
          if (h) {
            found = { paragraph: i, ...h };
            break;
          }
        }
      }
    }
    if (!found) return { reference, state: 'rewritten', at: null };
    const at = { paragraph: found.paragraph, start: found.start, end: found.start + found.text.length };
    const isOriginal = found.text === reference.text;
    const state: ChecklistState = kept.has(reference.id) ? 'kept' : isOriginal ? 'pending' : 'accepted';
    return { reference, state, at };
  });
}

/** The edit that accepts an item (its proposal, or the writer's own wording), at its place in the live text. */
export function acceptEdit(item: ChecklistItem, replacement = item.reference.replacement): TextEdit | null {
  if (item.at === null || item.state !== 'pending' || replacement === undefined) return null;
  return { ...item.at, replacement };
}

/** Whether an item still asks for the writer (replace or review, neither done nor kept). */
export function isOpen(item: ChecklistItem): boolean {
  return item.state === 'pending' && item.reference.action !== 'keep';
}
