/**
 * The snippet library as one service over its own database file (<dataDir>/library.db): import with
 * progress and cancel, search, facets, management with undo, saving a selection, stale-wording
 * checks for a target year, backup/restore of the whole file and sharing a tagged subset.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { checkStale } from '../../shared/checks/stale';
import { classifyParagraph } from '../../shared/library/classify';
import type { SectionKind } from '../../shared/library/section-kinds';
import type {
  LibraryFacets,
  LibraryImportProgress,
  LibraryImportReport,
  LibrarySaveResult,
  LibrarySearchResult,
  LibrarySimilar,
  LibrarySnippet,
  LibrarySnippetDetail,
  LibraryStaleFinding,
  LibraryStats,
} from '../../shared/library/types';
import { openDatabase } from '../db/open-database';
import { ServiceError } from '../errors';
import { writeFileAtomic, writeFileAtomicWith } from '../fs/atomic-write';
import { addParagraph, emptyReport, importIntoLibrary, type FileCounts } from './library-import';
import { LibraryStore, MANUAL_SOURCE, type SearchParams } from './library-store';
import { MAX_BACKUP_BYTES } from './backup-schema';
import { validateLibraryFile } from './library-file';
import { libraryMigrations } from './migrations';
import { parseSubsetFile, subsetFileOf, subsetSizeProblem } from './subset-file';

export const LIBRARY_FILE = 'library.db';

export interface LibraryUpdate {
  text?: string;
  tags?: readonly string[];
  favorite?: boolean;
  kind?: SectionKind;
  year?: number | null;
}

export interface SaveSnippetInput {
  text: string;
  headingPath?: readonly string[];
  /** Where it comes from (the draft's title); 手动添加 when not given. */
  source?: string;
  year?: number | null;
  tags?: readonly string[];
  kind?: SectionKind;
}

export class LibraryBusyError extends ServiceError {
  constructor() {
    super('invalid_input', '素材库正在导入文件，请等导入完成或取消后再试。');
  }
}

export class LibraryService {
  private db: Database.Database;
  private store: LibraryStore;
  private running: AbortController | null = null;
  /** Set when the file on disk was damaged at start-up and moved aside. */
  readonly recovered?: { movedTo: string; message: string };

  constructor(
    readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    const opened = openDatabase(file, now, libraryMigrations);
    this.db = opened.db;
    this.store = new LibraryStore(this.db, now);
    this.store.purgeDeleted();
    if (opened.recovered) {
      this.recovered = {
        movedTo: opened.recovered.movedTo,
        message: `素材库文件已损坏，已将其移至“${path.basename(opened.recovered.movedTo)}”保存（未删除），并新建了一个空素材库。可用“恢复素材库”从备份还原。`,
      };
    }
  }

  get database(): Database.Database {
    return this.db;
  }

  get isImporting(): boolean {
    return this.running !== null;
  }

  private notWhileImporting(): void {
    if (this.running) throw new LibraryBusyError();
  }

  // ---------- import ----------

  /**
   * Imports files and folders; one import at a time. `onProgress` hears of every file as it starts
   * and once at the end; cancelImport() stops it between files (the file in progress is rolled back).
   */
  async importPaths(paths: readonly string[], onProgress?: (progress: LibraryImportProgress) => void): Promise<LibraryImportReport> {
    this.notWhileImporting();
    const controller = new AbortController();
    this.running = controller;
    try {
      const report = await importIntoLibrary(this.store, paths, { signal: controller.signal, onProgress });
      // (Closed meanwhile when the app quit during the import.)
      if (report.added > 0 && this.db.open) this.store.analyze();
      return report;
    } finally {
      this.running = null;
    }
  }

  /** Asks a running import to stop; false when none runs. */
  cancelImport(): boolean {
    if (!this.running) return false;
    this.running.abort();
    return true;
  }

  // ---------- search ----------

  search(params: SearchParams & { targetYear?: number }): LibrarySearchResult {
    const result = this.store.search(params);
    if (params.targetYear !== undefined) {
      const year = params.targetYear;
      for (const hit of result.results) hit.stale = checkStale(hit.text, { year });
    }
    return result;
  }

  facets(): LibraryFacets {
    return this.store.facets();
  }

  /** Wording in a snippet (or any text) that is stale for the target year (shared/checks/stale.ts). */
  staleFindings(input: { id?: number; text?: string; year: number }): LibraryStaleFinding[] {
    const text = input.id !== undefined ? this.store.snippet(input.id).text : (input.text ?? '');
    return checkStale(text, { year: input.year });
  }

  // ---------- manage ----------

  get(id: number): LibrarySnippetDetail {
    return this.store.detail(id);
  }

