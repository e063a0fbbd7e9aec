/**
 * The CPU-bound pure work the app hands to a worker thread (main/work/worker.ts): parsing a file into
 * paragraphs, preparing a file for the 素材库, reading a share file, the export gate's checks and building
 * export bytes. Each task takes and returns structured-cloneable data; none touches a database or Electron.
 * The same table runs in-process (inProcessRunner) for the CLI and the benchmarks' baseline.
 */
import type { Finding } from '../../shared/checks';
import { BUILT_IN_TIFA } from '../../shared/checks/data/tifa';
import type { TifaEntry } from '../../shared/checks/data/tifa-types';
import { compileTifaTable } from '../../shared/checks/tifa-table';
import type { Comparison } from '../../shared/compare';
import type { DocParagraph } from '../../shared/document/roles';
import { prepareDraft, type PreparedDraft } from '../documents/prepared-draft';
import { buildCompareDocx } from '../export/compare-docx';
import type { DocxOptions } from '../export/docx-writer';
import { renderExport, type ExportFormat } from '../export/export-document';
import { gateFindings } from '../export/gate';
import { importBytes, importFile, type ImportOptions, type ImportResult } from '../importers/import-file';
import { prepareDocument, type PreparedDocument } from '../library/prepare-document';
import { readSubsetFile, type SubsetFile } from '../library/subset-file';

export const tasks = {
  /** A file's bytes (a dropped file, an IPC payload) to cleaned paragraphs with roles. */
  importBytes: (input: { fileName: string; bytes: Uint8Array; options?: ImportOptions }): Promise<ImportResult> =>
    importBytes(input.fileName, input.bytes, input.options),
  /** drafts.import: the file's paragraphs and the new draft's stored form, so main only runs the INSERT. */
  importDraft: async (input: { fileName: string; bytes: Uint8Array; options?: ImportOptions }): Promise<{ result: ImportResult; draft: PreparedDraft }> => {
    const result = await importBytes(input.fileName, input.bytes, input.options);
    return { result, draft: prepareDraft(result.paragraphs) };
  },
  /** A file on disk to cleaned paragraphs with roles (read by the importer, size-checked first). */
  importFile: (input: { file: string; options?: ImportOptions }): Promise<ImportResult> => importFile(input.file, input.options),
  /** A file on disk read and prepared for the 素材库: snippets, title, year, content hash. */
  prepareLibraryFile: async (input: { file: string; fileName: string; options?: ImportOptions }): Promise<PreparedDocument> =>
    prepareDocument(input.fileName, (await importFile(input.file, input.options)).paragraphs),
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
};

export type Tasks = typeof tasks;
export type TaskName = keyof Tasks;
export type TaskInput<K extends TaskName> = Parameters<Tasks[K]>[0];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<Tasks[K]>>;
