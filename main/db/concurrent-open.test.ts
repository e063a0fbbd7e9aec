import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../testing/temp-dir';

// Issue 15: three processes started at once on an empty data folder all create and open gongwen.db.
// Before busy_timeout was set ahead of journal_mode, one of them could see SQLITE_BUSY while another
// switched the new file to WAL, take it for damage and move the database aside.
const root = path.resolve(import.meta.dirname, '../..');
let temps: ReturnType<typeof makeTempDir>[] = [];
afterEach(() => {
  temps.forEach((t) => t.cleanup());
  temps = [];
});

function gongwen(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/gongwen.js'), ...args], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

describe('processes opening one new data folder at once', () => {
  it('never move the database aside and all succeed (6 rounds of 3)', async () => {
    for (let round = 0; round < 6; round++) {
      const temp = makeTempDir();
      temps.push(temp);
      const runs = await Promise.all([0, 1, 2].map(() => gongwen(['drafts', 'list', '--json', '--data-dir', temp.dir])));
      expect(runs.map((r) => r.code), runs.map((r) => r.stderr).join('\n')).toEqual([0, 0, 0]);
      expect(fs.readdirSync(temp.dir).filter((f) => f.includes('damaged'))).toEqual([]);
    }
  }, 120_000);
});
