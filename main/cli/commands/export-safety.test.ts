/** `gongwen export` never writes over the file it reads (issue 15), run as a user runs it. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../testing/temp-dir';
import { expectUsageErrors, runGongwen } from '../../testing/run-cli';

const REPORT = ['关于2026年上半年工作情况的报告', '区委：', '今年以来，各项工作稳步推进。', '特此报告。', '和平街道办事处', '2026年7月8日'].join('\n');

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => (temp = makeTempDir()));
afterAll(() => temp.cleanup());

describe('gongwen export refuses an output that is its input', () => {
  it('the same path, a ./ detour, a symlink and a hard link are all refused, and the input is untouched', () => {
    const input = path.join(temp.dir, '报告.txt');
    fs.writeFileSync(input, REPORT);
    fs.symlinkSync(input, path.join(temp.dir, 'link.txt'));
    fs.linkSync(input, path.join(temp.dir, 'hard.txt'));
    const run = (...args: string[]) => runGongwen(path.join(temp.dir, 'data'), args);
    expectUsageErrors(run, [
      [['export', input, '-o', input], /输出文件就是输入文件/],
      [['export', input, '-o', path.join(temp.dir, '.', 'sub', '..', '报告.txt')], /输出文件就是输入文件/],
      [['export', input, '-o', path.join(temp.dir, 'link.txt')], /输出文件就是输入文件/],
      [['export', path.join(temp.dir, 'link.txt'), '-o', input], /输出文件就是输入文件/],
      [['export', input, '-o', path.join(temp.dir, 'hard.txt')], /输出文件就是输入文件/],
    ]);
    expect(fs.readFileSync(input, 'utf8')).toBe(REPORT);
  });

  it('a different file next to it is written', () => {
    const input = path.join(temp.dir, '报告2.txt');
    fs.writeFileSync(input, REPORT);
    const r = runGongwen(path.join(temp.dir, 'data'), ['export', input, '-o', path.join(temp.dir, '报告2.docx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(temp.dir, '报告2.docx'))).toBe(true);
  });
});
