/**
 * The 提法 table compiled for the checker: the built-in entries and an office's own. The per-paragraph
 * check runs on every keystroke, and one regular expression of a hundred guarded alternatives
 * (lookbehinds, optional quotes) costs V8 a full attempt at every position. So each entry is given
 * anchors, literal runs every match of it contains (脱贫攻坚 in “打赢脱贫攻坚战”), found in one pass by
 * a union of plain strings; only where an anchor occurs are the entries' full patterns tried.
 */
import { BUILT_IN_TIFA } from './data/tifa';
import { tifaYear, type TifaEntry } from './data/tifa-types';

/** How far before its anchor a match may start (统筹推进新冠肺炎|疫情防控和经济社会发展). */
export const MAX_ANCHOR_PREFIX = 24;

export interface TifaMatcher {
  entries: readonly TifaEntry[];
  /** Global: every anchor, longest first. */
  anchors: RegExp | null;
  /** anchor → the entries it stands for, with how far before it each entry's match can start. */
  byAnchor: ReadonlyMap<string, ReadonlyArray<{ i: number; before: number }>>;
  /** One sticky expression per entry: its full pattern, tried at candidate starts. */
  sticky: readonly RegExp[];
  /** Entries without an anchor (an office's pattern with no literal run): scanned whole, one by one. */
  unanchored: readonly number[];
}

export interface CompiledTifa {
  /** Every entry, user entries first (an office's wording takes precedence at the same position). */
  readonly entries: readonly TifaEntry[];
  readonly builtInCount: number;
  /** The matcher for wordings stale in `year` (validUntil before it, matched by the table itself);
   *  null when none is. Built once per year. */
  forYear(year: number): TifaMatcher | null;
}

/** The pattern source of an entry: its own, or its wording as a literal. */
export function entrySource(entry: TifaEntry): string {
  return entry.pattern ?? escapeLiteral(entry.wording);
}

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const SPECIAL = new Set('\\^$.|?*+()[]{}'.split(''));

/** A literal run every match contains, and how many characters of a match can precede it. */
export interface Anchor {
  text: string;
  /** An upper bound (MAX_ANCHOR_PREFIX where the prefix can repeat: *, +, {n,m}). */
  before: number;
}

/**
 * Literal runs every match of a pattern contains: for each top-level alternative, its longest run of
 * plain characters outside groups and classes (a character made optional by ?, * or {0,…} is not
 * part of a run). Null when some alternative has none. `before` counts what can be matched ahead of
 * the run: every character of the source outside lookarounds matches at most one character of text.
 */
export function anchorsOf(source: string): Anchor[] | null {
  const anchors: Anchor[] = [];
  const lookaround: boolean[] = []; // per open group: is it a lookaround (consumes no text)?
  let inClass = false;
  let run = '';
  let runBefore = 0;
  let best: Anchor | null = null;
  let consumed = 0; // text characters that can precede the current position, in this alternative
  let unbounded = false;
  const hidden = () => lookaround.includes(true);
  const endRun = () => {
    if (run && (!best || run.length > best.text.length)) best = { text: run, before: unbounded ? MAX_ANCHOR_PREFIX : Math.min(runBefore, MAX_ANCHOR_PREFIX) };
    run = '';
  };
  const endAlternative = () => {
    endRun();
    if (!best) return false;
    anchors.push(best);
    best = null;
    consumed = 0;
    unbounded = false;
    return true;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      endRun();
      i++;
      if (!hidden()) consumed++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      endRun();
      inClass = true;
      if (!hidden()) consumed++;
    } else if (c === '(') {
      endRun();
      lookaround.push(/^\(\?<?[=!]/.test(source.slice(i, i + 4)));
      if (source[i + 1] === '?') i += source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!' ? 2 : source[i + 2] === '<' ? 3 : 2;
    } else if (c === ')') {
      lookaround.pop();
    } else if (c === '*' || c === '+' || c === '{') {
      if (lookaround.length === 0) {
        if (c !== '+') run = run.slice(0, -1); // the character before is optional
        endRun();
      }
      if (!hidden()) unbounded = true;
      if (c === '{') while (i < source.length && source[i] !== '}') i++;
    } else if (lookaround.length > 0) {
      if (!hidden() && c !== '|' && c !== '?') consumed++;
    } else if (c === '|') {
      if (!endAlternative()) return null;
    } else if (c === '?') {
      run = run.slice(0, -1);
      endRun();
    } else if (SPECIAL.has(c)) {
      endRun();
    } else {
      if (!run) runBefore = consumed;
      run += c;
      consumed++;
    }
  }
  if (!endAlternative()) return null;
  const seen = new Map<string, Anchor>();
  for (const a of anchors) seen.set(a.text, { text: a.text, before: Math.max(a.before, seen.get(a.text)?.before ?? 0) });
  return [...seen.values()];
}

