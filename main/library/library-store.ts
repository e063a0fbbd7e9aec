/**
 * The SQL of the snippet library (library.db): snippets, their sources, tags and other origins, and
 * the FTS5 trigram index the triggers keep in step. Plain synchronous better-sqlite3; the import
 * (library-import.ts) and the service (library-service.ts) decide what goes in.
 */
import type Database from 'better-sqlite3';
import { charCount } from '../../shared/library/query';
import type { SectionKind } from '../../shared/library/section-kinds';
import { jaccard, normaliseForIdentity, trigrams } from '../../shared/library/similarity';
import type {
  LibraryFacets,
  LibraryOriginRelation,
  LibrarySearchResult,
  LibrarySnippet,
  LibrarySnippetDetail,
  LibrarySnippetOrigin,
  YearSource,
} from '../../shared/library/types';
import { ServiceError } from '../errors';
import { NEAR_DUPLICATE_SIMILARITY, NearDuplicateFinder, type NearMatch } from './near-duplicates';
import { inList } from './search-filters';
import { searchSnippets, type SearchParams } from './library-search';
import { libraryCounts, libraryFacets, type LibraryCounts } from './library-facets';
import { contentParams, identityHash, rowToSnippet, type SnippetRow } from './snippet-rows';

export { hashText, identityHash, type SnippetRow } from './snippet-rows';

export { COUNT_CAP, MAX_SEARCH_LIMIT, type SearchParams, type SearchSort } from './library-search';

export { NEAR_DUPLICATE_MIN_CHARS, NEAR_DUPLICATE_SIMILARITY, nearDuplicateQueries, type NearMatch } from './near-duplicates';

export const BIN_DAYS = 30;
export const MANUAL_SOURCE = '手动添加';

export interface NewSource {
  fileName: string;
  title: string;
  year: number | null;
  yearSource: YearSource | 'manual' | null;
  yearReason: string;
  contentHash: string;
}

export interface NewSnippet {
  text: string;
  headingPath: readonly string[];
  kind: SectionKind;
  kindReason: string;
  sourceId: number | null;
  sourceName: string;
  year: number | null;
  tags?: readonly string[];
  favorite?: boolean;
  timesUsed?: number;
  /** Its LSH band keys when already computed (prepareDocument, in the thread that read the file). */
  bands?: readonly number[];
}

export class LibraryStore {
  private readonly stmts;
  private readonly near: NearDuplicateFinder;
  /** Inside write(): how deep. */
  private writeDepth = 0;
  /**
   * The full-text index's debt inside the current write() (migrations 0005 and 0006: no insert or update
   * trigger): snippets inserted and not yet indexed, and snippets whose text changed, with the text the
   * index still holds for them. Kept in step with savepoints: a nested write that fails restores what it began with.
   */
  private unindexed = new Set<number>();
  private stale = new Map<number, string>();

