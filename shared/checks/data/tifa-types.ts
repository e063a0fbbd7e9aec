/**
 * The shape of a 提法 (wording) entry: what a wording is, since when and until when it is right, what
 * replaced it and where that is decided. The built-in table (tifa.ts) and an office's own entries
 * (<dataDir>/tifa.json, validated by tifa-schema.ts) share it.
 */

export const TIFA_KINDS = ['会议', '规划', '主题教育', '工作提法', '纪念日'] as const;
export type TifaKind = (typeof TIFA_KINDS)[number];

/** A year, or a year and month when the change fell inside a year (乙类乙管 from 2023-01-08). */
export type TifaDate = number | { year: number; month: number };

export interface TifaSource {
  /** The official document or meeting, as titled. */
  title: string;
  issuer: string;
  /** 'YYYY-MM-DD'; 'YYYY-MM' where only the month is certain. */
  date: string;
  /** Only where a stored copy of an official page was found; never guessed. */
  url?: string;
}

/**
 * Matching done by stale.ts with the calendar (data/calendar.ts) rather than by the table's own
 * pattern: plenums and congresses (their dates per committee), anniversary counts. The table still
 * records the wording, its validity and its source; a test holds the two to the same dates.
 */
export type TifaDelegate = 'stale/past-committee' | 'stale/past-congress' | 'stale/anniversary';

export interface TifaEntry {
  /** The literal wording, as a writer would type it. */
  wording: string;
  /** A regular expression source (no flags) matching the wording and its variants; the literal
   *  wording when absent. Guards belong in it (lookbehind/lookahead), so one pattern says everything. */
  pattern?: string;
  kind: TifaKind;
  validFrom: TifaDate;
  /** Absent while the wording is current. The document year must be after this year to report it. */
  validUntil?: TifaDate;
  /** What replaced it, in Chinese. */
  replacement?: string;
  /** What to do, in Chinese, where nothing replaced it one for one. */
  action?: string;
  /** A direct substitute for the matched text, offered as the fix. Only where it fits every match. */
  suggestion?: string;
  /** warning: clearly stale when it speaks of the present; info: a weak hint. Default warning. */
  severity?: 'warning' | 'info';
  delegate?: TifaDelegate;
  source: TifaSource;
  /** Why the pattern is shaped as it is. */
  note?: string;
}

export function tifaYear(d: TifaDate): number {
  return typeof d === 'number' ? d : d.year;
}

/** 2023年1月 / 2020年. */
/** 依据：title，issuer，date — how a finding names where its rule is decided. */
export function sourceCitation(source: Pick<TifaSource, 'title' | 'issuer' | 'date'>): string {
  return `依据：${source.title}，${source.issuer}，${source.date}`;
}

export function tifaDateText(d: TifaDate): string {
  return typeof d === 'number' ? `${d}年` : `${d.year}年${d.month}月`;
}
