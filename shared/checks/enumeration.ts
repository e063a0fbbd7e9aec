/**
 * In-paragraph enumerations: 一是……二是……三是…… must run on without gaps or repeats (一是 then 三是
 * → 应为二是). A list may nest another that starts again at 一是 (三是夯实基层组织基础……一是坚持党建引
 * 领……), and the outer list may then resume. A list may also continue into the next paragraph: a
 * paragraph whose first item is 二是 or later is checked against the paragraphs before it by the
 * document pass (checkEnumerationContinuity), since one paragraph alone cannot tell.
 */
import { parseChineseNumeral, toChineseNumeral } from '../document/chinese-numerals';
import { parseNumbering } from '../document/numbering';
import { isHeadingRole, type DocParagraph } from '../document/roles';
import { paragraphFinding, type ParagraphFinding } from './finding';

export interface EnumerationItem {
  value: number;
  /** Offsets of "三是". */
  start: number;
  end: number;
}

// An item starts a clause: paragraph start, or after sentence/clause punctuation, a closing bracket or
// quote. "统一是" and "其一是" are not items.
const ITEM = /(^|[。；;：:！？!?，,、\s）)”])([一二三四五六七八九十]{1,3})是/g;

export function enumerationItems(text: string): EnumerationItem[] {
  if (!text.includes('是')) return [];
  const items: EnumerationItem[] = [];
  for (const m of text.matchAll(ITEM)) {
    const numeral = m[2]!;
    const start = m.index + m[1]!.length;
    const end = start + numeral.length + 1;
    // "一是一，二是二" is an idiom, not a list.
    if (text.startsWith(numeral, end)) continue;
    const value = parseChineseNumeral(numeral);
    if (value !== null) items.push({ value, start, end });
  }
  return items;
}

interface Walk {
  /** Last value of each open list, outermost first. */
  lists: number[];
  problems: Array<{ item: EnumerationItem; expected: number }>;
  first: EnumerationItem | null;
}

function walk(items: readonly EnumerationItem[]): Walk {
  const state: Walk = { lists: [], problems: [], first: items[0] ?? null };
  for (const item of items) {
    const { lists } = state;
    if (lists.length === 0) {
      lists.push(item.value);
      continue;
    }
    const top = lists[lists.length - 1]!;
    if (item.value === top + 1) {
      lists[lists.length - 1] = item.value;
    } else if (item.value === 1) {
      lists.push(1); // a nested list
    } else {
      let k = lists.length - 2;
      while (k >= 0 && lists[k]! + 1 !== item.value) k--;
      if (k >= 0) {
        lists.length = k + 1; // back to an outer list
        lists[k] = item.value;
      } else {
        state.problems.push({ item, expected: top + 1 });
        lists[lists.length - 1] = top + 1;
      }
    }
  }
  return state;
}

const message = (expected: number) => `列举顺序有误：此处应为“${toChineseNumeral(expected)}是”`;

/** Gaps, repeats and reversals among the items of one paragraph (its first item is not judged here). */
export function checkEnumeration(text: string): ParagraphFinding[] {
  const items = enumerationItems(text);
  if (items.length < 2) return [];
  return walk(items).problems.map(({ item, expected }) =>
    paragraphFinding(text, {
      category: 'numbering',
      rule: 'numbering/enumeration',
      start: item.start,
      end: item.end,
      message: message(expected),
      suggestion: `${toChineseNumeral(expected)}是`,
    }),
  );
}

/** How far back a continued list looks for its earlier items (a list does not span pages of text). */
const MAX_LOOKBACK = 5;

/** What the document pass needs to know of a paragraph's enumeration; cacheable per text. */
export interface EnumerationSummary {
  /** The paragraph's first item. */
  first: EnumerationItem | null;
  /** Last value of each list still open at the paragraph's end, outermost first. */
  openLists: readonly number[];
}

const NO_ENUMERATION: EnumerationSummary = { first: null, openLists: [] };

export function summarizeEnumeration(text: string): EnumerationSummary {
  const items = enumerationItems(text);
  if (items.length === 0) return NO_ENUMERATION;
  return { first: items[0]!, openLists: walk(items).lists };
}

export interface ContinuityProblem {
  paragraph: number;
  finding: ParagraphFinding;
}

/**
 * A paragraph that opens with 二是 or a later item continues a list from the paragraphs before it:
 * the nearest earlier enumeration in the same section must have reached the item before it. Reported
 * only when that is clearly not so: an earlier list that stops elsewhere, or none back to the section's
 * heading (or the document start).
 *
 * `summary` gives each paragraph's enumeration summary; the incremental checker passes cached ones, so
 * this pass reads no paragraph text that has not changed.
 */
export function checkEnumerationContinuity(
  paragraphs: readonly DocParagraph[],
  summary: (index: number) => EnumerationSummary = (i) => summarizeEnumeration(paragraphs[i]!.text),
): ContinuityProblem[] {
  const problems: ContinuityProblem[] = [];
  paragraphs.forEach((p, i) => {
    const first = summary(i).first;
    if (!first || first.value === 1) return;
    const expected = expectedContinuation(paragraphs, summary, i, first.value);
    if (expected === null) return;
    problems.push({
      paragraph: i,
      finding: paragraphFinding(p.text, {
        category: 'numbering',
        rule: 'numbering/enumeration',
        start: first.start,
        end: first.end,
        message: message(expected),
        suggestion: `${toChineseNumeral(expected)}是`,
      }),
    });
  });
  return problems;
}

/** The value the first item of paragraph `index` should have, or null when `value` is right or unknown. */
function expectedContinuation(
  paragraphs: readonly DocParagraph[],
  summary: (index: number) => EnumerationSummary,
  index: number,
  value: number,
): number | null {
  if (isHeadingRole(paragraphs[index]!.role)) return 1;
  let looked = 0;
  for (let j = index - 1; j >= 0 && looked < MAX_LOOKBACK; j--) {
    const p = paragraphs[j]!;
    if (!NON_BLANK.test(p.text)) continue;
    looked++;
    const lists = summary(j).openLists;
    if (lists.length > 0) return lists.includes(value - 1) ? null : lists[lists.length - 1]! + 1;
    // A bare marker on its own line ("1." then its text below) is a list item, not a section heading.
    if (isHeadingRole(p.role) && !isBareMarker(p.text)) return 1;
  }
  return looked < MAX_LOOKBACK ? 1 : null;
}

const NON_BLANK = /\S/;

function isBareMarker(text: string): boolean {
  const marker = parseNumbering(text);
  return marker !== null && text.trim() === marker.marker.trim();
}
