/**
 * Findings as compiler-style lines, `file:paragraph:column severity category message`, for `gongwen check`
 * and a refused `gongwen export`. One pass per paragraph: columns are counted on from the previous
 * finding's offset, so 200,000 findings in one long paragraph cost one walk of it, not 200,000.
 */
import type { Finding } from '../../shared/checks';
import type { DocParagraph } from '../../shared/document/roles';

/** Longest quoted text kept whole in a message; longer quotes keep their ends around a …. */
const MAX_QUOTE = 24;

/** Shortens every “…” quote longer than MAX_QUOTE characters: “开头……结尾”. */
export function shortenQuotes(message: string): string {
  return message.replace(/“([^”]*)”/g, (whole, inner: string) => {
    const chars = [...inner];
    if (chars.length <= MAX_QUOTE) return whole;
    const keep = Math.floor((MAX_QUOTE - 2) / 2);
    return `“${chars.slice(0, keep).join('')}……${chars.slice(-keep).join('')}”`;
  });
}

/** A counter of 1-based columns in characters (code points) that resumes from its last offset. */
function columnCounter(): (text: string, offset: number) => number {
  let lastText: string | null = null;
  let lastOffset = 0;
  let column = 1;
  return (text, offset) => {
    if (text !== lastText || offset < lastOffset) {
      lastText = text;
      lastOffset = 0;
      column = 1;
    }
    for (let i = lastOffset; i < offset; i++) {
      const c = text.charCodeAt(i);
      // The high half of a surrogate pair starts a character; the low half does not.
      if (c < 0xdc00 || c > 0xdfff) column++;
    }
    lastOffset = offset;
    return column;
  };
}

/** What a line says after the message: the fix, unless the message names it already. */
function fixNote(f: Finding): string {
  if (f.suggestion === undefined || (f.suggestion !== '' && f.message.includes(`“${f.suggestion}”`))) return '';
  return f.suggestion === '' ? '（建议删除）' : shortenQuotes(`（建议改为“${f.suggestion}”）`);
}

/** The lines, in document order, each ending in a newline. */
export function findingLines(
  source: string,
  paragraphs: readonly DocParagraph[],
  findings: readonly Finding[],
  options: { withFix?: boolean; suffix?: (f: Finding) => string } = {},
): string {
  const sorted = [...findings].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const column = columnCounter();
  const out: string[] = [];
  for (const f of sorted) {
    const text = paragraphs[f.paragraph]?.text ?? '';
    out.push(`${source}:${f.paragraph + 1}:${column(text, f.start)} ${f.severity} ${f.category} ${shortenQuotes(f.message)}${options.withFix ? fixNote(f) : ''}${options.suffix?.(f) ?? ''}\n`);
  }
  return out.join('');
}
