import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { migrate } from './migrate';
import { checkRecordMatches, clearCheckRecord } from './check-record';
import { migrations, type Migration } from './migrations';
import { ServiceError } from '../errors';

export interface OpenedDatabase {
  db: Database.Database;
  /** Set when the file on disk was damaged: where it was moved, and a message for the user. */
  recovered?: { movedTo: string; message: string; reason: string };
  /** Set when only full-text indexes were damaged and have been rebuilt from their tables (nothing lost). */
  rebuilt?: { tables: string[]; reason: string };
  /** integrity_check was skipped: the file is exactly as recorded at the last clean close (check-record.ts). */
  checkSkipped?: boolean;
}

export interface OpenOptions {
  /**
   * FTS5 tables whose damage alone (integrity_check names only them, every other table passes) is
   * repaired with the table's 'rebuild' command instead of moving the file aside: an index can be
   * made again from the rows it indexes.
   */
  ftsTables?: readonly string[];
  /** Skip integrity_check when the file matches its check record (written by the owner at a clean close). */
  trustCheckRecord?: boolean;
}

/**
 * Opens (or creates) the app database: WAL, synchronous=FULL so a completed save survives power loss,
 * foreign keys on, integrity_check, migrations.
 *
 * A file that is not a database or fails integrity_check is moved aside with its -wal/-shm files
 * (never deleted: the user or support may still recover text from it) and a fresh database is created.
 * `all` is the migration list: the app's by default; the snippet library (library.db) passes its own.
 */
export function openDatabase(
  file: string,
  now: () => Date = () => new Date(),
  all: readonly Migration[] = migrations,
  options: OpenOptions = {},
): OpenedDatabase {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (err) {
    throw unavailable(file, err);
  }
  try {
    return openChecked(file, all, options);
  } catch (err) {
    // Only real damage moves the file aside. A full disk, a lock or a permission problem leaves it
    // exactly where it is: the data is fine, the machine is not.
    if (!isCorruption(err)) throw unavailable(file, err);
    const reason = err instanceof Error ? err.message : String(err);
    const movedTo = moveAside(file, now());
    clearCheckRecord(file);
    let db: Database.Database;
    try {
      db = openChecked(file, all, {}).db;
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

function openChecked(file: string, all: readonly Migration[], options: OpenOptions): OpenedDatabase {
  // Compared before SQLite touches the file (opening in WAL mode creates -wal and -shm).
  const checkSkipped = options.trustCheckRecord === true && checkRecordMatches(file);
  const db = new Database(file);
  try {
    configure(db);
    let rebuilt: OpenedDatabase['rebuilt'];
    if (!checkSkipped) {
      const problems = integrityProblems(db);
      if (problems.length > 0) {
        const tables = damagedIndexesOnly(db, problems, options.ftsTables ?? []);
        if (!tables) throw new IntegrityError(problems.join('; '));
        for (const t of tables) db.prepare(`INSERT INTO "${t}" ("${t}") VALUES ('rebuild')`).run();
        const after = integrityProblems(db);
        if (after.length > 0) throw new IntegrityError(after.join('; '));
        rebuilt = { tables, reason: problems.join('; ') };
      }
    }
    migrate(db, all);
    return { db, ...(rebuilt ? { rebuilt } : {}), ...(checkSkipped ? { checkSkipped } : {}) };
  } catch (err) {
    db.close();
    throw err;
  }
}

/** The settings every connection to an app database runs with. */
function configure(db: Database.Database): void {
  // busy_timeout first: switching to WAL takes a lock, and a second process starting at the same
  // moment must wait its turn, not fail (and never be taken for a damaged file). 10 s: long enough
  // for another process's write transaction (one imported file, one save) to finish.
  db.pragma('busy_timeout = 10000');
  // A schema object (trigger, view) in a file we did not write must not run with our privileges.
  db.pragma('trusted_schema = OFF');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/**
 * A further connection to a database this process has already opened with openDatabase (checked,
 * migrated): a worker thread's own connection for a long job. No check, no migration, and never a
 * file moved aside; a failure is the Chinese DatabaseUnavailableError (or SQLite's own, for damage).
 */
export function connectDatabase(file: string): Database.Database {
  if (!fs.existsSync(file)) throw unavailable(file, Object.assign(new Error('missing'), { code: 'SQLITE_CANTOPEN' }));
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    configure(db);
    return db;
  } catch (err) {
    db?.close();
    throw isCorruption(err) ? err : unavailable(file, err);
  }
}

/** What integrity_check reports (nothing when the file is sound). FTS5 may throw instead of reporting. */
function integrityProblems(db: Database.Database): string[] {
  try {
    return inOneSnapshot(db, () => {
      const rows = db.pragma('integrity_check', { simple: false }) as Array<{ integrity_check: string }>;
      const lines = rows.map((r) => r.integrity_check);
      return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
    });
  } catch (err) {
    if ((err as { code?: unknown }).code === 'SQLITE_CORRUPT_VTAB') return [(err as Error).message];
    throw err;
  }
}

/**
 * Runs `read` inside one read transaction whose schema is loaded first. Preparing integrity_check
 * connects each FTS5 table, and FTS5 reads its own config table from inside that prepare; outside a
 * transaction that read can see a newer schema than the one being prepared against (another process
 * migrating the same new file at that moment), and SQLite then fails the whole statement with
 * SQLITE_SCHEMA "vtable constructor failed". Seen in CI with two `library import` processes; with a
 * second process changing the schema in a loop, nearly half of the unpinned checks failed.
 */
function inOneSnapshot<T>(db: Database.Database, read: () => T): T {
  db.exec('BEGIN');
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return read();
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
  }
}

/**
 * The FTS tables to rebuild when every problem integrity_check found names one of them and every
 * other table (the indexed rows among them) passes its own check; undefined when anything else is
 * damaged, which is damage to the data itself.
 */
function damagedIndexesOnly(db: Database.Database, problems: readonly string[], ftsTables: readonly string[]): string[] | undefined {
  if (ftsTables.length === 0) return undefined;
  if (!problems.every((p) => ftsTables.some((t) => p.includes(t)))) return undefined;
  const isIndexTable = (name: string) => ftsTables.some((t) => name === t || name.startsWith(`${t}_`));
  const others = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'").pluck().all() as string[];
  const sound = inOneSnapshot(db, () =>
    others.filter((n) => !isIndexTable(n)).every((name) => db.pragma(`integrity_check("${name.replace(/"/g, '""')}")`, { simple: true }) === 'ok'),
  );
  if (!sound) return undefined;
  const damaged = ftsTables.filter((t) => problems.some((p) => p.includes(t)));
  return damaged.length > 0 ? damaged : [...ftsTables];
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

function folderWritable(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function unavailable(file: string, err: unknown): DatabaseUnavailableError {
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
    message = folderWritable(where)
      ? `没有权限读写数据库${name}或它所在的文件夹（${where}）。请检查文件夹权限；数据库文件没有改动。`
      : `数据库${name}所在的文件夹（${where}）是只读的，无法写入：打开数据库时要在它旁边建立 ${path.basename(file)}-wal 和 ${path.basename(file)}-shm 文件。请把它复制到可以写入的文件夹，或修改文件夹权限；数据库文件没有改动。`;
  } else if (c === 'ENOTDIR' || c === 'EEXIST') {
    message = `数据目录 ${where} 不是文件夹，无法打开数据库。`;
  } else {
    message = `无法打开数据库${name}（${c ?? (err instanceof Error ? err.message : String(err))}）；数据库文件没有改动。`;
  }
  return new DatabaseUnavailableError(message, c);
}
