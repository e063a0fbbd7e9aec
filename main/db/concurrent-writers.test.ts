import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryService } from '../library/library-service';
import { createServices } from '../services';
import { mulberry32 } from '../testing/prng';
import { PROJECT_ROOT } from '../testing/run-cli';
import { makeTempDir } from '../testing/temp-dir';

// Issue 15: two writers on one database file, in real processes. A transaction that reads and then
// writes must take the write lock first (IMMEDIATE): a deferred one whose read snapshot was overtaken
// by another process's commit fails at once with SQLITE_BUSY ("database is locked"), busy_timeout or not.
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

function gongwen(args: string[], dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/gongwen.js'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, GONGWEN_DATA_DIR: dataDir },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const CHARS = '经济社会发展质量效益稳步提升产业结构持续优化城乡建设加快推进民生保障更加有力生态环境明显改善改革开放不断深化治理能力全面增强基层党建扎实开展作风建设成效显著安全生产形势平稳';

/** `files` report files of `paragraphs` random paragraphs each: no two alike, so every one is a new snippet. */
function writeReports(dir: string, seed: number, files: number, paragraphs: number): void {
  fs.mkdirSync(dir, { recursive: true });
  const rnd = mulberry32(seed);
  const sentence = () => Array.from({ length: 40 }, () => CHARS[Math.floor(rnd() * CHARS.length)]).join('');
  for (let f = 0; f < files; f++) {
    const lines = [`关于第${seed}-${f}号工作情况的报告`, '区委：'];
    for (let p = 0; p < paragraphs; p++) lines.push(`${sentence()}，${sentence()}。`);
    fs.writeFileSync(path.join(dir, `report-${seed}-${f}.txt`), lines.join('\n'));
  }
}

describe('two processes writing one database at once (issue 15)', () => {
  it('two `gongwen library import` into the same --db both succeed and keep every snippet', async () => {
    const db = path.join(temp.dir, 'lib.db');
    const a = path.join(temp.dir, 'a');
    const b = path.join(temp.dir, 'b');
    writeReports(a, 1, 40, 12);
    writeReports(b, 2, 40, 12);
    const data = path.join(temp.dir, 'data');
    const runs = await Promise.all([a, b].map((dir) => gongwen(['library', 'import', dir, '--db', db, '--json'], data)));
    const reports = runs.map((r) => JSON.parse(r.stdout || '{}') as { added: number; failed: Array<{ reason: string }> });
    expect(
      reports.map((r) => r.failed?.slice(0, 3)),
      runs.map((r) => r.stderr).join('\n'),
    ).toEqual([[], []]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(reports.map((r) => r.added)).toEqual([480, 480]);
    const lib = new LibraryService(db);
    try {
      expect(lib.stats().snippets).toBe(960);
    } finally {
      lib.close();
    }
  }, 120_000);

  it('an autosave racing `gongwen new` in other processes never fails with SQLITE_BUSY', async () => {
    const services = createServices(temp.dir);
    try {
      // A large draft: reading and comparing it before the write leaves room for another commit.
      const body = '加快推进重点项目建设，'.repeat(10_000);
      const draft = services.drafts.create({ plainText: body });
      const others = (async () => {
        const results = [];
        for (let round = 0; round < 3; round++) {
          results.push(...(await Promise.all([0, 1].map(() => gongwen(['new', '--template', 'party-responsibility-report', '--json'], temp.dir)))));
        }
        return results;
      })();
      let done = false;
      void others.then(() => (done = true));
      const errors: string[] = [];
      let saves = 0;
      while (!done) {
        try {
          services.drafts.save({ id: draft.id, lexicalJson: '', plainText: `${body}${saves}` });
        } catch (err) {
          errors.push(String((err as { code?: string }).code ?? err));
        }
        saves++;
        await new Promise((r) => setTimeout(r, 2));
      }
      const results = await others;
      expect(errors.slice(0, 3)).toEqual([]);
      expect(results.map((r) => r.code), results.map((r) => r.stderr).join('\n')).toEqual(results.map(() => 0));
      expect(services.drafts.list()).toHaveLength(7);
    } finally {
      services.close();
    }
  }, 120_000);
});
