/**
 * Where 插入章节 puts a section: before or after whole sections, never inside one, so no section
 * loses its sub-sections to the inserted one.
 */
import { headingLevel, type DocParagraph, type HeadingLevel } from '../document/roles';

export interface InsertionCaret {
  /** The paragraph holding the caret. */
  paragraph: number;
  /** The caret is at the very start of that paragraph (as after a click on a heading in the outline). */
  atStart: boolean;
}

/**
 * The index the inserted paragraphs start at (paragraphs.length: at the end).
 * - Caret at the start of a heading of the inserted level or above: before that heading's whole section.
 * - Otherwise: after the section of the inserted level the caret is in, i.e. before the next heading
 *   of that level or above (for a caret in the opening, before the first such heading).
 * A section without headings (`level` null) is text: it goes after the caret paragraph, or before it
 * when the caret is at its start.
 */
export function sectionInsertionIndex(
  paragraphs: readonly DocParagraph[],
  caret: InsertionCaret | null,
  level: HeadingLevel | null,
): number {
  if (!caret || caret.paragraph < 0 || caret.paragraph >= paragraphs.length) return paragraphs.length;
  const here = paragraphs[caret.paragraph]!;
  const hereLevel = headingLevel(here.role);
  if (level === null) return caret.atStart ? caret.paragraph : caret.paragraph + 1;
  if (caret.atStart && hereLevel !== null && hereLevel <= level) return caret.paragraph;
  for (let i = caret.paragraph + 1; i < paragraphs.length; i++) {
    const l = headingLevel(paragraphs[i]!.role);
    if (l !== null && l <= level) return i;
  }
  return paragraphs.length;
}
