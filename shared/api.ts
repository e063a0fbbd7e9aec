/**
 * The whole contract between the renderer and the main process, in one place.
 *
 * Each method has a zod schema for its input (validated at runtime in main before a service sees it)
 * and a result type. Three transports carry the same contract: Electron IPC (main/ipc.ts + main/preload.ts),
 * Playwright's exposeBinding in browser tests (e2e/harness.ts), and direct calls from the CLI.
 * Every call resolves to an ApiResult: failures carry a code and a Chinese message for the user.
 */
import { z } from 'zod';
import type { DocParagraph } from './document/roles';
import { MAX_DISMISSAL_KEY_CHARS } from './checks/dismissal';
import { viewSettingsPatchSchema, type ViewSettings } from './view/view-settings';
import {
  libraryByIdInput,
  libraryByIdsInput,
  libraryCheckStaleInput,
  libraryExportSubsetInput,
  libraryImportInput,
  libraryMergeInput,
  librarySaveSnippetInput,
  librarySearchInput,
  librarySimilarInput,
  libraryUpdateInput,
} from './library/api-inputs';
import type {
  LibraryFacets,
  LibraryFileResult,
  LibraryImportProgress,
  LibraryImportReport,
  LibraryRestoreResult,
  LibrarySaveResult,
  LibrarySearchResult,
  LibrarySimilar,
  LibrarySnippet,
  LibrarySnippetDetail,
  LibraryStaleFinding,
  LibraryStats,
} from './library/types';
import {
  createDraftFromTemplateInput,
  deleteUserTemplateInput,
  fieldValues,
  getSectionTemplateInput,
  getTemplateInput,
  listTemplatesInput,
  saveUserTemplateInput,
  updateUserTemplateInput,
} from './templates/api-inputs';
import type {
  DraftFields,
  SectionTemplateDetail,
  SectionTemplateSummary,
  TemplateDetail,
  TemplateList,
  TemplateSummary,
} from './templates/api-types';

// ---------- shared shapes ----------

import { isHouseStyleId } from './checks/house-style';
import { MAX_DOCUMENT_JSON_CHARS, MAX_IMPORT_BYTES, MAX_PLAIN_TEXT_CHARS, MAX_TITLE_CHARS } from './limits';

export { MAX_DOCUMENT_JSON_CHARS, MAX_IMPORT_BYTES, MAX_PLAIN_TEXT_CHARS, MAX_TITLE_CHARS };

export const draftIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '草稿编号格式不正确');
export const yearSchema = z.number().int().min(1949).max(2200);
const titleSchema = z.string().trim().max(MAX_TITLE_CHARS, `标题不能超过 ${MAX_TITLE_CHARS} 个字符`);

