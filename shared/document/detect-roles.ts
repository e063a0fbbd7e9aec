/**
 * Paragraph roles from text alone, shared by import (.txt/.md/.docx), paste and plain-text loading,
 * so a report gets the same roles however it arrives.
 *
 * A forward pass decides each paragraph from its own shape and what came before it (numbering
 * markers, the title block at the top, the addressee under it); a closing pass then marks the
 * 署名 and 成文日期 at the end, which only the end of the document reveals.
 */
import {
  isAddresseeLike,
  isAttachmentContinuation,
  isAttachmentLine,
  isDateLine,
  isSignatureLike,
  isSubtitleLike,
  isTitleContinuation,
  isTitleLike,
} from './line-shapes';
import { parseNumbering } from './numbering';
import { headingRole, type DocParagraph, type HeadingLevel, type ParagraphRole } from './roles';
import { splitRunInHeading } from './run-in';

export interface DetectOptions {
  /** The lines are a piece from inside a document (a paste): no title block at the top, and only
   *  the first line may be an addressee. */
  isFragment?: boolean;
  /** Roles the source format states, index-aligned with the texts (Word paragraph styles, Markdown
   *  #); null or missing where it says nothing. A numbering marker in the text still wins. */
  sourceRoles?: ReadonlyArray<ParagraphRole | null | undefined>;
}

export interface RoleContext {
  /** The paragraphs before this one, in order, blank ones included, with their roles decided. */
  previous: readonly DocParagraph[];
  isFragment?: boolean;
  /** The role the source format states for this paragraph, if any. */
  sourceRole?: ParagraphRole | null;
}

/** At most this many lines make up a title (titles are set as a trapezoid of two or three lines). */
const MAX_TITLE_LINES = 3;
/** At most this many unit names sign a document above its date (joint documents have two or three). */
const MAX_SIGNATURE_LINES = 3;

/**
 * What the paragraphs before the current one add up to, which is all the forward rules need.
 * detectRoles keeps it up to date as it goes; detectRole rebuilds it from the context.
 */
interface Preceding {
  /** The last non-blank paragraph. */
  last: DocParagraph | undefined;
  /** Whether the paragraph directly before is that one (no blank line in between). */
  lastAdjacent: boolean;
  /** Every non-blank paragraph so far is title or subtitle (true at the start). */
  inHeadBlock: boolean;
  /** Non-blank paragraphs so far, counted only while inHeadBlock. */
  headCount: number;
  /** Every non-blank paragraph so far is a title line. */
  onlyTitles: boolean;
}

const START: Preceding = { last: undefined, lastAdjacent: false, inHeadBlock: true, headCount: 0, onlyTitles: true };

const isHeadRole = (role: ParagraphRole) => role === 'title' || role === 'subtitle';

function summarize(previous: readonly DocParagraph[]): Preceding {
  let state = START;
  for (const p of previous) state = advance(state, p);
  return state;
}

function advance(state: Preceding, p: DocParagraph): Preceding {
  if (!p.text.trim()) return { ...state, lastAdjacent: false };
  return {
    last: p,
    lastAdjacent: true,
    inHeadBlock: state.inHeadBlock && isHeadRole(p.role),
    headCount: state.inHeadBlock && isHeadRole(p.role) ? state.headCount + 1 : state.headCount,
    onlyTitles: state.onlyTitles && p.role === 'title',
  };
}

/**
 * The heading level a numbering marker gives this text, or null. The marker may be mis-typed (一.
 * 1、 （一）、): it keeps its level and the numbering check reports the form. A marker in front of a
 * long sentence ("1、全区完成投资……。") is body text, not a heading (see splitRunInHeading).
 */
export function headingLevelOfText(text: string): HeadingLevel | null {
  const marker = parseNumbering(text);
  if (!marker) return null;
  return splitRunInHeading(text).headingPart ? marker.level : null;
}

/** A listed item ends with ；(GB/T 15834 4.6.3.2: 分项列举的各项之间用分号). */
const LIST_ITEM_END = /[；;]$/;

/**
 * A numbered line that is an item of a list rather than a heading: it ends with ；, or it follows such
 * an item of the same level directly (the list's last item, which ends with 。).
 */
function isListItem(text: string, level: HeadingLevel, before: Preceding): boolean {
  if (LIST_ITEM_END.test(text)) return true;
  const last = before.last;
  if (!last || !before.lastAdjacent || last.role !== 'body') return false;
  const lastText = last.text.trim();
  return LIST_ITEM_END.test(lastText) && parseNumbering(lastText)?.level === level;
}

function decide(text: string, before: Preceding, isFragment: boolean, sourceRole: ParagraphRole | null): ParagraphRole {
  const t = text.trim();
  if (!t) return 'body';
  if (isAttachmentLine(t)) return 'attachment';
  if (before.last?.role === 'attachment' && isAttachmentContinuation(t)) return 'attachment';

  const level = headingLevelOfText(t);
  if (level && !isListItem(t, level, before)) return headingRole(level);
  if (sourceRole) return sourceRole;

  const atStart = before.last === undefined;
  if (before.inHeadBlock && (atStart || !isFragment) && isAddresseeLike(t)) return 'addressee';
  if (isFragment || !before.inHeadBlock) return 'body';
  if (atStart) return isTitleLike(t) ? 'title' : 'body';
  if (isSubtitleLike(t)) return 'subtitle';
  if (before.onlyTitles && before.lastAdjacent && before.headCount < MAX_TITLE_LINES && isTitleContinuation(t)) return 'title';
  return 'body';
}

/**
 * The role of one paragraph from its text and the paragraphs before it, for a paragraph typed live.
 * Roles that only the end of the document reveals (署名, 成文日期) are left to detectRoles.
 */
export function detectRole(text: string, context: RoleContext): ParagraphRole {
  return decide(text, summarize(context.previous), context.isFragment ?? false, context.sourceRole ?? null);
}

/** One paragraph per text, in order; blank texts come back as empty body paragraphs. */
export function detectRoles(texts: readonly string[], options: DetectOptions = {}): DocParagraph[] {
  const isFragment = options.isFragment ?? false;
  const result: DocParagraph[] = [];
  let before = START;
  texts.forEach((text, i) => {
    const paragraph: DocParagraph = { role: decide(text, before, isFragment, options.sourceRoles?.[i] ?? null), text };
    result.push(paragraph);
    before = advance(before, paragraph);
  });
  markClosing(result);
  return result;
}

/**
 * 成文日期 is a date alone on the last line; 署名 the unit names directly above it. Without a date
 * the last short line could as well be body text, so nothing is marked.
 */
function markClosing(paragraphs: DocParagraph[]): void {
  const filled = paragraphs.filter((p) => p.text.trim() !== '');
  const last = filled.at(-1);
  if (!last || last.role !== 'body' || !isDateLine(last.text.trim())) return;
  last.role = 'date';
  for (let k = filled.length - 2, n = 0; k >= 0 && n < MAX_SIGNATURE_LINES; k--, n++) {
    const p = filled[k]!;
    const t = p.text.trim();
    if (p.role !== 'body' || !isSignatureLike(t) || /^特此/.test(t)) break;
    p.role = 'signature';
  }
}
