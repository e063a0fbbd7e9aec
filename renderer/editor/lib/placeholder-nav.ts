import { withoutDismissed } from '../../../shared/checks/dismissal';
import { settle } from '../../../shared/checks/engine';
import { atParagraph } from '../../../shared/checks/finding';
import { checkPendingFigures } from '../../../shared/checks/pending-figures';
import { checkPlaceholders } from '../../../shared/checks/placeholder';
import type { Finding } from '../../../shared/checks/types';

/** The caret or selection inside one paragraph: [start, end) in that paragraph's text. */
export interface CaretSpan {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * F8 / Shift+F8: the next (or previous) placeholder after the caret, wrapping around the document.
 * When a placeholder is selected (as after F8), forward moves past it and backward before it, so
 * pressing F8 repeatedly walks every placeholder once. `targets` must be in document order.
 */
export function nextPlaceholder(
  targets: readonly Finding[],
  caret: CaretSpan | null,
  direction: 'next' | 'previous',
): Finding | null {
  if (targets.length === 0) return null;
  if (!caret) return direction === 'next' ? targets[0]! : targets[targets.length - 1]!;
  if (direction === 'next') {
    const found = targets.find(
      (f) => f.paragraph > caret.paragraph || (f.paragraph === caret.paragraph && f.start >= caret.end && !(f.start === caret.start && f.end === caret.end)),
    );
    return found ?? targets[0]!;
  }
  for (let i = targets.length - 1; i >= 0; i--) {
    const f = targets[i]!;
    if (f.paragraph < caret.paragraph || (f.paragraph === caret.paragraph && f.end <= caret.start && !(f.start === caret.start && f.end === caret.end))) {
      return f;
    }
  }
  return targets[targets.length - 1]!;
}

/** What F8 stops at: unfilled placeholders and template guidance, in document order. */
export function placeholderTargets(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.category === 'placeholder' && f.end > f.start);
}

/**
 * What F8 stops at in the text as it is now: the placeholder rules (and figures 待更新) run afresh on every paragraph
 * (cheap: a few regular expressions), then the same overlap settling and dismissals as the live
 * checker. The checker's analysis lags typing by up to 250 ms, and its offsets are stale as soon as
 * a character is typed before a placeholder: F8 must not select from them.
 */
export function currentPlaceholderTargets(
  paragraphTexts: readonly string[],
  dismissed: ReadonlySet<string>,
  pendingFigures?: ReadonlySet<string>,
): Finding[] {
  const found: Finding[] = [];
  paragraphTexts.forEach((text, index) => {
    for (const f of checkPlaceholders(text)) found.push(atParagraph(f, index));
    for (const f of checkPendingFigures(text, pendingFigures)) found.push(atParagraph(f, index));
  });
  return placeholderTargets(withoutDismissed(settle(found), paragraphTexts, dismissed));
}
