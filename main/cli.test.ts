import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createServices } from './services';
import { makeTempDir } from './testing/temp-dir';
import { expectUsageErrors, runGongwen } from './testing/run-cli';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const gongwen = (...args: string[]) => runGongwen(path.join(temp.dir, 'data'), args);

describe('gongwen CLI', () => {
  it('prints help in Chinese', () => {
    const r = gongwen('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法：gongwen <命令>');
    expect(r.stdout).toContain('drafts list');
  });

  it('lists drafts as one JSON object, sharing data with the app services', () => {
    const services = createServices(path.join(temp.dir, 'data'));
    const draft = services.drafts.create({ title: '2026年工作要点', plainText: '一、紧扣目标任务' });
    services.close();
    const r = gongwen('drafts', 'list', '--json');
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout);
    expect(parsed.drafts).toHaveLength(1);
    expect(parsed.drafts[0]).toMatchObject({ id: draft.id, title: '2026年工作要点', wordCount: 8 });
    const human = gongwen('drafts', 'list');
    expect(human.stdout).toContain(`${draft.id}`);
    expect(human.stdout).toContain('8 字  2026年工作要点');
  });

  it('exports a draft as JSON to stdout or atomically to a file', () => {
    const services = createServices(path.join(temp.dir, 'data'));
    const draft = services.drafts.create({ plainText: '区委办：\n正文' });
    services.close();
    const toStdout = gongwen('drafts', 'export-json', draft.id);
    expect(toStdout.code).toBe(0);
    expect(JSON.parse(toStdout.stdout)).toMatchObject({ format: 'gongwen-draft', id: draft.id, plainText: '区委办：\n正文' });

    const out = path.join(temp.dir, '导出.json');
    const toFile = gongwen('drafts', 'export-json', draft.id, '-o', out, '--json');
    expect(toFile.code).toBe(0);
    expect(JSON.parse(toFile.stdout)).toEqual({ output: out, id: draft.id });
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).plainText).toBe('区委办：\n正文');
  });

  it('exits 2 with a Chinese message on bad usage or input', () => {
    const cases: Array<[string[], RegExp]> = [
      [['frobnicate'], /未知的命令：frobnicate/],
      [['drafts'], /请指定子命令/],
      [['drafts', 'list', '--bogus'], /未知的选项：--bogus/],
      [['drafts', 'export-json'], /缺少参数/],
      [['drafts', 'export-json', 'abcdefgh1234'], /找不到该文档/],
      [['drafts', 'export-json', 'abcdefgh1234', '-o', 'x.txt'], /找不到该文档|\.json/],
      [['--data-dir'], /--data-dir 需要一个目录/],
    ];
    expectUsageErrors(gongwen, cases);
  });
});
