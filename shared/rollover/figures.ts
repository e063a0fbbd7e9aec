/**
 * Figures a report states as facts of its year: counts and amounts with a unit (170余件, 4500万元,
 * 48．3万平方米, 37件次), percentages and growth (增长5.2%, 提高3个百分点). When last year's report
 * becomes this year's, every one of them is last year's and must be updated or confirmed (待更新).
 *
 * Only Arabic digits count: Chinese-numeral counts in 公文 are names of principles (四个意识, 两个维护,
 * 三个着力) or ordinals, never statistics. Years (2020年), dates (3月1日), ordinals (第十五届) and list
 * markers carry no unit from the list and are not figures.
 */

export interface FigureSpan {
  start: number;
  end: number;
  text: string;
}

/** Units, longest first so 万平方米 wins over 万. */
const UNITS = [
  '个百分点', '万平方米', '平方公里', '平方米', '万人次', '人次', '件次', '户次', '万亿元', '亿元', '万元', '千元', '元',
  '万人', '万户', '万亩', '万吨', '公里', '千米', '立方米', '%', '％', '‰', '个', '家', '项', '件', '次', '户', '人', '名',
  '场', '条', '所', '座', '批', '篇', '亩', '吨', '倍', '起', '宗', '处', '台', '辆', '套', '期', '班', '余人',
]
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[%％‰]/g, (c) => `\\${c}`));

const NUMBER = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
/** 4500万元, 170余件, 2000多场, 1.2万余人, 30万人次, 近4万人 (近 is context, not part of the figure). */
const FIGURE = new RegExp(`(?<![0-9０-９.．第])${NUMBER}(?:[万亿千百])?(?:余|多)?(?:${UNITS.join('|')})`, 'g');

/** 第15项, 3月5日 and 2020年 never match the units; what remains to exclude: a unit that starts a word. */
const NOT_A_UNIT_AFTER: ReadonlyArray<[string, RegExp]> = [
  ['期', /^[间末初中]/], // 2期间 is not a figure
  ['条', /^[例件款]/], // 3条例
  ['处', /^[理置分罚长室级]/], // 3处理, 3处长
  ['名', /^[称单义录额]/],
  ['人', /^[民员才大]/], // 3人民, 5人大
  ['家', /^[庭族长乡]/],
  ['个', /^[人性别体案]/], // 个人, 个性
  ['台', /^[湾账]/],
  ['起', /^[来草步点源]/],
];

export function findFigures(text: string): FigureSpan[] {
  if (!/[0-9０-９]/.test(text)) return [];
  const out: FigureSpan[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 2);
    const unit = NOT_A_UNIT_AFTER.find(([u]) => m[0].endsWith(u));
    if (unit && unit[1].test(after)) continue;
    out.push({ start, end, text: m[0] });
  }
  return out;
}

const CONTEXT_CHARS = 4;
const DIGITS = /[0-9０-９]/g;

/**
 * What identifies a figure across edits elsewhere: its text and a few characters either side with
 * digits left out, so that changing 2020年 to 2026年 next to it (the year checklist) does not lose it,
 * while rewriting the figure itself does — which is what clears it.
 */
export function figureKey(text: string, figure: FigureSpan): string {
  // A window of three times the context is enough unless the neighbours are mostly digits.
  const window = CONTEXT_CHARS * 3;
  const before = text.slice(Math.max(0, figure.start - window), figure.start).replace(DIGITS, '').slice(-CONTEXT_CHARS);
  const after = text.slice(figure.end, figure.end + window).replace(DIGITS, '').slice(0, CONTEXT_CHARS);
  return `${before}\u241f${figure.text}\u241f${after}`;
}

/** The keys of every figure in the paragraphs (the pending set after a rollover). */
export function figureKeys(texts: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const text of texts) for (const f of findFigures(text)) keys.add(figureKey(text, f));
  return [...keys];
}
