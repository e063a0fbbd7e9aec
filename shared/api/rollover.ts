/**
 * rollover.*: 以去年报告为底稿. A new draft from last year's report (a file or a draft) for a chosen
 * year, the base it was made from, the time references the writer kept, and the figures still 待更新
 * (which any draft may have: a library paragraph from an earlier year brings its figures in pending).
 */
import { z } from 'zod';
import type { DocParagraph } from '../document/roles';
import { MAX_IMPORT_BYTES } from '../limits';
import { byDraftId, draftIdSchema, returns, yearSchema } from './common';
import type { Draft } from './drafts';

export interface RolloverBase {
  /** The file name or draft name the base came from. */
  sourceName: string;
  fromYear: number;
  toYear: number;
  /** Ids (TimeReference.id in the base's checklist) of the references the writer chose to leave as they are (不改, 已核对). */
  kept: string[];
  createdAt: string;
}

export interface RolloverOutcome {
  /** The new draft: the base's text unchanged; the checklist changes it in the editor. */
  draft: Draft;
  base: RolloverBase;
}

const years = { year: yearSchema, fromYear: yearSchema.optional() };
const keySchema = z.string().min(1).max(400);

export const rolloverContract = {
  /** A new draft for `year` from a file (its bytes, base64), as drafts.import reads it. */
  fromFile: returns<RolloverOutcome>()(
    z
      .object({
        fileName: z.string().min(1).max(260),
        dataBase64: z
          .string()
          .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, `文件过大：超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，无法打开`),
        ...years,
      })
      .strict(),
  ),
  /** A new draft for `year` from another draft, which is left as it is. */
  fromDraft: returns<RolloverOutcome>()(z.object({ draftId: draftIdSchema, ...years }).strict()),
  /** The draft's base, or null when it was not made from last year's report. */
  get: returns<RolloverBase | null>()(byDraftId),
  /** The base's paragraphs as they were when the draft was made (for 对照). */
  baseParagraphs: returns<DocParagraph[]>()(byDraftId),
  /** Leave these checklist items as they are (不改, 已核对); their TimeReference ids. */
  keep: returns<RolloverBase>()(z.object({ id: draftIdSchema, keys: z.array(z.string().regex(/^[0-9]{1,6}:[0-9]{1,7}$/, '清单条目编号格式不正确')).max(5000) }).strict()),
  /** Keys (shared/rollover/figures.ts) of the draft's figures still 待更新: carried over from the base, or
   *  in a paragraph inserted from the library from an earlier year. Any draft may have them. */
  pendingFigures: returns<string[]>()(byDraftId),
  /** Mark figures 待更新 (a library paragraph from an earlier year was inserted); the pending keys after. */
  addPendingFigures: returns<string[]>()(z.object({ id: draftIdSchema, keys: z.array(keySchema).min(1).max(5000) }).strict()),
  /** 确认沿用: the figures are right as they stand; the pending keys after. */
  confirmFigures: returns<string[]>()(z.object({ id: draftIdSchema, keys: z.array(keySchema).min(1).max(5000) }).strict()),
} as const;
