import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// A full disk is not a damaged database. These run the real CLI against a data folder on a tiny
// tmpfs, mounted in a private user and mount namespace (unshare -Urm: no root needed, nothing
// mounted outside the test), filled to the last byte before the command runs.
const root = path.resolve(import.meta.dirname, '../..');
const mounts: string[] = [];
afterEach(() => mounts.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

interface FullDiskRun {
  exit: number;
  stderr: string;
  before: string[];
  after: string[];
  dbUnchanged: boolean;
}

/** Makes a data folder with one draft on a 2 MB tmpfs, fills the disk, then runs `gongwen ARGS`. */
function runOnFullDisk(args: string[]): FullDiskRun {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-full-'));
  mounts.push(dir);
  const gongwen = `node ${JSON.stringify(path.join(root, 'bin/gongwen.js'))}`;
  const script = [
    'set -u',
    `D=${JSON.stringify(dir)}`,
    'mount -t tmpfs -o size=2m tmpfs "$D"',
    `${gongwen} new --template party-responsibility-report --data-dir "$D" >/dev/null 2>&1`,
    'ls "$D" | sort | tr "\\n" " "; echo',
    'before=$(md5sum < "$D/gongwen.db")',
    'dd if=/dev/zero of="$D/fill" bs=4k >/dev/null 2>&1',
    `${gongwen} ${args.map((a) => JSON.stringify(a)).join(' ')} --data-dir "$D" 2>"$D.stderr" >/dev/null; code=$?`,
    'echo "$code"',
    'ls "$D" | sort | tr "\\n" " "; echo',
    '[ "$(md5sum < "$D/gongwen.db")" = "$before" ] && echo same || echo changed',
  ].join('\n');
  const out = execFileSync('unshare', ['-Urm', 'bash', '-c', script], { encoding: 'utf8', cwd: root, timeout: 60_000 }).trim().split('\n');
  const stderr = fs.readFileSync(`${dir}.stderr`, 'utf8');
  fs.rmSync(`${dir}.stderr`, { force: true });
  return {
    before: out[0]!.trim().split(' '),
    exit: Number(out[1]),
    after: out[2]!.trim().split(' '),
    dbUnchanged: out[3] === 'same',
    stderr,
  };
}

describe('a full disk is not corruption (issue 15)', () => {
  it('a read-only command on a full disk stops with a Chinese message and leaves gongwen.db where it is', () => {
    const run = runOnFullDisk(['drafts', 'list']);
    expect(run.before).toContain('gongwen.db');
    expect(run.stderr).toContain('磁盘空间不足');
    expect(run.stderr).not.toMatch(/内部错误|at .*\.ts:\d+/);
    expect(run.exit).toBe(2);
    expect(run.after.filter((f) => f.includes('damaged'))).toEqual([]);
    expect(run.dbUnchanged).toBe(true);
  });
});
