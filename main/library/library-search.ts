/**
 * Searching the snippet library: the full-text path (FTS5 trigram, bm25) for terms of 3+ characters,
 * a bounded newest-first LIKE scan for 1–2 characters, or browsing by filters alone. The filters come
 * from search-filters.ts; the store turns rows into snippets (tags included) through `hydrate`.
 */
import type Database from 'better-sqlite3';
import { charCount, highlightRanges, queryTerms, searchMode, TRIGRAM_MIN_CHARS } from '../../shared/library/query';
import type { LibrarySearchHit, LibrarySearchResult, LibrarySnippet } from '../../shared/library/types';
import type { SnippetRow } from './library-store';
import { ftsPhrase } from './near-duplicates';
import { searchFilters, type SearchFilterParams } from './search-filters';

/**
 * Matches are counted up to this many (the result then says "at least"). The LIKE path also ranks
 * only this many: the most recently added matches, found by scanning newest first and stopping there,
 * so a common 1–2 character term costs a fraction of a full scan.
 */
export const COUNT_CAP = 1000;
export const MAX_SEARCH_LIMIT = 200;
/** Deleted snippets stay in the bin this long. */
export type SearchSort = 'relevance' | 'newest' | 'most-used';

export interface SearchParams extends SearchFilterParams {
  query: string;
  sort?: SearchSort;
  limit?: number;
  offset?: number;
}

/** Connections with the temp fts5vocab table over the trigram index's terms. */
const withTermTable = new WeakSet<Database.Database>();

/** Whether the trigram index's terms can stand for LIKE on this 2-character term: no letters that
 *  the tokenizer would fold differently from LIKE (which folds ASCII only). */
const indexable = (term: string) => charCount(term) === 2 && !/[\p{Lu}\p{Ll}\p{Lt}]/u.test(term.replace(/[A-Za-z]/g, ''));

/**
 * The ids of the COUNT_CAP + 1 most recently added snippets matching a 1–2 character search, found
 * through the indexes instead of a table scan, or null when no term allows it (all 1-character).
 * A 2-character term t occurs either where a trigram starts (the trigram index's terms "t?", from
 * the fts5vocab table, OR-ed into one MATCH walked newest first) or in a text's last two characters
 * (snippets_by_tail). Both lists are newest first and capped, so their union's newest COUNT_CAP + 1
 * are the answer; the full WHERE (LIKE for every short term included) is applied to both, so the
 * matches are exactly the LIKE scan's.
 */
export function newestMatchIds(db: Database.Database, shortOnes: readonly string[], whereSql: string, args: readonly unknown[]): number[] | null {
  const term = shortOnes.find(indexable);
  if (term === undefined) return null;
  if (!withTermTable.has(db)) {
    db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.snippets_fts_terms USING fts5vocab(main, snippets_fts, row)');
    withTermTable.add(db);
  }
  const folded = term.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const trigramTerms = db
    .prepare('SELECT term FROM temp.snippets_fts_terms WHERE term >= ? AND term < ?')
    .pluck()
    .all(folded, `${folded}\u{10FFFF}`) as string[];
  const cap = COUNT_CAP + 1;
  const ids = db
    .prepare(`SELECT s.id FROM snippets s INDEXED BY snippets_by_tail WHERE lower(substr(s.text, -2)) = ? AND ${whereSql} ORDER BY s.id DESC LIMIT ${cap}`)
    .pluck()
    .all(folded, ...args) as number[];
  if (trigramTerms.length > 0) {
    ids.push(
      ...(db
        .prepare(`SELECT s.id FROM snippets_fts f JOIN snippets s ON s.id = f.rowid WHERE snippets_fts MATCH ? AND ${whereSql} ORDER BY f.rowid DESC LIMIT ${cap}`)
        .pluck()
        .all(trigramTerms.map(ftsPhrase).join(' OR '), ...args) as number[]),
    );
  }
  return [...new Set(ids)].sort((a, b) => b - a).slice(0, cap);
}

