/**
 * Issue 15: a draft of 700,000 short lines (4.9 MB, under the 5,000,000-character plain-text limit) ran
 * `gongwen export` out of heap after 115 s. The export now refuses more paragraphs than its limit at
 * once, before the checks run, with a Chinese message naming the limit. Run as the app's main process
 * would run it: a child process with a bounded old space.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EXPORT_PARAGRAPHS } from '../../../shared/limits';
import { createServices } from '../../services';
import { makeTempDir } from '../../testing/temp-dir';
import { PROJECT_ROOT } from '../../testing/run-cli';

let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;
beforeAll(() => {
  temp = makeTempDir();
  dataDir = path.join(temp.dir, 'data');
});
afterAll(() => temp.cleanup());

function gongwen(args: string[], timeout: number) {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--max-old-space-size=2048', 'bin/gongwen.js', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, GONGWEN_DATA_DIR: dataDir },
    timeout,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
}

describe('gongwen export of a huge draft', () => {
  it('refuses 700,000 short lines quickly, naming the limit, and writes nothing', () => {
    const lines = Array.from({ length: 700_000 }, (_, i) => `工作${i % 1000}`);
    const plainText = lines.join('\n');
    expect(plainText.length).toBeLessThan(5_000_000);
    const services = createServices(dataDir);
    const id = services.drafts.create({ plainText }).id;
    services.close();
    for (const out of ['大.docx', '大.txt']) {
      const target = path.join(temp.dir, out);
      const r = gongwen(['export', id, '-o', target], 60_000);
      expect(r.signal, out).toBeNull();
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toContain(`超出导出上限：文档有 700,000 个段落，上限为 ${MAX_EXPORT_PARAGRAPHS.toLocaleString('en-US')} 个`);
      expect(r.ms, out).toBeLessThan(30_000);
      expect(fs.existsSync(target), out).toBe(false);
    }
  }, 180_000);

  it('exports a draft of as many paragraphs as the limit allows, in bounded time', () => {
    const lines = Array.from({ length: MAX_EXPORT_PARAGRAPHS }, (_, i) => `（${(i % 9) + 1}）第${i}项工作稳步推进。`);
    const services = createServices(dataDir);
    const id = services.drafts.create({ plainText: lines.join('\n') }).id;
    services.close();
    const target = path.join(temp.dir, '正好.docx');
    const r = gongwen(['export', id, '-o', target, '--force'], 120_000);
    expect(r.signal).toBeNull();
    expect(r.stderr.slice(-300)).not.toMatch(/内部错误|heap/);
    expect(r.code).toBe(0);
    expect(fs.statSync(target).size).toBeGreaterThan(0);
  }, 180_000);
});
