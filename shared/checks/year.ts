/**
 * The year a document speaks from, for the stale-wording rules: the year in its title ("区2020年工作
 * 要点", "关于2025年工作总结和2026年工作安排的报告" → 2026), else the year of its 发文字号 (国发〔2004〕18号),
 * else the year of its date line
 * (2020年12月30日, 二〇二〇年十二月三十日). null when neither says.
 */
import { isDateLine, isDocNumberLine } from '../document/line-shapes';
import type { DocParagraph } from '../document/roles';

const DIGIT: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, 零: 0, O: 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

const ARABIC_YEAR = /(?<![0-9０-９])((?:19|20)[0-9]{2}|[１２][０-９]{3})\s*年/g;
const CHINESE_YEAR = /([〇○零OＯ一二三四五六七八九]{4})\s*年/g;
/** 2021—2025年, 2021-2025年: a plan's period speaks from its first year. */
const YEAR_RANGE = /((?:19|20)[0-9]{2})\s*(?:年)?\s*[—–\-~～至到]+\s*(?:19|20)[0-9]{2}\s*年/;

function toNumber(digits: string): number {
  return Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

function chineseYear(text: string): number | null {
  let value = 0;
  for (const ch of text) {
    const d = DIGIT[ch];
    if (d === undefined) return null;
    value = value * 10 + d;
  }
  return value >= 1900 && value <= 2199 ? value : null;
}

/** Every year a text names, Arabic or Chinese numerals. */
export function yearsIn(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(ARABIC_YEAR)) years.push(toNumber(m[1]!));
  for (const m of text.matchAll(CHINESE_YEAR)) {
    const y = chineseYear(m[1]!);
    if (y !== null) years.push(y);
  }
  return years;
}

/** The year a title speaks from: the start of a period, else the latest year it names. */
export function titleYear(title: string): number | null {
  const range = YEAR_RANGE.exec(title);
  if (range) return Number(range[1]);
  const years = yearsIn(title);
  return years.length > 0 ? Math.max(...years) : null;
}

/** The year in a 发文字号: 〔2004〕, also in the wrong brackets. */
const DOC_NUMBER_YEAR = /[〔[【(（［]\s*((?:19|20)[0-9]{2})\s*[〕\]】)）］]/;

/** The title block is within the first few paragraphs (a 发文字号 line or a blank may precede it). */
const HEAD_PARAGRAPHS = 6;

/** The year a 发文字号 line names (国办发〔2018〕128号 → 2018), or null. */
export function yearOfDocNumber(text: string): number | null {
  const year = DOC_NUMBER_YEAR.exec(text);
  return year ? Number(year[1]) : null;
}

/** The year of the 发文字号 (国发〔2004〕18号) above or under the title: the year the document was issued. */
export function docNumberYear(paragraphs: readonly DocParagraph[]): number | null {
  for (let i = 0; i < paragraphs.length && i < HEAD_PARAGRAPHS; i++) {
    const p = paragraphs[i]!;
    if (p.role !== 'docNumber' && !(p.role === 'body' && isDocNumberLine(p.text.trim()))) continue;
    const year = yearOfDocNumber(p.text);
    if (year !== null) return year;
  }
  return null;
}

export function detectDocumentYear(paragraphs: readonly DocParagraph[]): number | null {
  // The title block at the top: an appended document's title further down does not date this one.
  let titleText = '';
  const head: DocParagraph[] = [];
  for (let i = 0; i < paragraphs.length && i < HEAD_PARAGRAPHS; i++) {
    const p = paragraphs[i]!;
    if (p.role === 'title') titleText += p.text;
    else if (p.role === 'subtitle') head.push(p);
    else if (titleText !== '' && p.text.trim() !== '') break;
  }
  const fromTitle = titleYear(titleText);
  if (fromTitle !== null) return fromTitle;

  const fromDocNumber = docNumberYear(paragraphs);
  if (fromDocNumber !== null) return fromDocNumber;

  // The date line: a date alone under the title (subtitle "（2026年4月8日）"), the paragraph marked
  // 成文日期, or a date alone as the last line.
  const candidates = head;
  for (const p of paragraphs) if (p.role === 'date') candidates.push(p);
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    if (paragraphs[i]!.text.trim() === '') continue;
    candidates.push(paragraphs[i]!);
    break;
  }
  for (const p of candidates) {
    const text = p.text.trim();
    if (!isDateLine(text)) continue;
    const years = yearsIn(text);
    if (years.length > 0) return years[0]!;
  }
  return null;
}
