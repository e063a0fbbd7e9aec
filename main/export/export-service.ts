import path from 'node:path';
import { z } from 'zod';
import {
  exportOptionsSchema,
  type Draft,
  type ExportDraftResult,
  type ExportFormat,
  type ExportTarget,
  type ExportOptions,
} from '../../shared/api';
import { MAX_EXPORT_PARAGRAPHS } from '../../shared/limits';
import { CATEGORY_LABELS, type CheckCategory, type CompiledTifa, type Finding, type TifaEntry } from '../../shared/checks';
import { gateFindings } from './gate';
import type { DocParagraph } from '../../shared/document/roles';
import { paragraphsFromJson, paragraphsOfPlainText } from '../../shared/lexical/document-json';
import type { DraftsService } from '../documents/drafts-service';
import { ServiceError } from '../errors';
import { nodeFs, writeFileAtomic, type AtomicWriteFs } from '../fs/atomic-write';
import type { SettingsStore } from '../settings/settings-store';
import { inProcessRunner, type WorkRunner } from '../work/work-runner';
import { FORMAT_EXTENSIONS } from './export-document';

export const EXPORT_OPTIONS_KEY = 'export.options';
export const EXPORT_DIRECTORY_KEY = 'export.directory';
export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { format: 'docx', fonts: 'standard' };

/** Where to save: given a suggested path (last folder + the draft's title, or just the file name), the
 *  chosen absolute path, or null when the user cancels. Electron shows a save dialog; tests return a path. */
export type ChooseExportPath = (defaultPath: string, format: ExportTarget) => Promise<string | null>;

const TARGET_EXTENSIONS: Readonly<Record<ExportTarget, string>> = { ...FORMAT_EXTENSIONS, pdf: '.pdf' };

export interface ExportRequest extends ExportOptions {
  /** Export even when error-level findings exist. */
  force?: boolean;
  /** The document year for the checks (a draft's own setting); detected from the text when absent. */
  year?: number | null;
  /** Figures still 待更新 after a rollover: they stop the export like unfilled placeholders. */
  pendingFigures?: ReadonlySet<string>;
  /** The 提法 table (built-in + the office's own); the built-in one when absent. */
  tifa?: CompiledTifa;
}

export interface ExportWritten {
  path: string;
  format: ExportFormat;
  bytes: number;
  /** The error-level findings the file was written with (only with force). */
  errors: Finding[];
}

/** The export gate refused: the document has error-level findings. Carries them for the CLI to print. */
export class ExportGateError extends ServiceError {
  constructor(readonly findings: Finding[]) {
    super('export_gate', gateMessage(findings));
    this.name = 'ExportGateError';
  }
}

function gateMessage(findings: Finding[]): string {
  const byCategory = new Map<CheckCategory, number>();
  for (const f of findings) byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + 1);
  const parts = [...byCategory].map(([category, n]) => `${CATEGORY_LABELS[category]} ${n} 处`).join('、');
  const placeholders = byCategory.get('placeholder') ? '，其中有未填写的占位符' : '';
  return `文档中还有 ${findings.length} 处错误（${parts}）${placeholders}。请修改后再导出，或确认后仍然导出。`;
}

/**
 * More paragraphs than an export accepts (shared/limits.ts): refused before the checks and the writer
 * run, which would take minutes and, for hundreds of thousands of paragraphs, more memory than there is.
 */
export function refuseOversizedExport(paragraphs: readonly DocParagraph[]): void {
  if (paragraphs.length <= MAX_EXPORT_PARAGRAPHS) return;
  const n = (v: number) => v.toLocaleString('en-US');
  throw new ServiceError(
    'invalid_input',
    `超出导出上限：文档有 ${n(paragraphs.length)} 个段落，上限为 ${n(MAX_EXPORT_PARAGRAPHS)} 个。一份报告远小于此，请把文档拆分成几份后分别导出。`,
  );
}