export interface DraftSummary {
  id: string;
  /** The title the user gave; empty until they name it. */
  title: string;
  /** What lists show: the title, else the first line of the text, else 未命名文档. */
  displayTitle: string;
  /** The document year used by year-sensitive checks; null = take it from the text. */
  year: number | null;
  /** The house style (单位规范) id the checks follow; null = the default style. */
  houseStyle: string | null;
  /** 字数, counted as Word counts Chinese text (shared/text/word-count.ts). */
  wordCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Draft extends DraftSummary {
  /** Serialized Lexical editor state; empty string for a draft never opened in the editor. */
  lexicalJson: string;
  plainText: string;
}

export type VersionReason = 'autosave' | 'close' | 'before-restore' | 'manual';

export interface DraftVersionSummary {
  id: number;
  draftId: string;
  reason: VersionReason;
  wordCount: number;
  createdAt: string;
  /** First characters of the text, for the version list. */
  preview: string;
}

export interface DraftVersion extends DraftVersionSummary {
  plainText: string;
}

export interface StartupNotice {
  kind: 'database-recovered';
  message: string;
  movedTo: string;
}

export interface RemovedFragment {
  text: string;
  reason: string;
}

export interface ImportOutcome {
  /** The new draft made from the file (the file itself is never modified). */
  draft: Draft;
  /** The detected text encoding, or the format read ('docx', 'doc', 'wps', 'rtf', 'pdf', 'ofd'). */
  encoding: string;
  /** Watermarks and ads removed on import (已清除 N 处). */
  removed: RemovedFragment[];
  /** The paragraphs as they were before cleanup, for one-click restore; null when nothing was removed. */
  rawParagraphs: DocParagraph[] | null;
}

export interface SaveResult {
  updatedAt: string;
  wordCount: number;
  /** True when this save also stored a version snapshot. */
  snapshot: boolean;
}

// ---------- export (Word laid out to GB/T 9704, or plain text) ----------

export type ExportFormat = 'docx' | 'txt';
/** What an export can produce: a file of ours (.docx, .txt), or the page view printed to PDF. */
export type ExportTarget = ExportFormat | 'pdf';
/** standard: 方正小标宋简体 / 仿宋_GB2312 / 楷体_GB2312 / 黑体; system: the fonts Windows ships (宋体 / 仿宋 / 楷体 / 黑体). */
export type ExportFonts = 'standard' | 'system';

/** 版头: the red 发文机关标志 and the 发文字号 under it. */
export const exportHeaderSchema = z
  .object({
    issuer: z.string().trim().min(1, '请填写发文机关标志').max(40, '发文机关标志不能超过 40 个字'),
    docNumber: z.string().trim().max(40, '发文字号不能超过 40 个字').optional(),
  })
  .strict();

/** 版记: 抄送机关, 印发机关和印发日期. */
export const exportColophonSchema = z
  .object({
    copyTo: z.string().trim().max(200, '抄送机关不能超过 200 个字').optional(),
    printedBy: z.string().trim().min(1, '请填写印发机关').max(60, '印发机关不能超过 60 个字'),
    printedOn: z
      .string()
      .trim()
      .regex(/^[0-9]{4}年[1-9][0-9]?月[1-9][0-9]?日$/, '印发日期应写作“2026年4月8日”（阿拉伯数字，月、日不编虚位）'),
  })
  .strict();

export const exportOptionsSchema = z
  .object({
    format: z.enum(['docx', 'txt']),
    fonts: z.enum(['standard', 'system']),
    header: exportHeaderSchema.optional(),
    colophon: exportColophonSchema.optional(),
  })
  .strict();

export type ExportHeader = z.output<typeof exportHeaderSchema>;
export type ExportColophon = z.output<typeof exportColophonSchema>;
/** What the export dialog sets; the last options used are remembered (getExportOptions). */
export type ExportOptions = z.output<typeof exportOptionsSchema>;

export type ExportDraftResult =
  /** The file is written: its path, size, and the error-level findings it was exported with (force). */
  | { status: 'written'; path: string; format: ExportTarget; bytes: number; errorCount: number }
  /** The user closed the save dialog. */
  | { status: 'canceled' };

// ---------- snippet library (素材库): shapes in shared/library/types.ts, inputs in shared/library/api-inputs.ts ----------

export type * from './library/types';

// ---------- report templates: shapes in shared/templates/api-types.ts, inputs in shared/templates/api-inputs.ts ----------

export type * from './templates/api-types';
export type { ViewSettings, ViewSettingsPatch } from './view/view-settings';
export type {
  CreateDraftFromTemplateInput,
  GetSectionTemplateInput,
  SaveUserTemplateInput,
  UpdateUserTemplateInput,
} from './templates/api-inputs';

// ---------- errors ----------

/** export_gate: the document has error-level findings (unfilled placeholders above all) and `force` was not set. */
export type ApiErrorCode = 'invalid_input' | 'not_found' | 'io' | 'unsupported' | 'export_gate' | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  /** A message in Chinese, fit to show the user as it is. */
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

// ---------- the methods ----------

/** `returns<Output>()(inputSchema)`: the output type exists only at the type level. */
function returns<O>() {
  return <I extends z.ZodType>(input: I): { input: I; output: O } => ({ input, output: undefined as O });
}

const empty = z.object({}).strict();
const byId = z.object({ id: draftIdSchema }).strict();
const byVersion = z.object({ id: draftIdSchema, versionId: z.number().int().positive() }).strict();
const createDraftInput = z
  .object({
    title: titleSchema.optional(),
    lexicalJson: z.string().max(MAX_DOCUMENT_JSON_CHARS, '文档过大，无法保存').optional(),
    plainText: z.string().max(MAX_PLAIN_TEXT_CHARS, '文档过大，无法保存').optional(),
    year: yearSchema.nullable().optional(),
  })
  .strict();
const saveDraftInput = z
  .object({
    id: draftIdSchema,
    lexicalJson: z.string().max(MAX_DOCUMENT_JSON_CHARS, '文档过大，无法保存'),
    plainText: z.string().max(MAX_PLAIN_TEXT_CHARS, '文档过大，无法保存'),
    reason: z.enum(['autosave', 'close', 'manual']).optional(),
  })
  .strict();

export type CreateDraftInput = z.input<typeof createDraftInput>;
export type SaveDraftInput = z.input<typeof saveDraftInput>;

export const apiContract = {
  listDrafts: returns<DraftSummary[]>()(empty),
  createDraft: returns<Draft>()(createDraftInput),
  getDraft: returns<Draft>()(byId),
  saveDraft: returns<SaveResult>()(saveDraftInput),
  renameDraft: returns<DraftSummary>()(z.object({ id: draftIdSchema, title: titleSchema }).strict()),
  setDraftYear: returns<DraftSummary>()(z.object({ id: draftIdSchema, year: yearSchema.nullable() }).strict()),
  setDraftHouseStyle: returns<DraftSummary>()(
    z.object({ id: draftIdSchema, houseStyle: z.string().refine(isHouseStyleId, '未知的单位规范').nullable() }).strict(),
  ),
  duplicateDraft: returns<DraftSummary>()(byId),
  deleteDraft: returns<{ id: string }>()(byId),
  undoDeleteDraft: returns<DraftSummary>()(byId),
  listVersions: returns<DraftVersionSummary[]>()(byId),
  getVersion: returns<DraftVersion>()(byVersion),
  restoreVersion: returns<Draft>()(byVersion),
  /** Opens an importable file (.docx, .doc, .wps, .rtf, .pdf, .ofd, .txt, .md; its bytes, base64) as a new draft. */
  importDocument: returns<ImportOutcome>()(
    z
      .object({
        fileName: z.string().min(1).max(260),
        dataBase64: z
          .string()
          .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, `文件过大：超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，无法打开`),
      })
      .strict(),
  ),
  /** Findings the writer ignored in this draft (keys from shared/checks/dismissal.ts). */
  listDismissals: returns<string[]>()(byId),
  dismissFinding: returns<string[]>()(
    z.object({ id: draftIdSchema, key: z.string().min(1).max(MAX_DISMISSAL_KEY_CHARS, '忽略记录过长') }).strict(),
  ),
  clearDismissals: returns<string[]>()(byId),
  /**
   * Exports the saved draft (save pending edits first). Main asks where to save (Electron: a save dialog).
   * Refused with error code 'export_gate' when the draft has error-level findings, unless `force`.
   */
  exportDraft: returns<ExportDraftResult>()(
    z
      .object({ id: draftIdSchema, ...exportOptionsSchema.shape, force: z.boolean().optional() })
      .strict(),
  ),
  /**
   * PDF through the print layout of the page view (what the editor shows, on A4 with GB/T 9704 margins
   * and page numbers). Same gate as exportDraft. Main asks where to save, then prints the window.
   */
  exportPdf: returns<ExportDraftResult>()(z.object({ id: draftIdSchema, force: z.boolean().optional() }).strict()),
  /**
   * 打印: main prints the window (Electron: webContents.print with the system print dialog) through the
   * same print layout as the PDF export. printed is false when the writer cancelled the dialog.
   */
  printWindow: returns<{ printed: boolean }>()(empty),
  /** The options of the last export (or the defaults: .docx with the standard fonts, no 版头/版记). */
  getExportOptions: returns<ExportOptions>()(empty),
  getStartupNotices: returns<StartupNotice[]>()(empty),
  /** How the editor looks (page zoom 50–200 %), remembered across restarts. */
  getViewSettings: returns<ViewSettings>()(empty),
  /** Changes some view settings; returns them all. */
  setViewSettings: returns<ViewSettings>()(viewSettingsPatchSchema),
  /** The renderer's answer to a `flushRequest` event: every pending edit is saved. */
  flushComplete: returns<null>()(empty),

