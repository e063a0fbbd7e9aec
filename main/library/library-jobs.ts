/**
 * The library's two imports as jobs over a LibraryStore: a file import (library-import.ts) and a share
 * file's snippets. The app runs them in a worker thread of their own, over that thread's own connection
 * to library.db (libraryImportJob, librarySubsetJob: main/work/tasks.ts), so neither the files' reading
 * nor the SQLite writes hold the Electron main process; the CLI runs the same code on its connection.
 */
import path from 'node:path';
import type { LibraryImportProgress, LibraryImportReport } from '../../shared/library/types';
import { connectDatabase } from '../db/open-database';
import type { ImportOptions } from '../importers/import-file';
import { addParagraph, emptyReport, importIntoLibrary, WRITE_SLICE_MS, yieldToEventLoop, type FileCounts, type LibraryImportOptions } from './library-import';
import { WorkerPool } from '../work/work-runner';
import { fromWire } from '../work/work-errors';
import { LibraryStore } from './library-store';
import { readSubsetFile, type SubsetFile, type SubsetSnippet } from './subset-file';
import type { TaskContext } from '../work/tasks';

export interface JobContext {
  signal?: AbortSignal | undefined;
  progress?: ((progress: LibraryImportProgress) => void) | undefined;
}

/** Refreshes the planner's statistics after an import added snippets. Statistics only: a failure (a nearly
 *  full disk) leaves the committed import as it is and must not turn its report into an error. */
function analyzeAfter(store: LibraryStore, added: number): void {
  if (added === 0 || !store.db.open) return;
  try {
    store.analyze();
  } catch {
    // The next import or the next start (PRAGMA optimize at close) tries again.
  }
}

/** Imports files and folders, read by `readBatch` (another thread's) or else on this thread; statistics refreshed after. */
export async function importFilesInto(
  store: LibraryStore,
  paths: readonly string[],
  importOptions: ImportOptions | undefined,
  context: JobContext,
  readBatch?: LibraryImportOptions['readBatch'],
): Promise<LibraryImportReport> {
  const report = await importIntoLibrary(store, paths, { signal: context.signal, onProgress: context.progress, importOptions, ...(readBatch ? { readBatch } : {}) });
  analyzeAfter(store, report.added);
  return report;
}

export function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

function addShared(store: LibraryStore, s: SubsetSnippet, fileName: string, counts: FileCounts): void {
  const before = counts.added;
  const id = addParagraph(
    store,
    {
      text: s.text,
      headingPath: s.headingPath,
      kind: s.kind,
      kindReason: s.kindReason,
      sourceId: null,
      sourceName: s.source || fileName,
      year: s.year,
      tags: uniqueTags(s.tags),
      favorite: s.favorite,
    },
    counts,
  );
  if (counts.added === before && s.favorite) store.setFavorite(id, true);
}

/**
 * A share file's snippets into the library, with the same duplicate handling as a document import,
 * in transactions of about WRITE_SLICE_MS. A cancel stops between two of them: what was committed
 * stays (status 'canceled', the counts say how much); importing the file again adds only the rest.
 */
export async function importSubsetInto(store: LibraryStore, file: string, subset: SubsetFile | null, context: JobContext): Promise<LibraryImportReport> {
  const { signal, progress } = context;
  const name = path.basename(file);
  const report = emptyReport(subset ? 'done' : 'canceled');
  report.filesTotal = 1;
  if (!subset) return report;
  store.ensureNearDuplicateIndex();
  const counts: FileCounts = { added: 0, duplicates: 0, nearDuplicates: 0, replacedByNewer: 0 };
  const snippets = subset.snippets;
  let next = 0;
  while (next < snippets.length) {
    if (signal?.aborted || !store.db.open) {
      report.status = 'canceled';
      break;
    }
    progress?.({ done: next, total: snippets.length, file, added: counts.added, duplicates: counts.duplicates });
    const sliceCounts = { ...counts };
    const from = next;
    next = store.write((): number => {
      const started = performance.now();
      let i = from;
      while (i < snippets.length && (i === from || performance.now() - started < WRITE_SLICE_MS)) addShared(store, snippets[i++]!, name, sliceCounts);
      return i;
    });
    // Counted once the slice is committed: a failed commit adds nothing to the report.
    Object.assign(counts, sliceCounts);
    await yieldToEventLoop();
  }
  if (report.status !== 'canceled') report.filesImported = 1;
  Object.assign(report, counts);
  report.imported = [{ file, added: counts.added, duplicates: counts.duplicates }];
  progress?.({ done: next, total: snippets.length, file: '', added: counts.added, duplicates: counts.duplicates });
  analyzeAfter(store, counts.added);
  return report;
}

/** Runs `job` over a connection of this thread's own to the library file, closed afterwards. */
async function withConnection<T>(dbFile: string, job: (store: LibraryStore) => Promise<T>): Promise<T> {
  const db = connectDatabase(dbFile);
  try {
    return await job(new LibraryStore(db));
  } finally {
    db.close();
  }
}

/** The worker thread's file import. */
export function libraryImportJob(
  input: { dbFile: string; paths: string[]; importOptions?: ImportOptions },
  context: TaskContext<LibraryImportProgress>,
): Promise<LibraryImportReport> {
  // Files are read and prepared by one more thread while this one writes: the import keeps both cores busy.
  const readers = new WorkerPool({ size: 1 });
  // Started now: its modules load while this thread opens the library and lists the files.
  readers.run('warmUp', undefined).catch(() => undefined);
  const readBatch: LibraryImportOptions['readBatch'] = async (files, options, signal) =>
    (await readers.run('prepareLibraryFiles', { files: [...files], ...(options ? { options } : {}) }, { signal })).map((o) =>
      'doc' in o ? o : { error: fromWire(o.error) },
    );
  return withConnection(input.dbFile, (store) => importFilesInto(store, input.paths, input.importOptions, context, readBatch)).finally(() => readers.close());
}

/** The worker thread's share-file import: the file read and validated here too. */
export function librarySubsetJob(
  input: { dbFile: string; file: string },
  context: TaskContext<LibraryImportProgress>,
): Promise<LibraryImportReport> {
  const subset = readSubsetFile(input.file);
  return withConnection(input.dbFile, (store) => importSubsetInto(store, input.file, context.signal.aborted ? null : subset, context));
}
