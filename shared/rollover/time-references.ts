/**
 * 年份与时效清单: every time reference in last year's report, each with what to do with it when the
 * report becomes this year's, and why. Nothing here changes text; `apply.ts` does, on the writer's
 * decisions.
 *
 * Why not a global replace of 2020 with 2026: a period (（2020—2024年）) and a document cited by name
 * (《X市2020年……任务安排》) must keep their years, the year before the report's (2019年度检查) moves
 * with it, and phrases such as 今年以来 stay right only if the facts after them are this year's.
 */
import type { DocParagraph } from '../document/roles';

export const TIME_REFERENCE_KINDS = [
  'own-year',
  'prior-year',
  'next-year',
  'period',
  'cited',
  'historical',
  'relative',
] as const;

export type TimeReferenceKind = (typeof TIME_REFERENCE_KINDS)[number];

export const TIME_REFERENCE_KIND_LABELS: Readonly<Record<TimeReferenceKind, string>> = {
  'own-year': '报告年份',
  'prior-year': '上一年份',
  'next-year': '下一年份',
  period: '时间段',
  cited: '文件名称中的年份',
  historical: '历史年份',
  relative: '相对时间说法',
};

/** replace: the proposal changes the text; keep: it stays as it is; review: the writer must read it. */
export type ProposedAction = 'replace' | 'keep' | 'review';

export interface TimeReference {
  /** Stable within one scan: paragraph:start. */
  id: string;
  paragraph: number;
  start: number;
  end: number;
  /** paragraphs[paragraph].text.slice(start, end). */
  text: string;
  kind: TimeReferenceKind;
  action: ProposedAction;
  /** The proposed text when action is replace. */
  replacement?: string;
  /** Why, in Chinese, as the checklist shows it. */
  reason: string;
}

export interface RolloverYears {
  /** The year last year's report speaks from. */
  from: number;
  /** The year of the new report. */
  to: number;
}

// ---------------------------------------------------------------------------------------------
// Spans whose years never move: cited titles and periods.

/** 《……》 with nested 〈……〉: the name of a document, a year in it is part of the name. */
function citedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '《') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === '》' && depth > 0) {
      depth--;
      if (depth === 0) spans.push([open, i + 1]);
    }
  }
  return spans;
}

const YEAR_DIGITS = '(?:19|20)[0-9]{2}|[１２][０-９]{3}';
const CHINESE_YEAR_DIGITS = '[〇○零一二三四五六七八九]{4}';
/** 2021—2025年, 2020年—2024年, 2000至2002年, 2019-2023年度. */
const PERIOD = new RegExp(`(?:${YEAR_DIGITS})\\s*年?\\s*(?:[—–\\-~～]{1,2}|至|到)\\s*(?:${YEAR_DIGITS})\\s*年(?:度)?`, 'g');
/** A single year: 2020年, 2020年度, ２０２０年, 二〇二〇年. Not inside a longer number. */
const YEAR = new RegExp(`(?<![0-9０-９])(${YEAR_DIGITS})(?![0-9０-９])\\s*年|(?<![〇○零一二三四五六七八九十])(${CHINESE_YEAR_DIGITS})年`, 'g');
/** A year written without 年 inside a name: “2020活力X”嘉年华, 志愿服务2020行动. */
const BARE_YEAR = /(?<![0-9０-９.．])((?:19|20)[0-9]{2})(?![0-9０-９.．%％‰年万亿千百余多个项件次户人名家元])/g;
/** Phrases whose meaning moves with the report's year: what follows them must be this year's facts. */
/** 去年 but not 过去年份; 来年 but not 近来年份 … kept to the phrases themselves. */
const RELATIVE = /今年以来|今年上半年|今年|本年度|年初以来|去年同期|(?<!过)去年|上年度|上年同期|(?<![以向])上年|上一年度|明年|(?<![近以后])来年/g;

const CHINESE_DIGIT_VALUES: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_DIGITS = '〇一二三四五六七八九';

function yearValue(digits: string): number | null {
  if (/^[0-9]{4}$/.test(digits)) return Number(digits);
  if (/^[０-９]{4}$/.test(digits)) return Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  let value = 0;
  for (const ch of digits) {
    const d = CHINESE_DIGIT_VALUES[ch];
    if (d === undefined) return null;
    value = value * 10 + d;
  }
  return value >= 1900 && value <= 2199 ? value : null;
}

/** `year` written the way `like` is: 2026, ２０２６, 二〇二六 (○ kept if the original used it). */
export function writeYearLike(like: string, year: number): string {
  const plain = String(year);
  if (/^[0-9]{4}$/.test(like)) return plain;
  if (/^[０-９]{4}$/.test(like)) return plain.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  const zero = like.includes('○') ? '○' : like.includes('零') ? '零' : '〇';
  return [...plain].map((d) => (d === '0' ? zero : CHINESE_DIGITS[Number(d)]!)).join('');
}

