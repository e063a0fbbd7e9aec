/**
 * Format conventions of GB/T 9704-2012 that show in the text: dates without zero padding in Arabic
 * numerals (2026年4月8日), 发文字号 with 六角括号 and no 第 or leading zeros (X府发〔2026〕3号), the
 * 附件说明 form ("附件：1．XXX", no punctuation after names), 抄送 ending with 。, the addressee line
 * ending with "：", and the 成文日期 in Arabic numerals.
 *
 * The per-paragraph rules (checkFormat) look at one paragraph's text and role; the addressee and the
 * closing date depend on where a paragraph stands, so they belong to the document pass
 * (checkDocumentFormat), which only looks at the first and last few paragraphs.
 */
import { isAttachmentLine, isDateLine } from '../document/line-shapes';
import { yearOfDocNumber, yearsIn } from './year';
import type { DocParagraph } from '../document/roles';
import { paragraphFinding, type ParagraphFinding } from './finding';
import { addressSpans, insideAny } from './text-classes';

const CHINESE_DATE_DIGITS: Readonly<Record<string, string>> = {
  '〇': '0', '○': '0', 零: '0', O: '0', Ｏ: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

const DATE = /(?<![0-9])((?:19|20)[0-9]{2})(\s*)年(\s*)([0-9]{1,2})(\s*)月(?:(\s*)([0-9]{1,2})(\s*)日)?/g;
const NUMERIC_DATE = /(?<![0-9.\-/])((?:19|20)[0-9]{2})([.\-/])([0-9]{1,2})\2([0-9]{1,2})(?![0-9.\-/])/g;
// 发文字号: an issuing code (X府发, 国办发, 京政办函) right before the bracketed year.
const DOC_NUMBER = /(?<=[\u4e00-\u9fffXＸ])([〔[【(（［])\s*((?:19|20)[0-9]{2})\s*([〕\]】)）］])\s*(第?)\s*([0-9]+)\s*号/g;
const ATTACHMENT_NUMBER = /^(\s*(?:附\s*件\s*[：:]\s*)?)([0-9]{1,2})\s*([、，,])/;
const ATTACHMENT_END = /[。，；、.;,]+$/;

function push(text: string, out: ParagraphFinding[], rule: string, start: number, end: number, message: string, suggestion?: string): void {
  out.push(paragraphFinding(text, { category: 'format', rule, start, end, message, suggestion }));
}

function dates(text: string, out: ParagraphFinding[]): void {
  if (!text.includes('年')) return;
  for (const m of text.matchAll(DATE)) {
    const month = Number(m[4]);
    const day = m[7] !== undefined ? Number(m[7]) : null;
    if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) continue;
    const padded = m[4]!.startsWith('0') || (m[7]?.startsWith('0') ?? false);
    const spaced = [m[2], m[3], m[5], m[6], m[8]].some((s) => s !== undefined && s !== '');
    if (!padded && !spaced) continue;
    const right = `${m[1]}年${month}月${day !== null ? `${day}日` : ''}`;
    push(text, out, 'format/date', m.index, m.index + m[0].length, `日期写法不规范：月、日不编虚位，应为“${right}”`, right);
  }
}

function numericDates(text: string, out: ParagraphFinding[]): void {
  if (!/[0-9][.\-/][0-9]/.test(text)) return;
  const skip = addressSpans(text);
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || day < 1 || day > 31 || insideAny(skip, m.index)) continue;
    const right = `${m[1]}年${month}月${day}日`;
    push(text, out, 'format/date', m.index, m.index + m[0].length, `公文中日期应写作“${right}”`, right);
  }
}

function docNumbers(text: string, out: ParagraphFinding[]): void {
  if (!text.includes('号')) return;
  for (const m of text.matchAll(DOC_NUMBER)) {
    const [whole, open, year, close, di, digits] = m as unknown as [string, string, string, string, string, string];
    const number = String(Number(digits));
    const right = `〔${year}〕${number}号`;
    if (whole === right) continue;
    const problems: string[] = [];
    if (open !== '〔' || close !== '〕') problems.push('年份应使用六角括号〔〕');
    if (di) problems.push('序号前不加“第”');
    if (digits !== number) problems.push('序号不编虚位');
    if (problems.length === 0) problems.push('字号中不留空格');
    push(text, out, 'format/doc-number', m.index, m.index + whole.length, `发文字号写法不规范：${problems.join('，')}，应为“${right}”`, right);
  }
}

