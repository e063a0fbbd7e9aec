import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { migrate } from './migrate';
import { migrations, type Migration } from './migrations';

export interface OpenedDatabase {
  db: Database.Database;
  /** Set when the file on disk was damaged: where it was moved, and a message for the user. */
  recovered?: { movedTo: string; message: string; reason: string };
}

/**
 * Opens (or creates) the app database: WAL, synchronous=FULL so a completed save survives power loss,
 * foreign keys on, integrity_check, migrations.
 *
 * A file that is not a database or fails integrity_check is moved aside with its -wal/-shm files
 * (never deleted: the user or support may still recover text from it) and a fresh database is created.
 * `all` is the migration list: the app's by default; the snippet library (library.db) passes its own.
 */
export function openDatabase(file: string, now: () => Date = () => new Date(), all: readonly Migration[] = migrations): OpenedDatabase {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    return { db: openChecked(file, all) };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const movedTo = moveAside(file, now());
    const db = openChecked(file, all);
    return {
      db,
      recovered: {
        movedTo,
        reason,
        message: `数据库文件已损坏，已将其移至“${path.basename(movedTo)}”保存（未删除），并新建了一个空数据库。如需找回旧内容，请联系技术支持。`,
      },
    };
  }
}

function openChecked(file: string, all: readonly Migration[]): Database.Database {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 3000');
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`integrity_check: ${String(result)}`);
    migrate(db, all);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function moveAside(file: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  let target = `${file}.damaged-${stamp}`;
  for (let n = 2; fs.existsSync(target); n++) target = `${file}.damaged-${stamp}-${n}`;
  fs.renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}
