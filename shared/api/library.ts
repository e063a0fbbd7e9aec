/**
 * library.*: the snippet library (素材库). Input schemas with Chinese messages here; the result shapes
 * in shared/library/types.ts.
 */
import { z } from 'zod';
import { SECTION_KINDS } from '../library/section-kinds';
import type * as Library from '../library/types';
import { empty, returns } from './common';

export type * from '../library/types';

export const MAX_SNIPPET_TEXT_CHARS = 5000;
export const MAX_LIBRARY_TAG_CHARS = 20;
export const MAX_LIBRARY_TAGS = 20;

const year = z.number().int().min(1949, '年份不正确').max(2200, '年份不正确');
export const snippetIdSchema = z.number({ error: '素材编号不正确' }).int('素材编号不正确').positive('素材编号不正确');
const ids = z.array(snippetIdSchema).min(1, '请至少选择一条素材').max(1000, '一次最多处理 1000 条素材');
const kind = z.enum(SECTION_KINDS, { error: '素材类别不正确' });
export const libraryTagSchema = z
  .string()
  .trim()
  .min(1, '标签不能为空')
  .max(MAX_LIBRARY_TAG_CHARS, `标签不能超过 ${MAX_LIBRARY_TAG_CHARS} 个字`)
  .regex(/^[^,，;；\n\r\t]+$/, '标签中不能有逗号、分号或换行');
const tags = z.array(libraryTagSchema).max(MAX_LIBRARY_TAGS, `每条素材最多 ${MAX_LIBRARY_TAGS} 个标签`);
const snippetText = z
  .string()
  .trim()
  .min(1, '素材内容不能为空')
  .max(MAX_SNIPPET_TEXT_CHARS, `素材不能超过 ${MAX_SNIPPET_TEXT_CHARS} 个字`);
const shortList = <T extends z.ZodType>(item: T) => z.array(item).max(50, '筛选条件过多');

export const libraryImportInput = z
  .object({
    /** files: the file dialog (several importable files); folder: a folder, searched recursively. */
    pick: z.enum(['files', 'folder'], { error: '导入方式应为 files 或 folder' }).default('files'),
  })
  .strict();

export const librarySearchInput = z
  .object({
    /** Space-separated terms; empty = browse with the filters only. */
    query: z.string().max(200, '搜索词不能超过 200 个字').default(''),
    years: shortList(year).optional(),
    /** Also snippets whose year is unknown. */
    yearUnknown: z.boolean().optional(),
    kinds: shortList(kind).optional(),
    sources: shortList(z.string().max(260)).optional(),
    tags: shortList(libraryTagSchema).optional(),
    favoritesOnly: z.boolean().optional(),
    sort: z.enum(['relevance', 'newest', 'most-used'], { error: '排序方式不正确' }).optional(),
    limit: z.number().int().min(1, '数量不正确').max(200, '一次最多返回 200 条').optional(),
    offset: z.number().int().min(0).max(100_000).optional(),
    /** Flag wording that is stale in this year (each hit gets `stale`). */
    targetYear: year.optional(),
  })
  .strict();

export const libraryByIdInput = z.object({ id: snippetIdSchema }).strict();
export const libraryByIdsInput = z.object({ ids }).strict();

