import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryService } from './library-service';
import { PROJECT_ROOT } from '../testing/run-cli';
import { makeTempDir } from '../testing/temp-dir';

// Issue 15: a WAL library in a folder that cannot be written. SQLite must create library.db-wal and
// -shm beside it, so it cannot open it at all; that is not "not a database" and not damage. The
// folder is a tmpfs remounted read-only in a private user and mount namespace (unshare -Urm), so
// the test means the same as root or as a user (chmod does not stop root).
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('a library in a read-only folder', () => {
  it('is reported as a folder that cannot be written, exit 2, and the file stays where it is', () => {
    const made = path.join(temp.dir, 'made.db');
    const lib = new LibraryService(made);
    lib.saveSnippet({ text: '坚持以人民为中心的发展思想，扎实推进共同富裕。' });
    lib.close();
    const ro = path.join(temp.dir, 'ro');
    fs.mkdirSync(ro);
    const gongwen = `node ${JSON.stringify(path.join(PROJECT_ROOT, 'bin/gongwen.js'))}`;
    const script = [
      'set -u',
      `D=${JSON.stringify(ro)}`,
      'mount -t tmpfs -o size=8m tmpfs "$D"',
      `cp ${JSON.stringify(made)} "$D/library.db"`,
      'mount -o remount,ro "$D"',
      `${gongwen} library stats --db "$D/library.db" 2>"$D.stderr" >/dev/null; echo $?`,
      'ls -A "$D" | tr "\\n" " "; echo',
    ].join('\n');
    const out = execFileSync('unshare', ['-Urm', 'bash', '-c', script], { encoding: 'utf8', cwd: PROJECT_ROOT, timeout: 60_000 }).trim().split('\n');
    const stderr = fs.readFileSync(`${ro}.stderr`, 'utf8');
    expect(stderr).toMatch(/文件夹.*只读|无法写入/);
    expect(stderr).toContain('-wal');
    expect(stderr).not.toContain('不是 SQLite 数据库');
    expect(Number(out[0])).toBe(2);
    expect(out[1]!.trim().split(' ')).toEqual(['library.db']);
  });
});
