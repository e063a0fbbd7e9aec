/**
 * Placeholders left in the text: redaction marks (X, XX, XXX, also inside numbers and names: 7X周年,
 * X7栋, X.X亿元, X区), ××, ○○, □□, ＊＊, 【待补充】 fill-in marks, 【简述……】 template guidance, ＿＿ blanks,
 * {{单位名称}} template fields, and broken field braces ({{ never closed, }} never opened: field-syntax.ts).
 * A letter X that belongs to a word (X射线, X光, X型, Latin words such as XML or
 * "iPhone X") or to a formula ("1+X"证书, "1+N+X"体系) is not one.
 */
import { scanBrackets } from '../document/guidance';
import { checkFieldSyntax } from './field-syntax';
import { paragraphFinding, type ParagraphFinding } from './finding';
import { isAsciiDigit, isChineseContext, isFullWidthDigit, isLatinLetter } from './text-classes';

/** Chinese words in which X is the letter itself, not a redaction. */
const X_WORDS = ['射线', '光', '型', '轴', '线', '染色体', '刀', '波段', '战警', '档案'] as const;

const BLANK = /_{2,}|＿{2,}/g;
const TEMPLATE_FIELD = /\{\{[^{}\n]{0,40}\}\}|｛｛[^｛｝\n]{0,40}｝｝/g;
// Empty brackets left for a figure: "截至（  ）月", "完成（）项".
const EMPTY_BRACKETS = /（[ \u3000]*）|\([ \u3000]*\)/g;
// Runs of marks writers use for "to be filled": two or more (a single × is a multiplication sign).
const MARK_RUN = /×{2,}|[○◯]{2,}|□{2,}|\*{2,}|＊{2,}/g;
const CHINESE_NUMERAL = /[〇○零一二三四五六七八九十]/;

const isX = (ch: string | undefined) => ch === 'X' || ch === 'Ｘ';
const isSmallX = (ch: string | undefined) => ch === 'x' || ch === 'ｘ';
const isDigit = (ch: string | undefined) => isAsciiDigit(ch) || isFullWidthDigit(ch);
const isPoint = (ch: string | undefined) => ch === '.' || ch === '．';
const isTokenChar = (ch: string | undefined) => isX(ch) || isDigit(ch);

/** The run of X at [start, end) is (part of) a Latin word or a Chinese word with the letter X. */
function isRealLetter(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (isLatinLetter(before) || isLatinLetter(after) || isSmallX(before) || isSmallX(after)) return true;
  // "iPhone X", "Windows X", "X Window", "X-ray".
  if (before === ' ' && isLatinLetter(text[start - 2])) return true;
  if ((after === ' ' || after === '-') && isLatinLetter(text[end + 1])) return true;
  // "1+X证书", "1+N+X政策体系": X is the open-ended term of a formula, not a redaction.
  if (before === '+' || before === '＋' || after === '+' || after === '＋') return true;
  if (end - start === 1) {
    for (const word of X_WORDS) if (text.startsWith(word, end)) return true;
  }
  return false;
}

/** Grows a redaction run over the number it sits in: 7X, X7, X.X, 1.X. */
function numberToken(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  for (;;) {
    if (isTokenChar(text[s - 1])) s--;
    else if (isPoint(text[s - 1]) && isTokenChar(text[s - 2])) s -= 2;
    else break;
  }
  for (;;) {
    if (isTokenChar(text[e])) e++;
    else if (isPoint(text[e]) && isTokenChar(text[e + 1])) e += 2;
    else break;
  }
  return [s, e];
}

const X_RUN = /[XＸ]+|[xｘ]+/g;

