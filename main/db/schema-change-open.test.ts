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

const CHURN = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('busy_timeout = 10000');
const end = Date.now() + Number(process.argv[2]);
let n = 0;
while (Date.now() < end) {
  db.exec('CREATE TABLE churn (x); DROP TABLE churn;');
  if (n++ === 0) process.stdout.write('ready\\n');
}
process.stdout.write(String(n) + '\\n');
`;

describe('opening a library while another process changes its schema', () => {
  it('runs the full check without a single SQLITE_SCHEMA failure and moves nothing aside', async () => {
    const file = path.join(temp.dir, 'lib.db');
    openDatabase(file, undefined, libraryMigrations, LIBRARY_OPEN_OPTIONS).db.close();
    const child = spawn(process.execPath, ['-e', CHURN, file, '2500'], { cwd: root });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
    await new Promise<void>((resolve) => child.stdout.on('data', () => out.startsWith('ready') && resolve()));

    const failures: string[] = [];
    let opens = 0;
    const until = Date.now() + 1500;
    while (Date.now() < until) {
      try {
        // No check record is trusted: every open runs integrity_check, as after a crash.
        openDatabase(file, undefined, libraryMigrations, { ftsTables: LIBRARY_OPEN_OPTIONS.ftsTables ?? [] }).db.close();
      } catch (err) {
        failures.push((err as Error).message);
      }
      opens++;
    }
    await exited;
    const churned = Number(out.trim().split('\n').pop());
    expect(churned).toBeGreaterThan(100);
    expect(opens).toBeGreaterThan(20);
    expect(failures.slice(0, 3), `${failures.length} of ${opens} opens failed`).toEqual([]);
    expect(fs.readdirSync(temp.dir).filter((f) => f.includes('damaged'))).toEqual([]);
  }, 30_000);
});
