/**
 * The 提法 table compiled for the checker: the built-in entries and an office's own, with the wordings
 * that can be stale in a given year folded into one regular expression. The per-paragraph check runs
 * on every keystroke, so a paragraph is scanned once by that one expression (V8 skips ahead on the
 * alternatives' first characters), not once per entry; which entry matched is found only at a match.
 */
import { BUILT_IN_TIFA } from './data/tifa';
import { tifaYear, type TifaEntry } from './data/tifa-types';

export interface TifaMatcher {
  /** Global; the alternatives in `entries` order. */
  any: RegExp;
  entries: readonly TifaEntry[];
  /** One sticky expression per entry, to tell which alternative matched at a position. */
  sticky: readonly RegExp[];
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
  return entry.pattern ?? entry.wording.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
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
  // Longer wordings first: at one position the alternation takes the first alternative that matches,
  // so 常态化疫情防控 and 疫情防控 must be tried before 疫情. The sort is stable: user entries stay ahead.
  const entries = stale
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => b.entry.wording.length - a.entry.wording.length || a.i - b.i)
    .map((x) => x.entry);
  if (entries.length === 0) return null;
  const sources = entries.map(entrySource);
  return {
    any: new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'g'),
    entries,
    sticky: sources.map((s) => new RegExp(s, 'y')),
  };
}

/** The built-in table alone, compiled once: the default wherever no office table is given. */
export const BUILT_IN_TIFA_TABLE: CompiledTifa = compileTifaTable(BUILT_IN_TIFA);