/** 附件说明: "附件：1．XXX" with no punctuation after the names. */
function attachment(paragraph: DocParagraph, out: ParagraphFinding[]): void {
  const text = paragraph.text;
  if (paragraph.role !== 'attachment' && !isAttachmentLine(text.trim())) return;
  const number = ATTACHMENT_NUMBER.exec(text);
  if (number) {
    const start = number[1]!.length;
    const end = number.index + number[0].length;
    const right = `${number[2]}．`;
    push(text, out, 'format/attachment', start, end, `附件序号后应使用“．”或“.”：“${right}”`, right);
  }
  const trimmed = text.trimEnd();
  const end = ATTACHMENT_END.exec(trimmed);
  if (end) push(text, out, 'format/attachment', end.index, trimmed.length, '附件名称后不加标点符号', '');
}

/** 版记: the 抄送 line ends with 。. */
function copyTo(text: string, out: ParagraphFinding[]): void {
  const trimmed = text.trimEnd();
  if (!/^\s*抄\s*送\s*[：:]/.test(trimmed) || trimmed.endsWith('。')) return;
  // Replace a wrong closing mark, or append 。 to the last character.
  const last = trimmed.length - 1;
  const suggestion = /[，；、,;.]$/.test(trimmed) ? '。' : `${trimmed[last]}。`;
  push(text, out, 'format/copy-to', last, trimmed.length, '抄送机关名称后应以句号结尾', suggestion);
}

export function checkFormat(paragraph: DocParagraph): ParagraphFinding[] {
  const out: ParagraphFinding[] = [];
  const text = paragraph.text;
  dates(text, out);
  numericDates(text, out);
  docNumbers(text, out);
  attachment(paragraph, out);
  copyTo(text, out);
  return out.sort((a, b) => a.start - b.start);
}

/** 一 … 三十一 as months and days are written; null for anything else. */
function smallNumber(text: string): number | null {
  const value = (c: string | undefined) => (c ? Number(CHINESE_DATE_DIGITS[c] ?? NaN) : NaN);
  if (!text.includes('十')) return text.length === 1 ? value(text) || null : null;
  const [tens, ones] = text.split('十') as [string, string];
  const result = (tens ? value(tens) : 1) * 10 + (ones ? value(ones) : 0);
  return Number.isNaN(result) ? null : result;
}

