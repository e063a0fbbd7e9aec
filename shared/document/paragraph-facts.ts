/**
 * What the document-level passes read of a paragraph's text (its numbering marker, whether it opens a
 * section, whether a heading carries its text after it), computed once per distinct text. The
 * heading-sequence and heading-stop passes run on every keystroke over the whole document; with this
 * cache only the edited paragraph's text is parsed again. Strings are the keys: V8 caches a string's
 * hash on the string, and unchanged paragraphs keep their string objects.
 */
import { isSectionLine } from './line-shapes';
import { parseNumbering, type NumberingMarker } from './numbering';
import { splitRunInHeading } from './run-in';

export interface ParagraphFacts {
  marker: NumberingMarker | null;
  /** 第X条 / 第X章 / 2.1.1 ……: opens its own lists. */
  sectionLine: boolean;
  /** Ends with ：(a lead-in to a list when the paragraph is unnumbered body text). */
  endsWithColon: boolean;
  /** As a heading, its text runs on after the heading part (a run-in heading). */
  runIn: boolean;
}

/** Enough for the largest documents; cleared whole when full (typing makes a new text per keystroke). */
const MAX_ENTRIES = 20_000;
const cache = new Map<string, ParagraphFacts>();

export function paragraphFacts(text: string): ParagraphFacts {
  let facts = cache.get(text);
  if (facts === undefined) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    const marker = parseNumbering(text);
    facts = {
      marker,
      sectionLine: isSectionLine(text),
      endsWithColon: /[：:]$/.test(text.trim()),
      runIn: splitRunInHeading(text).rest.trim() !== '',
    };
    cache.set(text, facts);
  }
  return facts;
}
