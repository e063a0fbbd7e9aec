/**
 * Confusions common in official writing, from the table in data/typos.ts. One pass per paragraph:
 * entries are indexed by their first character, so each position costs one array look-up, and only a
 * handful of startsWith tests where a wrong form can begin.
 */
import { TYPO_ENTRIES, type TypoEntry } from './data/typos';
import { paragraphFinding, type ParagraphFinding } from './finding';

/** How much context the guards see on each side (they look at a few characters at most). */
const CONTEXT = 32;

/** An entry with the code units the scan compares before anything else. */
interface Compiled {
  entry: TypoEntry;
  /** Second code unit of the wrong form (every wrong form has at least two characters). */
  second: number;
}

/**
 * Entries by the code unit their wrong form starts with, longest first. A plain array indexed by
 * code unit: most characters start no entry, and the look-up is the hot path of the rule.
 */
function indexEntries(entries: readonly TypoEntry[]): Array<Compiled[] | undefined> {
  const index = new Array<Compiled[] | undefined>(0x10000).fill(undefined);
  for (const entry of entries) {
    (index[entry.wrong.charCodeAt(0)] ??= []).push({ entry, second: entry.wrong.charCodeAt(1) });
  }
  for (const list of index) list?.sort((a, b) => b.entry.wrong.length - a.entry.wrong.length);
  return index;
}

const INDEX = indexEntries(TYPO_ENTRIES);

function guardsPass(entry: TypoEntry, text: string, start: number, end: number): boolean {
  if (entry.after || entry.notAfter) {
    const after = text.slice(end, end + CONTEXT);
    if (entry.after && !entry.after.test(after)) return false;
    if (entry.notAfter && entry.notAfter.test(after)) return false;
  }
  if (entry.before || entry.notBefore) {
    const before = text.slice(Math.max(0, start - CONTEXT), start);
    if (entry.before && !entry.before.test(before)) return false;
    if (entry.notBefore && entry.notBefore.test(before)) return false;
  }
  return true;
}

/**
 * Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM): invisible, often pasted in from web pages
 * and chat, and inside a word they would hide it from the table. The scan skips them and the finding's
 * span includes them, so applying the suggestion removes them with the typo.
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
const ZERO_WIDTH_ALL = /[\u200B-\u200D\u2060\uFEFF]/g;

export function checkTypos(text: string): ParagraphFinding[] {
  if (!ZERO_WIDTH.test(text)) return scan(text, text, null);
  // The text without them, and for each of its code units the offset in the original text.
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) if (!ZERO_WIDTH.test(text[i]!)) offsets.push(i);
  const typos = scan(text.replace(ZERO_WIDTH_ALL, ''), text, offsets);
  const stray = strayZeroWidth(text).filter((z) => !typos.some((t) => t.start < z.end && z.start < t.end));
  return [...typos, ...stray].sort((a, b) => a.start - b.start);
}

const HAN = /\p{Script=Han}/u;
const ZERO_WIDTH_RUN = /[\u200B-\u200D\u2060\uFEFF]+/g;

/**
 * Zero-width characters next to a Chinese character: never meant in a 公文 (they come in with text
 * copied from web pages and chat), and they break search, 查找替换 and the word count. Only those
 * touching a Han character are reported, so a joiner inside Latin text or an emoji is left alone.
 */
function strayZeroWidth(text: string): ParagraphFinding[] {
  const out: ParagraphFinding[] = [];
  for (const m of text.matchAll(ZERO_WIDTH_RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!HAN.test(text.slice(Math.max(0, start - 1), start)) && !HAN.test(text.slice(end, end + 1))) continue;
    const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    out.push(
      paragraphFinding(text, {
        category: 'typo',
        rule: 'typo/zero-width',
        start,
        end,
        message: `看不见的零宽字符（U+${code}${m[0].length > 1 ? ` 等 ${m[0].length} 个` : ''}），多由网页或聊天记录复制带入，会妨碍查找和字数统计，应删除`,
        suggestion: '',
      }),
    );
  }
  return out;
}

function scan(text: string, original: string, offsets: readonly number[] | null): ParagraphFinding[] {
  const out: ParagraphFinding[] = [];
  const last = text.length - 1;
  for (let i = 0; i < last; i++) {
    const candidates = INDEX[text.charCodeAt(i)];
    if (candidates === undefined) continue;
    const second = text.charCodeAt(i + 1);
    for (const { entry, second: expected } of candidates) {
      if (second !== expected || !text.startsWith(entry.wrong, i)) continue;
      const end = i + entry.wrong.length;
      if (!guardsPass(entry, text, i, end)) continue;
      const start = offsets ? offsets[i]! : i;
      const originalEnd = offsets ? offsets[end - 1]! + 1 : end;
      const hidden = originalEnd - start > entry.wrong.length ? '（中间夹有看不见的零宽字符）' : '';
      out.push(
        paragraphFinding(original, {
          category: 'typo',
          rule: 'typo/table',
          start,
          end: originalEnd,
          message: `疑似错别字：“${entry.wrong}”应为“${entry.right}”${hidden}`,
          suggestion: entry.right,
        }),
      );
      i = end - 1;
      break;
    }
  }
  return out;
}
