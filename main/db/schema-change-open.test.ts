import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { libraryMigrations } from '../library/migrations';
import { LIBRARY_OPEN_OPTIONS } from '../library/library-open';
import { makeTempDir } from '../testing/temp-dir';
import { openDatabase } from './open-database';

// Issue 15 (found in CI): two `gongwen library import` processes started at once on a new --db. One
// migrated the file while the other ran integrity_check on open, and the check failed with
// SQLITE_SCHEMA "vtable constructor failed: snippets_fts": FTS5 reads its config table while the
// check is being prepared, and without a read transaction around both that read can see a newer
// schema. Here another process changes the schema in a loop while this one opens the library again
// and again, each open running the full check.
const root = path.resolve(import.meta.dirname, '../..');
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

// Changes the schema until the stop file appears. Every change bumps the file's schema_version.
const CHURN = `
const fs = require('node:fs');
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('busy_timeout = 10000');
let n = 0;
while (!fs.existsSync(process.argv[2])) {
  db.exec('CREATE TABLE churn (x); DROP TABLE churn;');
  if (n++ === 0) process.stdout.write('ready\\n');
}
`;

describe('opening a library while another process changes its schema', () => {
  it('runs the full check without a single SQLITE_SCHEMA failure and moves nothing aside', async () => {
    const file = path.join(temp.dir, 'lib.db');
    openDatabase(file, undefined, libraryMigrations, LIBRARY_OPEN_OPTIONS).db.close();
    const stop = path.join(temp.dir, 'stop');
    const schemaVersion = () => {
      const { db } = openDatabase(file, undefined, libraryMigrations, LIBRARY_OPEN_OPTIONS);
      try {
        return db.pragma('schema_version', { simple: true }) as number;
      } finally {
        db.close();
      }
    };
    const child = spawn(process.execPath, ['-e', CHURN, file, stop], { cwd: root });
    const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));

    let before: number | undefined;
    let after: number | undefined;
    const failures: string[] = [];
    const OPENS = 40;
    try {
      before = schemaVersion();
      for (let i = 0; i < OPENS; i++) {
        try {
          // No check record is trusted: every open runs integrity_check, as after a crash.
          openDatabase(file, undefined, libraryMigrations, { ftsTables: LIBRARY_OPEN_OPTIONS.ftsTables ?? [] }).db.close();
        } catch (err) {
          failures.push((err as Error).message);
        }
      }
      after = schemaVersion();
    } finally {
      // Stopped however the opens went, so the other process never outlives the test.
      fs.writeFileSync(stop, '');
      await exited;
    }
    // The other process really changed the schema all through the opens (two changes per round).
    expect(after! - before!).toBeGreaterThan(2 * OPENS);
    expect(failures.slice(0, 3), `${failures.length} of ${OPENS} opens failed`).toEqual([]);
    expect(fs.readdirSync(temp.dir).filter((f) => f.includes('damaged'))).toEqual([]);
  }, 30_000);
});