  // ---------- snippet library (素材库) ----------
  /**
   * Main asks which files (pick 'files') or folder ('folder') to import, then imports them one
   * transaction per file, sending `libraryImportProgress` events; resolves with the report when done
   * or cancelled (status 'dismissed' when the dialog was closed). One import at a time.
   */
  libraryImport: returns<LibraryImportReport>()(libraryImportInput),
  /** Stops a running import after the current file (which is rolled back); false when none runs. */
  libraryCancelImport: returns<{ canceled: boolean }>()(empty),
  /** Search (mode 'fts' or, for 1–2 character terms, 'like'), or browse with filters when the query is empty. */
  librarySearch: returns<LibrarySearchResult>()(librarySearchInput),
  /** Years, kinds, sources and tags with counts, for the filter UI. */
  libraryFacets: returns<LibraryFacets>()(empty),
  libraryGet: returns<LibrarySnippetDetail>()(libraryByIdInput),
  /** Edit text, retag (replaces the tags), favourite, kind or year; returns the snippet. */
  libraryUpdate: returns<LibrarySnippet>()(libraryUpdateInput),
  /** To the bin (undo with libraryUndoDelete; purged after 30 days). */
  libraryDelete: returns<{ deleted: number[] }>()(libraryByIdsInput),
  libraryUndoDelete: returns<{ restored: number[] }>()(libraryByIdsInput),
  /** After inserting a snippet into a draft: times used + 1. */
  libraryMarkUsed: returns<{ id: number; timesUsed: number }>()(libraryByIdInput),
  /** 保存选中内容到素材库. */
  librarySaveSnippet: returns<LibrarySaveResult>()(librarySaveSnippetInput),
  libraryStats: returns<LibraryStats>()(empty),
  /** Main asks where to save (default: 素材库备份-<date>.db in Documents), then writes one file. */
  libraryBackup: returns<LibraryFileResult>()(empty),
  /** Main asks for a backup file, validates it, keeps the current library aside, and switches. */
  libraryRestore: returns<LibraryRestoreResult>()(empty),
  /** Main asks where to save a JSON share file with the chosen snippets (by tags, ids or favourites; all when none). */
  libraryExportSubset: returns<LibraryFileResult>()(libraryExportSubsetInput),
  /** Main asks for a share file and imports it with duplicate handling (report status 'dismissed' if closed). */
  libraryImportSubset: returns<LibraryImportReport>()(empty),
  /** Snippets similar to one (trigram similarity ≥ threshold, default 0.6), to offer a merge. */
  librarySimilar: returns<LibrarySimilar[]>()(librarySimilarInput),
  /** Folds mergeIds into keepId (their sources and wording recorded, tags united); the others go to the bin. */
  libraryMergeDuplicates: returns<LibrarySnippet>()(libraryMergeInput),
  /** Stale wording in a snippet (or a text) for a target year, e.g. the draft's year, before inserting it. */
  libraryCheckStale: returns<LibraryStaleFinding[]>()(libraryCheckStaleInput),

