/**
 * A paragraph as a file stores it, with the manual line breaks inside it, before it becomes one
 * SourceParagraph a line. Shared by the readers of formats that keep paragraphs (.docx, .doc, .rtf).
 */
import type { ParagraphRole } from '../../shared/document/roles';
import { splitTitleLines } from '../../shared/text/title-lines';
import type { SourceParagraph } from './source-paragraph';

export interface LinedParagraph {
  /** The text between manual line breaks (Word's Shift+Enter, RTF's \line); at least one. */
  lines: string[];
  sourceRole: ParagraphRole | null;
}

/**
 * True when the lines are exactly where splitTitleLines breaks their joined text: one long title set
 * as a trapezoid (our own export writes it so), which is one title, not several.
 */
export function isWrappedTitle(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const split = splitTitleLines(lines.join(''));
  return split.length === lines.length && split.every((l, i) => l === lines[i]);
}

/**
 * One SourceParagraph a line (reports are one paragraph a line; a break in a title separates its
 * lines), except a wrapped title, which is joined again. `untitled`: the format has no paragraph
 * styles (a .doc read as text), so the first paragraph with text may be the title: it is joined the
 * same way and its role left to role detection.
 */
export function flattenLines(paragraphs: readonly LinedParagraph[], options: { untitled?: boolean } = {}): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  let seenText = false;
  for (const p of paragraphs) {
    const first = !seenText && p.lines.some((l) => l.trim() !== '');
    if (first) seenText = true;
    const titleLike = p.sourceRole === 'title' || (options.untitled && first && p.sourceRole === null);
    if (titleLike && isWrappedTitle(p.lines)) out.push({ text: p.lines.join(''), sourceRole: p.sourceRole });
    else for (const line of p.lines) out.push({ text: line, sourceRole: p.sourceRole });
  }
  return out;
}