export function compileTifaTable(builtIn: readonly TifaEntry[], userEntries: readonly TifaEntry[] = []): CompiledTifa {
  const entries = [...userEntries, ...builtIn];
  const byYear = new Map<number, TifaMatcher | null>();
  return {
    entries,
    builtInCount: builtIn.length,
    forYear(year) {
      let m = byYear.get(year);
      if (m === undefined) {
        m = buildMatcher(entries.filter((e) => !e.delegate && e.validUntil !== undefined && tifaYear(e.validUntil) < year));
        byYear.set(year, m);
      }
      return m;
    },
  };
}

function buildMatcher(stale: TifaEntry[]): TifaMatcher | null {
  if (stale.length === 0) return null;
  // Longer wordings first: where two entries match at one position, 常态化疫情防控 wins over 疫情防控.
  // The sort is stable: user entries stay ahead of built-in ones of the same length.
  const entries = stale
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => b.entry.wording.length - a.entry.wording.length || a.i - b.i)
    .map((x) => x.entry);
  const byAnchor = new Map<string, Array<{ i: number; before: number }>>();
  const unanchored: number[] = [];
  entries.forEach((e, i) => {
    const anchors = anchorsOf(entrySource(e));
    if (anchors === null) unanchored.push(i);
    else for (const a of anchors) byAnchor.set(a.text, [...(byAnchor.get(a.text) ?? []), { i, before: a.before }]);
  });
  const keys = [...byAnchor.keys()].sort((a, b) => b.length - a.length);
  return {
    entries,
    anchors: keys.length ? new RegExp(keys.map(escapeLiteral).join('|'), 'g') : null,
    byAnchor,
    sticky: entries.map((e) => new RegExp(entrySource(e), 'y')),
    unanchored,
  };
}

export interface TifaMatch {
  entry: TifaEntry;
  start: number;
  end: number;
}

/** Every match of a stale entry in `text`, left to right, not overlapping (the higher entry wins a tie). */
export function matchTifa(matcher: TifaMatcher, text: string): TifaMatch[] {
  const found: Array<{ i: number; start: number; end: number; from: number; to: number; before: number }> = [];
  const { anchors, byAnchor, sticky } = matcher;
  if (anchors) {
    anchors.lastIndex = 0;
    for (let m = anchors.exec(text); m !== null; m = anchors.exec(text)) {
      for (const { i, before } of byAnchor.get(m[0])!) {
        const from = m.index;
        const to = from + m[0].length;
        const hit = around(sticky[i]!, text, from, to, from - before);
        if (hit) found.push({ i, ...hit, from, to, before });
      }
    }
  }
  for (const i of matcher.unanchored) {
    const re = new RegExp(sticky[i]!.source, 'g');
    for (const m of text.matchAll(re)) if (m[0]) found.push({ i, start: m.index, end: m.index + m[0].length, from: m.index, to: m.index, before: 0 });
  }
  found.sort((a, b) => a.start - b.start || a.i - b.i);
  const out: TifaMatch[] = [];
  let reach = 0;
  for (const f of found) {
    // Overlapping the match before: the entry may still match after it (统筹疫情防控和经济社会发展 |
    // “双战双赢”), as a scan that resumed there would find.
    const hit = f.start >= reach ? f : f.from >= reach ? around(sticky[f.i]!, text, f.from, f.to, Math.max(reach, f.from - f.before)) : null;
    if (!hit) continue;
    out.push({ entry: matcher.entries[f.i]!, start: hit.start, end: hit.end });
    reach = hit.end;
  }
  return out;
}

/** The first match of `re` starting at `min` or later that covers the anchor [from, to). */
function around(re: RegExp, text: string, from: number, to: number, min: number): { start: number; end: number } | null {
  for (let s = Math.max(0, min); s <= from; s++) {
    re.lastIndex = s;
    const m = re.exec(text);
    if (m && s + m[0].length >= to) return { start: s, end: s + m[0].length };
  }
  return null;
}

/** The built-in table alone, compiled once: the default wherever no office table is given. */
export const BUILT_IN_TIFA_TABLE: CompiledTifa = compileTifaTable(BUILT_IN_TIFA);
