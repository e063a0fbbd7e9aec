/**
 * Punctuation in Chinese text (GB/T 15834): half-width , ; : ? ! ( ) " next to Chinese text, full-width
 * digits and letters (２０２６), a full-width point inside a number (736．21), doubled marks (。。，，),
 * and closing punctuation on a heading that stands on its own line.
 *
 * Half-width marks stay legitimate inside numbers, units and Latin text: 98.5%, PM2.5, 38微克/立方米,
 * 10:30, 1,000, URLs and English sentences are never flagged.
 */
import { parseNumbering } from '../document/numbering';
import { isHeadingRole, type DocParagraph } from '../document/roles';
import { splitRunInHeading } from '../document/run-in';
import { paragraphFinding, type ParagraphFinding } from './finding';
import {
  addressSpans,
  insideAny,
  isAsciiDigit,
  isChineseContext,
  isFullWidthDigit,
  isFullWidthLetter,
  isHan,
  isInlineSpace,
  toHalfWidth,
  type Span,
} from './text-classes';

const FULL_WIDTH_OF: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const NAME_OF: Readonly<Record<string, string>> = {
  ',': '逗号',
  ';': '分号',
  ':': '冒号',
  '?': '问号',
  '!': '叹号',
  '(': '括号',
  ')': '括号',
  '"': '引号',
  '.': '句号',
};

const DOUBLED = /[。，、；：]{2,}/g;
const FULL_WIDTH_RUN = /[０-９Ａ-Ｚａ-ｚ]+(?:．[０-９]+)*/g;
const FULL_WIDTH_POINT_NUMBER = /[0-9]+(?:．[0-9]+)+/g;
/** Closing marks an own-line heading must not end with (？ and ！ can close a rhetorical heading). */
const HEADING_END = /[。；;，,、：:]+$/;

interface Scan {
  text: string;
  /** Regions no punctuation rule touches: the numbering marker (the numbering check owns it), URLs. */
  skip: Span[];
  out: ParagraphFinding[];
}

function push(scan: Scan, rule: string, start: number, end: number, message: string, suggestion?: string): void {
  scan.out.push(paragraphFinding(scan.text, { category: 'punctuation', rule, start, end, message, suggestion }));
}

/** Index of the first character at or after `from` that is not an inline space. */
function nextNonSpace(text: string, from: number): number {
  let i = from;
  while (isInlineSpace(text[i])) i++;
  return i;
}

function checkHalfWidthMark(scan: Scan, i: number, pairs: ReadonlyMap<number, boolean>): void {
  const { text } = scan;
  const ch = text[i]!;
  const prev = text[i - 1];
  const nextIndex = nextNonSpace(text, i + 1);
  const next = text[nextIndex];
  let flag: boolean;
  switch (ch) {
    case ',':
    case ':':
    case ';':
      // 1,000 and 10:30 are numbers; otherwise Chinese on either side makes it a Chinese mark.
      flag = !(isAsciiDigit(prev) && isAsciiDigit(next)) && (isChineseContext(prev) || isChineseContext(next));
      break;
    case '?':
    case '!':
      flag = isChineseContext(prev) || isChineseContext(next);
      break;
    case '(':
    case ')':
      flag = pairs.get(i) ?? (isChineseContext(prev) || isChineseContext(next));
      break;
    case '.':
      // A full stop after Chinese text at the end of a sentence; never inside numbers (X.X, 1.2).
      flag = isHan(prev) && (next === undefined || isChineseContext(next));
      break;
    default:
      flag = false;
  }
  if (!flag) return;
  // Take trailing spaces along: "发展, 群众" becomes "发展，群众".
  const end = ch === '(' || ch === ')' ? i + 1 : nextIndex > i + 1 && next !== undefined ? nextIndex : i + 1;
  const replacement = ch === '.' ? '。' : FULL_WIDTH_OF[ch]!;
  push(scan, 'punctuation/half-width', i, end, `中文语境中应使用全角${NAME_OF[ch]}“${replacement}”`, replacement);
}

/**
 * Decides half-width parentheses as pairs, so both halves get the same verdict: a pair around Chinese
 * text, or standing next to it, is Chinese; "(Application Programming Interface)" after "API" is not.
 */
function parenthesisPairs(text: string): Map<number, boolean> {
  const verdict = new Map<number, boolean>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.length > 0) {
      const start = open.pop()!;
      const inner = text.slice(start + 1, i);
      let chinese = false;
      for (const c of inner) if (isChineseContext(c)) chinese = true;
      const latinOnly = /^[A-Za-z][A-Za-z .,'&-]*$/.test(inner);
      if (!chinese && !latinOnly) chinese = isChineseContext(text[start - 1]) || isChineseContext(text[i + 1]);
      verdict.set(start, chinese);
      verdict.set(i, chinese);
    }
  }
  return verdict;
}