export function searchSnippets(
  db: Database.Database,
  params: SearchParams,
  hydrate: (rows: readonly SnippetRow[]) => LibrarySnippet[],
): LibrarySearchResult {
  const terms = queryTerms(params.query);
  const mode = searchMode(terms);
  const limit = Math.max(1, Math.min(params.limit ?? 20, MAX_SEARCH_LIMIT));
  const offset = Math.max(0, params.offset ?? 0);
  const shortOnes = terms.filter((t) => charCount(t) < TRIGRAM_MIN_CHARS);
  const filters = searchFilters(params, terms, mode === 'fts');
  const whereSql = filters.sql;
  const args = filters.args;

  /** ORDER BY for a row alias `r` with a `score` column, relevance as the last key. */
  const orderBy = (r: string, relevance: string) =>
    params.sort === 'newest'
      ? `${r}.year DESC NULLS LAST, ${r}.created_at DESC, ${relevance}`
      : params.sort === 'most-used'
        ? `${r}.times_used DESC, ${r}.last_used_at DESC NULLS LAST, ${relevance}`
        : relevance;

  let rows: Array<SnippetRow & { score: number }>;
  let counted: number;
  if (mode === 'fts') {
    // bm25 through the FTS5 rank column, which FTS5 orders fastest.
    rows = db
      .prepare(
        `SELECT s.*, -f.rank AS score FROM snippets_fts f JOIN snippets s ON s.id = f.rowid WHERE ${whereSql}
         ORDER BY ${orderBy('s', 'f.rank')} LIMIT ? OFFSET ?`,
      )
      .all(...args, limit, offset) as Array<SnippetRow & { score: number }>;
    counted = db
      .prepare(`SELECT count(*) FROM (SELECT 1 FROM snippets_fts f JOIN snippets s ON s.id = f.rowid WHERE ${whereSql} LIMIT ${COUNT_CAP + 1})`)
      .pluck()
      .get(...args) as number;
  } else if (mode === 'like') {
    // The COUNT_CAP + 1 most recently added matches, ranked by occurrences of the terms. With a
    // 2-character term they come from the trigram index (newestMatchIds); otherwise from a table scan
    // newest first (NOT INDEXED: the deleted_at indexes would turn it into index lookups) stopped there.
    const occurrences = shortOnes.map(() => '(length(s.text) - length(replace(s.text, ?, ?))) / length(?)').join(' + ');
    const occurrenceArgs = shortOnes.flatMap((t) => [t, '', t]);
    const ids = newestMatchIds(db, shortOnes, whereSql, args);
    if (ids) {
      rows = db
        .prepare(
          `SELECT s.*, ${occurrences} AS score FROM snippets s WHERE s.id IN (SELECT value FROM json_each(?))
           ORDER BY ${orderBy('s', 'score DESC, s.char_count ASC, s.id DESC')} LIMIT ? OFFSET ?`,
        )
        .all(...occurrenceArgs, JSON.stringify(ids), limit, offset) as Array<SnippetRow & { score: number }>;
      counted = ids.length;
    } else {
      rows = db
        .prepare(
          `SELECT c.*, count(*) OVER () AS matched FROM
             (SELECT s.*, ${occurrences} AS score FROM snippets s NOT INDEXED WHERE ${whereSql} ORDER BY s.id DESC LIMIT ${COUNT_CAP + 1}) c
           ORDER BY ${orderBy('c', 'c.score DESC, c.char_count ASC, c.id DESC')} LIMIT ? OFFSET ?`,
        )
        .all(...occurrenceArgs, ...args, limit, offset) as Array<SnippetRow & { score: number; matched: number }>;
      counted =
        (rows[0] as { matched?: number } | undefined)?.matched ??
        (offset === 0 ? 0 : (db.prepare(`SELECT count(*) FROM (SELECT 1 FROM snippets s NOT INDEXED WHERE ${whereSql} ORDER BY s.id DESC LIMIT ${COUNT_CAP + 1})`).pluck().get(...args) as number));
    }
  } else {
    // Browsing: the filters alone, most recently added first. Without filters, the rowid order serves
    // (the deleted_at indexes would only add lookups).
    const hint = filters.count === 1 ? 'NOT INDEXED' : '';
    rows = db
      .prepare(`SELECT s.*, 0 AS score FROM snippets s ${hint} WHERE ${whereSql} ORDER BY ${orderBy('s', 's.id DESC')} LIMIT ? OFFSET ?`)
      .all(...args, limit, offset) as Array<SnippetRow & { score: number }>;
    counted = db.prepare(`SELECT count(*) FROM (SELECT 1 FROM snippets s WHERE ${whereSql} LIMIT ${COUNT_CAP + 1})`).pluck().get(...args) as number;
  }

  const snippets = hydrate(rows);
  const results: LibrarySearchHit[] = rows.map((r, i) => ({
    ...snippets[i]!,
    score: Math.round(Number(r.score) * 1000) / 1000,
    highlights: highlightRanges(r.text, terms),
  }));
  return { mode, terms, total: Math.min(counted, COUNT_CAP), totalIsLowerBound: counted > COUNT_CAP, results };
}
