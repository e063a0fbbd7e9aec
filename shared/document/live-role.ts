/**
 * The role of a paragraph while the writer types in it: typing "一、" at its start makes it a
 * 一级标题 at once, deleting the marker makes it 正文 again. Only heading roles follow the text live;
 * title, addressee, signature and the rest come from import or from the writer's explicit choice,
 * because they depend on position, which changes with every Enter.
 */
import { headingLevelOfText } from './detect-roles';
import { isAttachmentContinuation, isAttachmentLine } from './line-shapes';
import { parseNumbering } from './numbering';
import { headingLevel, headingRole, type ParagraphRole } from './roles';

/**
 * @param current the paragraph's role now (auto-detected; callers skip roles the writer chose)
 * @param text its text after the edit
 * @param previousText its text before the edit, when known: a heading that never had a marker (a Word
 *   heading style on import) then keeps its role, instead of dropping to body on its first edit.
 */
export function liveRoleFor(current: ParagraphRole, text: string, previousText?: string): ParagraphRole {
  const t = text.trim();
  // "2．XXX表" under "附件：1．XXX" is the next attachment name, not a heading.
  if (current === 'attachment' && (isAttachmentLine(t) || isAttachmentContinuation(t))) return current;
  const level = headingLevelOfText(t);
  if (level) return headingRole(level);
  if (headingLevel(current) === null) return current;
  if (previousText !== undefined && parseNumbering(previousText) === null) return current;
  return 'body';
}