/** The half-width marks this rule judges; a regex finds them, so pure Chinese text costs one scan. */
const HALF_WIDTH_MARK = /[,;:?!()".]/g;

function halfWidthMarks(scan: Scan): void {
  const { text } = scan;
  let pairs: Map<number, boolean> | null = null;
  let quotes = 0;
  for (const m of text.matchAll(HALF_WIDTH_MARK)) {
    const i = m.index;
    const ch = m[0];
    if (insideAny(scan.skip, i)) continue;
    if (ch === '"') {
      // Half-width quotes alternate open/close; the suggestion follows that order.
      quotes++;
      if (isChineseContext(text[i - 1]) || isChineseContext(text[i + 1])) {
        const replacement = quotes % 2 === 1 ? '“' : '”';
        push(scan, 'punctuation/half-width', i, i + 1, `中文语境中应使用全角引号“${replacement}”`, replacement);
      }
      continue;
    }
    if ((ch === '(' || ch === ')') && pairs === null) pairs = parenthesisPairs(text);
    checkHalfWidthMark(scan, i, pairs ?? NO_PAIRS);
  }
}

const NO_PAIRS: ReadonlyMap<number, boolean> = new Map();

function fullWidthAlphanumerics(scan: Scan): void {
  for (const m of scan.text.matchAll(FULL_WIDTH_RUN)) {
    if (insideAny(scan.skip, m.index)) continue;
    // ＸＸ is a redaction: the placeholder check reports it, converting it would not help.
    if (/^[Ｘｘ]+$/.test(m[0])) continue;
    const digits = [...m[0]].every((c) => isFullWidthDigit(c) || c === '．');
    const letters = [...m[0]].every((c) => isFullWidthLetter(c));
    const kind = digits ? '数字' : letters ? '字母' : '数字和字母';
    const replacement = toHalfWidth(m[0]);
    push(scan, 'punctuation/full-width-alphanumeric', m.index, m.index + m[0].length, `${kind}应使用半角：“${replacement}”`, replacement);
  }
}

function fullWidthDecimalPoints(scan: Scan): void {
  if (!scan.text.includes('．')) return;
  for (const m of scan.text.matchAll(FULL_WIDTH_POINT_NUMBER)) {
    if (insideAny(scan.skip, m.index)) continue;
    // "1．12亿元" at the paragraph start is a number (the marker parser refuses it), so it is checked;
    // "1．强化……" is a heading marker and lies in the skipped marker region.
    const replacement = m[0].replace(/．/g, '.');
    push(scan, 'punctuation/full-width-point', m.index, m.index + m[0].length, `小数点应使用半角“.”：“${replacement}”`, replacement);
  }
}

function doubledMarks(scan: Scan): void {
  for (const m of scan.text.matchAll(DOUBLED)) {
    if (insideAny(scan.skip, m.index)) continue;
    const run = m[0];
    const same = [...run].every((c) => c === run[0]);
    push(
      scan,
      'punctuation/doubled',
      m.index,
      m.index + run.length,
      same ? `标点重复：“${run}”` : `标点连用：“${run}”，请保留一个`,
      same ? run[0] : undefined,
    );
  }
}

/**
 * An own-line heading does not end with ， ； 、 (a warning) and rarely with ： (a style note); whether
 * it ends with 。 is house style, decided by the document pass (heading-stops.ts). A run-in heading
 * ends with 。 before its text.
 */
function headingEnd(scan: Scan, paragraph: DocParagraph): void {
  if (!isHeadingRole(paragraph.role)) return;
  const { text } = scan;
  const trimmed = text.trimEnd();
  const m = HEADING_END.exec(trimmed);
  if (!m) return;
  // A 。 before the end means a run-in heading with its text after it (the common case, decided
  // without splitting).
  const firstStop = trimmed.indexOf('。');
  if (firstStop >= 0 && firstStop < m.index) return;
  // What follows the heading part must be no more than its closing marks ("一、总体要求。。").
  if (!/^[。；;，,、：:\s]*$/.test(splitRunInHeading(text).rest)) return;
  // A bare marker ("一、" just typed) ends with its own punctuation.
  if (insideAny(scan.skip, m.index)) return;
  // 。 alone is house style, judged against the document's other headings (heading-stops.ts).
  if (/^。+$/.test(m[0])) return;
  if (/^[：:]$/.test(m[0])) {
    push(scan, 'punctuation/heading-colon', m.index, trimmed.length, '单独成行的标题末尾一般不加冒号', '');
  } else {
    push(scan, 'punctuation/heading-end', m.index, trimmed.length, `单独成行的标题末尾不用逗号、分号、顿号：“${m[0]}”应删除`, '');
  }
  // The marks are deleted whole: no second finding asks to turn them full-width or single.
  scan.skip.push({ start: m.index, end: trimmed.length });
}

function skipRegions(text: string): Span[] {
  const skip = addressSpans(text);
  const marker = parseNumbering(text);
  if (marker) skip.push({ start: marker.offset, end: marker.offset + marker.marker.length });
  return skip;
}

export function checkPunctuation(paragraph: DocParagraph): ParagraphFinding[] {
  const text = paragraph.text;
  const scan: Scan = { text, skip: skipRegions(text), out: [] };
  headingEnd(scan, paragraph);
  halfWidthMarks(scan);
  fullWidthAlphanumerics(scan);
  fullWidthDecimalPoints(scan);
  doubledMarks(scan);
  return scan.out.sort((a, b) => a.start - b.start);
}