function redactions(text: string, out: ParagraphFinding[]): void {
  let resumeAt = 0;
  for (const m of text.matchAll(X_RUN)) {
    const i = m.index;
    const end = i + m[0].length;
    if (i < resumeAt) continue; // inside a number token already reported (X.X)
    let s = i;
    let e = end;
    if (isX(m[0][0])) {
      if (isRealLetter(text, i, end)) continue;
      [s, e] = numberToken(text, i, end);
    } else {
      // Lower-case x stands for a name only between Chinese text ("xx区", "x月x日"); next to digits or
      // letters it is a multiplication sign or part of a word (3x3, x86, box).
      const before = text[i - 1];
      const after = text[end];
      const free = (c: string | undefined) => c === undefined || isChineseContext(c);
      if (!free(before) || !free(after) || (!isChineseContext(before) && !isChineseContext(after))) continue;
    }
    out.push(
      paragraphFinding(text, {
        category: 'placeholder',
        rule: 'placeholder/redaction',
        start: s,
        end: e,
        message: `占位符未替换：“${text.slice(s, e)}”是待填写的名称或数字`,
      }),
    );
    resumeAt = e;
  }
}

function marks(text: string, out: ParagraphFinding[]): void {
  for (const m of text.matchAll(MARK_RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    const first = m[0][0]!;
    // "二○○八年": ○ written for the numeral zero.
    if ((first === '○' || first === '◯') && (CHINESE_NUMERAL.test(text[start - 1] ?? '') || CHINESE_NUMERAL.test(text[end] ?? ''))) continue;
    // "**" next to Latin text is markup or code, not a redaction.
    if ((first === '*' || first === '＊') && !isChineseContext(text[start - 1]) && !isChineseContext(text[end])) continue;
    if (first === '×' && isDigit(text[start - 1]) && isDigit(text[end])) continue;
    out.push(
      paragraphFinding(text, {
        category: 'placeholder',
        rule: 'placeholder/marks',
        start,
        end,
        message: `占位符未替换：“${m[0]}”处应填写实际内容`,
      }),
    );
  }
}

/** 【…】: template guidance (placeholder/guidance) and bare fill-in marks (placeholder/bracket), as
 *  shared/document/guidance.ts classifies them; site ads and 发文字号 years are left alone. */
function brackets(text: string, out: ParagraphFinding[]): void {
  for (const span of scanBrackets(text)) {
    if (span.kind === 'guidance') {
      out.push(
        paragraphFinding(text, {
          category: 'placeholder',
          rule: 'placeholder/guidance',
          start: span.start,
          end: span.end,
          message: `模板提示文字尚未替换：“${abbreviate(span.text)}”，请按提示写出实际内容`,
        }),
      );
    } else if (span.kind === 'fill-in') {
      out.push(
        paragraphFinding(text, {
          category: 'placeholder',
          rule: 'placeholder/bracket',
          start: span.start,
          end: span.end,
          message: `待补充内容未填写：“${span.text}”`,
        }),
      );
    }
  }
}

/** A long prompt shortened for the message: its first characters and the closing bracket. */
function abbreviate(span: string): string {
  return span.length <= 24 ? span : `${span.slice(0, 20)}……】`;
}

function simple(text: string, pattern: RegExp, rule: string, message: string, out: ParagraphFinding[]): void {
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    // "f()" in a formula or code is not a blank left for a figure.
    if (rule === 'placeholder/empty-brackets' && isLatinLetter(text[start - 1])) continue;
    out.push(paragraphFinding(text, { category: 'placeholder', rule, start, end, message }));
  }
}

export function checkPlaceholders(text: string): ParagraphFinding[] {
  const out: ParagraphFinding[] = [];
  redactions(text, out);
  marks(text, out);
  brackets(text, out);
  if (text.includes('_') || text.includes('＿')) simple(text, BLANK, 'placeholder/blank', '填空横线未填写', out);
  if (text.includes('{{') || text.includes('｛｛')) simple(text, TEMPLATE_FIELD, 'placeholder/template', '模板字段未替换', out);
  if (/[{}｛｝]{2}/.test(text)) for (const f of checkFieldSyntax(text)) out.push(f);
  if (text.includes('）') || text.includes(')')) simple(text, EMPTY_BRACKETS, 'placeholder/empty-brackets', '括号内待填内容为空', out);
  return out;
}
