/**
 * The role of a paragraph while the writer types in it: typing "一、" at its start makes it a
 * 一级标题 at once, deleting the marker makes it 正文 again. Heading roles follow the text anywhere.
 * Title and addressee also depend on position, so they follow only where the caller says the paragraph
 * stands (LivePlace): a first line that reads as a title (readsAsTitle) becomes the title, a short
 * unit name with a colon right under the title block (isOrganAddressee) the addressee, and either goes
 * back to body when its text stops reading so. Signature, date and the rest come from import or from
 * the writer's explicit choice.
 */
import { headingLevelOfText } from './detect-roles';
import { isAddresseeLike, isAttachmentContinuation, isAttachmentLine, isOrganAddressee, isTitleLike, readsAsTitle } from './line-shapes';
import { parseNumbering } from './numbering';
import { headingLevel, headingRole, type ParagraphRole } from './roles';

/** Where a paragraph stands, as far as title and addressee detection need to know. */
export interface LivePlace {
  /** Every paragraph before it is empty: it is the document's first line. */
  first: boolean;
  /** The non-empty paragraphs before it are all title or subtitle lines, and there is at least one. */
  afterTitleBlock: boolean;
}

/**
 * @param current the paragraph's role now (auto-detected; callers skip roles the writer chose)
 * @param text its text after the edit
 * @param previousText its text before the edit, when known: a heading that never had a marker (a Word
 *   heading style on import) then keeps its role, instead of dropping to body on its first edit, and a
 *   numbered paragraph that is body text (a list item) stays body while its marker is unchanged.
 * @param place where it stands; without it, title and addressee are left as they are.
 */
export function liveRoleFor(current: ParagraphRole, text: string, previousText?: string, place?: LivePlace): ParagraphRole {
  const t = text.trim();
  // "2．XXX表" under "附件：1．XXX" is the next attachment name, not a heading.
  if (current === 'attachment' && (isAttachmentLine(t) || isAttachmentContinuation(t))) return current;
  const level = headingLevelOfText(t);
  // A numbered paragraph that is text (an item of a list, as import decided, or the writer's Ctrl+5)
  // stays text while its marker is the one it had: only typing the marker makes a heading.
  if (level && current === 'body' && previousText !== undefined && sameMarker(previousText, t)) return current;
  if (level) return headingRole(level);
  if (place) {
    const placed = placedRole(current, t, place);
    if (placed) return placed;
  }
  if (headingLevel(current) === null) return current;
  if (previousText !== undefined && parseNumbering(previousText) === null) return current;
  return 'body';
}

/** Title or addressee from the text and its place, or null when neither rule decides. */
function placedRole(current: ParagraphRole, t: string, place: LivePlace): ParagraphRole | null {
  if (current !== 'body' && current !== 'title' && current !== 'addressee') return null;
  if (place.first) {
    if (readsAsTitle(t)) return 'title';
    // A title that became a sentence (a comma or full stop typed after "…的通知") is body again.
    if (current === 'title' && (!isTitleLike(t) || /[，,。；;！!？?]/.test(t))) return 'body';
    return null;
  }
  if (place.afterTitleBlock) {
    if (isOrganAddressee(t)) return 'addressee';
    if (current === 'addressee' && !isAddresseeLike(t)) return 'body';
  }
  return null;
}

function sameMarker(before: string, after: string): boolean {
  const a = parseNumbering(before.trim());
  const b = parseNumbering(after.trim());
  return a !== null && b !== null && a.marker === b.marker;
}
