/**
 * Files and folders into the snippet library: each file is read with the app's importers (any
 * supported encoding, watermarks and ads removed), split into body and run-in heading paragraphs
 * with their heading path and section kind, dated, deduplicated and written in ONE transaction, so
 * a failure or a cancel never leaves half a file. A bad file is reported and the batch goes on.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { IMPORTABLE_EXTENSIONS } from '../../shared/import-formats';
import { charCount } from '../../shared/library/query';
import type { LibraryImportFailure, LibraryImportProgress, LibraryImportReport } from '../../shared/library/types';
import { ServiceError } from '../errors';
import { ImportError } from '../importers/import-error';
import { importFile, type ImportOptions } from '../importers/import-file';
import { NEAR_DUPLICATE_MIN_CHARS, type LibraryStore, type NewSnippet } from './library-store';
import { prepareDocument, type PreparedDocument } from './prepare-document';

export { prepareDocument, type PreparedDocument };

/** What a folder import picks up; anything else in a folder is passed over silently. */
export const LIBRARY_EXTENSIONS = IMPORTABLE_EXTENSIONS;
/** A folder with more files than this is refused (a wrong folder chosen, such as a whole disk). */
export const MAX_FILES_PER_IMPORT = 20_000;

export interface LibraryImportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LibraryImportProgress) => void;
  importOptions?: ImportOptions;
  /**
   * Reads and prepares a batch of files, each to its document or its failure (the app's import job: in
   * one more worker thread, cancelled through the signal); one after another on this thread by default.
   */
  readBatch?: (files: readonly string[], options: ImportOptions | undefined, signal: AbortSignal | undefined) => Promise<ReadOutcome[]>;
}

/** One file read and prepared, or why it could not be. */
export type ReadOutcome = { doc: PreparedDocument } | { error: unknown };

/** Reads and prepares files one after another on this thread (the CLI, the tests). */
export async function readFilesInProcess(files: readonly string[], options?: ImportOptions): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for (const file of files) out.push(await prepareFile(file, options).then((doc) => ({ doc }), (error: unknown) => ({ error })));
  return out;
}

/** The in-process way to read and prepare a file (the CLI, the baseline). */
export async function prepareFile(file: string, options?: ImportOptions): Promise<PreparedDocument> {
  return prepareDocument(path.basename(file), (await importFile(file, options)).paragraphs);
}

/** Lets the event loop run (IPC, timers, progress events) between two files' transactions. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What one file added to the report. */
export interface FileCounts {
  added: number;
  duplicates: number;
  nearDuplicates: number;
  replacedByNewer: number;
}

const isLibraryFile = (name: string) => (LIBRARY_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());
/** Hidden files and Word's lock files (~$报告.docx). */
const isJunk = (name: string) => name.startsWith('.') || name.startsWith('~$');

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  for (const entry of entries) {
    if (isJunk(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else if (entry.isFile() && isLibraryFile(entry.name)) out.push(full);
    if (out.length > MAX_FILES_PER_IMPORT) return;
  }
}

/**
 * The files to import: chosen files as they are (an unsupported type is reported by the importer),
 * chosen folders searched recursively for the importable types (shared/import-formats.ts). Missing paths are failures.
 */
export async function collectFiles(paths: readonly string[]): Promise<{ files: string[]; failed: LibraryImportFailure[] }> {
  const files: string[] = [];
  const failed: LibraryImportFailure[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      failed.push({ file: p, reason: code === 'ENOENT' ? `找不到“${path.basename(p)}”。` : `无法读取“${path.basename(p)}”：${code ?? String(err)}。` });
      continue;
    }
    if (stat.isDirectory()) {
      try {
        await walk(p, files);
      } catch (err) {
        failed.push({ file: p, reason: `无法读取文件夹“${path.basename(p)}”：${(err as NodeJS.ErrnoException).code ?? String(err)}。` });
      }
    } else {
      files.push(p);
    }
    if (files.length > MAX_FILES_PER_IMPORT) {
      throw new ServiceError('invalid_input', `所选文件夹中可导入的文件超过 ${MAX_FILES_PER_IMPORT} 个，请选择更具体的文件夹。`);
    }
  }
  return { files: [...new Set(files)], failed };
}

