/** Aggregates over the whole snippet library: the search facets and the counts `stats` shows. */
import type Database from 'better-sqlite3';
import { SECTION_KINDS } from '../../shared/library/section-kinds';
import type { LibraryFacets } from '../../shared/library/types';

export interface LibraryCounts {
  snippets: number;
  favorites: number;
  deleted: number;
  sources: number;
  tags: number;
  lastImportAt: string | null;
}

/** Live snippets by year, kind, source and tag, for the filter lists. */
export function libraryFacets(db: Database.Database): LibraryFacets {
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const years = db
    .prepare('SELECT year AS value, count(*) AS count FROM snippets WHERE deleted_at IS NULL GROUP BY year ORDER BY year DESC NULLS LAST')
    .all() as Array<{ value: number | null; count: number }>;
  const kindCounts = new Map(
    (db.prepare('SELECT kind, count(*) AS count FROM snippets WHERE deleted_at IS NULL GROUP BY kind').all() as Array<{
      kind: string;
      count: number;
    }>).map((r) => [r.kind, r.count]),
  );
  const sources = db
    .prepare(
      'SELECT source_name AS value, count(*) AS count FROM snippets WHERE deleted_at IS NULL GROUP BY source_name ORDER BY count DESC, source_name LIMIT 200',
    )
    .all() as Array<{ value: string; count: number }>;
  const tags = db
    .prepare(
      `SELECT t.tag AS value, count(*) AS count FROM snippet_tags t JOIN snippets s ON s.id = t.snippet_id
       WHERE s.deleted_at IS NULL GROUP BY t.tag ORDER BY count DESC, t.tag`,
    )
    .all() as Array<{ value: string; count: number }>;
  return {
    total: count('SELECT count(*) FROM snippets WHERE deleted_at IS NULL'),
    favorites: count('SELECT count(*) FROM snippets WHERE deleted_at IS NULL AND favorite = 1'),
    years,
    kinds: SECTION_KINDS.filter((k) => kindCounts.has(k)).map((k) => ({ value: k, count: kindCounts.get(k)! })),
    sources,
    tags,
  };
}

export function libraryCounts(db: Database.Database): LibraryCounts {
  const one = (sql: string) => db.prepare(sql).pluck().get() as number | string | null;
  return {
    snippets: one('SELECT count(*) FROM snippets WHERE deleted_at IS NULL') as number,
    favorites: one('SELECT count(*) FROM snippets WHERE deleted_at IS NULL AND favorite = 1') as number,
    deleted: one('SELECT count(*) FROM snippets WHERE deleted_at IS NOT NULL') as number,
    sources: one('SELECT count(*) FROM sources') as number,
    tags: one('SELECT count(DISTINCT tag) FROM snippet_tags') as number,
    lastImportAt: one('SELECT max(imported_at) FROM sources') as string | null,
  };
}
