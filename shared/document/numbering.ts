/**
 * Heading numbering markers at the start of a paragraph: 一、 （一） 1． （1）, and the mis-typed forms
 * writers produce (一. （一）、 (一) 1、 (1)…). A mis-typed marker still tells the heading level; the
 * numbering check flags it and offers canonicalMarker as the fix.
 */
import { CHINESE_NUMERAL_SOURCE, parseChineseNumeral, toChineseNumeral } from './chinese-numerals';
import type { HeadingLevel } from './roles';

export type MarkerForm = 'canonical' | 'wrong';

export interface NumberingMarker {
  level: HeadingLevel;
  /** The marker exactly as written, punctuation included: "一、", "（一）、", "1．", "(1)". */
  marker: string;
  /** 1-based ordinal: 三、 → 3, （十二） → 12. */
  value: number;
  form: MarkerForm;
  /** How the marker should read (equals marker when form is canonical). */
  canonicalMarker: string;
  /** Where the marker starts in the text: leading indentation is skipped. */
  offset: number;
}

/** Level 3 allows both points; anything else has one canonical form. */
export interface MarkerStyle {
  point?: '.' | '．';
}

const OPEN = '[（(]';
const LEVEL2 = new RegExp(`^(${OPEN})(${CHINESE_NUMERAL_SOURCE})(?:([）)])|([.．、]))(、)?`);
const LEVEL4 = new RegExp(`^(${OPEN})([0-9]{1,2}|[０-９]{1,2})(?:([）)])|([.．、])(?![0-9０-９]))(、)?`);
const LEVEL1 = new RegExp(`^(${CHINESE_NUMERAL_SOURCE})([、.．，,])`);
// Digits then a point or 、 — but not another digit: "1．12亿元" and "1、2月份" are numbers, not markers.
// Years never match (at most three digits), and "2020年" has no punctuation anyway.
const LEVEL3 = /^([0-9]{1,3}|[０-９]{1,3})([.．、，,])(?![0-9０-９])/;
// "一、二、三等奖", "一、二季度": a run of numerals, not a heading.
const NUMERAL_LIST_AFTER_LEVEL1 = new RegExp(`^${CHINESE_NUMERAL_SOURCE}(?:[、，,]|季度)`);

export function formatMarker(level: HeadingLevel, value: number, style: MarkerStyle = {}): string {
  switch (level) {
    case 1:
      return `${toChineseNumeral(value)}、`;
    case 2:
      return `（${toChineseNumeral(value)}）`;
    case 3:
      checkArabicValue(value);
      return `${value}${style.point ?? '．'}`;
    case 4:
      checkArabicValue(value);
      return `（${value}）`;
  }
}

/** Arabic-numbered items go past 99: a 通报 lists 130 典型经验做法 as 1.……130.…… */
export const MAX_ARABIC_MARKER_VALUE = 999;

function checkArabicValue(value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > MAX_ARABIC_MARKER_VALUE) {
    throw new RangeError(`编号超出范围（1–${MAX_ARABIC_MARKER_VALUE}）：${value}`);
  }
}

function arabicValue(digits: string): number | null {
  const ascii = digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (ascii.startsWith('0')) return null; // "0." and "01、" are not ordinals a writer numbers headings with
  return Number(ascii);
}

/** The numbering marker at the start of the paragraph, or null (一是…… enumerations are not markers). */
export function parseNumbering(text: string): NumberingMarker | null {
  const offset = /^\s*/.exec(text)![0].length;
  const rest = text.slice(offset);
  const first = rest.charAt(0);
  if (first === '（' || first === '(') return parseParenthesised(rest, offset);
  return parseLevel1(rest, offset) ?? parseLevel3(rest, offset);
}

function make(level: HeadingLevel, marker: string, value: number, canonicalMarker: string, offset: number): NumberingMarker {
  return { level, marker, value, form: marker === canonicalMarker ? 'canonical' : 'wrong', canonicalMarker, offset };
}

function parseParenthesised(rest: string, offset: number): NumberingMarker | null {
  const chinese = LEVEL2.exec(rest);
  if (chinese) {
    const value = parseChineseNumeral(chinese[2]!);
    return value === null ? null : make(2, chinese[0], value, formatMarker(2, value), offset);
  }
  const arabic = LEVEL4.exec(rest);
  if (arabic) {
    const value = arabicValue(arabic[2]!);
    return value === null ? null : make(4, arabic[0], value, formatMarker(4, value), offset);
  }
  return null;
}

function parseLevel1(rest: string, offset: number): NumberingMarker | null {
  const match = LEVEL1.exec(rest);
  if (!match) return null;
  const value = parseChineseNumeral(match[1]!);
  if (value === null || NUMERAL_LIST_AFTER_LEVEL1.test(rest.slice(match[0].length))) return null;
  return make(1, match[0], value, formatMarker(1, value), offset);
}

function parseLevel3(rest: string, offset: number): NumberingMarker | null {
  const match = LEVEL3.exec(rest);
  if (!match) return null;
  const value = arabicValue(match[1]!);
  if (value === null) return null;
  const punctuation = match[2]!;
  // Keep the writer's point when it is one of the two canonical ones; a half-width comma was meant as
  // the half-width point, anything else becomes the full-width point the templates use.
  const point = punctuation === '.' || punctuation === ',' ? '.' : '．';
  return make(3, match[0], value, formatMarker(3, value, { point }), offset);
}
