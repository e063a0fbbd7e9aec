import type Database from 'better-sqlite3';
import { MAX_TITLE_CHARS } from '../../shared/limits';
import { randomBytes } from 'node:crypto';
import type {
  CreateDraftInput,
  Draft,
  DraftSummary,
  DraftVersion,
  DraftVersionSummary,
  SaveDraftInput,
  SaveResult,
  VersionReason,
} from '../../shared/api';
import { displayTitleOf } from '../../shared/document/document-title';
import type { DocParagraph } from '../../shared/document/roles';
import { countWords } from '../../shared/text/word-count';
import { ServiceError } from '../errors';
import { prepareDraft, titleOfJson, type PreparedDraft } from './prepared-draft';

export const MAX_VERSIONS_PER_DRAFT = 50;
/** Autosaves store a snapshot at most this often; saves on close and manual saves always do. */
export const SNAPSHOT_INTERVAL_MS = 5 * 60_000;
export const PURGE_DELETED_AFTER_MS = 30 * 24 * 3600_000;

interface DraftRow {
  id: string;
  /** The name the writer gave; '' = named by the title paragraphs. */
  title: string;
  /** What the title paragraphs read at the last save. */
  doc_title: string;
  lexical_json: string;
  plain_text: string;
  year: number | null;
  house_style: string | null;
  word_count: number;
  created_at: string;
  updated_at: string;
}

interface VersionRow {
  id: number;
  draft_id: string;
  reason: VersionReason;
  plain_text: string;
  lexical_json: string;
  word_count: number;
  created_at: string;
}

const SUMMARY_COLUMNS = `id, title, doc_title, year, house_style, word_count, created_at, updated_at, substr(plain_text, 1, 200) AS plain_text`;