/** A file name from the draft's title: characters Windows forbids in names replaced, length capped. */
export function exportFileName(title: string, format: ExportTarget): string {
  const base =
    title
      .replace(/[\\/:*?"<>|]/g, '_')
      .replace(/\p{Cc}/gu, '_')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[. ]+$/, '')
      .slice(0, 80) || '未命名文档';
  return `${base}${TARGET_EXTENSIONS[format]}`;
}

/** The paragraphs and roles of a saved draft, as the editor stores them. */
export function draftParagraphs(draft: Pick<Draft, 'lexicalJson' | 'plainText'>): DocParagraph[] {
  if (draft.lexicalJson) {
    try {
      return paragraphsFromJson(draft.lexicalJson);
    } catch {
      throw new ServiceError('invalid_input', '文档内容已损坏，无法导出。可在“历史版本”中恢复较早的版本。');
    }
  }
  return paragraphsOfPlainText(draft.plainText);
}

/**
 * The export itself, for the app (ExportService.exportDraft) and the CLI alike: the gate, then the file
 * (.docx or .txt) written through a temp file and a rename. Throws ExportGateError when error-level
 * findings exist and `force` is not set, or a ServiceError ('io') with a Chinese message when the file
 * cannot be written; either way nothing is written and an old file stays as it was.
 */
export async function exportParagraphs(
  paragraphs: readonly DocParagraph[],
  target: string,
  request: ExportRequest,
  ops: AtomicWriteFs = nodeFs,
  work: WorkRunner = inProcessRunner,
): Promise<ExportWritten> {
  refuseOversizedExport(paragraphs);
  const errors = gateFindings(paragraphs, request.year, { tifa: request.tifa, pendingFigures: request.pendingFigures });
  if (errors.length > 0 && !request.force) throw new ExportGateError(errors);
  return writeExport(paragraphs, target, request, errors, ops, work);
}

async function writeExport(
  paragraphs: readonly DocParagraph[],
  target: string,
  request: ExportRequest,
  errors: Finding[],
  ops: AtomicWriteFs,
  work: WorkRunner,
): Promise<ExportWritten> {
  const bytes = await work.run('renderExport', {
    paragraphs: [...paragraphs],
    format: request.format,
    options: {
      fonts: request.fonts,
      ...(request.header ? { header: request.header } : {}),
      ...(request.colophon ? { colophon: request.colophon } : {}),
    },
  });
  const resolved = path.resolve(target);
  writeFileAtomic(resolved, bytes, ops);
  return { path: resolved, format: request.format, bytes: bytes.length, errors };
}

/** Export of saved drafts for the app: the gate before the save dialog, and the options used last time. */
export class ExportService {
  constructor(
    private readonly drafts: DraftsService,
    private readonly settings: SettingsStore,
    private readonly fs: AtomicWriteFs = nodeFs,
    /** What the gate checks beyond the text: the office's own 提法 entries (<dataDir>/tifa.json) and the
     *  draft's figures still 待更新 (services.rollover). */
    private readonly gateInputs: { userTifa?: () => TifaEntry[]; pendingFiguresOf?: (draftId: string) => ReadonlySet<string> } = {},
    /** Where the gate's checks and the file's bytes are computed: a worker thread in the app. */
    private readonly work: WorkRunner = inProcessRunner,
  ) {}

  /** The last options used, or the defaults. */
  options(): ExportOptions {
    return this.settings.get(EXPORT_OPTIONS_KEY, exportOptionsSchema, DEFAULT_EXPORT_OPTIONS);
  }

  /**
   * Exports a saved draft. The gate runs before anything is asked, so a refused export shows no dialog;
   * `choose` then gives the target (null: the user cancelled, nothing is written). After a successful
   * export the options and the folder are remembered for the next one.
   */
  async exportDraft(id: string, request: ExportRequest, choose: ChooseExportPath): Promise<ExportDraftResult> {
    const ready = await this.gateAndChoose(id, request.format, request, choose);
    if (!ready) return { status: 'canceled' };
    const written = await writeExport(ready.paragraphs, ready.target, request, ready.errors, this.fs, this.work);
    const { format, fonts, header, colophon } = request;
    this.settings.set(EXPORT_OPTIONS_KEY, { format, fonts, ...(header ? { header } : {}), ...(colophon ? { colophon } : {}) });
    this.settings.set(EXPORT_DIRECTORY_KEY, path.dirname(written.path));
    return { status: 'written', path: written.path, format: written.format, bytes: written.bytes, errorCount: ready.errors.length };
  }

  /**
   * PDF of a saved draft through the page view's print layout: the same gate, then the save dialog, then
   * the window is printed and the bytes written through a temp file and a rename.
   */
  async exportPdf(id: string, request: { force?: boolean }, choose: ChooseExportPath, print: PrintToPdf): Promise<ExportDraftResult> {
    const ready = await this.gateAndChoose(id, 'pdf', request, choose);
    if (!ready) return { status: 'canceled' };
    const bytes = await print();
    writeFileAtomic(ready.target, bytes, this.fs);
    this.settings.set(EXPORT_DIRECTORY_KEY, path.dirname(ready.target));
    return { status: 'written', path: ready.target, format: 'pdf', bytes: bytes.length, errorCount: ready.errors.length };
  }

  /**
   * What every export of a saved draft does first: refuse an empty draft, run the gate (before any
   * dialog, so a refused export shows none), then ask where to save, suggesting the last export folder
   * and the draft's title. Null when the user cancels.
   */
  private async gateAndChoose(
    id: string,
    format: ExportTarget,
    request: { force?: boolean; year?: number | null },
    choose: ChooseExportPath,
  ): Promise<{ paragraphs: DocParagraph[]; errors: Finding[]; target: string } | null> {
    const draft = this.drafts.get(id);
    const paragraphs = draftParagraphs(draft);
    if (!paragraphs.some((p) => p.text.trim())) throw new ServiceError('invalid_input', '文档是空的，没有可导出的内容。');
    refuseOversizedExport(paragraphs);
    const year = request.year === undefined ? draft.year : request.year;
    const errors = await this.work.run('gate', {
      paragraphs,
      year,
      pendingFigures: [...(this.gateInputs.pendingFiguresOf?.(id) ?? [])],
      userTifa: this.gateInputs.userTifa?.() ?? [],
    });
    if (errors.length > 0 && !request.force) throw new ExportGateError(errors);
    const lastDir = this.settings.get<string | null>(EXPORT_DIRECTORY_KEY, z.string().nullable(), null);
    const fileName = exportFileName(draft.displayTitle, format);
    const chosen = await choose(lastDir ? path.join(lastDir, fileName) : fileName, format);
    if (!chosen) return null;
    return { paragraphs, errors, target: path.resolve(withExtension(chosen, format)) };
  }
}

/** PDF comes from the window's print layout (the page view), not from a writer of ours. */
export type PrintToPdf = () => Promise<Uint8Array>;

/** The chosen path with the format's extension (a save dialog may hand back a name typed without one). */
export function withExtension(target: string, format: ExportTarget): string {
  const ext = TARGET_EXTENSIONS[format];
  return target.toLowerCase().endsWith(ext) ? target : `${target}${ext}`;
}
