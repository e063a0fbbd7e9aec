import type Database from 'better-sqlite3';
import type { Migration } from './migrations';

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own transaction,
 * so a failure leaves the database at the last complete version.
 */
export function migrate(db: Database.Database, all: readonly Migration[]): number[] {
  const done: number[] = [];
  for (const m of [...all].sort((a, b) => a.version - b.version)) {
    // IMMEDIATE, and every statement prepared inside it: the write lock is taken before anything is
    // read. Two processes opening the same new data folder at once then apply each migration once
    // (the second waits, then sees it done) instead of both running it and one failing on "duplicate
    // column"; and no statement here is prepared against a schema another process is changing at that
    // moment (prepared outside, a statement can fail with SQLITE_SCHEMA while the other one migrates).
    const applied = db
      .transaction(() => {
        db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
          version    INTEGER PRIMARY KEY,
          name       TEXT NOT NULL,
          applied_at TEXT NOT NULL
        )`);
        if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck().get(m.version)) return false;
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
        return true;
      })
      .immediate();
    if (applied) done.push(m.version);
  }
  return done;
}
