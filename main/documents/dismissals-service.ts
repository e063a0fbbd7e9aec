import type Database from 'better-sqlite3';
import { ServiceError } from '../errors';

/** Findings ignored per draft (the problems panel's 忽略), kept across sessions. */
export class DismissalsService {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(draftId: string): string[] {
    this.requireDraft(draftId);
    return this.db
      .prepare('SELECT key FROM dismissed_findings WHERE draft_id = ? ORDER BY created_at, key')
      .pluck()
      .all(draftId) as string[];
  }

  dismiss(draftId: string, key: string): string[] {
    this.requireDraft(draftId);
    this.db
      .prepare('INSERT OR IGNORE INTO dismissed_findings (draft_id, key, created_at) VALUES (?, ?, ?)')
      .run(draftId, key, this.now().toISOString());
    return this.list(draftId);
  }

  /** 恢复全部已忽略的问题. */
  clear(draftId: string): string[] {
    this.requireDraft(draftId);
    this.db.prepare('DELETE FROM dismissed_findings WHERE draft_id = ?').run(draftId);
    return [];
  }

  private requireDraft(draftId: string): void {
    const found = this.db.prepare('SELECT 1 FROM drafts WHERE id = ? AND deleted_at IS NULL').get(draftId);
    if (!found) throw new ServiceError('not_found', '找不到这个文档，它可能已被删除。');
  }
}