  constructor(
    readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.near = new NearDuplicateFinder(db);
    this.stmts = {
      sourceByHash: db.prepare('SELECT id FROM sources WHERE content_hash = ? ORDER BY id LIMIT 1').pluck(),
      insertSource: db.prepare(
        `INSERT INTO sources (file_name, title, year, year_source, year_reason, content_hash, imported_at)
         VALUES (@fileName, @title, @year, @yearSource, @yearReason, @contentHash, @importedAt)`,
      ),
      touchSource: db.prepare('UPDATE sources SET imported_at = ?, file_name = ? WHERE id = ?'),
      byHash: db.prepare('SELECT id, source_id, source_name, deleted_at FROM snippets WHERE text_hash = ?'),
      insert: db.prepare(
        `INSERT INTO snippets (text, text_hash, char_count, heading_path, kind, kind_reason, source_id, source_name, year,
                               favorite, times_used, created_at, updated_at)
         VALUES (@text, @hash, @chars, @headingPath, @kind, @kindReason, @sourceId, @sourceName, @year, @favorite, @timesUsed, @at, @at)`,
      ),
      indexOne: db.prepare('INSERT INTO snippets_fts (rowid, text) SELECT id, text FROM snippets WHERE id = ?'),
      indexMany: db.prepare('INSERT INTO snippets_fts (rowid, text) SELECT id, text FROM snippets WHERE id IN (SELECT value FROM json_each(?))'),
      unindexOne: db.prepare("INSERT INTO snippets_fts (snippets_fts, rowid, text) VALUES ('delete', ?, ?)"),
      // json_each over [[id, old text], …]: FTS5's 'delete' needs the values it indexed.
      unindexMany: db.prepare("INSERT INTO snippets_fts (snippets_fts, rowid, text) SELECT 'delete', value ->> 0, value ->> 1 FROM json_each(?)"),
      textOf: db.prepare('SELECT text FROM snippets WHERE id = ?').pluck(),
      addTag: db.prepare('INSERT OR IGNORE INTO snippet_tags (snippet_id, tag) VALUES (?, ?)'),
      clearTags: db.prepare('DELETE FROM snippet_tags WHERE snippet_id = ?'),
      tagsOf: db.prepare('SELECT tag FROM snippet_tags WHERE snippet_id = ? ORDER BY tag').pluck(),
      hasOrigin: db.prepare('SELECT 1 FROM snippet_origins WHERE snippet_id = ? AND source_name = ? AND relation = ? LIMIT 1').pluck(),
      addOrigin: db.prepare(
        `INSERT INTO snippet_origins (snippet_id, source_id, source_name, year, relation, similarity, text, recorded_at)
         VALUES (@snippetId, @sourceId, @sourceName, @year, @relation, @similarity, @text, @at)`,
      ),
      originsOf: db.prepare(
        'SELECT source_name, year, relation, similarity, text, recorded_at FROM snippet_origins WHERE snippet_id = ? ORDER BY id',
      ),
      moveOrigins: db.prepare('UPDATE snippet_origins SET snippet_id = ? WHERE snippet_id = ?'),
      get: db.prepare('SELECT * FROM snippets WHERE id = ?'),
      sourceOf: db.prepare('SELECT year_source, year_reason FROM sources WHERE id = ?'),
      takeNewer: db.prepare(
        `UPDATE snippets SET text = @text, text_hash = @hash, char_count = @chars, heading_path = @headingPath, kind = @kind,
           kind_reason = @kindReason, source_id = @sourceId, source_name = @sourceName, year = @year, updated_at = @at WHERE id = @id`,
      ),
      setText: db.prepare('UPDATE snippets SET text = ?, text_hash = ?, char_count = ?, updated_at = ? WHERE id = ?'),
      setFavorite: db.prepare('UPDATE snippets SET favorite = ?, updated_at = ? WHERE id = ?'),
      setKind: db.prepare('UPDATE snippets SET kind = ?, kind_reason = ?, updated_at = ? WHERE id = ?'),
      setYear: db.prepare('UPDATE snippets SET year = ?, updated_at = ? WHERE id = ?'),
      markUsed: db.prepare('UPDATE snippets SET times_used = times_used + 1, last_used_at = ? WHERE id = ? AND deleted_at IS NULL'),
      softDelete: db.prepare('UPDATE snippets SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
      undelete: db.prepare('UPDATE snippets SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL'),
      purge: db.prepare('DELETE FROM snippets WHERE deleted_at IS NOT NULL AND deleted_at < ?'),
      touch: db.prepare('UPDATE snippets SET updated_at = ? WHERE id = ?'),
    };
  }

  private at(): string {
    return this.now().toISOString();
  }

  // ---------- writing ----------

  /**
   * Runs `fn` as one unit: a transaction (IMMEDIATE: reads and writes under the write lock, so another
   * process waits its turn instead of failing on a stale snapshot), or a savepoint inside an enclosing
   * write(). The snippets it inserts or rewrites reach the full-text index in two statements before the
   * outermost commits (settleIndex): one index segment per write instead of one per paragraph.
   */
  write<T>(fn: () => T): T {
    if (this.writeDepth > 0) {
      const before = { unindexed: new Set(this.unindexed), stale: new Map(this.stale) };
      this.writeDepth++;
      try {
        return this.db.transaction(fn)();
      } catch (err) {
        this.unindexed = before.unindexed;
        this.stale = before.stale;
        throw err;
      } finally {
        this.writeDepth--;
      }
    }
    this.writeDepth++;
    try {
      return this.db.transaction(() => {
        const result = fn();
        this.settleIndex();
        return result;
      }).immediate();
    } finally {
      this.writeDepth--;
      this.unindexed.clear();
      this.stale.clear();
    }
  }

  /** The write's changes into the full-text index: old texts out, then new and changed snippets in (two statements). */
  private settleIndex(): void {
    if (this.stale.size > 0) {
      this.stmts.unindexMany.run(JSON.stringify([...this.stale]));
      for (const id of this.stale.keys()) this.unindexed.add(id);
      this.stale.clear();
    }
    if (this.unindexed.size === 0) return;
    this.stmts.indexMany.run(JSON.stringify([...this.unindexed]));
    this.unindexed.clear();
  }

  /**
   * Changes a snippet's text with `change`, keeping the full-text index right: at once outside a write();
   * inside one, noted (the text the index holds) and settled at its end. A snippet inserted in the same
   * write is not in the index yet and is indexed with its final text then.
   */
  private changeText(id: number, change: () => void): void {
    if (this.writeDepth === 0) {
      const old = this.stmts.textOf.get(id) as string;
      this.db.transaction(() => {
        change();
        this.stmts.unindexOne.run(id, old);
        this.stmts.indexOne.run(id);
      })();
      return;
    }
    if (!this.unindexed.has(id) && !this.stale.has(id)) this.stale.set(id, this.stmts.textOf.get(id) as string);
    change();
  }

  // ---------- sources ----------

  /** The source row for this document content, new or reused (the same file imported again). */
  sourceFor(source: NewSource): number {
    const existing = this.stmts.sourceByHash.get(source.contentHash) as number | undefined;
    if (existing !== undefined && source.contentHash !== '') {
      this.stmts.touchSource.run(this.at(), source.fileName, existing);
      return existing;
    }
    return Number(this.stmts.insertSource.run({ ...source, importedAt: this.at() }).lastInsertRowid);
  }

  // ---------- adding ----------

  /** The snippet (deleted or not) whose normalised text equals this one's. */
  byText(text: string): { id: number; sourceId: number | null; sourceName: string; deleted: boolean } | undefined {
    const row = this.stmts.byHash.get(identityHash(text)) as
      | { id: number; source_id: number | null; source_name: string; deleted_at: string | null }
      | undefined;
    return row && { id: row.id, sourceId: row.source_id, sourceName: row.source_name, deleted: row.deleted_at !== null };
  }

  insert(snippet: NewSnippet): number {
    const id = Number(
      this.stmts.insert.run({
        ...contentParams(snippet),
        favorite: snippet.favorite ? 1 : 0,
        timesUsed: snippet.timesUsed ?? 0,
        at: this.at(),
      }).lastInsertRowid,
    );
    for (const tag of snippet.tags ?? []) this.stmts.addTag.run(id, tag);
    this.near.index(id, snippet.text, snippet.bands);
    if (this.writeDepth > 0) this.unindexed.add(id);
    else this.stmts.indexOne.run(id);
    return id;
  }

  /** Records that `snippetId` was also found elsewhere; an exact duplicate from the same document once only. */
  addOrigin(
    snippetId: number,
    origin: { sourceId: number | null; sourceName: string; year: number | null; relation: LibraryOriginRelation; similarity?: number; text?: string },
  ): void {
    if (origin.relation === 'exact' && this.stmts.hasOrigin.get(snippetId, origin.sourceName, 'exact')) return;
    this.stmts.addOrigin.run({
      snippetId,
      sourceId: origin.sourceId,
      sourceName: origin.sourceName,
      year: origin.year,
      relation: origin.relation,
      similarity: origin.similarity ?? null,
      text: origin.text ?? null,
      at: this.at(),
    });
  }

  /** Live snippets with trigram similarity ≥ threshold to `text`, most similar first. */
  nearDuplicates(text: string, threshold = NEAR_DUPLICATE_SIMILARITY, excludeId?: number, bands?: readonly number[]): NearMatch[] {
    return this.near.find(text, threshold, excludeId, bands);
  }

  /** Loads the near-duplicate band keys (filling in any missing), as an import does before its first file. */
  ensureNearDuplicateIndex(): void {
    this.near.prepare();
  }

  /** A near duplicate from a newer document: the snippet takes its wording, place and year (id, tags,
   *  favourite and use count stay). */
  takeNewer(id: number, snippet: NewSnippet): void {
    this.changeText(id, () => this.stmts.takeNewer.run({ id, ...contentParams(snippet), at: this.at() }));
    this.near.index(id, snippet.text, snippet.bands);
  }

  // ---------- reading ----------

  private row(id: number): SnippetRow {
    const row = this.stmts.get.get(id) as SnippetRow | undefined;
    if (!row) throw new ServiceError('not_found', '找不到该素材，可能已被删除。');
    return row;
  }

  /** A live snippet; not_found for a missing or deleted one. */
  private liveRow(id: number): SnippetRow {
    const row = this.row(id);
    if (row.deleted_at !== null) throw new ServiceError('not_found', '找不到该素材，可能已被删除。');
    return row;
  }

  private toSnippet(row: SnippetRow, tags?: string[]): LibrarySnippet {
    return rowToSnippet(row, tags ?? (this.stmts.tagsOf.all(row.id) as string[]));
  }

  snippet(id: number): LibrarySnippet {
    return this.toSnippet(this.liveRow(id));
  }

  detail(id: number): LibrarySnippetDetail {
    const row = this.liveRow(id);
    const source =
      row.source_id !== null ? (this.stmts.sourceOf.get(row.source_id) as { year_source: string | null; year_reason: string } | undefined) : undefined;
    const origins = (this.stmts.originsOf.all(id) as Array<{
      source_name: string;
      year: number | null;
      relation: LibraryOriginRelation;
      similarity: number | null;
      text: string | null;
      recorded_at: string;
    }>).map(
      (o): LibrarySnippetOrigin => ({
        source: o.source_name,
        year: o.year,
        relation: o.relation,
        similarity: o.similarity,
        text: o.text,
        recordedAt: o.recorded_at,
      }),
    );
    return {
      ...this.toSnippet(row),
      yearSource: (source?.year_source as LibrarySnippetDetail['yearSource']) ?? (row.source_id === null ? 'manual' : null),
      yearReason: source?.year_reason ?? '',
      origins,
    };
  }

  /** Tags of many snippets in one query. */
  private tagsFor(ids: readonly number[]): Map<number, string[]> {
    const out = new Map<number, string[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return out;
    const list = inList('snippet_id', ids);
    const rows = this.db.prepare(`SELECT snippet_id, tag FROM snippet_tags WHERE ${list.sql} ORDER BY tag`).all(...list.args) as Array<{
      snippet_id: number;
      tag: string;
    }>;
    for (const r of rows) out.get(r.snippet_id)!.push(r.tag);
    return out;
  }

  // ---------- search ----------

  search(params: SearchParams): LibrarySearchResult {
    return searchSnippets(this.db, params, (rows) => {
      const tags = this.tagsFor(rows.map((r) => r.id));
      return rows.map((r) => this.toSnippet(r, tags.get(r.id)));
    });
  }

  facets(): LibraryFacets {
    return libraryFacets(this.db);
  }

  // ---------- changing ----------

  setText(id: number, text: string): void {
    this.liveRow(id);
    const other = this.byText(text);
    if (other && other.id !== id) {
      throw new ServiceError(
        'invalid_input',
        other.deleted
          ? '修改后的内容与回收站中的一条素材相同，请先恢复或清空那一条。'
          : `修改后的内容与素材库中已有的一条素材（编号 ${other.id}）相同，可以将两条合并。`,
      );
    }
    this.changeText(id, () => this.stmts.setText.run(text, identityHash(text), charCount(text), this.at(), id));
    this.near.index(id, text);
  }

  setTags(id: number, tags: readonly string[]): void {
    this.liveRow(id);
    this.stmts.clearTags.run(id);
    for (const tag of tags) this.stmts.addTag.run(id, tag);
    this.stmts.touch.run(this.at(), id);
  }

  addTags(id: number, tags: readonly string[]): void {
    for (const tag of tags) this.stmts.addTag.run(id, tag);
  }

  setFavorite(id: number, favorite: boolean): void {
    this.liveRow(id);
    this.stmts.setFavorite.run(favorite ? 1 : 0, this.at(), id);
  }

  setKind(id: number, kind: SectionKind, reason: string): void {
    this.liveRow(id);
    this.stmts.setKind.run(kind, reason, this.at(), id);
  }

  setYear(id: number, year: number | null): void {
    this.liveRow(id);
    this.stmts.setYear.run(year, this.at(), id);
  }

  markUsed(id: number): number {
    if (this.stmts.markUsed.run(this.at(), id).changes === 0) this.liveRow(id);
    return this.row(id).times_used;
  }

  /** Moves snippets to the bin; returns those that were live. */
  softDelete(ids: readonly number[]): number[] {
    const at = this.at();
    return this.db.transaction(() => ids.filter((id) => this.stmts.softDelete.run(at, id).changes > 0)).immediate();
  }

  /** Takes snippets out of the bin; returns those restored. */
  undelete(ids: readonly number[]): number[] {
    return this.db.transaction(() => ids.filter((id) => this.stmts.undelete.run(id).changes > 0)).immediate();
  }

  /** Refreshes the query planner's statistics (quick: sampled), after a large change such as an import. */
  analyze(): void {
    this.db.pragma('analysis_limit = 400');
    this.db.exec('ANALYZE');
  }

  /** Deletes for good what has been in the bin longer than BIN_DAYS. */
  purgeDeleted(): number {
    const cutoff = new Date(this.now().getTime() - BIN_DAYS * 24 * 3600 * 1000).toISOString();
    return this.stmts.purge.run(cutoff).changes;
  }

  /**
   * Folds `mergeIds` into `keepId`: their wording and sources become origins of the kept one, tags
   * are united, favourite if any was, use counts added; the merged ones go to the bin (undo brings
   * them back, the kept one keeps what it gained).
   */
  merge(keepId: number, mergeIds: readonly number[]): LibrarySnippet {
    return this.db.transaction(() => {
      const keep = this.liveRow(keepId);
      const keepGrams = trigrams(normaliseForIdentity(keep.text));
      let favorite = keep.favorite === 1;
      let used = keep.times_used;
      for (const id of new Set(mergeIds)) {
        if (id === keepId) continue;
        const other = this.liveRow(id);
        this.addOrigin(keepId, {
          sourceId: other.source_id,
          sourceName: other.source_name,
          year: other.year,
          relation: 'merged',
          similarity: Math.round(jaccard(keepGrams, trigrams(normaliseForIdentity(other.text))) * 1000) / 1000,
          text: other.text,
        });
        this.stmts.moveOrigins.run(keepId, id);
        this.addTags(keepId, this.stmts.tagsOf.all(id) as string[]);
        favorite ||= other.favorite === 1;
        used += other.times_used;
        this.stmts.softDelete.run(this.at(), id);
      }
      this.db.prepare('UPDATE snippets SET favorite = ?, times_used = ?, updated_at = ? WHERE id = ?').run(favorite ? 1 : 0, used, this.at(), keepId);
      return this.snippet(keepId);
    }).immediate();
  }

  /** Live snippets (for export): all, or those with any of the tags, or the ids given, or favourites. */
  select(filter: { ids?: readonly number[]; tags?: readonly string[]; favoritesOnly?: boolean }): LibrarySnippet[] {
    const where = ['s.deleted_at IS NULL'];
    const args: unknown[] = [];
    if (filter.ids?.length) {
      where.push(`s.id IN (${filter.ids.map(() => '?').join(',')})`);
      args.push(...filter.ids);
    }
    if (filter.tags?.length) {
      where.push(`s.id IN (SELECT snippet_id FROM snippet_tags WHERE tag IN (${filter.tags.map(() => '?').join(',')}))`);
      args.push(...filter.tags);
    }
    if (filter.favoritesOnly) where.push('s.favorite = 1');
    const rows = this.db.prepare(`SELECT s.* FROM snippets s WHERE ${where.join(' AND ')} ORDER BY s.id`).all(...args) as SnippetRow[];
    const tags = this.tagsFor(rows.map((r) => r.id));
    return rows.map((r) => this.toSnippet(r, tags.get(r.id)));
  }

  counts(): LibraryCounts {
    return libraryCounts(this.db);
  }
}