/** The Arabic form of a Chinese-numeral date: 二〇二六年四月八日 → 2026年4月8日. */
export function arabicDate(text: string): string | null {
  const m = /^([〇○零OＯ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$/.exec(text);
  if (!m) return null;
  const year = [...m[1]!].map((c) => CHINESE_DATE_DIGITS[c]).join('');
  const month = smallNumber(m[2]!);
  const day = smallNumber(m[3]!);
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}年${month}月${day}日`;
}

export interface DocumentFormatProblem {
  paragraph: number;
  finding: ParagraphFinding;
}

/** Words an addressee line ends with: units (区委、区政府, 各街道办事处) and salutations (同志们). */
const ADDRESSEE_END = /(?:委|办|局|厅|部|府|会|院|处|室|所|站|队|司|组|中心|单位|街道|乡镇|公司|同志们|各位代表|各位委员|同志)$/;
/** The addressee stands within the first few paragraphs, under the title block. */
const HEAD_PARAGRAPHS = 5;

/** The last words of a title: the kind of document (关于……的报告, ……工作要点). */
const DOCUMENT_KIND_END = /(?:报告|通知|意见|决定|方案|要点|总结|计划|规划|讲话|通报|请示|批复|函|纪要|办法|规定|细则|公告|通告|说明)$/;

/**
 * The addressee line, when there is one: marked as such, or the first body line under the title that
 * looks like unit names. Without its colon an addressee directly under a title reads as one more
 * title line, so a last title line that looks like unit names, under a line that ends the title
 * ("……的报告"), counts too.
 */
function addresseeIndex(paragraphs: readonly DocParagraph[]): number {
  let previousTitle = '';
  for (let i = 0, seen = 0; i < paragraphs.length && seen < HEAD_PARAGRAPHS; i++) {
    const p = paragraphs[i]!;
    const text = p.text.trim();
    if (!text) continue;
    seen++;
    const last = i === paragraphs.length - 1;
    if (p.role === 'docNumber') continue;
    if (p.role === 'title' || p.role === 'subtitle') {
      if (p.role === 'title' && DOCUMENT_KIND_END.test(previousTitle) && looksLikeAddressee(text) && !last) return i;
      previousTitle = p.role === 'title' ? text : previousTitle;
      continue;
    }
    if (p.role === 'addressee') return i;
    return p.role === 'body' && looksLikeAddressee(text) && !last ? i : -1;
  }
  return -1;
}

function addresseeProblem(paragraphs: readonly DocParagraph[]): DocumentFormatProblem | null {
  let index = addresseeIndex(paragraphs);
  if (index < 0) return null;
  // A salutation over two lines (尊敬的各位同事、各位来宾， / 女士们，先生们，朋友们：) takes its colon on
  // the last line only.
  while (paragraphs[index + 1]?.role === 'addressee') index++;
  const text = paragraphs[index]!.text;
  const trimmed = text.trimEnd();
  if (/[：:]$/.test(trimmed)) return null; // a half-width colon is the punctuation check's
  const last = trimmed.length - 1;
  const wrongMark = /[，,。；;、.]$/.test(trimmed);
  return {
    paragraph: index,
    finding: paragraphFinding(text, {
      category: 'format',
      rule: 'format/addressee',
      start: last,
      end: trimmed.length,
      message: '主送机关（称谓）后应使用全角冒号“：”',
      suggestion: wrongMark ? '：' : `${trimmed[last]}：`,
    }),
  };
}

/** Short unit names or a salutation; a wrong closing mark ("区委办，") is allowed, it is what gets fixed. */
function looksLikeAddressee(text: string): boolean {
  const bare = text.replace(/[，,。；;、.]$/, '');
  // Unit names set apart by spaces are an issuer line (万载县统计局 国家统计局万载调查队); addressees are
  // separated by 、 and ，.
  return [...bare].length <= 30 && !/[。，；：！？,;:!?]/.test(bare) && !/\S[ \u3000]+\S/.test(bare) && ADDRESSEE_END.test(bare);
}

/** The 成文日期: the paragraph marked date, else a date alone as the last line. */
function dateLineProblem(paragraphs: readonly DocParagraph[]): DocumentFormatProblem | null {
  let index = -1;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (!p.text.trim()) continue;
    if (p.role === 'date' || isDateLine(p.text.trim())) index = i;
    break;
  }
  if (index < 0) return null;
  const text = paragraphs[index]!.text;
  const start = text.length - text.trimStart().length;
  const inner = text.trim().replace(/^[（(]|[）)]$/g, '');
  const right = arabicDate(inner.trim());
  if (right === null) return null;
  const from = text.indexOf(inner.trim(), start);
  return {
    paragraph: index,
    finding: paragraphFinding(text, {
      category: 'format',
      rule: 'format/date-line',
      start: from,
      end: from + inner.trim().length,
      message: `成文日期应使用阿拉伯数字：“${right}”`,
      suggestion: right,
    }),
  };
}

/**
 * The 成文日期 of a document with a 发文字号 falls in the year the number names (GB/T 9704 7.2.4: the
 * 发文字号's year is the year of issue; 7.3.5): 国办发〔2018〕128号 dated 2017年12月29日 has one of the two
 * wrong, most often a date line carried over from last year's file. The first date after the number is
 * the cover document's; an attached or forwarded document's own date may be older and is not compared.
 */
function dateYearProblem(paragraphs: readonly DocParagraph[]): DocumentFormatProblem | null {
  const numberAt = paragraphs.findIndex((p) => p.role === 'docNumber');
  if (numberAt < 0) return null;
  const year = yearOfDocNumber(paragraphs[numberAt]!.text);
  if (year === null) return null;
  const dateAt = paragraphs.findIndex((p, i) => i > numberAt && p.role === 'date');
  if (dateAt < 0) return null;
  const text = paragraphs[dateAt]!.text;
  const dated = yearsIn(text)[0];
  if (dated === undefined || dated === year) return null;
  const at = DATE_YEAR.exec(text);
  if (!at) return null;
  return {
    paragraph: dateAt,
    finding: paragraphFinding(text, {
      category: 'format',
      rule: 'format/date-year',
      start: at.index,
      end: at.index + at[1]!.length,
      message: `成文日期的年份（${dated}年）与发文字号的年份（〔${year}〕）不一致，请核对日期是否沿用了旧稿`,
    }),
  };
}

/** The year of a date line, Arabic or Chinese numerals: where it stands in the text. */
const DATE_YEAR = /((?:19|20)[0-9]{2}|[〇○零OＯ一二三四五六七八九]{4})\s*年/;

export function checkDocumentFormat(paragraphs: readonly DocParagraph[]): DocumentFormatProblem[] {
  const dateYear = dateYearProblem(paragraphs);
  const dateLine = dateLineProblem(paragraphs);
  // One underline per date: a wrong year (warning) outweighs the Chinese numerals (info) around it.
  const keepDateLine = dateLine && !(dateYear && dateYear.paragraph === dateLine.paragraph);
  return [addresseeProblem(paragraphs), keepDateLine ? dateLine : null, dateYear].filter((p): p is DocumentFormatProblem => p !== null);
}
