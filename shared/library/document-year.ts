/**
 * The year a library document speaks from, and how it was found, in this order:
 *   1. title: the year its title names (区2020年工作要点);
 *   2. doc-number: the year of its 发文字号 (国发〔2004〕18号), then
 *      date: the year of its date line (both found by shared/checks/year.ts, the one home of both);
 *   3. file-name: a year in the file name (2021年工作总结.docx);
 *   4. content: the year the body names most often (at least twice);
 *   5. event: the latest dated event the body names (十九届四中全会 → 2019, 新中国成立70周年 → 2019),
 *      a lower bound, said so in the reason.
 * A snippet's year decides its staleness warnings and the "newer wins" rule of near-duplicate merging.
 */
import { ANNIVERSARIES, CENTRAL_COMMITTEES } from '../checks/data/calendar';
import { parseChineseCount } from '../checks/stale';
import { detectDocumentYear, docNumberYear, titleYear, yearsIn } from '../checks/year';
import type { DocParagraph } from '../document/roles';

export type YearSource = 'title' | 'doc-number' | 'date' | 'file-name' | 'content' | 'event';

export interface DocumentYear {
  year: number | null;
  source: YearSource | null;
  /** In Chinese: 标题含“2020年”. */
  reason: string;
}

const HEAD_PARAGRAPHS = 6;
const FILE_NAME_YEAR = /(?<![0-9])(19[5-9][0-9]|20[0-9]{2})(?![0-9])/;

const PLENUMS = new Map<string, number>();
for (const c of CENTRAL_COMMITTEES) for (const p of c.plenums) PLENUMS.set(`${c.ordinal}届${p.ordinal}中全会`, p.year);
const ORDINALS = CENTRAL_COMMITTEES.map((c) => c.ordinal).join('|');
const PLENUM_LIST = new RegExp(`(${ORDINALS})届(?:中央)?((?:[一二三四五六七]中[、，,和及与]?)+)全会`, 'g');
const CONGRESS = new RegExp(`(?:党的|中共)(${ORDINALS})大`, 'g');
const EVENT_YEAR = new Map<string, number>();
for (const a of ANNIVERSARIES) for (const name of a.names) EVENT_YEAR.set(name, a.year);
const ANNIVERSARY = new RegExp(
  `(${[...EVENT_YEAR.keys()].sort((a, b) => b.length - a.length).join('|')})\\s*([0-9]{1,3}|[一二三四五六七八九十百零〇]{1,5})\\s*周年`,
  'g',
);

/** The latest dated event a text names, with its wording: a lower bound for the text's year. */
export function latestEvent(text: string): { year: number; what: string } | null {
  let best: { year: number; what: string } | null = null;
  const consider = (year: number | undefined, what: string) => {
    if (year !== undefined && (!best || year > best.year)) best = { year, what };
  };
  for (const m of text.matchAll(PLENUM_LIST)) {
    for (const n of m[2]!.matchAll(/([一二三四五六七])中/g)) consider(PLENUMS.get(`${m[1]}届${n[1]}中全会`), `${m[1]}届${n[1]}中全会`);
  }
  for (const m of text.matchAll(CONGRESS)) consider(CENTRAL_COMMITTEES.find((c) => c.ordinal === m[1])?.year, m[0]);
  for (const m of text.matchAll(ANNIVERSARY)) {
    const count = parseChineseCount(m[2]!);
    if (count) consider(EVENT_YEAR.get(m[1]!)! + count, m[0]);
  }
  return best;
}

export function libraryDocumentYear(paragraphs: readonly DocParagraph[], fileName: string): DocumentYear {
  const title = paragraphs
    .slice(0, HEAD_PARAGRAPHS)
    .filter((p) => p.role === 'title')
    .map((p) => p.text.trim())
    .join('');
  const fromTitle = titleYear(title);
  if (fromTitle !== null) return { year: fromTitle, source: 'title', reason: `标题“${title}”中的年份` };
  const fromDocNumber = docNumberYear(paragraphs);
  if (fromDocNumber !== null) return { year: fromDocNumber, source: 'doc-number', reason: '发文字号中的年份' };
  const fromDate = detectDocumentYear(paragraphs);
  if (fromDate !== null) return { year: fromDate, source: 'date', reason: '成文日期中的年份' };
  const fileYear = FILE_NAME_YEAR.exec(fileName.replace(/\.[^.]+$/, ''));
  if (fileYear) return { year: Number(fileYear[1]), source: 'file-name', reason: `文件名“${fileName}”中的年份` };

  const body = paragraphs.filter((p) => p.role !== 'title' && p.role !== 'subtitle').map((p) => p.text);
  const counts = new Map<number, number>();
  for (const text of body) for (const y of yearsIn(text)) counts.set(y, (counts.get(y) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  if (top && top[1] >= 2) return { year: top[0], source: 'content', reason: `正文中出现最多的年份（${top[1]}次）` };

  const event = latestEvent(body.join('\n'));
  if (event) return { year: event.year, source: 'event', reason: `正文提到“${event.what}”（${event.year}年），按最近的事件推断，可能偏早` };
  return { year: null, source: null, reason: '标题、日期、文件名和正文中都没有年份' };
}