  update(id: number, changes: LibraryUpdate): LibrarySnippet {
    this.db.transaction(() => {
      this.store.snippet(id);
      if (changes.text !== undefined) this.store.setText(id, changes.text);
      if (changes.tags !== undefined) this.store.setTags(id, uniqueTags(changes.tags));
      if (changes.favorite !== undefined) this.store.setFavorite(id, changes.favorite);
      if (changes.kind !== undefined) this.store.setKind(id, changes.kind, '手动设置');
      if (changes.year !== undefined) this.store.setYear(id, changes.year);
    })();
    return this.store.snippet(id);
  }

  markUsed(id: number): { id: number; timesUsed: number } {
    return { id, timesUsed: this.store.markUsed(id) };
  }

  delete(ids: readonly number[]): { deleted: number[] } {
    return { deleted: this.store.softDelete(ids) };
  }

  undoDelete(ids: readonly number[]): { restored: number[] } {
    return { restored: this.store.undelete(ids) };
  }

  /** Live snippets similar to this one (trigram similarity ≥ threshold), for offering a merge. */
  similar(id: number, threshold = 0.6): LibrarySimilar[] {
    const snippet = this.store.snippet(id);
    return this.store
      .nearDuplicates(snippet.text, threshold, id)
      .map((m) => ({ snippet: this.store.snippet(m.id), similarity: Math.round(m.similarity * 1000) / 1000 }));
  }

  merge(keepId: number, mergeIds: readonly number[]): LibrarySnippet {
    return this.store.merge(keepId, mergeIds);
  }

  /** 保存选中内容到素材库: a new snippet from editor text, classified like an imported paragraph. */
  saveSnippet(input: SaveSnippetInput): LibrarySaveResult {
    const text = input.text.trim();
    if (!text) throw new ServiceError('invalid_input', '选中的内容为空，没有可保存的文字。');
    return this.db.transaction((): LibrarySaveResult => {
      const existing = this.store.byText(text);
      if (existing) {
        if (existing.deleted) this.store.undelete([existing.id]);
        if (input.tags?.length) this.store.addTags(existing.id, uniqueTags(input.tags));
        return { status: 'exists', snippet: this.store.snippet(existing.id) };
      }
      const headingPath = [...(input.headingPath ?? [])];
      const classified = input.kind
        ? { kind: input.kind, reason: '手动设置' }
        : classifyParagraph({ text, headingPath, beforeFirstHeading: false });
      const id = this.store.insert({
        text,
        headingPath,
        kind: classified.kind,
        kindReason: classified.reason,
        sourceId: null,
        sourceName: input.source?.trim() || MANUAL_SOURCE,
        year: input.year ?? null,
        tags: uniqueTags(input.tags ?? []),
      });
      return { status: 'added', snippet: this.store.snippet(id) };
    })();
  }

  stats(): LibraryStats {
    const counts = this.store.counts();
    const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
    return { ...counts, bytes: size(this.file) + size(`${this.file}-wal`), path: this.file };
  }

  // ---------- backup and restore ----------

  /**
   * Copies the whole library to `target` as one self-contained file (SQLite's online backup, then
   * the copy switched out of WAL mode), written beside the target and renamed into place.
   */
  async backup(target: string): Promise<{ path: string; bytes: number; snippets: number }> {
    this.notWhileImporting();
    const resolved = path.resolve(target);
    if (resolved === path.resolve(this.file)) throw new ServiceError('invalid_input', '不能把素材库备份到它自己的文件上，请换一个位置。');
    await writeFileAtomicWith(resolved, async (temp) => {
      await this.db.backup(temp);
      // A backup is one self-contained file: the copy leaves WAL mode.
      const copy = new Database(temp);
      try {
        copy.pragma('journal_mode = DELETE');
      } finally {
        copy.close();
      }
    });
    return { path: resolved, bytes: fs.statSync(resolved).size, snippets: this.store.counts().snippets };
  }

