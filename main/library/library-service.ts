/**
 * The snippet library as one service over its own database file (<dataDir>/library.db): import with
 * progress and cancel, search, facets, management with undo, saving a selection, stale-wording
 * checks for a target year, backup/restore of the whole file and sharing a tagged subset.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { checkStaleWording } from '../../shared/checks/tifa';
import type { CompiledTifa } from '../../shared/checks/tifa-table';
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
import { clearCheckRecord } from '../db/check-record';
import { ServiceError } from '../errors';
import { writeFileAtomic, writeFileAtomicWith } from '../fs/atomic-write';
import { isSameFile } from '../fs/same-file';
import { inProcessRunner, type WorkRunner } from '../work/work-runner';
import { importFilesInto, importSubsetInto, uniqueTags } from './library-jobs';
import { closeLibraryDatabase, openLibraryDatabase, type LibraryOpenNotices } from './library-open';
import { LibraryStore, MANUAL_SOURCE, type SearchParams } from './library-store';
import { MAX_BACKUP_BYTES } from './backup-schema';
import { validateLibraryFile } from './library-file';
import { subsetFileOf } from './subset-file';

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
  /** Set when the full-text index alone was damaged at start-up and has been rebuilt (no snippet lost). */
  readonly indexRebuilt?: { message: string };

  constructor(
    readonly file: string,
    private readonly now: () => Date = () => new Date(),
    /**
     * Where the long work runs. A worker pool (the app): file and share-file imports run in a thread of
     * their own with its own connection to the file (library-jobs.ts). In-process (the CLI): on this
     * connection, files read on this thread.
     */
    private readonly work: WorkRunner = inProcessRunner,
    /** The 提法 table with the office's entries; the built-in one when absent. */
    private readonly tifa: () => CompiledTifa | undefined = () => undefined,
    /** What an earlier open of the file did (the full check in a worker thread: services.openLibrary). */
    earlier: LibraryOpenNotices = {},
  ) {
    const opened = openLibraryDatabase(file, now);
    this.db = opened.db;
    this.store = new LibraryStore(this.db, now);
    this.store.purgeDeleted();
    const recovered = opened.notices.recovered ?? earlier.recovered;
    const indexRebuilt = opened.notices.indexRebuilt ?? earlier.indexRebuilt;
    if (recovered) this.recovered = recovered;
    if (indexRebuilt) this.indexRebuilt = indexRebuilt;
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
   * Imports files and folders; one import at a time. `onProgress` hears of every file as it is taken up
   * and once at the end; cancelImport() stops it within a few files: the files written are whole, the
   * file being taken up and the rest are left out (library-import.ts).
   */
  async importPaths(paths: readonly string[], onProgress?: (progress: LibraryImportProgress) => void): Promise<LibraryImportReport> {
    return this.runImport((signal) =>
      this.work.kind === 'worker'
        ? this.work.run('libraryImport', { dbFile: this.file, paths: [...paths] }, { signal, onProgress, ownThread: true })
        : importFilesInto(this.store, paths, undefined, { signal, progress: onProgress }),
    );
  }

  /** One import at a time (files or a share file), cancelable by cancelImport(). */
  private async runImport(job: (signal: AbortSignal) => Promise<LibraryImportReport>): Promise<LibraryImportReport> {
    this.notWhileImporting();
    const controller = new AbortController();
    this.running = controller;
    try {
      return await job(controller.signal);
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
      const table = this.tifa();
      for (const hit of result.results) hit.stale = checkStaleWording(hit.text, { year, ...(table ? { table } : {}) });
    }
    return result;
  }

  facets(): LibraryFacets {
    return this.store.facets();
  }

  /** Wording in a snippet (or any text) that is stale for the target year (stale.ts and the 提法表). */
  staleFindings(input: { id?: number; text?: string; year: number }): LibraryStaleFinding[] {
    const text = input.id !== undefined ? this.store.snippet(input.id).text : (input.text ?? '');
    const table = this.tifa();
    return checkStaleWording(text, { year: input.year, ...(table ? { table } : {}) });
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
    }).immediate();
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
    }).immediate();
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
    // The library under another name too (a symlink, `..` detours, a hard link), or its -wal/-shm.
    if ([this.file, `${this.file}-wal`, `${this.file}-shm`].some((f) => isSameFile(f, resolved))) {
      throw new ServiceError('invalid_input', '不能把素材库备份到它自己的文件上，请换一个位置。');
    }
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
    clearCheckRecord(this.file);
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
    this.db = openLibraryDatabase(this.file, this.now).db;
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

  /**
   * Reads a share file into the library, with the same duplicate handling as a document import
   * (library-jobs.ts: importSubsetInto). cancelImport() stops it between two transactions; what was
   * committed stays.
   */
  async importSubset(file: string, onProgress?: (progress: LibraryImportProgress) => void): Promise<LibraryImportReport> {
    return this.runImport(async (signal) => {
      if (this.work.kind === 'worker') return this.work.run('librarySubsetImport', { dbFile: this.file, file }, { signal, onProgress, ownThread: true });
      const subset = await this.work.run('readSubset', { file }, { signal }).catch((err: unknown) => {
        if (signal.aborted) return null;
        throw err;
      });
      return importSubsetInto(this.store, file, subset, { signal, progress: onProgress });
    });
  }

  close(): void {
    this.running?.abort();
    closeLibraryDatabase(this.db, this.file);
  }
}
