/**
 * Character classes the rules share. Code-unit comparisons rather than Unicode regexes: the checker
 * runs on every keystroke and looks at most characters of a 50,000-character report several times.
 * Only BMP characters matter for these decisions; a surrogate half is simply "not Han" here.
 */

/** A Han ideograph (CJK Unified Ideographs, Extension A, compatibility ideographs). */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * Text that makes a neighbouring mark "Chinese context": Han, Chinese punctuation (、。《》〔〕「」),
 * full-width forms (，：（）) and the quotes and dashes Chinese text uses (“”‘’—…).
 */
export function isChineseContext(ch: string | undefined): boolean {
  if (!ch) return false;
  if (isHan(ch)) return true;
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff60) ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026
  );
}

export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

export function isFullWidthDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '０' && ch <= '９';
}

export function isFullWidthLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'Ａ' && ch <= 'Ｚ') || (ch >= 'ａ' && ch <= 'ｚ'));
}

/** Latin letter in either width. */
export function isLatinLetter(ch: string | undefined): boolean {
  return isAsciiLetter(ch) || isFullWidthLetter(ch);
}

/** Full-width ASCII variant → its ASCII character (０ → 0, Ａ → A, ． → .). */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export function isInlineSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0';
}

/** Spaces and line breaks (a soft line break inside a paragraph arrives as \n). */
export function isSpaceOrBreak(ch: string | undefined): boolean {
  return isInlineSpace(ch) || ch === '\n' || ch === '\r';
}

export interface Span {
  start: number;
  end: number;
}

// Web addresses and e-mail addresses keep their own punctuation (?, :, full stops, brackets).
const ADDRESS = /(?:https?:\/\/|ftp:\/\/|www\.)[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Where URLs and e-mail addresses are: the punctuation rules leave them alone. */
export function addressSpans(text: string): Span[] {
  if (!/[:@]|www\./.test(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(ADDRESS)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

export function insideAny(spans: readonly Span[], index: number): boolean {
  for (const s of spans) if (index >= s.start && index < s.end) return true;
  return false;
}
