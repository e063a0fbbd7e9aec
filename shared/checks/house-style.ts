/**
 * House style (单位规范): the conventions real offices decide differently, which no standard settles
 * for every document. Published documents end sentence-style headings with 。 (（一）指导思想。) or do
 * not; write the third-level point as "1." (GB/T 9704 7.3.3) or "1．"; put a 顿号 between quoted items
 * (“六稳”、“六保”) or leave it out (GB/T 15834 4.5.3.5 prefers leaving it out); some use 「」.
 *
 * A profile names a choice for each; the default follows the document itself (its own majority for
 * heading stops) and flags none of the arguable forms. The others turn a choice into info findings.
 */

/** 标题末尾句号: follow the document's own majority per level, never, or always (own-line headings). */
export type HeadingStopStyle = 'consistent' | 'without' | 'with';
/** 第三层序数的点: either, half-width "1." or full-width "1．". */
export type Level3PointStyle = 'either' | 'half' | 'full';
/** 并列引号、书名号之间的顿号: either, left out (“六稳”“六保”) or kept (“六稳”、“六保”). */
export type QuotedListCommaStyle = 'either' | 'omit' | 'keep';
/** 引号: any pair, or only “” ‘’ (「」『』 flagged). */
export type QuoteStyle = 'either' | 'curly';

export interface HouseStyle {
  id: string;
  /** Shown in the style select and named by `gongwen check --style`. */
  name: string;
  description: string;
  headingStop: HeadingStopStyle;
  level3Point: Level3PointStyle;
  quotedListComma: QuotedListCommaStyle;
  quotes: QuoteStyle;
}

export const DEFAULT_HOUSE_STYLE: HouseStyle = {
  id: 'default',
  name: '通用',
  description: '标题末尾句号与本文同级标题一致即可；“1.”“1．”均可；并列引号间顿号可有可无',
  headingStop: 'consistent',
  level3Point: 'either',
  quotedListComma: 'either',
  quotes: 'either',
};

export const HOUSE_STYLES: readonly HouseStyle[] = [
  DEFAULT_HOUSE_STYLE,
  {
    id: 'strict',
    name: '国标从严',
    description: '单独成行的标题末尾不加句号；第三层用“1.”；并列引号、书名号之间不加顿号；引号用“”',
    headingStop: 'without',
    level3Point: 'half',
    quotedListComma: 'omit',
    quotes: 'curly',
  },
  {
    id: 'sentence-headings',
    name: '标题带句号',
    description: '单独成行的标题以句号结尾（（一）指导思想。）；第三层用“1．”；并列引号之间加顿号',
    headingStop: 'with',
    level3Point: 'full',
    quotedListComma: 'keep',
    quotes: 'curly',
  },
];

export function isHouseStyleId(value: unknown): value is string {
  return typeof value === 'string' && HOUSE_STYLES.some((s) => s.id === value);
}

/** A style by id or by its Chinese name; null when there is none. */
export function findHouseStyle(nameOrId: string): HouseStyle | null {
  const key = nameOrId.trim();
  return HOUSE_STYLES.find((s) => s.id === key || s.name === key) ?? null;
}