/**
 * Adds one paragraph with duplicate handling. Exact duplicate (same normalised text, even in the
 * bin): nothing added, the other document recorded on the existing snippet. Near duplicate
 * (trigram similarity ≥ 0.9 with a live snippet): the newer of the two wordings is kept — the
 * incoming one replaces the snippet's text and year when its year is later — and the other is
 * recorded as an origin. Otherwise a new snippet.
 */
export function addParagraph(store: LibraryStore, snippet: NewSnippet, counts: FileCounts): number {
  const exact = store.byText(snippet.text);
  if (exact) {
    counts.duplicates++;
    if (exact.sourceName !== snippet.sourceName) {
      store.addOrigin(exact.id, { sourceId: snippet.sourceId, sourceName: snippet.sourceName, year: snippet.year, relation: 'exact' });
    }
    if (snippet.tags?.length) store.addTags(exact.id, snippet.tags);
    return exact.id;
  }
  if (charCount(snippet.text) >= NEAR_DUPLICATE_MIN_CHARS) {
    const [near] = store.nearDuplicates(snippet.text, undefined, undefined, snippet.bands);
    if (near) {
      counts.duplicates++;
      counts.nearDuplicates++;
      const similarity = Math.round(near.similarity * 1000) / 1000;
      if (snippet.year !== null && (near.year === null || snippet.year > near.year)) {
        store.addOrigin(near.id, { sourceId: near.sourceId, sourceName: near.sourceName, year: near.year, relation: 'near', similarity, text: near.text });
        store.takeNewer(near.id, snippet);
        counts.replacedByNewer++;
      } else {
        store.addOrigin(near.id, { sourceId: snippet.sourceId, sourceName: snippet.sourceName, year: snippet.year, relation: 'near', similarity, text: snippet.text });
      }
      if (snippet.tags?.length) store.addTags(near.id, snippet.tags);
      return near.id;
    }
  }
  counts.added++;
  return store.insert(snippet);
}

/**
 * Writes one prepared document as one unit (LibraryStore.write): a transaction of its own, or a
 * savepoint inside the caller's (writeSlice); throws, having written nothing of it, on any failure.
 */
export function writeDocument(store: LibraryStore, doc: PreparedDocument): FileCounts {
  return store.write(() => {
    const counts: FileCounts = { added: 0, duplicates: 0, nearDuplicates: 0, replacedByNewer: 0 };
    const sourceId = store.sourceFor({
      fileName: doc.fileName,
      title: doc.title,
      year: doc.year.year,
      yearSource: doc.year.source,
      yearReason: doc.year.reason,
      contentHash: doc.contentHash,
    });
    for (const p of doc.paragraphs) {
      addParagraph(store, {
        text: p.text,
        headingPath: p.headingPath,
        kind: p.kind,
        kindReason: p.kindReason,
        sourceId,
        sourceName: doc.fileName,
        year: doc.year.year,
        bands: p.bands,
      }, counts);
    }
    return counts;
  });
}

/**
 * Prepared files are written in transactions of about this long, each file in its own savepoint: one
 * commit (an fsync and a new full-text segment to merge) per slice instead of per file, which was a
 * third of an import's time. Short, because another connection's write (the app saving a snippet from
 * the main thread) waits for the slice's write lock.
 */
export const WRITE_SLICE_MS = 40;
/** Files read as one batch (one request to a reader thread), and written together after it. */
const READ_BATCH = 16;

interface PendingFile {
  file: string;
  doc: PreparedDocument;
}

/**
 * Writes pending files from the front of `pending` in one transaction, for about WRITE_SLICE_MS (at
 * least one file). A file that fails is rolled back to its savepoint and reported, the others stay; a
 * commit that fails (a full disk) fails every file of the slice, none of which is then in the library.
 */