/** Drafts and their version snapshots in SQLite. Plain Node: used by the app, the CLI and the tests. */
export class DraftsService {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): DraftSummary[] {
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM drafts WHERE deleted_at IS NULL ORDER BY updated_at DESC, rowid DESC`)
      .all() as DraftRow[];
    return rows.map(toSummary);
  }

  create(input: CreateDraftInput = {}): Draft {
    const at = this.timestamp();
    const id = newId();
    const plainText = input.plainText ?? '';
    const lexicalJson = input.lexicalJson ?? '';
    this.db
      .prepare(
        `INSERT INTO drafts (id, title, doc_title, lexical_json, plain_text, year, word_count, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, input.title?.trim() ?? '', titleOfJson(lexicalJson), lexicalJson, plainText, input.year ?? null, countWords(plainText), at, at);
    return this.get(id);
  }

  /** A new draft holding these paragraphs (import, templates): named `title`, or by its title lines. */
  createFromParagraphs(paragraphs: readonly DocParagraph[], title = ''): Draft {
    return insertPreparedDraft(this.db, prepareDraft(paragraphs), title, this.timestamp());
  }

  get(id: string): Draft {
    const row = this.db.prepare('SELECT * FROM drafts WHERE id = ? AND deleted_at IS NULL').get(id) as DraftRow | undefined;
    if (!row) throw notFound();
    return { ...toSummary(row), lexicalJson: row.lexical_json, plainText: row.plain_text };
  }

  /**
   * Stores the editor state. Unchanged content is not written again. A snapshot is added when the
   * draft has none yet, on close or manual saves, and otherwise at most every SNAPSHOT_INTERVAL_MS.
   */
  save(input: SaveDraftInput): SaveResult {
    const reason = input.reason ?? 'autosave';
    return this.db.transaction((): SaveResult => {
      const current = this.db
        .prepare('SELECT lexical_json, plain_text, word_count, updated_at FROM drafts WHERE id = ? AND deleted_at IS NULL')
        .get(input.id) as Pick<DraftRow, 'lexical_json' | 'plain_text' | 'word_count' | 'updated_at'> | undefined;
      if (!current) throw notFound();
      if (current.lexical_json === input.lexicalJson && current.plain_text === input.plainText && reason === 'autosave') {
        return { updatedAt: current.updated_at, wordCount: current.word_count, snapshot: false };
      }
      const at = this.timestamp();
      const wordCount = countWords(input.plainText);
      this.db
        .prepare('UPDATE drafts SET lexical_json = ?, plain_text = ?, doc_title = ?, word_count = ?, updated_at = ? WHERE id = ?')
        .run(input.lexicalJson, input.plainText, titleOfJson(input.lexicalJson), wordCount, at, input.id);
      const snapshot = reason !== 'autosave' || this.snapshotDue(input.id);
      if (snapshot) this.addVersion(input.id, reason, input.lexicalJson, input.plainText, wordCount, at);
      return { updatedAt: at, wordCount, snapshot };
      // IMMEDIATE: it reads the stored text before writing, so it takes the write lock first; a save
      // racing another process's write then waits (busy_timeout) instead of failing with SQLITE_BUSY.
    }).immediate();
  }

  rename(id: string, title: string): DraftSummary {
    this.touch('UPDATE drafts SET title = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL', title.trim(), this.timestamp(), id);
    return this.summary(id);
  }

  setYear(id: string, year: number | null): DraftSummary {
    this.touch('UPDATE drafts SET year = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL', year, this.timestamp(), id);
    return this.summary(id);
  }

  /** The house style (单位规范) the draft is checked by; null = the default. */
  setHouseStyle(id: string, houseStyle: string | null): DraftSummary {
    this.touch('UPDATE drafts SET house_style = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL', houseStyle, this.timestamp(), id);
    return this.summary(id);
  }

  duplicate(id: string): DraftSummary {
    const source = this.get(id);
    // A name the writer gave is copied, marked as the copy; otherwise the copy, like the original, is
    // named by its title paragraphs (so changing the year in a copy of last year's report renames it).
    const copy = this.create({
      title: source.title ? `${source.title}（副本）`.slice(0, MAX_TITLE_CHARS) : '',
      lexicalJson: source.lexicalJson,
      plainText: source.plainText,
      year: source.year,
    });
    return this.summary(copy.id);
  }

  /** Moves a draft to the bin; undoDelete brings it back. Purged after PURGE_DELETED_AFTER_MS. */
  delete(id: string): { id: string } {
    this.touch('UPDATE drafts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL', this.timestamp(), id);
    return { id };
  }

  undoDelete(id: string): DraftSummary {
    this.touch('UPDATE drafts SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL', id);
    return this.summary(id);
  }

  /** Removes a draft made a moment ago whose making was canceled (never listed, never edited): false when there is none. */
  discardNew(id: string): boolean {
    return this.db.prepare('DELETE FROM drafts WHERE id = ?').run(id).changes > 0;
  }

  purgeDeleted(): number {
    const cutoff = new Date(this.now().getTime() - PURGE_DELETED_AFTER_MS).toISOString();
    return this.db.prepare('DELETE FROM drafts WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(cutoff).changes;
  }

  listVersions(id: string): DraftVersionSummary[] {
    this.summary(id); // not found → error, rather than an empty list for a wrong id
    const rows = this.db
      .prepare(
        `SELECT id, draft_id, reason, word_count, created_at, substr(plain_text, 1, 80) AS plain_text
         FROM draft_versions WHERE draft_id = ? ORDER BY id DESC`,
      )
      .all(id) as VersionRow[];
    return rows.map(toVersionSummary);
  }

  getVersion(id: string, versionId: number): DraftVersion {
    const row = this.versionRow(id, versionId);
    return { ...toVersionSummary(row), plainText: row.plain_text };
  }

  /** Makes a version the current text; the text it replaces is kept as a 'before-restore' snapshot. */
  restoreVersion(id: string, versionId: number): Draft {
    this.db.transaction(() => {
      const version = this.versionRow(id, versionId);
      const current = this.get(id);
      const at = this.timestamp();
      this.addVersion(id, 'before-restore', current.lexicalJson, current.plainText, current.wordCount, at);
      this.db
        .prepare('UPDATE drafts SET lexical_json = ?, plain_text = ?, doc_title = ?, word_count = ?, updated_at = ? WHERE id = ?')
        .run(version.lexical_json, version.plain_text, titleOfJson(version.lexical_json), version.word_count, at, id);
    }).immediate();
    return this.get(id);
  }

  private summary(id: string): DraftSummary {
    const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM drafts WHERE id = ? AND deleted_at IS NULL`).get(id) as
      | DraftRow
      | undefined;
    if (!row) throw notFound();
    return toSummary(row);
  }

  private touch(sql: string, ...params: unknown[]): void {
    if (this.db.prepare(sql).run(...params).changes === 0) throw notFound();
  }

  private snapshotDue(id: string): boolean {
    const last = this.db
      .prepare('SELECT created_at FROM draft_versions WHERE draft_id = ? ORDER BY id DESC LIMIT 1')
      .pluck()
      .get(id) as string | undefined;
    return !last || this.now().getTime() - Date.parse(last) >= SNAPSHOT_INTERVAL_MS;
  }

  private addVersion(id: string, reason: VersionReason, lexicalJson: string, plainText: string, wordCount: number, at: string): void {
    this.db
      .prepare(
        `INSERT INTO draft_versions (draft_id, reason, lexical_json, plain_text, word_count, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(id, reason, lexicalJson, plainText, wordCount, at);
    this.db
      .prepare(
        `DELETE FROM draft_versions WHERE draft_id = ? AND id NOT IN
           (SELECT id FROM draft_versions WHERE draft_id = ? ORDER BY id DESC LIMIT ?)`,
      )
      .run(id, id, MAX_VERSIONS_PER_DRAFT);
  }

  private versionRow(id: string, versionId: number): VersionRow {
    const row = this.db.prepare('SELECT * FROM draft_versions WHERE id = ? AND draft_id = ?').get(versionId, id) as
      | VersionRow
      | undefined;
    if (!row) throw new ServiceError('not_found', '找不到该历史版本，可能已被清理。');
    return row;
  }

  /** The time stamp a change made now is stored with (this service's clock). */
  timestamp(): string {
    return this.now().toISOString();
  }

  /** The database file, for a worker thread's own connection (ImportService writes a new draft there). */
  get file(): string {
    return this.db.name;
  }
}

/** 16 URL-safe characters; never a leading '-', which a command line would read as an option (gongwen export -x…). */
export function newId(): string {
  const id = randomBytes(12).toString('base64url');
  return id.startsWith('-') ? `A${id.slice(1)}` : id;
}

function notFound(): ServiceError {
  return new ServiceError('not_found', '找不到该文档，可能已被删除。');
}

/**
 * The INSERT of a new draft from prepared content, on any connection to gongwen.db (the app: a worker
 * thread's own, so a megabyte-sized draft is never written by the main process). The draft is returned
 * as stored without being read back.
 */
export function insertPreparedDraft(db: Database.Database, prepared: PreparedDraft, title: string, at: string, id = newId()): Draft {
  db.prepare(
    `INSERT INTO drafts (id, title, doc_title, lexical_json, plain_text, year, word_count, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
  ).run(id, title.slice(0, MAX_TITLE_CHARS).trim(), prepared.docTitle, prepared.lexicalJson, prepared.plainText, prepared.wordCount, at, at);
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM drafts WHERE id = ?`).get(id) as DraftRow;
  return { ...toSummary(row), lexicalJson: prepared.lexicalJson, plainText: prepared.plainText };
}

function toSummary(row: DraftRow): DraftSummary {
  return {
    id: row.id,
    title: row.title,
    displayTitle: displayTitleOf(row.title, row.doc_title, row.plain_text),
    year: row.year,
    houseStyle: row.house_style ?? null,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toVersionSummary(row: VersionRow): DraftVersionSummary {
  return {
    id: row.id,
    draftId: row.draft_id,
    reason: row.reason,
    wordCount: row.word_count,
    createdAt: row.created_at,
    preview: row.plain_text.slice(0, 80),
  };
}
