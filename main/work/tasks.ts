/**
 * The work the app hands to a worker thread (main/work/worker.ts): parsing a file into paragraphs,
 * preparing a file for the 素材库, reading a share file, the export gate's checks and building export
 * bytes; and the library's long jobs (a file import, a share-file import, the full check of library.db
 * on opening), which open their own connection to the library file, so their SQLite writes and checks
 * never hold the Electron main process. Each task takes and returns structured-cloneable data and never
 * touches Electron. The same table runs in-process (inProcessRunner) for the CLI and the benchmarks' baseline.
 */
import type { Finding } from '../../shared/checks';
import { BUILT_IN_TIFA } from '../../shared/checks/data/tifa';
import type { TifaEntry } from '../../shared/checks/data/tifa-types';
import { compileTifaTable } from '../../shared/checks/tifa-table';
import type { Comparison } from '../../shared/compare';
import type { DocParagraph } from '../../shared/document/roles';
import type { Draft } from '../../shared/api';
import { documentTitle, titleFromFileName } from '../../shared/document/document-title';
import { connectDatabase } from '../db/open-database';
import { insertPreparedDraft } from '../documents/drafts-service';
import { prepareDraft } from '../documents/prepared-draft';
import { buildCompareDocx } from '../export/compare-docx';
import type { DocxOptions } from '../export/docx-writer';
import { renderExport, type ExportFormat } from '../export/export-document';
import { gateFindings } from '../export/gate';
import { importBytes, importFile, type ImportOptions, type ImportResult } from '../importers/import-file';
import type { PreparedDocument } from '../library/prepare-document';
import { readSubsetFile, type SubsetFile } from '../library/subset-file';
import { readFilesInProcess } from '../library/library-import';
import { toWire, type WireError } from './work-errors';
import { libraryImportJob, librarySubsetJob } from '../library/library-jobs';
import { libraryOpenJob } from '../library/library-open';

/** What a task is given besides its input: a cancel signal (a long job stops between two steps) and a progress hook. */
export interface TaskContext<P> {
  signal: AbortSignal;
  progress: (progress: P) => void;
}

export const tasks = {
  /** A file's bytes (a dropped file, an IPC payload) to cleaned paragraphs with roles. */
  importBytes: (input: { fileName: string; bytes: Uint8Array; options?: ImportOptions }): Promise<ImportResult> =>
    importBytes(input.fileName, input.bytes, input.options),
  /**
   * drafts.import: the file parsed, and the new draft written by this thread's own connection to
   * gongwen.db (a megabyte-sized INSERT never runs on the main process). Named by its title lines; a
   * file without a title keeps its file name.
   */
  importDraft: async (input: { fileName: string; bytes: Uint8Array; options?: ImportOptions; dbFile: string; at: string; id: string }): Promise<{ result: ImportResult; draft: Draft }> => {
    const result = await importBytes(input.fileName, input.bytes, input.options);
    const title = documentTitle(result.paragraphs) ? '' : titleFromFileName(input.fileName);
    const db = connectDatabase(input.dbFile);
    try {
      return { result, draft: insertPreparedDraft(db, prepareDraft(result.paragraphs), title, input.at, input.id) };
    } finally {
      db.close();
    }
  },
  /** A file on disk to cleaned paragraphs with roles (read by the importer, size-checked first). */
  importFile: (input: { file: string; options?: ImportOptions }): Promise<ImportResult> => importFile(input.file, input.options),
  /** Files on disk read and prepared for the 素材库, each to its document or its failure (the library import job's reader). */
  prepareLibraryFiles: async (input: { files: string[]; options?: ImportOptions }): Promise<Array<{ doc: PreparedDocument } | { error: WireError }>> =>
    (await readFilesInProcess(input.files, input.options)).map((o) => ('doc' in o ? o : { error: toWire(o.error) })),
  /** Nothing: a new thread answers once its modules are loaded (a job starts its helper thread early with it). */
  warmUp: (): true => true,
  /** A 素材分享文件 read and validated. */
  readSubset: (input: { file: string }): SubsetFile => readSubsetFile(input.file),
  /** The export gate: the error-level findings of the checks. */
  gate: (input: { paragraphs: DocParagraph[]; year?: number | null; pendingFigures?: string[]; userTifa?: TifaEntry[] }): Finding[] =>
    // The compiled table holds regular expressions, which do not cross to a worker: the office's entries do.
    gateFindings(input.paragraphs, input.year, {
      tifa: input.userTifa?.length ? compileTifaTable(BUILT_IN_TIFA, input.userTifa) : undefined,
      pendingFigures: input.pendingFigures ? new Set(input.pendingFigures) : undefined,
    }),
  /** The export file's bytes (.docx laid out to GB/T 9704, or text). */
  renderExport: async (input: { paragraphs: DocParagraph[]; format: ExportFormat; options: DocxOptions }): Promise<Uint8Array> =>
    renderExport(input.paragraphs, input.format, input.options),
  /** 对照 as a tracked-changes .docx. */
  compareDocx: (input: { comparison: Comparison; oldParagraphs: DocParagraph[]; newParagraphs: DocParagraph[]; options: DocxOptions; date: Date }): Promise<Uint8Array> =>
    buildCompareDocx(input.comparison, input.oldParagraphs, input.newParagraphs, input.options, input.date),
  /** 素材库 import of files and folders, written by this thread's own connection (library-jobs.ts). */
  libraryImport: libraryImportJob,
  /** 素材库 import of a share file, written by this thread's own connection. */
  librarySubsetImport: librarySubsetJob,
  /** library.db opened with its full check (integrity_check, index rebuild, or moved aside when damaged), then closed cleanly. */
  libraryOpen: libraryOpenJob,
};

export type Tasks = typeof tasks;
export type TaskName = keyof Tasks;
export type TaskInput<K extends TaskName> = Parameters<Tasks[K]>[0];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<Tasks[K]>>;
/** What a task reports as it goes (the library imports: LibraryImportProgress); never for the others. */
export type TaskProgress<K extends TaskName> = Parameters<Tasks[K]>[1] extends TaskContext<infer P> ? P : never;
