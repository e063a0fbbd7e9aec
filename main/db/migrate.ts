import type Database from 'better-sqlite3';
import type { Migration } from './migrations';

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own transaction,
 * so a failure leaves the database at the last complete version.
 */
export function migrate(db: Database.Database, all: readonly Migration[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const done: number[] = [];
  for (const m of [...all].sort((a, b) => a.version - b.version)) {
    // IMMEDIATE: take the write lock before reading whether the migration is applied, so two processes
    // opening the same new data folder at once apply it once (the second waits, then sees it done)
    // instead of both running it and one failing on "duplicate column".
    const applied = db
      .transaction(() => {
        if (isApplied.get(m.version)) return false;
        db.exec(m.sql);
        record.run(m.version, m.name, new Date().toISOString());
        return true;
      })
      .immediate();
    if (applied) done.push(m.version);
  }
  return done;
}