  /**
   * Replaces the library with a backup. The chosen file is first copied beside the library and
   * checked there (integrity_check, the library's tables, a schema version this app knows); only
   * then is the current library moved aside (library.db.before-restore-<time>, never deleted) and
   * the copy put in its place. Any failure leaves the current library as it was.
   */
  async restore(source: string): Promise<{ snippets: number; previousKeptAt: string }> {
    this.notWhileImporting();
    const name = path.basename(source);
    const dir = path.dirname(this.file);
    const staged = path.join(dir, `.${LIBRARY_FILE}.restoring-${randomBytes(6).toString('hex')}`);
    const cleanup = () => {
      for (const f of [staged, `${staged}-wal`, `${staged}-shm`, `${staged}-journal`]) fs.rmSync(f, { force: true });
    };
    try {
      // Checked before anything is copied: a huge (or sparse) file would block for as long as it takes.
      const size = fs.statSync(source).size;
      if (size > MAX_BACKUP_BYTES) {
        throw new ServiceError('invalid_input', `“${name}”有 ${(size / 1024 ** 3).toFixed(1)} GB，超过素材库备份的上限（${MAX_BACKUP_BYTES / 1024 ** 3} GB），不能用来恢复。`);
      }
      await fs.promises.copyFile(source, staged);
    } catch (err) {
      cleanup();
      if (err instanceof ServiceError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      throw new ServiceError('io', `无法读取“${name}”：${code === 'ENOENT' ? '文件不存在' : (code ?? String(err))}。`);
    }
    try {
      validateLibraryFile(staged, name);
    } catch (err) {
      cleanup();
      throw err;
    }

    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    let keptAt = `${this.file}.before-restore-${stamp}`;
    for (let n = 2; fs.existsSync(keptAt); n++) keptAt = `${this.file}.before-restore-${stamp}-${n}`;
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
    try {
      fs.renameSync(this.file, keptAt);
      for (const suffix of ['-wal', '-shm']) fs.rmSync(this.file + suffix, { force: true });
      fs.renameSync(staged, this.file);
      this.reopen();
    } catch (err) {
      // Put the previous library back exactly as it was.
      if (this.db.open) this.db.close();
      if (fs.existsSync(keptAt)) {
        fs.rmSync(this.file, { force: true });
        fs.renameSync(keptAt, this.file);
      }
      cleanup();
      this.reopen();
      throw err instanceof ServiceError ? err : new ServiceError('io', `恢复失败，素材库保持原样：${err instanceof Error ? err.message : String(err)}`);
    }
    return { snippets: this.store.counts().snippets, previousKeptAt: keptAt };
  }

  private reopen(): void {
    const opened = openDatabase(this.file, this.now, libraryMigrations);
    this.db = opened.db;
    this.store = new LibraryStore(this.db, this.now);
  }

  // ---------- sharing a subset ----------

  /** Writes the chosen snippets (by tags, ids, favourites; all when none given) as a JSON share file. */
  exportSubset(target: string, filter: { ids?: readonly number[]; tags?: readonly string[]; favoritesOnly?: boolean }): {
    path: string;
    bytes: number;
    snippets: number;
  } {
    const snippets = this.store.select(filter);
    if (snippets.length === 0) throw new ServiceError('invalid_input', '没有符合条件的素材可以导出。');
    const data = `${JSON.stringify(subsetFileOf(snippets, this.now()), null, 1)}\n`;
    writeFileAtomic(target, data);
    return { path: path.resolve(target), bytes: Buffer.byteLength(data), snippets: snippets.length };
  }

  /** Reads a share file into the library, with the same duplicate handling as a document import. */
  importSubset(file: string): LibraryImportReport {
    this.notWhileImporting();
    const name = path.basename(file);
    let text: string;
    try {
      const size = fs.statSync(file).size;
      const tooLarge = subsetSizeProblem(size, name);
      if (tooLarge) throw new ServiceError('invalid_input', tooLarge);
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      if (err instanceof ServiceError) throw err;
      throw new ServiceError('io', `无法读取“${name}”：${(err as NodeJS.ErrnoException).code ?? String(err)}。`);
    }
    let subset;
    try {
      subset = parseSubsetFile(text, name);
    } catch (err) {
      throw new ServiceError('invalid_input', (err as Error).message);
    }
    const report = emptyReport();
    report.filesTotal = 1;
    const counts = this.db.transaction((): FileCounts => {
      const c: FileCounts = { added: 0, duplicates: 0, nearDuplicates: 0, replacedByNewer: 0 };
      for (const s of subset.snippets) {
        const before = c.added;
        const id = addParagraph(
          this.store,
          {
            text: s.text,
            headingPath: s.headingPath,
            kind: s.kind,
            kindReason: s.kindReason,
            sourceId: null,
            sourceName: s.source || name,
            year: s.year,
            tags: uniqueTags(s.tags),
            favorite: s.favorite,
          },
          c,
        );
        if (c.added === before && s.favorite) this.store.setFavorite(id, true);
      }
      return c;
    })();
    report.filesImported = 1;
    Object.assign(report, counts);
    report.imported = [{ file, added: counts.added, duplicates: counts.duplicates }];
    if (counts.added > 0) this.store.analyze();
    return report;
  }

  close(): void {
    this.running?.abort();
    if (!this.db.open) return;
    try {
      this.db.pragma('optimize');
    } finally {
      this.db.close();
    }
  }
}

function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}
