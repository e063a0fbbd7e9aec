/**
 * What a file offered as a snippet library is, read-only: for the CLI's --db (inspectLibraryFile) and
 * for restore (validateLibraryFile, which refuses anything but an intact library of our schema).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { isCorruption, unavailable } from '../db/open-database';
import { ServiceError } from '../errors';
import { foreignSchemaObject } from './backup-schema';
import { LIBRARY_TABLES, libraryMigrations } from './migrations';

/**
 * What a file given as a library is, without changing it: missing, empty (a new library may be
 * created there), a library, another SQLite database (such as gongwen.db), or not a database at all.
 * A file SQLite cannot open for another reason (a WAL file in a read-only folder, where its -wal and
 * -shm cannot be made; no permission) throws DatabaseUnavailableError with the reason in Chinese.
 */
export function inspectLibraryFile(file: string): 'missing' | 'empty' | 'library' | 'other-database' | 'not-database' {
  if (!fs.existsSync(file)) return 'missing';
  if (fs.statSync(file).size === 0) return 'empty';
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    if (tables.has('snippets') && tables.has('sources')) return 'library';
    return tables.size === 0 ? 'empty' : 'other-database';
  } catch (err) {
    if (isCorruption(err) || !(err as { code?: unknown } | null)?.code) return 'not-database';
    throw unavailable(file, err);
  } finally {
    db?.close();
  }
}

/**
 * Checks that a file is a snippet library this app can open: a SQLite database that passes
 * integrity_check, with the library's tables and columns, at a schema version not newer than ours.
 */
export function validateLibraryFile(file: string, displayName = path.basename(file)): { snippets: number; version: number } {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new ServiceError('invalid_input', `“${displayName}”已损坏（完整性检查未通过），不能用来恢复。`);
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").pluck().all() as string[]);
    const missing = LIBRARY_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0 || !tables.has('schema_migrations')) {
      throw new ServiceError('invalid_input', `“${displayName}”不是素材库备份文件（缺少 ${[...missing, ...(tables.has('schema_migrations') ? [] : ['schema_migrations'])].join('、')}）。`);
    }
    const version = (db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
    const latest = Math.max(...libraryMigrations.map((m) => m.version));
    if (version > latest) throw new ServiceError('invalid_input', `“${displayName}”来自更新版本的公文写作台，请先升级再恢复。`);
    const foreign = foreignSchemaObject(db, version);
    if (foreign) {
      const what = `${foreign.object.type} ${foreign.object.name}`;
      throw new ServiceError(
        'invalid_input',
        foreign.why === 'extra'
          ? `“${displayName}”含有素材库以外的数据库对象（${what}），不能用来恢复。`
          : `“${displayName}”中的 ${what} 与素材库的定义不同，不能用来恢复。`,
      );
    }
    const columns = new Set((db.prepare('PRAGMA table_info(snippets)').all() as Array<{ name: string }>).map((c) => c.name));
    for (const c of ['id', 'text', 'text_hash', 'kind', 'source_name', 'year', 'deleted_at']) {
      if (!columns.has(c)) throw new ServiceError('invalid_input', `“${displayName}”的素材表结构不正确（缺少 ${c} 列），不能用来恢复。`);
    }
    try {
      db.prepare("INSERT INTO snippets_fts (snippets_fts) VALUES ('integrity-check')").run();
    } catch {
      throw new ServiceError('invalid_input', `“${displayName}”的全文索引已损坏，不能用来恢复。`);
    }
    const snippets = db.prepare('SELECT count(*) FROM snippets WHERE deleted_at IS NULL').pluck().get() as number;
    return { snippets, version };
  } catch (err) {
    if (err instanceof ServiceError) throw err;
    throw new ServiceError('invalid_input', `“${displayName}”不是有效的素材库备份文件（${err instanceof Error ? err.message : String(err)}）。`);
  } finally {
    db?.close();
  }
}
