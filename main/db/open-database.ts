import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { migrate } from './migrate';
import { migrations, type Migration } from './migrations';
import { ServiceError } from '../errors';

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
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (err) {
    throw unavailable(file, err);
  }
  try {
    return { db: openChecked(file, all) };
  } catch (err) {
    // Only real damage moves the file aside. A full disk, a lock or a permission problem leaves it
    // exactly where it is: the data is fine, the machine is not.
    if (!isCorruption(err)) throw unavailable(file, err);
    const reason = err instanceof Error ? err.message : String(err);
    const movedTo = moveAside(file, now());
    let db: Database.Database;
    try {
      db = openChecked(file, all);
    } catch (fresh) {
      throw unavailable(file, fresh);
    }
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
    // busy_timeout first: switching to WAL takes a lock, and a second process starting at the same
    // moment must wait its turn, not fail (and never be taken for a damaged file). 10 s: long enough
    // for another process's write transaction (one imported file, one save) to finish.
    db.pragma('busy_timeout = 10000');
    // A schema object (trigger, view) in a file we did not write must not run with our privileges.
    db.pragma('trusted_schema = OFF');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new IntegrityError(String(result));
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

/** integrity_check found damage. */
class IntegrityError extends Error {
  constructor(detail: string) {
    super(`integrity_check: ${detail}`);
    this.name = 'IntegrityError';
  }
}

/** SQLite's own word that the file is damaged or is no database: the only reasons to move it aside. */
const CORRUPTION_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE']);

export function isCorruption(err: unknown): boolean {
  if (err instanceof IntegrityError) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CORRUPTION_CODES.has(code);
}

/** The database could not be opened for a reason that is not damage; the file is left untouched. */
export class DatabaseUnavailableError extends ServiceError {
  constructor(
    message: string,
    readonly sqliteCode: string | undefined,
  ) {
    super('io', message);
    this.name = 'DatabaseUnavailableError';
  }
}

function unavailable(file: string, err: unknown): DatabaseUnavailableError {
  const code = (err as { code?: unknown } | null)?.code;
  const c = typeof code === 'string' ? code : undefined;
  const name = `“${path.basename(file)}”`;
  const where = path.dirname(file);
  let message: string;
  if (c === 'SQLITE_FULL' || c === 'ENOSPC') {
    message = `磁盘空间不足，打不开数据库${name}（${where}）。请清理磁盘空间后再试；数据库文件没有改动。`;
  } else if (c?.startsWith('SQLITE_IOERR')) {
    message = `读写数据库${name}（${where}）时出错（${c}）：可能是磁盘空间不足、磁盘故障，或它不是普通文件。数据库文件没有改动。`;
  } else if (c === 'SQLITE_BUSY' || c === 'SQLITE_LOCKED' || c?.startsWith('SQLITE_BUSY')) {
    message = `数据库${name}正被另一个程序占用，请稍后再试；数据库文件没有改动。`;
  } else if (c === 'SQLITE_READONLY' || c?.startsWith('SQLITE_READONLY') || c === 'SQLITE_CANTOPEN' || c === 'SQLITE_PERM' || c === 'SQLITE_AUTH' || c === 'EACCES' || c === 'EPERM' || c === 'EROFS') {
    message = `没有权限读写数据库${name}或它所在的文件夹（${where}）。请检查文件夹权限；数据库文件没有改动。`;
  } else if (c === 'ENOTDIR' || c === 'EEXIST') {
    message = `数据目录 ${where} 不是文件夹，无法打开数据库。`;
  } else {
    message = `无法打开数据库${name}（${c ?? (err instanceof Error ? err.message : String(err))}）；数据库文件没有改动。`;
  }
  return new DatabaseUnavailableError(message, c);
}
