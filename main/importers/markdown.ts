/**
 * Markdown to paragraphs: the structure Markdown marks (#, lists, quotes, emphasis) becomes roles or
 * disappears, the words stay. Each line is a paragraph, as in .txt: Chinese drafts are not
 * hard-wrapped, and joining lines the CommonMark way would merge a report written one paragraph a
 * line without blank lines into a single paragraph.
 *
 * Heading depth to role: a single top-level heading at the very start is the document title and
 * the next depth down is 一级标题; otherwise the top depth is 一级标题. Depths map by rank, so
 * "#, ###" without "##" still gives levels 1 and 2; depths past the fourth rank say nothing.
 */
import { headingRole, type HeadingLevel } from '../../shared/document/roles';
import { splitLines } from './paragraph-text';
import type { SourceParagraph } from './source-paragraph';

interface MdLine {
  text: string;
  /** ATX or setext heading depth (1–6), 0 for other lines. */
  depth: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// "#标题" without the space CommonMark wants is common in Chinese drafts; "#tag" in Latin is not a heading.
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?)|(?=\P{ASCII})(.*?))?(?:[ \t]+#+)?[ \t]*$/u;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BULLET = /^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/;
const QUOTE = /^ {0,3}>[ \t]?/;
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** Backslash escapes are hidden in private-use characters while emphasis is stripped, then restored. */
const ESCAPE_BASE = 0xe000;

export function stripInlineMarkdown(text: string): string {
  const canEscape = !/[\ue000-\ue07f]/.test(text);
  let s = canEscape ? text.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => String.fromCharCode(ESCAPE_BASE + c.charCodeAt(0))) : text;
  s = s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // image → its alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // link → its text
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1') // autolink
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/g, '') // inline HTML tags (<br>, <span …>)
    .replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, '$2') // code spans
    .replace(/(?<![*_])(\*\*|__)(?=[^\s*_])([\s\S]*?[^\s*_])\1(?![*_])/g, '$2') // strong (never inside ____ blanks)
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1') // strikethrough
    .replace(/(^|[^*])\*([^\s*](?:[^*]*?[^\s*])?)\*(?!\*)/g, '$1$2') // emphasis
    // Underscore emphasis only around words: "____" fill-in blanks and snake_case stay as they are.
    .replace(/(^|[^\w_])_([^\s_](?:[^_]*?[^\s_])?)_(?![\w_])/g, '$1$2');
  return canEscape ? s.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - ESCAPE_BASE)) : s;
}

/** Front matter (--- … --- at the very top) is metadata, not text. */
function skipFrontMatter(lines: string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  const end = lines.slice(1, 60).findIndex((l) => /^(?:---|\.\.\.)\s*$/.test(l));
  return end < 0 ? 0 : end + 2;
}

function toLines(text: string): MdLine[] {
  const lines = splitLines(text);
  const out: MdLine[] = [];
  let fence: string | null = null;
  for (let i = skipFrontMatter(lines); i < lines.length; i++) {
    const raw = lines[i]!;
    const fenceMatch = FENCE.exec(raw);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      else out.push({ text: raw, depth: 0 }); // code is kept as text, unstripped
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!.slice(0, 3);
      continue;
    }
    const previous = out.at(-1);
    const setext = SETEXT.exec(raw);
    if (setext && previous && previous.depth === 0 && previous.text.trim() && lines[i - 1]?.trim()) {
      previous.depth = setext[1]!.startsWith('=') ? 1 : 2;
      continue;
    }
    if (THEMATIC_BREAK.test(raw)) {
      out.push({ text: '', depth: 0 });
      continue;
    }
    const atx = ATX.exec(raw);
    if (atx) {
      out.push({ text: stripInlineMarkdown(atx[2] ?? atx[3] ?? ''), depth: atx[1]!.length });
      continue;
    }
    if (TABLE_ROW.test(raw)) {
      if (!TABLE_SEPARATOR.test(raw)) {
        const cells = raw.trim().replace(/^\||\|$/g, '').split('|');
        out.push({ text: stripInlineMarkdown(cells.map((c) => c.trim()).join('\t')), depth: 0 });
      }
      continue;
    }
    let line = raw;
    while (QUOTE.test(line)) line = line.replace(QUOTE, '');
    // Ordered items ("1. ") stay: in a report "1." is a level-3 heading marker, not list markup.
    line = line.replace(BULLET, '');
    out.push({ text: stripInlineMarkdown(line), depth: 0 });
  }
  return out;
}

export function markdownToParagraphs(text: string): SourceParagraph[] {
  const lines = toLines(text);
  const headings = lines.filter((l) => l.depth > 0 && l.text.trim());
  const top = Math.min(...headings.map((l) => l.depth));
  const firstFilled = lines.find((l) => l.text.trim());
  const titleLine =
    firstFilled && firstFilled.depth === top && headings.filter((l) => l.depth === top).length === 1 ? firstFilled : null;
  const ranks = [...new Set(headings.filter((l) => l !== titleLine).map((l) => l.depth))].sort((a, b) => a - b);
  return lines.map((l) => {
    if (l === titleLine) return { text: l.text, sourceRole: 'title' };
    const rank = l.depth > 0 ? ranks.indexOf(l.depth) + 1 : 0;
    return { text: l.text, sourceRole: rank >= 1 && rank <= 4 ? headingRole(rank as HeadingLevel) : null };
  });
}
