/**
 * The per-paragraph rules a house style (单位规范, house-style.ts) turns on. Each reports a style note
 * (info): the form is not wrong, the office has chosen the other one.
 *
 * - quoted-list comma (GB/T 15834 4.5.3.5): between quoted or titled items that follow each other
 *   directly, “六稳”“六保” (no 顿号, the standard's usual form) or “六稳”、“六保” (kept);
 * - the third-level point: "1." (GB/T 9704 7.3.3 as printed) or "1．";
 * - corner quotes 「」『』 where the office uses “” ‘’ (GB/T 15834 4.8: 横排文稿用“”‘’).
 */
import { parseNumbering } from '../document/numbering';
import type { DocParagraph } from '../document/roles';
import { paragraphFinding, type ParagraphFinding } from './finding';
import type { HouseStyle } from './house-style';

/** A 顿号 directly between two quoted or titled items: ”、“ or 》、《. */
const COMMA_BETWEEN = /[”》]、[“《]/g;
/** Two quoted or titled items with nothing between them. */
const ADJACENT = /”“|》《/g;
const CORNER: Readonly<Record<string, string>> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

function quotedListComma(text: string, style: HouseStyle, out: ParagraphFinding[]): void {
  if (style.quotedListComma === 'omit') {
    if (!text.includes('、')) return;
    for (const m of text.matchAll(COMMA_BETWEEN)) {
      const at = m.index + 1;
      out.push(
        paragraphFinding(text, {
          category: 'punctuation',
          rule: 'punctuation/quoted-list-comma',
          start: at,
          end: at + 1,
          message: `单位规范（${style.name}）：并列的引号或书名号之间不加顿号`,
          suggestion: '',
        }),
      );
    }
  } else if (style.quotedListComma === 'keep') {
    for (const m of text.matchAll(ADJACENT)) {
      out.push(
        paragraphFinding(text, {
          category: 'punctuation',
          rule: 'punctuation/quoted-list-comma',
          start: m.index,
          end: m.index + 2,
          message: `单位规范（${style.name}）：并列的引号或书名号之间加顿号`,
          suggestion: `${m[0][0]}、${m[0][1]}`,
        }),
      );
    }
  }
}

function level3Point(text: string, style: HouseStyle, out: ParagraphFinding[]): void {
  if (style.level3Point === 'either') return;
  const marker = parseNumbering(text);
  if (!marker || marker.level !== 3 || marker.form !== 'canonical') return;
  const want = style.level3Point === 'half' ? '.' : '．';
  const point = marker.marker.slice(-1);
  if (point === want) return;
  const right = marker.marker.slice(0, -1) + want;
  out.push(
    paragraphFinding(text, {
      category: 'punctuation',
      rule: 'punctuation/level3-point',
      start: marker.offset,
      end: marker.offset + marker.marker.length,
      message: `单位规范（${style.name}）：第三层序数写作“${right}”`,
      suggestion: right,
    }),
  );
}

function cornerQuotes(text: string, style: HouseStyle, out: ParagraphFinding[]): void {
  if (style.quotes !== 'curly' || !/[「」『』]/.test(text)) return;
  for (let i = 0; i < text.length; i++) {
    const right = CORNER[text[i]!];
    if (right === undefined) continue;
    out.push(
      paragraphFinding(text, {
        category: 'punctuation',
        rule: 'punctuation/corner-quotes',
        start: i,
        end: i + 1,
        message: `单位规范（${style.name}）：引号用“”‘’`,
        suggestion: right,
      }),
    );
  }
}

export function checkHouseStyle(paragraph: DocParagraph, style: HouseStyle): ParagraphFinding[] {
  const out: ParagraphFinding[] = [];
  const text = paragraph.text;
  quotedListComma(text, style, out);
  level3Point(text, style, out);
  cornerQuotes(text, style, out);
  return out.sort((a, b) => a.start - b.start);
}
