/**
 * Paragraph roles from text alone, shared by import (.txt/.md/.docx), paste and plain-text loading,
 * so a report gets the same roles however it arrives.
 *
 * A forward pass decides each paragraph from its own shape and what came before it (numbering
 * markers, the title block at the top, the addressee under it); a closing pass then marks the
 * 署名 and 成文日期 at the end, which only the end of the document reveals.
 */
import {
  closesBracket,
  isAddresseeLike,
  isSalutation,
  isAttachmentContinuation,
  isAttachmentHeading,
  isAttachmentLine,
  isDateLine,
  isDocNumberLine,
  isTrailingLine,
  opensBracket,
  isSignatureLike,
  sectionHeadingLevel,
  isByline,
  isDivisionLabel,
  isSubtitleLike,
  isTitleContinuation,
  isTitleLike,
} from './line-shapes';
import { markContentsLists } from './contents-list';
import { markItemLists } from './item-lists';
import { parseNumbering } from './numbering';
import { headingRole, type DocParagraph, type HeadingLevel, type ParagraphRole } from './roles';
import { isNumberedClause, splitRunInHeading } from './run-in';

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
  /** Every non-blank paragraph since the (current) document's start is title, subtitle or 发文字号. */
  inHeadBlock: boolean;
  /** Title and subtitle lines so far, counted only while inHeadBlock. */
  headCount: number;
  /** Every non-blank paragraph since the document's start is a title line (or the 发文字号). */
  onlyTitles: boolean;
  /** No title line yet in this document: the next title-like line opens its title block. */
  noTitleYet: boolean;
}

const START: Preceding = { last: undefined, lastAdjacent: false, inHeadBlock: true, headCount: 0, onlyTitles: true, noTitleYet: true };

const isHeadRole = (role: ParagraphRole) => role === 'title' || role === 'subtitle' || role === 'docNumber';

function summarize(previous: readonly DocParagraph[]): Preceding {
  let state = START;
  for (const p of previous) state = advance(state, p);
  return state;
}

function advance(state: Preceding, p: DocParagraph): Preceding {
  const t = p.text.trim();
  if (!t) return { ...state, lastAdjacent: false };
  // （此件公开发布） under a date: the next document may still begin with its title.
  if (p.role === 'body' && state.last?.role === 'date' && isTrailingLine(t)) return { ...state, last: p, lastAdjacent: true };
  // A cover notice's date, or a bare 附件 line: a document may follow with its own title block.
  if (p.role === 'date' || (p.role === 'attachment' && isAttachmentHeading(t))) return { ...START, last: p, lastAdjacent: true };
  const head = state.inHeadBlock && isHeadRole(p.role);
  return {
    last: p,
    lastAdjacent: true,
    inHeadBlock: head,
    headCount: head && p.role !== 'docNumber' ? state.headCount + 1 : state.headCount,
    onlyTitles: state.onlyTitles && (p.role === 'title' || p.role === 'docNumber'),
    noTitleYet: state.noTitleYet && p.role !== 'title',
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
  if (isTrailingLine(t)) return 'body';
  if (before.last?.role === 'attachment' && isAttachmentContinuation(t)) return 'attachment';

  const level = headingLevelOfText(t);
  if (level && !isListItem(t, level, before)) return headingRole(level);
  if (sourceRole) return sourceRole;
  // Mixed heading forms of old documents and plans: 第一章 总则, 2.1.1 ……
  const section = sectionHeadingLevel(t);
  if (section && !isNumberedClause(t)) return headingRole(section);
  if (isDivisionLabel(t)) return 'heading1';

  const atStart = before.last === undefined;
  if (before.inHeadBlock && (atStart || !isFragment) && (isAddresseeLike(t) || isSalutation(t))) return 'addressee';
  // A salutation over two lines (尊敬的各位同事、各位来宾， / 女士们，先生们，朋友们：).
  if (!isFragment && before.last?.role === 'addressee' && before.lastAdjacent && isSalutation(t)) return 'addressee';
  if (isFragment || !before.inHeadBlock) return 'body';
  // GB/T 9704 §7.2.4: the 发文字号 stands above the title in the 版头; published texts put it under the
  // title too, before the addressee.
  if (isDocNumberLine(t)) return 'docNumber';
  if (before.noTitleYet) return isTitleLike(t) ? 'title' : 'body';
  if (isSubtitleLike(t) || isByline(t)) return 'subtitle';
  // A subtitle in brackets over two lines: "（二○○四年六月十六日国务院" / "第54次常务会议修订通过）".
  if (opensBracket(t) && /^[（(]/.test(t) && t.length <= 60) return 'subtitle';
  if (before.last?.role === 'subtitle' && before.lastAdjacent && opensBracket(before.last.text) && closesBracket(t)) return 'subtitle';
  if (before.onlyTitles && before.lastAdjacent && before.headCount < MAX_TITLE_LINES && before.last?.role === 'title' && isTitleContinuation(t, before.last.text)) return 'title';
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
    // A date under unit names closes a document here (a cover notice with its attached document after
    // it): marked now, so what follows can open a title block of its own.
    if (!isFragment && paragraph.role === 'body' && isDateLine(text.trim()) && (markSignatureAbove(result, result.length - 1) > 0 || titleFollows(texts, i))) {
      paragraph.role = 'date';
    }
    before = advance(before, paragraph);
  });
  if (!isFragment) markClosing(result);
  markItemLists(result, options.sourceRoles);
  markContentsLists(result);
  return result;
}


/** The next non-blank text opens a document: a title-like line or a bare 附件 line (a cover notice's
 *  date without a signature line above it, the seal standing for it). */
function titleFollows(texts: readonly string[], i: number): boolean {
  for (let k = i + 1; k < texts.length; k++) {
    const t = texts[k]!.trim();
    if (!t) continue;
    // isTitleLike refuses （此件公开发布） and the 版记 lines, which trail a document and open none.
    return isAttachmentHeading(t) || isTitleLike(t);
  }
  return false;
}

/**
 * Marks as 署名 the unit names directly above paragraph `dateIndex` (at most MAX_SIGNATURE_LINES);
 * returns how many.
 */
function markSignatureAbove(paragraphs: DocParagraph[], dateIndex: number): number {
  let n = 0;
  for (let k = dateIndex - 1; k >= 0 && n < MAX_SIGNATURE_LINES; k--) {
    const p = paragraphs[k]!;
    const t = p.text.trim();
    if (!t) {
      if (n === 0) continue;
      break;
    }
    if (p.role !== 'body' || !isSignatureLike(t) || /^特此/.test(t) || isDateLine(t)) break;
    n++;
  }
  if (n === 0) return 0;
  for (let k = dateIndex - 1, marked = 0; k >= 0 && marked < n; k--) {
    if (!paragraphs[k]!.text.trim()) continue;
    paragraphs[k]!.role = 'signature';
    marked++;
  }
  return n;
}

/**
 * 成文日期 is a date alone on the last line, or above the lines that trail a document (（此件公开发布）,
 * 抄送, 印发); 署名 the unit names directly above it. Without a date the last short line could as well
 * be body text, so nothing is marked.
 */
function markClosing(paragraphs: DocParagraph[]): void {
  let at = paragraphs.length - 1;
  while (at >= 0 && (!paragraphs[at]!.text.trim() || (paragraphs[at]!.role === 'body' && isTrailingLine(paragraphs[at]!.text.trim())))) at--;
  const last = paragraphs[at];
  if (!last || last.role !== 'body' || !isDateLine(last.text.trim())) return;
  last.role = 'date';
  markSignatureAbove(paragraphs, at);
}
