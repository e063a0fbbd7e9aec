/**
 * `gongwen rollover`, run as a user runs it: sample 002 (a 2020 report) made into 2026's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../testing/temp-dir';
import { expectUsageErrors, runGongwen } from '../../testing/run-cli';

const sample = path.resolve('fixtures/samples/002_60ffe4ad60b6dedb.txt');

let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;
beforeAll(() => {
  temp = makeTempDir();
  dataDir = path.join(temp.dir, 'data');
});
afterAll(() => temp.cleanup());

const gongwen = (...args: string[]) => runGongwen(dataDir, args);

interface RolloverJson {
  fromYear: number;
  toYear: number;
  references: Array<{ paragraph: number; text: string; kind: string; action: string; replacement?: string; reason: string }>;
  stale: Array<{ text: string; rule: string }>;
  figures: Array<{ text: string }>;
  draftId?: string;
  output?: string;
}

describe('gongwen rollover', () => {
  it('makes a 2026 draft from the 2020 report: checklist, stale wording, figures; the draft cannot be exported until the figures are done', () => {
    const before = fs.readFileSync(sample);
    const r = gongwen('rollover', sample, '--year', '2026', '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as RolloverJson;
    expect([out.fromYear, out.toYear]).toEqual([2020, 2026]);
    expect(new Set(out.references.map((x) => x.kind))).toEqual(new Set(['own-year', 'prior-year', 'period', 'cited', 'historical', 'relative']));
    expect(out.references[0]).toMatchObject({ text: '2020年', kind: 'own-year', action: 'replace', replacement: '2026年' });
    expect(out.figures.length).toBe(177);
    expect(out.stale.map((f) => f.text)).toContain('十九届二中、三中、四中、五中全会');
    expect(fs.readFileSync(sample).equals(before)).toBe(true);

    const list = (JSON.parse(gongwen('drafts', 'list', '--json').stdout) as { drafts: Array<{ id: string; displayTitle: string; year: number }> }).drafts;
    const draft = list.find((d) => d.id === out.draftId)!;
    expect(draft).toMatchObject({ displayTitle: 'X区委2026年落实全面从严治党主体责任情况报告', year: 2026 });

    const target = path.join(temp.dir, 'refused.docx');
    const refused = gongwen('export', out.draftId!, '-o', target, '--json');
    expect(refused.code).toBe(1);
    const errors = (JSON.parse(refused.stdout) as { errors: Array<{ rule: string }> }).errors;
    expect(errors.filter((e) => e.rule === 'placeholder/figure').length).toBe(177);
    expect(fs.existsSync(target)).toBe(false);
  });

  it('writes the rolled-over text to a file, periods and cited titles as they were', () => {
    const target = path.join(temp.dir, '2026.txt');
    const r = gongwen('rollover', sample, '--year', '2026', '-o', target);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/年份与时效清单（23 处/);
    expect(r.stdout).toMatch(/待更新的数字：177 处/);
    const text = fs.readFileSync(target, 'utf8');
    expect(text.split('\n')[0]).toContain('X区委2026年落实全面从严治党主体责任情况报告');
    expect(text).toContain('审计工作规划（2020—2024年）》');
    expect(text).toContain('《X区落实〈X市2020年落实全面从严治党主体责任任务安排〉分工方案》');
  });

  it('refuses bad input in Chinese', () => {
    fs.writeFileSync(path.join(temp.dir, 'no-year.txt'), '关于工作情况的报告\n全年完成任务。\n');
    expectUsageErrors(gongwen, [
      [['rollover', sample], /--year/],
      [['rollover', sample, '--year', '26'], /四位数字/],
      [['rollover', sample, '--year', '2026', '-o', sample], /输入文件|原文件|同一/],
      [['rollover', path.join(temp.dir, 'no-year.txt'), '--year', '2026'], /无法.*判断原报告的年份.*--from/],
    ]);
    expect(gongwen('rollover', path.join(temp.dir, 'no-year.txt'), '--year', '2026', '--from', '2025', '--json').code).toBe(0);
  });
});