  // ---------- report templates (模板) ----------
  /** Document templates, built-in first, and the user template files that failed to load (file + message naming the field). */
  listTemplates: returns<TemplateList>()(listTemplatesInput),
  /** One document template with its whole text (fields unfilled, 【】 prompts in place). */
  getTemplate: returns<TemplateDetail>()(getTemplateInput),
  /** A new draft from a template: fields filled (defaults for the rest), title from the filled title lines. */
  createDraftFromTemplate: returns<Draft>()(createDraftFromTemplateInput),
  /** Section templates to insert (built-in and the writer's own), grouped by category. */
  listSectionTemplates: returns<SectionTemplateSummary[]>()(listTemplatesInput),
  /** A section ready to insert: fields filled, heading at the requested level; insert, then renumber. */
  getSectionTemplate: returns<SectionTemplateDetail>()(getSectionTemplateInput),
  /** 保存为模板: the draft (type document) or a selection (type section), fields marked with markField. */
  saveUserTemplate: returns<TemplateSummary | SectionTemplateSummary>()(saveUserTemplateInput),
  /** Changes one of the writer's own templates (built-ins are refused with code 'unsupported'). */
  updateUserTemplate: returns<TemplateSummary | SectionTemplateSummary>()(updateUserTemplateInput),
  deleteUserTemplate: returns<{ id: string }>()(deleteUserTemplateInput),
  /** The draft's template fields and the values filled in (empty for a draft not made from a template). */
  getDraftFields: returns<DraftFields>()(byId),
  /** Records the values the writer filled in with the 填写字段 panel (merged with the others). */
  setDraftFields: returns<DraftFields>()(z.object({ id: draftIdSchema, values: fieldValues }).strict()),
} as const;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = ApiContract[M]['output'];
export const apiMethods = Object.keys(apiContract) as ApiMethod[];

// ---------- events from main to the renderer ----------

export type MenuCommand =
  | 'new-draft'
  | 'new-from-template'
  | 'insert-section'
  | 'open-file'
  | 'export'
  | 'print'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'find'
  | 'replace'
  | 'show-drafts'
  | 'save-now'
  | 'undo'
  | 'redo'
  | 'toggle-left-panel'
  | 'toggle-right-panel'
  | 'about';

export type ApiEvent =
  | { type: 'menu'; command: MenuCommand }
  /** The window is about to close: save now, then call flushComplete. */
  | { type: 'flushRequest' }
  /** A library import is under way (shared/library/types.ts). */
  | ({ type: 'libraryImportProgress' } & LibraryImportProgress);

/** What the preload exposes as `window.gongwen` (and the browser-test harness binds the same way). */
export type GongwenApi = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>;
} & {
  /** Subscribe to events from main; returns the unsubscribe function. */
  onEvent(listener: (event: ApiEvent) => void): () => void;
};

/** IPC channel names: one for calls, one for events. */
export const IPC_INVOKE_CHANNEL = 'gongwen:invoke';
export const IPC_EVENT_CHANNEL = 'gongwen:event';
