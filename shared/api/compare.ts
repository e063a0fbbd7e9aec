/**
 * compare.*: 对照 — a draft against last year's report (another draft, or a file the writer picks), the
 * Comparison for the 对照 view, and the draft as a Word file with the changes as revisions.
 */
import { z } from 'zod';
import type { Comparison } from '../compare/types';
import { draftIdSchema, empty, returns } from './common';
import type { ExportDraftResult } from './export';

export type { Comparison, CompareStatus, DiffPart, ParagraphComparison, SectionComparison } from '../compare/types';

/**
 * The draft (this year's) and its base (last year's): a draft, a file chosen by compare.chooseBase, or
 * neither — then the report the draft was made from (以去年报告为底稿, rollover.baseParagraphs).
 */
export const compareInputSchema = z
  .object({
    draftId: draftIdSchema,
    baseDraftId: draftIdSchema.optional(),
    /** An absolute path, as compare.chooseBase returned it; any format the app imports. */
    basePath: z.string().min(1).max(4096).optional(),
  })
  .strict()
  .refine((v) => v.baseDraftId === undefined || v.basePath === undefined, { message: '请指定对照的底稿：一个文档或一个文件（只能选其一）' });

export const compareContract = {
  /** Main asks for last year's file (an open dialog over the importable formats); null = cancelled. */
  chooseBase: returns<{ path: string | null }>()(empty),
  /** The saved draft compared with its base: sections and paragraphs with status, diffs and 沿用率. */
  run: returns<Comparison>()(compareInputSchema),
  /**
   * The saved draft as Word, laid out as export.draft lays it out, with every change from the base as a
   * tracked revision (接受/拒绝修订 in Word or WPS). Main asks where to save; no export gate (a review copy).
   */
  exportDocx: returns<ExportDraftResult>()(
    z
      .object({ ...compareInputSchema.shape, fonts: z.enum(['standard', 'system']).optional() })
      .strict()
      .refine((v) => v.baseDraftId === undefined || v.basePath === undefined, { message: '请指定对照的底稿：一个文档或一个文件（只能选其一）' }),
  ),
} as const;
