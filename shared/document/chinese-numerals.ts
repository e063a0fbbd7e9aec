/**
 * Chinese numerals as heading markers use them: 一 … 十, 十一 … 十九, 二十 … 九十九. Markers never go
 * past that (a report with a hundred 一、 headings does not exist), so neither does this module.
 */

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const DIGIT_VALUE: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export const MAX_MARKER_VALUE = 99;

/** A regex source matching one Chinese numeral as markers write it; check the value with parseChineseNumeral. */
export const CHINESE_NUMERAL_SOURCE = '[一二三四五六七八九十]{1,3}';

/** 1..99 → 一 … 九十九. */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > MAX_MARKER_VALUE) {
    throw new RangeError(`编号超出范围（1–${MAX_MARKER_VALUE}）：${value}`);
  }
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  if (tens === 0) return DIGITS[ones]!;
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}

/**
 * The value of a well-formed numeral, or null: "十一" → 11, "二十三" → 23, but "一十", "十十", "二二"
 * are not numerals a writer means (and must not become heading markers).
 */
export function parseChineseNumeral(text: string): number | null {
  const match = /^(?:([二三四五六七八九])?(十)([一二三四五六七八九])?|([一二三四五六七八九]))$/.exec(text);
  if (!match) return null;
  if (match[4]) return DIGIT_VALUE[match[4]]!;
  const tens = match[1] ? DIGIT_VALUE[match[1]]! : 1;
  const ones = match[3] ? DIGIT_VALUE[match[3]]! : 0;
  return tens * 10 + ones;
}