const CITED_REASON = '书名号内是文件名称，其中的年份不能改';

const inside = (spans: ReadonlyArray<[number, number]>, start: number, end: number) =>
  spans.some(([s, e]) => start >= s && end <= e);

const RELATIVE_REASONS: Readonly<Record<string, string>> = {
  今年以来: '“今年以来”之后写的是去年的情况，请改为今年的事实和数据',
  今年上半年: '“今年上半年”之后写的是去年的情况，请改为今年的事实和数据',
  今年: '“今年”在新报告中指新的年份，请核对所述事实',
  本年度: '“本年度”在新报告中指新的年份，请核对所述事实',
  年初以来: '“年初以来”之后写的是去年的情况，请改为今年的事实和数据',
};

function relativeReason(phrase: string): string {
  return RELATIVE_REASONS[phrase] ?? `“${phrase}”的所指随报告年份改变，请核对其后的比较和数据`;
}

function yearReference(
  text: string,
  paragraph: number,
  start: number,
  end: number,
  digits: string,
  years: RolloverYears,
): TimeReference | null {
  const value = yearValue(digits);
  if (value === null) return null;
  const base = { id: `${paragraph}:${start}`, paragraph, start, end, text: text.slice(start, end) };
  const after = text.slice(end, end + 4);
  const isDate = /^\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月/.test(after);
  const since = /^(?:以来|来)/.test(after);
  const offset = value - years.from;
  const kind: TimeReferenceKind | null = offset === 0 ? 'own-year' : offset === -1 ? 'prior-year' : offset === 1 ? 'next-year' : null;
  if (kind === null) {
    return { ...base, kind: 'historical', action: 'keep', reason: `${value}年是历史年份，不随报告年份改变` };
  }
  const target = years.to + offset;
  const replacement = base.text.replace(digits, writeYearLike(digits, target));
  const which = offset === 0 ? '原报告的年份' : offset === -1 ? '原报告年份的上一年' : '原报告年份的下一年';
  let reason = `${value}年是${which}，改为${target}年`;
  if (isDate) reason += '；月、日请按实际核对';
  else if (since) reason += '；起算年份请核对';
  return { ...base, kind, action: 'replace', replacement, reason };
}

/** A reference that stays as it is. */
function kept(paragraph: number, start: number, text: string, kind: TimeReferenceKind, reason: string): TimeReference {
  return { id: `${paragraph}:${start}`, paragraph, start, end: start + text.length, text, kind, action: 'keep', reason };
}

/** The time references of one paragraph, in text order. */
export function paragraphTimeReferences(text: string, paragraph: number, years: RolloverYears): TimeReference[] {
  const out: TimeReference[] = [];
  if (!/[0-9０-９年]/.test(text)) return out;
  const cited = citedSpans(text);
  const periods: Array<[number, number]> = [];
  for (const m of text.matchAll(PERIOD)) {
    const start = m.index;
    const end = start + m[0].length;
    periods.push([start, end]);
    out.push(
      inside(cited, start, end)
        ? kept(paragraph, start, m[0], 'cited', CITED_REASON)
        : kept(paragraph, start, m[0], 'period', '时间段（规划期、实施期）不随报告年份改变'),
    );
  }
  for (const m of text.matchAll(YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inside(periods, start, end)) continue;
    if (inside(cited, start, end)) {
      out.push(kept(paragraph, start, m[0], 'cited', CITED_REASON));
      continue;
    }
    const reference = yearReference(text, paragraph, start, end, m[1] ?? m[2]!, years);
    if (reference) out.push(reference);
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inside(periods, start, end) || inside(cited, start, end)) continue;
    const reference = yearReference(text, paragraph, start, end, m[1]!, years);
    // Only a name of the report's own year or its neighbours: 2008 in a name is history either way.
    if (reference && reference.kind !== 'historical') {
      out.push({ ...reference, reason: `${reference.reason}（名称中的年份：如今年不再举办，请删改这句）` });
    }
  }
  for (const m of text.matchAll(RELATIVE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inside(cited, start, end)) continue;
    out.push({ id: `${paragraph}:${start}`, paragraph, start, end, text: m[0], kind: 'relative', action: 'review', reason: relativeReason(m[0]) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Every time reference of the report, in document order. */
export function findTimeReferences(paragraphs: readonly DocParagraph[], years: RolloverYears): TimeReference[] {
  const out: TimeReference[] = [];
  paragraphs.forEach((p, i) => {
    for (const r of paragraphTimeReferences(p.text, i, years)) out.push(r);
  });
  return out;
}