function writeSlice(store: LibraryStore, pending: PendingFile[], report: LibraryImportReport): void {
  const written: Array<{ file: string; counts: FileCounts }> = [];
  const failed: LibraryImportFailure[] = [];
  let current: string | null = null;
  try {
    store.write(() => {
      const started = performance.now();
      while (pending.length > 0 && (written.length + failed.length === 0 || performance.now() - started < WRITE_SLICE_MS)) {
        const { file, doc } = pending.shift()!;
        current = file;
        try {
          written.push({ file, counts: writeDocument(store, doc) });
        } catch (err) {
          // SQLite rolled the whole transaction back (a full disk does): the slice fails as one.
          if (!store.db.inTransaction) throw err;
          failed.push({ file, reason: failureReason(err) });
        }
        current = null;
      }
    });
  } catch (err) {
    const reason = failureReason(err);
    const lost = [...written.splice(0).map((w) => w.file), ...(current !== null ? [current] : [])];
    // The transaction could not even begin (the library stayed locked past busy_timeout): the next
    // file fails with the reason, so the import moves on and ends.
    if (lost.length === 0 && pending.length > 0) lost.push(pending.shift()!.file);
    failed.push(...lost.map((file) => ({ file, reason })));
  }
  for (const { file, counts } of written) {
    report.filesImported++;
    report.imported.push({ file, added: counts.added, duplicates: counts.duplicates });
    report.added += counts.added;
    report.duplicates += counts.duplicates;
    report.nearDuplicates += counts.nearDuplicates;
    report.replacedByNewer += counts.replacedByNewer;
  }
  report.failed.push(...failed);
}

function failureReason(err: unknown): string {
  if (err instanceof ImportError) return err.message;
  const message = err instanceof Error ? err.message : String(err);
  if ((err as { code?: unknown })?.code && String((err as { code: unknown }).code).startsWith('SQLITE')) {
    return `写入素材库失败（${message}），该文件未导入任何内容。`;
  }
  return `导入失败：${message}`;
}

export function emptyReport(status: LibraryImportReport['status'] = 'done'): LibraryImportReport {
  return { status, filesImported: 0, filesTotal: 0, added: 0, duplicates: 0, nearDuplicates: 0, replacedByNewer: 0, imported: [], failed: [] };
}

/**
 * Imports files and folders into the library. Never throws for a bad file. Files are read in batches
 * and written in slices (writeSlice), each file all or nothing. A cancel stops the batch being read
 * (nothing of it is written) and reads no more; the files read before it are written (status 'canceled').
 *
 * No transaction is held across reading a file (an await): the connection may be shared with other
 * callers on this thread (the CLI's services, the tests').
 */
export async function importIntoLibrary(store: LibraryStore, paths: readonly string[], options: LibraryImportOptions = {}): Promise<LibraryImportReport> {
  const { signal, onProgress } = options;
  const report = emptyReport();
  const collected = await collectFiles(paths);
  report.failed.push(...collected.failed);
  const files = collected.files;
  report.filesTotal = files.length;
  // Band keys for near-duplicate search, for any snippet without them, before the first file's transaction.
  if (files.length > 0) store.ensureNearDuplicateIndex();
  const finished = () => report.filesImported + report.failed.length - collected.failed.length;
  const progress = (done: number, file: string) => onProgress?.({ done, total: files.length, file, added: report.added, duplicates: report.duplicates });

  const pending: PendingFile[] = [];
  const writePending = async () => {
    while (pending.length > 0) {
      writeSlice(store, pending, report);
      await yieldToEventLoop();
    }
  };
  const read = (batch: readonly string[]) =>
    (options.readBatch ?? ((f, o) => readFilesInProcess(f, o)))(batch, options.importOptions, signal).catch((error: unknown): ReadOutcome[] =>
      batch.map(() => ({ error })),
    );
  // Batch k + 1 is read while batch k is written: where readBatch runs in another thread (the app's
  // import job), reading and writing use both cores.
  let next: Promise<ReadOutcome[]> | null = files.length > 0 ? read(files.slice(0, READ_BATCH)) : null;
  for (let from = 0; next && !signal?.aborted; from += READ_BATCH) {
    const outcomes = await next;
    const to = Math.min(from + READ_BATCH, files.length);
    next = to < files.length && !signal?.aborted ? read(files.slice(to, to + READ_BATCH)) : null;
    for (let i = from; i < to; i++) {
      const file = files[i]!;
      progress(i, file);
      // A cancel asked for on hearing of this file (an IPC call away) lands here; the file is then left out.
      await yieldToEventLoop();
      if (signal?.aborted) break;
      const outcome = outcomes[i - from]!;
      if ('doc' in outcome) pending.push({ file, doc: outcome.doc });
      else report.failed.push({ file, reason: failureReason(outcome.error) });
    }
    await writePending();
  }
  // Files read before a cancel are written too (milliseconds each); the one being read is left out.
  await writePending();
  if (signal?.aborted) report.status = 'canceled';
  progress(finished(), '');
  return report;
}
