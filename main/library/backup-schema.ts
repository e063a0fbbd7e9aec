/**
 * What a restored library file may contain: exactly the schema objects (tables, indexes, triggers,
 * views) the app's own migrations make at that file's version, each with the same SQL. A backup is a
 * file from outside; an extra or altered trigger in it would run inside the user's library on the
 * next save (one that deletes every snippet, say), so anything else is refused.
 */
import Database from 'better-sqlite3';
import { migrate } from '../db/migrate';
import { libraryMigrations } from './migrations';

/** A library backup larger than this is no library this app made (100,000 paragraphs take ~200 MB). */
export const MAX_BACKUP_BYTES = 2 * 1024 ** 3;

export interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

const squash = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();

function schemaOf(db: Database.Database): SchemaObject[] {
  // sqlite_* objects are SQLite's own; the FTS5 shadow tables come with the virtual table.
  return db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as SchemaObject[];
}

const expectedByVersion = new Map<number, Map<string, SchemaObject>>();

/** The schema the app's migrations up to `version` make, built once in memory. */
export function expectedSchema(version: number): Map<string, SchemaObject> {
  let expected = expectedByVersion.get(version);
  if (!expected) {
    const db = new Database(':memory:');
    try {
      migrate(db, libraryMigrations.filter((m) => m.version <= version));
      expected = new Map(schemaOf(db).map((o) => [`${o.type} ${o.name}`, o]));
    } finally {
      db.close();
    }
    expectedByVersion.set(version, expected);
  }
  return expected;
}

/** The first object that should not be there, or differs from the app's definition; null when none. */
export function foreignSchemaObject(db: Database.Database, version: number): { object: SchemaObject; why: 'extra' | 'altered' } | null {
  const expected = expectedSchema(version);
  for (const object of schemaOf(db)) {
    const mine = expected.get(`${object.type} ${object.name}`);
    if (!mine) return { object, why: 'extra' };
    if (squash(mine.sql) !== squash(object.sql)) return { object, why: 'altered' };
  }
  return null;
}