export const libraryUpdateInput = z
  .object({
    id: snippetIdSchema,
    text: snippetText.optional(),
    tags: tags.optional(),
    favorite: z.boolean().optional(),
    kind: kind.optional(),
    year: year.nullable().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 1, { message: '没有要修改的内容' });

export const librarySaveSnippetInput = z
  .object({
    text: snippetText,
    /** The headings above the selection in the draft, outermost first (helps the classification). */
    headingPath: z.array(z.string().max(300)).max(10).optional(),
    /** The draft's title; 手动添加 when not given. */
    source: z.string().trim().max(200, '来源不能超过 200 个字').optional(),
    year: year.nullable().optional(),
    tags: tags.optional(),
    kind: kind.optional(),
  })
  .strict();

export const libraryExportSubsetInput = z
  .object({
    /** Snippets with any of these tags … */
    tags: tags.optional(),
    /** … or these snippets … */
    ids: z.array(snippetIdSchema).max(10_000, '一次最多导出 10000 条指定的素材').optional(),
    /** … or the favourites; all snippets when nothing is given. */
    favoritesOnly: z.boolean().optional(),
  })
  .strict();

export const libraryMergeInput = z
  .object({ keepId: snippetIdSchema, mergeIds: ids })
  .strict()
  .refine((v) => v.mergeIds.some((id) => id !== v.keepId), { message: '请选择要合并进来的其他素材' });

export const librarySimilarInput = z
  .object({ id: snippetIdSchema, threshold: z.number().min(0.3, '相似度阈值应在 0.3 到 1 之间').max(1).optional() })
  .strict();

export const libraryCheckStaleInput = z
  .object({ id: snippetIdSchema.optional(), text: z.string().max(MAX_SNIPPET_TEXT_CHARS).optional(), year })
  .strict()
  .refine((v) => (v.id === undefined) !== (v.text === undefined), { message: '请给出素材编号或文字（二选一）' });

export const libraryContract = {
  /**
   * Main asks which files (pick 'files') or folder ('folder') to import, then imports them one
   * transaction per file, sending `libraryImportProgress` events; resolves with the report when done
   * or cancelled (status 'dismissed' when the dialog was closed). One import at a time.
   */
  import: returns<Library.LibraryImportReport>()(libraryImportInput),
  /** Stops a running import after the current file (which is rolled back); false when none runs. */
  cancelImport: returns<{ canceled: boolean }>()(empty),
  /** Search (mode 'fts' or, for 1–2 character terms, 'like'), or browse with filters when the query is empty. */
  search: returns<Library.LibrarySearchResult>()(librarySearchInput),
  /** Years, kinds, sources and tags with counts, for the filter UI. */
  facets: returns<Library.LibraryFacets>()(empty),
  get: returns<Library.LibrarySnippetDetail>()(libraryByIdInput),
  /** Edit text, retag (replaces the tags), favourite, kind or year; returns the snippet. */
  update: returns<Library.LibrarySnippet>()(libraryUpdateInput),
  /** To the bin (undo with library.undoDelete; purged after 30 days). */
  delete: returns<{ deleted: number[] }>()(libraryByIdsInput),
  undoDelete: returns<{ restored: number[] }>()(libraryByIdsInput),
  /** After inserting a snippet into a draft: times used + 1. */
  markUsed: returns<{ id: number; timesUsed: number }>()(libraryByIdInput),
  /** 保存选中内容到素材库. */
  saveSnippet: returns<Library.LibrarySaveResult>()(librarySaveSnippetInput),
  stats: returns<Library.LibraryStats>()(empty),
  /** Main asks where to save (default: 素材库备份-<date>.db in Documents), then writes one file. */
  backup: returns<Library.LibraryFileResult>()(empty),
  /** Main asks for a backup file, validates it, keeps the current library aside, and switches. */
  restore: returns<Library.LibraryRestoreResult>()(empty),
  /** Main asks where to save a JSON share file with the chosen snippets (by tags, ids or favourites; all when none). */
  exportSubset: returns<Library.LibraryFileResult>()(libraryExportSubsetInput),
  /** Main asks for a share file and imports it with duplicate handling (report status 'dismissed' if closed). */
  importSubset: returns<Library.LibraryImportReport>()(empty),
  /** Snippets similar to one (trigram similarity ≥ threshold, default 0.6), to offer a merge. */
  similar: returns<Library.LibrarySimilar[]>()(librarySimilarInput),
  /** Folds mergeIds into keepId (their sources and wording recorded, tags united); the others go to the bin. */
  mergeDuplicates: returns<Library.LibrarySnippet>()(libraryMergeInput),
  /** Stale wording in a snippet (or a text) for a target year, e.g. the draft's year, before inserting it. */
  checkStale: returns<Library.LibraryStaleFinding[]>()(libraryCheckStaleInput),
} as const;
