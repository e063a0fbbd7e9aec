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
  if ((sentence && length > RUN_IN_HEADING_MAX_CHARS) || length > OWN_LINE_HEADING_MAX_CHARS) {
    return { headingPart: '', rest: text };
  }
  return { headingPart: text, rest: '' };
}
