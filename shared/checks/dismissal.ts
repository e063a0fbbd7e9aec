/**
 * A dismissed finding (忽略) is remembered per draft by a key that survives edits elsewhere: the rule,
 * the flagged text and a few characters either side of it. Paragraph numbers are deliberately left
 * out, so inserting a paragraph above does not bring the finding back; rewriting the sentence around
 * it does, which is what a writer expects.
 */
import type { Finding } from './types';

const CONTEXT_CHARS = 6;
export const MAX_DISMISSAL_KEY_CHARS = 400;

export function dismissalKey(finding: Finding, paragraphText: string): string {
  const before = paragraphText.slice(Math.max(0, finding.start - CONTEXT_CHARS), finding.start);
  const after = paragraphText.slice(finding.end, finding.end + CONTEXT_CHARS);
  return `${finding.rule}\u241f${before}\u241f${finding.text}\u241f${after}`.slice(0, MAX_DISMISSAL_KEY_CHARS);
}

/** The findings the writer has not dismissed. */
export function withoutDismissed(
  findings: readonly Finding[],
  paragraphTexts: readonly string[],
  dismissed: ReadonlySet<string>,
): Finding[] {
  if (dismissed.size === 0) return [...findings];
  return findings.filter((f) => !dismissed.has(dismissalKey(f, paragraphTexts[f.paragraph] ?? '')));
}
