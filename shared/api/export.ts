/** export.*: a draft to Word (laid out to GB/T 9704) or plain text, to PDF through the page view, and 打印. */
import { z } from 'zod';
import { draftIdSchema, empty, returns } from './common';

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
/** What the export dialog sets; the last options used are remembered (export.options). */
export type ExportOptions = z.output<typeof exportOptionsSchema>;

export type ExportDraftResult =
  /** The file is written: its path, size, and the error-level findings it was exported with (force). */
  | { status: 'written'; path: string; format: ExportTarget; bytes: number; errorCount: number }
  /** The user closed the save dialog. */
  | { status: 'canceled' };

export const exportContract = {
  /**
   * Exports the saved draft (save pending edits first). Main asks where to save (Electron: a save dialog).
   * Refused with error code 'export_gate' when the draft has error-level findings, unless `force`.
   */
  draft: returns<ExportDraftResult>()(
    z
      .object({ id: draftIdSchema, ...exportOptionsSchema.shape, force: z.boolean().optional() })
      .strict(),
  ),
  /**
   * PDF through the print layout of the page view (what the editor shows, on A4 with GB/T 9704 margins
   * and page numbers). Same gate as export.draft. Main asks where to save, then prints the window.
   */
  pdf: returns<ExportDraftResult>()(z.object({ id: draftIdSchema, force: z.boolean().optional() }).strict()),
  /**
   * 打印: main prints the window (Electron: webContents.print with the system print dialog) through the
   * same print layout as the PDF export. printed is false when the writer cancelled the dialog.
   */
  print: returns<{ printed: boolean }>()(empty),
  /** The options of the last export (or the defaults: .docx with the standard fonts, no 版头/版记). */
  options: returns<ExportOptions>()(empty),
} as const;
