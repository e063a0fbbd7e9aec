/**
 * Wording that was right in an earlier year and is wrong in the document's year: a past Central
 * Committee's plenums or a past congress as current guidance (十九届四中全会精神 in 2026), "十三五"
 * 收官 or 开局 in the wrong year, anniversaries whose number does not fit the year (新中国成立70周年 is
 * 2019), and 今年 next to an explicit other year. Without a document year nothing is reported.
 *
 * warning: clearly wrong for the year. info: likely stale, but a review of last year or a plan for next
 * year may say it (the writer can dismiss it).
 */
import {
  ANNIVERSARIES,
  CENTRAL_COMMITTEES,
  FIVE_YEAR_PLANS,
  type CentralCommittee,
  type FiveYearPlan,
  type Plenum,
} from './data/calendar';
import { paragraphFinding, type ParagraphFinding } from './finding';
import type { Severity } from './types';

export interface StaleContext {
  year: number | null;
}

interface Out {
  text: string;
  year: number;
  out: ParagraphFinding[];
}

function report(o: Out, rule: string, start: number, end: number, severity: Severity, message: string, suggestion?: string): void {
  if (inRetrospect(o.text, start, end)) return;
  o.out.push(paragraphFinding(o.text, { category: 'stale', rule, severity, start, end, message, suggestion }));
}

// ---------------------------------------------------------------------------------------------
// Tense: reports look back (回顾, 过去一年, 我们隆重庆祝……七十周年), and an event they look back on
// is not stale. Wording is stale only when it speaks of the present.

/** The present: this year, now, an occasion at hand, or a directive to carry something out (要深入贯彻……精神). */
const PRESENT =
  /今年|本年|当前|目前|现阶段|确保|力争|务必|正值|恰逢|适逢|时值|之际|迎来|喜迎|迎接|即将|献礼|以优异成绩|新征程|新的一年|(?:要|必须|应当|将)(?:继续|持续)?(?:深入|认真|全面|坚决|进一步)?(?:学习)?(?:贯彻|落实)/;
/** The past: a completed action or a look back. 了 but not 为了/除了/了解; 已 but not 已有 (a state);
 *  五年来/几年来 open the review of a 政府工作报告 (一年来 is the report's own year: the present). */
const PAST = /(?<![为除])了(?![解如])|已经|已(?!有)|曾经|回顾|过去|去年|上年|前年|刚刚|期间|取得|隆重庆祝|隆重纪念|胜利召开|成功举办|举办了|当年|那年|[二三四五六七八九十两几多]年来/;
// Sets, not character classes: around() walks a paragraph character by character, and the 提法 rule
// calls it for every match on every keystroke.
const SENTENCE_STOP: ReadonlySet<string> = new Set('。！？；!?;');
const CLAUSE_STOP: ReadonlySet<string> = new Set('，。！？；,!?;：:');

