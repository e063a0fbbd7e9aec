import type Database from 'better-sqlite3';
import type { Draft, RolloverBase, RolloverOutcome } from '../../shared/api';
import { documentTitle, titleFromFileName } from '../../shared/document/document-title';
import type { DocParagraph } from '../../shared/document/roles';
import { figureKeys } from '../../shared/rollover/figures';
import { planRollover, RolloverYearUnknown, type RolloverPlan, type RolloverResult } from '../../shared/rollover/rollover';
import type { DraftsService } from '../documents/drafts-service';
import { draftParagraphs } from '../export/export-service';
import { ServiceError } from '../errors';

interface BaseRow {
  source_name: string;
  from_year: number;
  to_year: number;
  paragraphs: string;
  kept: string;
  created_at: string;
}

/**
 * 以去年报告为底稿: new drafts made from last year's report. The base is copied into the new draft and
 * kept beside it (draft_bases) for the comparison; the source itself, a file or a draft, is never
 * changed. Every figure of the base starts pending (待更新).
 */
export class RolloverService {
  constructor(
    private readonly db: Database.Database,
    private readonly drafts: DraftsService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * A new draft for `toYear` from `paragraphs` (a report of `fromYear`, read from it when absent). The
   * draft shows the base's text unchanged: the writer goes through the checklist in the editor.
   */
  create(paragraphs: readonly DocParagraph[], sourceName: string, toYear: number, options: { fromYear?: number } = {}): RolloverOutcome {
    let plan: RolloverPlan;
    try {
      plan = planRollover(paragraphs, toYear, options.fromYear);
    } catch (err) {
      if (err instanceof RolloverYearUnknown) throw new ServiceError('invalid_input', err.message);
      throw err;
    }
    // The keys leave digits out of their context, so the checklist's year edits keep figures pending.
    return this.store(paragraphs, sourceName, plan, [...paragraphs], figureKeys(paragraphs.map((p) => p.text)));
  }

  /** A new draft holding a rollover already made with every proposal accepted (the CLI's), base kept beside it. */
  createAccepted(base: readonly DocParagraph[], sourceName: string, result: RolloverResult): RolloverOutcome {
    return this.store(base, sourceName, result, result.paragraphs, result.pendingFigures);
  }

  private store(base: readonly DocParagraph[], sourceName: string, plan: RolloverPlan, text: DocParagraph[], pending: readonly string[]): RolloverOutcome {
    const { from, to } = plan.years;
    const draft = this.db.transaction((): Draft => {
      const created = this.drafts.createFromParagraphs(text, documentTitle(text) ? '' : `${to}年 ${sourceName}`);
      this.drafts.setYear(created.id, to);
      this.db
        .prepare('INSERT INTO draft_bases (draft_id, source_name, from_year, to_year, paragraphs, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(created.id, sourceName, from, to, JSON.stringify(base), this.now().toISOString());
      const add = this.db.prepare('INSERT OR IGNORE INTO pending_figures (draft_id, key) VALUES (?, ?)');
      for (const key of pending) add.run(created.id, key);
      return this.drafts.get(created.id);
    })();
    return { draft, base: this.get(draft.id)! };
  }

  /** From a file's paragraphs (already imported). */
  fromImported(fileName: string, paragraphs: readonly DocParagraph[], toYear: number, options: { fromYear?: number } = {}): RolloverOutcome {
    return this.create(paragraphs, titleFromFileName(fileName) || fileName, toYear, options);
  }

  /** From another draft, which stays as it is. */
  fromDraft(draftId: string, toYear: number, options: { fromYear?: number } = {}): RolloverOutcome {
    const source = this.drafts.get(draftId);
    return this.create(draftParagraphs(source), source.displayTitle, toYear, options);
  }

  get(draftId: string): RolloverBase | null {
    this.drafts.get(draftId);
    const row = this.db.prepare('SELECT * FROM draft_bases WHERE draft_id = ?').get(draftId) as BaseRow | undefined;
    if (!row) return null;
    return {
      sourceName: row.source_name,
      fromYear: row.from_year,
      toYear: row.to_year,
      kept: JSON.parse(row.kept) as string[],
      createdAt: row.created_at,
    };
  }

  baseParagraphs(draftId: string): DocParagraph[] {
    this.drafts.get(draftId);
    const json = this.db.prepare('SELECT paragraphs FROM draft_bases WHERE draft_id = ?').pluck().get(draftId) as string | undefined;
    if (json === undefined) throw new ServiceError('not_found', '这个文档不是以去年报告为底稿新建的，没有可对照的底稿。');
    return JSON.parse(json) as DocParagraph[];
  }

  keep(draftId: string, keys: readonly string[]): RolloverBase {
    const base = this.require(draftId);
    const kept = [...new Set([...base.kept, ...keys])];
    this.db.prepare('UPDATE draft_bases SET kept = ? WHERE draft_id = ?').run(JSON.stringify(kept), draftId);
    return this.get(draftId)!;
  }

  /** Figures 待更新 of any draft (pending_figures does not need a base). */
  pendingFigures(draftId: string): string[] {
    this.drafts.get(draftId);
    return this.db.prepare('SELECT key FROM pending_figures WHERE draft_id = ? ORDER BY key').pluck().all(draftId) as string[];
  }

  addPendingFigures(draftId: string, keys: readonly string[]): string[] {
    this.drafts.get(draftId);
    const add = this.db.prepare('INSERT OR IGNORE INTO pending_figures (draft_id, key) VALUES (?, ?)');
    this.db.transaction(() => {
      for (const key of keys) add.run(draftId, key);
    })();
    return this.pendingFigures(draftId);
  }

  confirmFigures(draftId: string, keys: readonly string[]): string[] {
    this.drafts.get(draftId);
    const remove = this.db.prepare('DELETE FROM pending_figures WHERE draft_id = ? AND key = ?');
    this.db.transaction(() => {
      for (const key of keys) remove.run(draftId, key);
    })();
    return this.pendingFigures(draftId);
  }

  private require(draftId: string): RolloverBase {
    const base = this.get(draftId);
    if (!base) throw new ServiceError('not_found', '这个文档不是以去年报告为底稿新建的。');
    return base;
  }
}
