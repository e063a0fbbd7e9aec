/**
 * Doubled characters and words that are slips of the keyboard: 的的, 了了, 是是, 在在, 和和, 对对,
 * "工作工作". Legitimate reduplication (常常, 研究研究, 实实在在, 家家户户) is left alone: see
 * data/repetition.ts for how. The two copies may be split by a line break or spaces (text pasted from
 * PDF often breaks a line between them).
 */
import { ALLOWED_DOUBLED_WORDS, DOUBLED_FUNCTION_CHARS, LONGER_WORD_SUFFIXES } from './data/repetition';
import { paragraphFinding, type ParagraphFinding } from './finding';
import { isSpaceOrBreak } from './text-classes';

/** Words of 2 ("工作工作") to 4 characters are checked for doubling. */
const MAX_WORD = 4;

/** Han ideographs (BMP); code-unit test for the hot loops. */
function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * The text the rules scan: the paragraph without spaces and line breaks, so that a doubling split by
 * a break ("的\n的") is found like any other, plus each compact index's offset in the paragraph.
 * Most paragraphs have no spaces, and then the view is the text itself.
 */
interface View {
  s: string;
  /** Offset in the paragraph of compact index k; null when the view is the paragraph. */
  at: number[] | null;
}

const SPACE = /[\s\u3000]/;

function compactView(text: string): View {
  if (!SPACE.test(text)) return { s: text, at: null };
  let s = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isSpaceOrBreak(text[i])) continue;
    s += text[i];
    at.push(i);
  }
  return { s, at };
}

/** The paragraph span of compact span [start, end). */
function span(view: View, start: number, end: number): [number, number] {
  return view.at ? [view.at[start]!, view.at[end - 1]! + 1] : [start, end];
}

/** 实实在在, 的的确确, 和和美美, 是是非非: a doubled pair next to another doubled pair (AABB). */
function isAabb(s: string, i: number): boolean {
  const doubled = (k: number) => k >= 0 && k + 1 < s.length && s.charCodeAt(k) === s.charCodeAt(k + 1);
  return doubled(i - 2) || doubled(i + 2);
}

/** The run of one character at [i, runEnd), two or more long. */
function doubledChar(text: string, view: View, i: number, runEnd: number, out: ParagraphFinding[]): void {
  const { s } = view;
  const ch = s[i]!;
  const rule = DOUBLED_FUNCTION_CHARS[ch];
  if (!rule) return;
  const before = s[i - 1];
  const after = s[i + 2];
  const legit =
    (runEnd === i + 2 && isAabb(s, i)) ||
    (before !== undefined && rule.before?.includes(before)) ||
    (after !== undefined && rule.after?.includes(after));
  if (legit) return;
  const [start, end] = span(view, i, runEnd);
  out.push(
    paragraphFinding(text, {
      category: 'repetition',
      rule: 'repetition/char',
      start,
      end,
      message: `疑似重复字：“${s.slice(i, runEnd)}”`,
      suggestion: ch,
    }),
  );
}

/** Length of the doubled word (2 to MAX_WORD) starting at i, or 0. */
function doubledWordLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  for (let n = MAX_WORD; n >= 2; n--) {
    if (i + 2 * n > s.length || s.charCodeAt(i + n) !== c) continue;
    let same = true;
    for (let k = 1; k < n && same; k++) same = s.charCodeAt(i + k) === s.charCodeAt(i + n + k) && isHanCode(s.charCodeAt(i + k));
    if (!same) continue;
    const word = s.slice(i, i + n);
    // AAAA (哈哈哈哈, 谢谢谢谢) is char doubling, not a doubled word.
    if ([...word].every((ch) => ch === word[0])) continue;
    if (n === 2 && ALLOWED_DOUBLED_WORDS.has(word)) continue;
    if (word[0] === '一') continue; // 一天一天, 一步一步, 一点一点
    const next = s[i + 2 * n];
    if (next !== undefined && LONGER_WORD_SUFFIXES.includes(next)) continue; // 发展发展中国家
    return n;
  }
  return 0;
}

/** How far around a doubling the word segmenter looks (enough for its dictionary to see the words). */
const SEGMENT_WINDOW = 8;

let segmenter: Intl.Segmenter | null | undefined;

/**
 * Whether the two copies of s[i, i+2n) are whole words in their sentence: a dictionary word segmenter
 * (ICU's, in Node and Chromium alike) puts a word boundary at i, i+n and i+2n. "就业创业创新" segments
 * as 就业/创业/创新, so its 业创业创 is no doubled word; "工作工作" segments as 工作/工作. Without a
 * segmenter every candidate counts, as before.
 */
function isWordDoubling(s: string, i: number, n: number): boolean {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (segmenter === null) return true;
  const from = Math.max(0, i - SEGMENT_WINDOW);
  const window = s.slice(from, Math.min(s.length, i + 2 * n + SEGMENT_WINDOW));
  const boundaries = new Set<number>();
  for (const segment of segmenter.segment(window)) boundaries.add(from + segment.index);
  boundaries.add(from + window.length);
  return boundaries.has(i) && boundaries.has(i + n) && boundaries.has(i + 2 * n);
}

/** Code unit at k, or -1 past the end (charCodeAt's NaN there makes the hot loop slower). */
const codeAt = (s: string, k: number) => (k < s.length ? s.charCodeAt(k) : -1);

export function checkRepetition(text: string): ParagraphFinding[] {
  const out: ParagraphFinding[] = [];
  const view = compactView(text);
  const { s } = view;
  // One pass over a sliding window of the next five code units: one charCodeAt per position, and at
  // almost every position a few comparisons decide that nothing repeats.
  let c0 = codeAt(s, 0);
  let c1 = codeAt(s, 1);
  let c2 = codeAt(s, 2);
  let c3 = codeAt(s, 3);
  let c4 = codeAt(s, 4);
  let skipTo = 0;
  for (let i = 0; i < s.length; i++) {
    const c = c0;
    c0 = c1;
    c1 = c2;
    c2 = c3;
    c3 = c4;
    c4 = codeAt(s, i + 5);
    // c0..c4 now hold the code units at i+1 .. i+5.
    if (i < skipTo || !isHanCode(c)) continue;
    if (c0 === c) {
      // "的的的" is one slip, reported once.
      let runEnd = i + 2;
      while (codeAt(s, runEnd) === c) runEnd++;
      doubledChar(text, view, i, runEnd, out);
      skipTo = runEnd;
      continue;
    }
    if (c1 !== c && c2 !== c && c3 !== c) continue;
    const n = doubledWordLength(s, i);
    if (n === 0 || !isWordDoubling(s, i, n)) continue;
    const word = s.slice(i, i + n);
    const [start, end] = span(view, i, i + 2 * n);
    out.push(
      paragraphFinding(text, {
        category: 'repetition',
        rule: 'repetition/word',
        start,
        end,
        message: `疑似重复词：“${word}${word}”`,
        suggestion: word,
      }),
    );
    skipTo = i + 2 * n;
  }
  return out;
}