/** [from, to) of the stretch around [start, end) bounded by `stop` marks. */
function around(text: string, start: number, end: number, stop: ReadonlySet<string>): string {
  let from = start;
  while (from > 0 && !stop.has(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !stop.has(text[to]!)) to++;
  return text.slice(from, to);
}

/** The sentence looks back and its clause does not speak of the present. Shared with the 提法 table
 *  (tifa.ts): one notion of tense for every stale-wording rule. */
export function inRetrospect(text: string, start: number, end: number): boolean {
  if (PRESENT.test(around(text, start, end, CLAUSE_STOP))) return false;
  return PAST.test(around(text, start, end, SENTENCE_STOP));
}

/** An anniversary still ahead, looked forward to (喜迎建党100周年 the year before): right. */
const FORWARD = /喜迎|迎接|即将|献礼|以优异成绩|筹备|倒计时/;

/** Text from `from` to the end of its clause (the next ，。；！？ or line end). */
function clauseAfter(text: string, from: number, max = 24): string {
  const rest = text.slice(from, from + max);
  const stop = rest.search(/[，。；！？,;!?\n]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

// ---------------------------------------------------------------------------------------------
// Plenums and congresses

const COMMITTEE_BY_ORDINAL = new Map(CENTRAL_COMMITTEES.map((c, i) => [c.ordinal, i]));
const ORDINALS = CENTRAL_COMMITTEES.map((c) => c.ordinal).join('|');
/** 十九届四中全会, 十九届二中、三中、四中全会, 十九届二中三中四中全会, 十九届中央第四次全体会议. */
const PLENUM_LIST = new RegExp(
  `(${ORDINALS})届(?:中央)?((?:[一二三四五六七]中[、，,和及与]?)+)全会|第?(${ORDINALS})届中央委员会第([一二三四五六七])次全体会议`,
  'g',
);
const CONGRESS = new RegExp(`(?:党的|中共)(${ORDINALS})大`, 'g');
/** After a plenum or congress in the same clause: it is presented as guidance now. */
const GUIDANCE_AFTER = /^[^，。；！？]{0,16}?(?:精神|部署|决策部署|要求)/;
/** After a congress the guidance word may follow the plenums named with it: 党的十九大和十九届二中、三中、
 *  四中全会精神. */
const CONGRESS_GUIDANCE_AFTER = /^[^，。；！？]{0,32}?(?:精神|决策部署)/;
/** After a plenum: it is presented as a recent event. */
const RECENT_AFTER = /^[^，。；！？]{0,6}?(?:召开以来|胜利召开|刚刚闭幕|闭幕以来|隆重召开)/;

/** The committee after `index`, or null for the current one. */
function successor(index: number): CentralCommittee | null {
  return CENTRAL_COMMITTEES[index + 1] ?? null;
}

function plenums(o: Out): void {
  const { text, year } = o;
  if (!text.includes('全会') && !text.includes('全体会议')) return;
  for (const m of text.matchAll(PLENUM_LIST)) {
    const ordinal = m[1] ?? m[3]!;
    const index = COMMITTEE_BY_ORDINAL.get(ordinal)!;
    const committee = CENTRAL_COMMITTEES[index]!;
    const numbers = m[2] ? [...m[2].matchAll(/([一二三四五六七])中/g)].map((x) => x[1]!) : [m[4]!];
    const held = numbers
      .map((n) => committee.plenums.find((p) => p.ordinal === n))
      .filter((p): p is Plenum => p !== undefined);
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 24);
    const next = successor(index);

    const future = held.find((p) => p.year > year);
    if (future) {
      report(o, 'stale/future-event', start, end, 'info', `${ordinal}届${future.ordinal}中全会于${future.year}年召开，晚于文稿年份${year}年，请核对文稿年份`);
      continue;
    }
    // A later committee was elected before the document's year began: its plenums are the current ones.
    if (next && year > next.year && GUIDANCE_AFTER.test(after)) {
      report(
        o,
        'stale/past-committee',
        start,
        end,
        'warning',
        `${ordinal}届中央委员会的全会精神已不是${year}年的指导依据，应以党的${next.ordinal}大和${next.ordinal}届历次全会精神为准`,
      );
      continue;
    }
    const latest = held.reduce((a, p) => (p.year > a ? p.year : a), 0);
    if (latest > 0 && year >= latest + 2 && RECENT_AFTER.test(after)) {
      report(o, 'stale/recent-event', start, end, 'info', `全会于${latest}年召开，在${year}年的文稿中不宜表述为新近召开`);
    }
  }
}

function congresses(o: Out): void {
  const { text, year } = o;
  if (!text.includes('大')) return;
  for (const m of text.matchAll(CONGRESS)) {
    const index = COMMITTEE_BY_ORDINAL.get(m[1]!)!;
    const next = successor(index);
    const end = m.index + m[0].length;
    const after = clauseAfter(text, end, 40);
    if (after.startsWith('以来')) continue; // 党的十八大以来: the era, right in any year
    if (next && year > next.year && CONGRESS_GUIDANCE_AFTER.test(after)) {
      report(o, 'stale/past-congress', m.index, end, 'warning', `党的${m[1]}大精神已不是${year}年的指导依据，应为党的${next.ordinal}大精神`);
    } else if (CENTRAL_COMMITTEES[index]!.year > year) {
      report(o, 'stale/future-event', m.index, end, 'info', `党的${m[1]}大于${CENTRAL_COMMITTEES[index]!.year}年召开，晚于文稿年份${year}年，请核对文稿年份`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Five-year plans

const PLAN_BY_NAME = new Map(FIVE_YEAR_PLANS.map((p) => [p.name, p]));
const PLAN = new RegExp(`[“"‘]?(${FIVE_YEAR_PLANS.map((p) => p.name).join('|')})[”"’]?`, 'g');
const CLOSING_YEAR = /^(?:规划)?(?:的|实施的)?(?:收官之年|收官年|最后一年|决胜之年)/;
const OPENING_YEAR = /^(?:规划)?(?:的|实施的)?(?:开局之年|开局年|起步之年|开篇之年|第一年|首年)/;
const MIDDLE_YEAR = /^(?:规划)?(?:的|实施的)?(?:关键之年|攻坚之年|承上启下之年|中期之年)/;
const CLOSING = /^[^，。；！？]{0,8}?收官/;
const OPENING = /^[^，。；！？]{0,8}?(?:开局|开好局|起好步)/;

function planPhrase(o: Out, plan: FiveYearPlan, start: number, end: number): void {
  const { text, year } = o;
  const after = text.slice(end, end + 24);
  const yearPhrase = CLOSING_YEAR.exec(after) ?? OPENING_YEAR.exec(after) ?? MIDDLE_YEAR.exec(after);
  const span = yearPhrase ? end + yearPhrase[0].length : end;
  if (CLOSING_YEAR.test(after)) {
    if (year !== plan.end) {
      report(o, 'stale/plan-year', start, span, 'warning', `“${plan.name}”规划的收官之年是${plan.end}年，不是${year}年`);
    }
    return;
  }
  if (OPENING_YEAR.test(after)) {
    if (year !== plan.start) {
      report(o, 'stale/plan-year', start, span, 'warning', `“${plan.name}”规划的开局之年是${plan.start}年，不是${year}年`);
    }
    return;
  }
  if (MIDDLE_YEAR.test(after)) {
    if (year < plan.start || year > plan.end) {
      report(o, 'stale/plan-year', start, span, 'warning', `${year}年不在“${plan.name}”时期（${plan.start}—${plan.end}年）内`);
    }
    return;
  }
  if (CLOSING.test(after) && year >= plan.end + 2) {
    report(o, 'stale/plan-year', start, end, 'warning', `“${plan.name}”已于${plan.end}年收官，${year}年的文稿不应再写其收官`);
    return;
  }
  if (OPENING.test(after) && year >= plan.start + 2) {
    report(o, 'stale/plan-year', start, end, 'warning', `“${plan.name}”于${plan.start}年开局，${year}年的文稿不应再写其开局`);
    return;
  }
  // A plan named as the task at hand after its period (全面落实“十三五”规划 in 2026) is the 提法
  // table's (data/tifa.ts, rule stale/tifa), which holds every wording's period.
}

function plans(o: Out): void {
  if (!o.text.includes('五')) return;
  for (const m of o.text.matchAll(PLAN)) {
    planPhrase(o, PLAN_BY_NAME.get(m[1]!)!, m.index, m.index + m[0].length);
  }
}

// ---------------------------------------------------------------------------------------------
// Anniversaries

const EVENT_YEAR = new Map<string, number>();
for (const a of ANNIVERSARIES) for (const name of a.names) EVENT_YEAR.set(name, a.year);
const EVENT_NAMES = [...EVENT_YEAR.keys()].sort((a, b) => b.length - a.length);
const ANNIVERSARY = new RegExp(
  `(${EVENT_NAMES.join('|')})(?:纪念日)?\\s*([0-9]{1,3}|[一二三四五六七八九十百零〇]{1,5})\\s*周年|(建党|建军|新中国成立)百年`,
  'g',
);
/** "在庆祝中国共产党成立100周年大会上的重要讲话": a citation of a past speech, right in any year. */
const CITATION_AFTER = /^[^，。；！？]{0,12}?(?:讲话|致辞|贺信|宣言)/;
const CHINESE_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 70 → 70, 七十 → 70, 一百 → 100, 一百零五 → 105, 百 → 100; null for anything else. */
export function parseChineseCount(text: string): number | null {
  if (/^[0-9]+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百' || ch === '十') {
      total += (digit || 1) * (ch === '百' ? 100 : 10);
      digit = 0;
    } else if (ch === '零' || ch === '〇') {
      continue;
    } else if (ch in CHINESE_DIGITS) {
      digit = CHINESE_DIGITS[ch]!;
    } else {
      return null;
    }
  }
  return total + digit;
}

function anniversaries(o: Out): void {
  const { text, year } = o;
  if (!text.includes('周年') && !text.includes('百年')) return;
  for (const m of text.matchAll(ANNIVERSARY)) {
    const name = m[1] ?? m[3]!;
    const count = m[2] !== undefined ? parseChineseCount(m[2]) : 100;
    if (count === null || count === 0) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (CITATION_AFTER.test(text.slice(end, end + 16))) continue;
    const eventYear = EVENT_YEAR.get(name)!;
    const due = eventYear + count;
    if (due === year) continue;
    if (due > year && FORWARD.test(around(text, start, end, SENTENCE_STOP))) continue;
    const rightCount = year - eventYear;
    const severity: Severity = Math.abs(due - year) === 1 ? 'info' : 'warning';
    const rightText = m[2] !== undefined && /^[0-9]+$/.test(m[2]) ? m[0].replace(m[2], String(rightCount)) : undefined;
    report(
      o,
      'stale/anniversary',
      start,
      end,
      severity,
      `${name}${count}周年是${due}年，与文稿年份${year}年不符${rightCount > 0 ? `（${year}年是${rightCount}周年）` : ''}`,
      severity === 'warning' && rightCount > 0 ? rightText : undefined,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 今年 / 去年 / 明年 next to an explicit year

const RELATIVE_YEAR = /(今年|去年|明年)(?:是|即|为|[（(])?\s*((?:19|20)[0-9]{2})\s*年|((?:19|20)[0-9]{2})\s*年\s*[（(](今年|去年|明年)[）)]/g;
const OFFSET: Readonly<Record<string, number>> = { 今年: 0, 去年: -1, 明年: 1 };
const SINCE_AFTER = /^(?:以来|来|以后|之后|以前|之前|后|前)/;

function relativeYears(o: Out): void {
  const { text, year } = o;
  if (!/今年|去年|明年/.test(text)) return;
  for (const m of text.matchAll(RELATIVE_YEAR)) {
    const word = m[1] ?? m[4]!;
    const written = Number(m[2] ?? m[3]);
    const expected = year + OFFSET[word]!;
    if (written === expected) continue;
    // "今年为2015年以来降水最多的一年" compares with that year; it does not name this one.
    if (m[1] && SINCE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    const digits = String(written);
    const start = m.index + m[0].indexOf(digits);
    report(
      o,
      'stale/relative-year',
      start,
      start + digits.length + 1,
      'warning',
      `文稿年份为${year}年，“${word}”应是${expected}年，不是${written}年`,
      `${expected}年`,
    );
  }
}

export function checkStale(text: string, context: StaleContext): ParagraphFinding[] {
  if (context.year === null) return [];
  const o: Out = { text, year: context.year, out: [] };
  plenums(o);
  congresses(o);
  plans(o);
  anniversaries(o);
  relativeYears(o);
  return o.out.sort((a, b) => a.start - b.start);
}
