import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryService } from '../library/library-service';
import { libraryMigrations } from '../library/migrations';
import { makeTempDir } from '../testing/temp-dir';
import { openDatabase } from './open-database';

// Issue 15: integrity_check of a 100,000-paragraph library blocks the main process for seconds. It is
// skipped while the file is exactly as the app left it at its last clean close, and runs in full for
// any other file.
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const open = (file: string) => openDatabase(file, undefined, libraryMigrations, { ftsTables: ['snippets_fts'], trustCheckRecord: true });

describe('the library check record', () => {
  it('skips integrity_check for a file unchanged since a clean close, and checks any other', () => {
    const file = path.join(temp.dir, 'library.db');
    const lib = new LibraryService(file);
    lib.saveSnippet({ text: '坚持以人民为中心的发展思想，扎实推进共同富裕。' });
    const first = open(file); // never closed cleanly by the app before: checked
    expect(first.checkSkipped).toBeUndefined();
    first.db.close();
    lib.close();
    expect(fs.existsSync(`${file}.checked`)).toBe(true);

    const again = open(file);
    expect(again.checkSkipped).toBe(true);
    again.db.close();
    new LibraryService(file).close(); // a clean session records the file again

    // Written by something else: checked in full.
    const other = new Database(file);
    other.prepare("UPDATE snippets SET kind = '其他'").run();
    other.close();
    const changed = open(file);
    expect(changed.checkSkipped).toBeUndefined();
    changed.db.close();

    // A crash leaves the -wal file: checked in full.
    new LibraryService(file).close();
    const crashed = new LibraryService(file);
    crashed.saveSnippet({ text: '持续深化改革开放，不断增强发展动力和活力。' });
    const whileOpen = open(file);
    expect(whileOpen.checkSkipped).toBeUndefined();
    whileOpen.db.close();
    crashed.close();
  });
});
