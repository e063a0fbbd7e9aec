/**
 * Search queries for the snippet library: the terms a query holds, which path answers it, and where
 * the terms occur in a text (the highlight ranges). Pure, so main and the renderer agree.
 *
 * The full-text index uses the trigram tokenizer, which finds any substring of three or more
 * characters but nothing shorter: a query whose terms are all one or two characters ("党建") is
 * answered by a bounded LIKE scan instead, and the result says so (mode 'like').
 */

/** Terms shorter than this cannot use the trigram index. */
export const TRIGRAM_MIN_CHARS = 3;
export const MAX_QUERY_TERMS = 8;

export type SearchMode = 'fts' | 'like' | 'browse';

/** Space-separated terms ("营商环境 党建"), quotes and FTS syntax stripped, duplicates dropped. */
export function queryTerms(query: string): string[] {
  const terms = query
    .normalize('NFC')
    .replace(/["“”]/g, ' ')
    .split(/[\s\u3000]+/u)
    .map((t) => t.trim())
    .filter(Boolean);
  return [...new Set(terms)].slice(0, MAX_QUERY_TERMS);
}

export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** 'browse' for no terms, 'fts' when at least one term can use the trigram index, else 'like'. */
export function searchMode(terms: readonly string[]): SearchMode {
  if (terms.length === 0) return 'browse';
  return terms.some((t) => charCount(t) >= TRIGRAM_MIN_CHARS) ? 'fts' : 'like';
}

export interface TextRange {
  /** UTF-16 offsets into the text, end exclusive (text.slice(start, end) is the match). */
  start: number;
  end: number;
}

/** Every occurrence of every term (ASCII letters case-insensitive), overlapping ranges merged, in order. */
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

export function highlightRanges(text: string, terms: readonly string[]): TextRange[] {
  // ASCII only, so offsets stay those of the original text.
  const haystack = asciiLower(text);
  const ranges: TextRange[] = [];
  for (const term of terms) {
    const needle = asciiLower(term);
    if (!needle) continue;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      ranges.push({ start: at, end: at + needle.length });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
