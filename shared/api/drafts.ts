/** drafts.*: the writer's documents (list, create, open, save, name, year, house style, copy, delete with undo, import). */
import { z } from 'zod';
import { isHouseStyleId } from '../checks/house-style';
import type { DocParagraph } from '../document/roles';
import { MAX_DOCUMENT_JSON_CHARS, MAX_IMPORT_BYTES, MAX_PLAIN_TEXT_CHARS } from '../limits';
import { byDraftId, draftIdSchema, empty, returns, titleSchema, yearSchema } from './common';

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

export interface SaveResult {
  updatedAt: string;
  wordCount: number;
  /** True when this save also stored a version snapshot. */
  snapshot: boolean;
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

export const draftsContract = {
  list: returns<DraftSummary[]>()(empty),
  create: returns<Draft>()(createDraftInput),
  get: returns<Draft>()(byDraftId),
  save: returns<SaveResult>()(saveDraftInput),
  rename: returns<DraftSummary>()(z.object({ id: draftIdSchema, title: titleSchema }).strict()),
  setYear: returns<DraftSummary>()(z.object({ id: draftIdSchema, year: yearSchema.nullable() }).strict()),
  setHouseStyle: returns<DraftSummary>()(
    z.object({ id: draftIdSchema, houseStyle: z.string().refine(isHouseStyleId, '未知的单位规范').nullable() }).strict(),
  ),
  duplicate: returns<DraftSummary>()(byDraftId),
  delete: returns<{ id: string }>()(byDraftId),
  undoDelete: returns<DraftSummary>()(byDraftId),
  /** Opens an importable file (.docx, .doc, .wps, .rtf, .pdf, .ofd, .txt, .md; its bytes, base64) as a new draft. */
  import: returns<ImportOutcome>()(
    z
      .object({
        fileName: z.string().min(1).max(260),
        dataBase64: z
          .string()
          .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, `文件过大：超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，无法打开`),
      })
      .strict(),
  ),
  /** Stops the imports under way (drafts.import, rollover.fromFile): they fail with code 'canceled' and make no draft. */
  cancelImport: returns<{ canceled: boolean }>()(empty),
} as const;
