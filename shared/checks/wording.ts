/**
 * 规范表述 (rule norm/wording): wrong forms of fixed formulations (data/wording-norms.ts), and the
 * fixed lists whose order is part of the formulation (四个意识, 四个自信) written in another order.
 * Precision first: these underline live, so only forms that cannot be right are listed.
 */
import { sourceCitation } from './data/tifa-types';
import { ORDERED_LISTS, WORDING_NORMS, type OrderedList } from './data/wording-norms';
import { paragraphFinding, type ParagraphFinding } from './finding';

const NORMS = WORDING_NORMS.map((n) => ({ norm: n, re: new RegExp(n.wrong, 'y') }));
/** One pass finds every candidate position; the entries are tried only there. */
const ANY_NORM = new RegExp(WORDING_NORMS.map((n) => `(?:${n.wrong})`).join('|'), 'g');

/** 政治意识、大局意识、核心意识、看齐意识 in any order, 、 or 和 between. */
function listPattern(list: OrderedList): RegExp {
  const item = `(${list.items.join('|')})${list.suffix}`;
  return new RegExp(`${item}[、，,和]${item}[、，,和]${item}[、，,和]${item}`, 'g');
}
const LISTS = ORDERED_LISTS.map((list) => ({ list, re: listPattern(list) }));

function norms(text: string, out: ParagraphFinding[]): void {
  ANY_NORM.lastIndex = 0;
  for (let m = ANY_NORM.exec(text); m !== null; m = ANY_NORM.exec(text)) {
    const hit = NORMS.find(({ re }) => {
      re.lastIndex = m!.index;
      return re.test(text);
    });
    if (!hit) continue;
    const { norm } = hit;
    out.push(
      paragraphFinding(text, {
        category: 'norm',
        rule: 'norm/wording',
        start: m.index,
        end: m.index + m[0].length,
        message: `${norm.why}（${sourceCitation(norm.source)}）`,
        suggestion: norm.right,
      }),
    );
  }
}

function lists(text: string, out: ParagraphFinding[]): void {
  for (const { list, re } of LISTS) {
    if (!text.includes(list.suffix)) continue;
    for (const m of text.matchAll(re)) {
      const items = [m[1]!, m[2]!, m[3]!, m[4]!];
      // Four different items, not in the official order: the list is written out of order. A list
      // repeating an item is some other enumeration.
      if (new Set(items).size !== 4 || items.every((x, i) => x === list.items[i])) continue;
      const right = list.items.map((x) => `${x}${list.suffix}`).join('、');
      out.push(
        paragraphFinding(text, {
          category: 'norm',
          rule: 'norm/wording',
          start: m.index,
          end: m.index + m[0].length,
          message: `“${list.name}”的规范顺序是${right}（${sourceCitation(list.source)}）`,
          suggestion: right,
        }),
      );
    }
  }
}

export function checkWording(text: string): ParagraphFinding[] {
  const out: ParagraphFinding[] = [];
  norms(text, out);
  lists(text, out);
  return out;
}
