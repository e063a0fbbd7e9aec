/**
 * Opening library.db: its migrations, a damaged full-text index rebuilt from the snippets (not a reason
 * to set the library aside), a damaged file moved aside, and what the user is told about either.
 *
 * integrity_check takes seconds at 100,000 paragraphs. It is skipped while the file is exactly as the
 * app left it at its last clean close (main/db/check-record.ts); otherwise (after a crash, an outside
 * change, a restore) the app runs this open in a worker thread first (libraryOpenJob), which leaves a
 * fresh check record behind, so the main process's own open finds the file checked.
 */
import type Database from 'better-sqlite3';
import path from 'node:path';
import { writeCheckRecord } from '../db/check-record';
import { openDatabase, type OpenOptions } from '../db/open-database';
import { libraryCounts } from './library-facets';
import { libraryMigrations } from './migrations';

export const LIBRARY_OPEN_OPTIONS: OpenOptions = { ftsTables: ['snippets_fts'], trustCheckRecord: true };

/** What opening the library did that the user must hear of. */
export interface LibraryOpenNotices {
  /** The file on disk was damaged and moved aside; an empty library took its place. */
  recovered?: { movedTo: string; message: string };
  /** The full-text index alone was damaged and has been rebuilt (no snippet lost). */
  indexRebuilt?: { message: string };
}

/** Opens (creating, migrating, checking or trusting its check record) the library file. */
export function openLibraryDatabase(file: string, now: () => Date = () => new Date()): { db: Database.Database; notices: LibraryOpenNotices } {
  const opened = openDatabase(file, now, libraryMigrations, LIBRARY_OPEN_OPTIONS);
  const notices: LibraryOpenNotices = {};
  if (opened.rebuilt) {
    notices.indexRebuilt = { message: `素材库的全文索引已损坏，已按素材重新建立索引（${libraryCounts(opened.db).snippets} 条素材都在，没有丢失）。` };
  }
  if (opened.recovered) {
    notices.recovered = {
      movedTo: opened.recovered.movedTo,
      message: `素材库文件已损坏，已将其移至“${path.basename(opened.recovered.movedTo)}”保存（未删除），并新建了一个空素材库。可用“恢复素材库”从备份还原。`,
    };
  }
  return { db: opened.db, notices };
}

/** Closes the library's last connection cleanly (SQLite checkpoints and removes the -wal file) and records that. */
export function closeLibraryDatabase(db: Database.Database, file: string): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
  } finally {
    db.close();
  }
  // The next open may trust the file as it is now instead of checking it again.
  writeCheckRecord(file);
}

/** The worker thread's full open: check, repair or move aside, migrate, then close with a check record. */
export function libraryOpenJob(input: { dbFile: string }): LibraryOpenNotices {
  const { db, notices } = openLibraryDatabase(input.dbFile);
  closeLibraryDatabase(db, input.dbFile);
  return notices;
}
