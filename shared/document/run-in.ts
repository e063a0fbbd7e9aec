/**
 * Run-in headings: "（一）压实安全生产责任。街道党工委……" is a heading and its body in one paragraph.
 * The heading ends at the first 。 that is not inside quotes, 书名号 or brackets; the editor and the
 * export give that part the heading face and the rest the body face.
 */
import { charLength } from './line-shapes';
import { parseNumbering } from './numbering';

/** A heading (marker included) longer than this that runs on into more text is a numbered body
 *  paragraph: real run-in headings in reports stay within two printed lines (≈ 56 characters). */
export const RUN_IN_HEADING_MAX_CHARS = 60;
/** Within that, a run-in heading over this length reads as a sentence rather than a heading phrase
 *  when its list is otherwise made of sentences: over the real-document corpus (fixtures/real) run-in
 *  headings stay within 34 characters after the marker, while the articles and measures of rules and
 *  lists that open with a clause ("二十四、各部门制定的规章和其他规范性文件，必须符合……") run from 38 to 56.
 *  Reports do write longer ones (sample 001: 51), which is why this is evidence, not a rule. */
export const RUN_IN_PHRASE_MAX_CHARS = 45;
/** An own-line heading that ends like a sentence may be longer ("（四）推动供需高水平动态适配，在建设强大
 *  国内市场中……。", 49 characters, in a 2026 provincial report): it stands alone, with its section under
 *  it, within two printed lines (≈ 56 characters). */
export const OWN_LINE_SENTENCE_HEADING_MAX_CHARS = 60;
/** An own-line heading without closing punctuation may be longer; beyond this it is body text. */
export const OWN_LINE_HEADING_MAX_CHARS = 100;

export interface RunInSplit {
  /** The heading, marker and closing 。 included; "" when the paragraph is body text that merely
   *  starts with a number. */
  headingPart: string;
  /** Text after the heading; "" for a heading on its own line. */
  rest: string;
}

const OPENERS: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '《': '》',
  '〈': '〉',
  '（': '）',
  '(': ')',
  '【': '】',
  '「': '」',
  '『': '』',
};
const CLOSERS = new Set(Object.values(OPENERS));
const SENTENCE_END = /[。！？!?…]$/;

/**
 * Index of the 。 that ends the heading: the first one outside any bracket pair, scanning after the
 * marker (whose own parentheses must not count). When the brackets never balance — a typing error
 * the pairing check reports — the first 。 anywhere is used rather than swallowing the paragraph.
 */
function headingStop(text: string, from: number): number {
  const stack: string[] = [];
  let firstAnywhere = -1;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '。') {
      if (stack.length === 0) return i;
      if (firstAnywhere < 0) firstAnywhere = i;
    } else if (ch in OPENERS) {
      stack.push(OPENERS[ch]!);
    } else if (CLOSERS.has(ch)) {
      const at = stack.lastIndexOf(ch);
      if (at >= 0) stack.length = at;
    }
  }
  return firstAnywhere;
}

export function splitRunInHeading(text: string): RunInSplit {
  const marker = parseNumbering(text);
  const stop = headingStop(text, marker ? marker.offset + marker.marker.length : 0);
  if (stop >= 0 && text.slice(stop + 1).trim() !== '') {
    const headingPart = text.slice(0, stop + 1);
    if (charLength(headingPart.trim()) > RUN_IN_HEADING_MAX_CHARS) return { headingPart: '', rest: text };
    return { headingPart, rest: text.slice(stop + 1) };
  }
  // Own line. A long one that ends like a sentence is a numbered body paragraph ("1、全区完成……。").
  const length = charLength(text.trim());
  const sentence = SENTENCE_END.test(text.trim());
  if ((sentence && length > OWN_LINE_SENTENCE_HEADING_MAX_CHARS) || length > OWN_LINE_HEADING_MAX_CHARS) {
    return { headingPart: '', rest: text };
  }
  return { headingPart: text, rest: '' };
}

/**
 * A numbered clause in the style of regulations and contingency plans: "7.2 本预案由国务院办公厅负责解释。",
 * "4.2.1 出现国家级（Ⅰ级）粮食应急状态时，……。" A section number over a sentence numbers text, not a
 * section: the section titles of such documents carry no closing punctuation ("4.1 应急响应程序"), and a
 * short heading sentence with its text run on after it ("5.2.1 建立……网络。……") still heads its clause.
 */
export function isNumberedClause(text: string): boolean {
  const t = text.trim();
  // "1.2.1 国家级（Ⅰ级）：两个以上……": a label and its definition head the clause.
  if (/^[0-9.]+[\s\u3000]*[^，,。；;：:、]{1,12}[：:]/.test(t)) return false;
  // A clause that leads into a list ("……处理如下：") is a sentence too.
  if (!SENTENCE_END.test(t) && !/[：:]$/.test(t)) return false;
  const { headingPart, rest } = splitRunInHeading(t);
  return headingPart === '' || rest.trim() === '';
}
