/**
 * The WHERE clause of a library search, one small function per filter. Each returns its SQL and its
 * arguments, or nothing when the filter is not set; `searchFilters` joins them with AND.
 */
import { charCount, TRIGRAM_MIN_CHARS } from '../../shared/library/query';
import type { SectionKind } from '../../shared/library/section-kinds';
import { ftsPhrase } from './near-duplicates';

export interface SqlPart {
  sql: string;
  args: unknown[];
}

export interface SearchFilterParams {
  years?: readonly number[];
  /** Include snippets whose year is unknown (the null entry of the year facet). */
  yearUnknown?: boolean;
  kinds?: readonly SectionKind[];
  sources?: readonly string[];
  /** Snippets with any of these tags. */
  tags?: readonly string[];
  favoritesOnly?: boolean;
}

/** `column IN (?, ?, …)` for a non-empty list. */
export function inList(column: string, values: readonly unknown[]): SqlPart {
  return { sql: `${column} IN (${values.map(() => '?').join(',')})`, args: [...values] };
}

/** `\`-escaped for LIKE … ESCAPE '\'. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Terms of 3+ characters through the trigram index (all must match). */
export function ftsTerms(terms: readonly string[]): SqlPart | null {
  const long = terms.filter((t) => charCount(t) >= TRIGRAM_MIN_CHARS);
  return long.length ? { sql: 'snippets_fts MATCH ?', args: [long.map(ftsPhrase).join(' AND ')] } : null;
}

/** Terms of 1–2 characters, which a trigram index cannot find: one LIKE each. */
export function shortTerms(terms: readonly string[]): SqlPart[] {
  return terms.filter((t) => charCount(t) < TRIGRAM_MIN_CHARS).map((t) => ({ sql: "s.text LIKE ? ESCAPE '\\'", args: [likePattern(t)] }));
}

/** The chosen years, and/or snippets of unknown year. */
export function yearFilter(years: readonly number[] = [], yearUnknown = false): SqlPart | null {
  const parts: SqlPart[] = [];
  if (years.length) parts.push(inList('s.year', years));
  if (yearUnknown) parts.push({ sql: 's.year IS NULL', args: [] });
  if (!parts.length) return null;
  return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, args: parts.flatMap((p) => p.args) };
}

export function kindFilter(kinds: readonly SectionKind[] = []): SqlPart | null {
  return kinds.length ? inList('s.kind', kinds) : null;
}

export function sourceFilter(sources: readonly string[] = []): SqlPart | null {
  return sources.length ? inList('s.source_name', sources) : null;
}

export function tagFilter(tags: readonly string[] = []): SqlPart | null {
  if (!tags.length) return null;
  const list = inList('tag', tags);
  return { sql: `s.id IN (SELECT snippet_id FROM snippet_tags WHERE ${list.sql})`, args: list.args };
}

export function favoritesFilter(favoritesOnly = false): SqlPart | null {
  return favoritesOnly ? { sql: 's.favorite = 1', args: [] } : null;
}

/**
 * Every condition of a search: live snippets, the query terms (through the index when `useFts`), and
 * the filters. `where` counts the conditions (1 = no filter at all, which lets a browse skip indexes).
 */
export function searchFilters(params: SearchFilterParams, terms: readonly string[], useFts: boolean): { sql: string; args: unknown[]; count: number } {
  const parts: SqlPart[] = [
    { sql: 's.deleted_at IS NULL', args: [] },
    ...(useFts ? [ftsTerms(terms)] : []),
    ...shortTerms(terms),
    yearFilter(params.years, params.yearUnknown),
    kindFilter(params.kinds),
    sourceFilter(params.sources),
    tagFilter(params.tags),
    favoritesFilter(params.favoritesOnly),
  ].filter((p): p is SqlPart => p !== null);
  return { sql: parts.map((p) => p.sql).join(' AND '), args: parts.flatMap((p) => p.args), count: parts.length };
}
