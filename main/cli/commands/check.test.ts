/**
 * `gongwen check` and `gongwen outline`, run as a user runs them: the real bin script in a child
 * process. Offsets are checked against what `gongwen convert` gives for the same file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from '../../testing/temp-dir';
import { expectUsageErrors, runGongwen } from '../../testing/run-cli';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const samples = path.join(root, 'fixtures/samples');
const sample = (prefix: string) => path.join(samples, fs.readdirSync(samples).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!);

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => (temp = makeTempDir()));
afterAll(() => temp.cleanup());

const gongwen = (...args: string[]) => runGongwen(path.join(temp.dir, 'data'), args);

function writeFile(name: string, lines: string[]): string {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, lines.join('\n'), 'utf8');
  return file;
}

interface JsonFinding {
  category: string;
  severity: string;
  rule: string;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  message: string;
  suggestion?: string;
}

function convertParagraphs(file: string): string[] {
  const r = gongwen('convert', file, '--json');
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { paragraphs: Array<{ text: string }> }).paragraphs.map((p) => p.text);
}

function checkJson(...args: string[]): { code: number | null; year: number | null; findings: JsonFinding[]; stdout: string } {
  const r = gongwen('check', ...args, '--json');
  expect(r.stderr).toBe('');
  const parsed = JSON.parse(r.stdout) as { year: number | null; findings: JsonFinding[] };
  return { code: r.code, year: parsed.year, findings: parsed.findings, stdout: r.stdout };
}

// A small report: one placeholder (error), one half-width comma (warning), one typo (warning).
const REPORT = [
  '关于2026年上半年工作情况的报告',
  '区委办：',
  '一、主要工作',
  '今年以来，我们开展专项督查X次,确是做到了应查尽查。',
  '二、下步打算',
  '继续加强监督检查。',
];
const CLEAN = ['关于2026年上半年工作情况的报告', '区委办：', '一、主要工作', '今年以来，我们开展专项督查12次，全年完成投资736.21亿元，增长5.2%。'];

describe('gongwen check --json', () => {
  it('prints one JSON object whose findings slice exactly out of the converted paragraphs', () => {
    for (const prefix of ['000', '002', '004']) {
      const file = sample(prefix);
      const paragraphs = convertParagraphs(file);
      const { code, findings, stdout } = checkJson(file);
      expect(code, prefix).toBe(1); // the samples keep their X redactions: error level
      expect(Object.keys(JSON.parse(stdout)).sort()).toEqual(['findings', 'style', 'year']);
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        expect(Object.keys(f).filter((k) => k !== 'suggestion').sort()).toEqual(
          ['category', 'clause', 'end', 'message', 'paragraph', 'rule', 'severity', 'start', 'text'].sort(),
        );
        expect(['error', 'warning', 'info']).toContain(f.severity);
        expect(f.end).toBeGreaterThan(f.start);
        expect(paragraphs[f.paragraph]!.slice(f.start, f.end), `${prefix} ${f.rule}`).toBe(f.text);
      }
    }
  });

  it('reports the mistakes of sample 000 at their place', () => {
    const file = sample('000');
    const paragraphs = convertParagraphs(file);
    const { findings, year } = checkJson(file);
    expect(year).toBeNull();
    const typo = findings.find((f) => f.text === '过度')!;
    // The same place shared/checks/samples.test.ts pins: paragraph 10, offset 70.
    expect(typo).toMatchObject({ paragraph: 10, start: 70, end: 72, category: 'typo', severity: 'warning', rule: 'typo/table', suggestion: '过渡' });
    expect(paragraphs[typo.paragraph]!.slice(typo.start - 10, typo.end)).toBe('城市社区环境管理模式过度');
  });

  it('exits 0 for a clean file and for warnings only, 1 when an error-level finding exists', () => {
    const clean = checkJson(writeFile('干净.txt', CLEAN));
    expect(clean).toMatchObject({ code: 0, year: 2026, findings: [] });

    const warningsOnly = checkJson(writeFile('只有警告.txt', [...CLEAN, '继续加强监督检查,确是做到应查尽查。']));
    expect(warningsOnly.code).toBe(0);
    expect(warningsOnly.findings.map((f) => [f.severity, f.rule, f.text])).toEqual([
      ['warning', 'punctuation/half-width', ','],
      ['warning', 'typo/table', '确是'],
    ]);

    const withError = checkJson(writeFile('有错误.txt', REPORT));
    expect(withError.code).toBe(1);
    expect(withError.findings.map((f) => [f.paragraph, f.start, f.end, f.severity, f.rule, f.text, f.suggestion])).toEqual([
      [3, 13, 14, 'error', 'placeholder/redaction', 'X', undefined],
      [3, 15, 16, 'warning', 'punctuation/half-width', ',', '，'],
      [3, 16, 18, 'warning', 'typo/table', '确是', '确实'],
    ]);
  });

  it('takes the document year from --year: stale wording depends on it', () => {
    const file = sample('003'); // 区2020年工作要点: “十三五”规划收官之年 is right in 2020
    const detected = checkJson(file);
    expect(detected.year).toBe(2020);
    expect(detected.findings.filter((f) => f.category === 'stale')).toEqual([]);

    const reused = checkJson(file, '--year', '2026');
    expect(reused.year).toBe(2026);
    const stale = reused.findings.filter((f) => f.category === 'stale');
    expect(stale.map((f) => [f.rule, f.text])).toContainEqual(['stale/plan-year', '“十三五”规划收官之年']);
    expect(stale.map((f) => [f.rule, f.text])).toContainEqual(['stale/past-congress', '党的十九大']);

    // A file without a year gets the stale checks only with --year.
    const noYear = sample('004'); // 贯彻落实党的十九届四中全会精神情况报告: no year in title or date line
    expect(checkJson(noYear).findings.filter((f) => f.category === 'stale')).toEqual([]);
    const in2026 = checkJson(noYear, '--year', '2026').findings.filter((f) => f.category === 'stale');
    expect(in2026.some((f) => f.rule === 'stale/past-committee' && f.text === '十九届四中全会')).toBe(true);
  });
});

describe('gongwen check (human output)', () => {
  it('follows the house style given by --style (id or name), and says which rule and clause each finding enforces', () => {
    // 2021年国务院政府工作报告: 扎实做好“六稳”工作、全面落实“六保”任务 — here as the list form.
    const file = writeFile('规范.txt', ['关于2021年工作情况的报告', '区委办：', '今年以来，我们扎实做好“六稳”、“六保”工作。']);
    expect(checkJson(file).findings).toEqual([]);
    for (const name of ['strict', '国标从严']) {
      const { findings, stdout } = checkJson(file, '--style', name);
      expect(JSON.parse(stdout).style).toBe('strict');
      expect(findings).toEqual([
        expect.objectContaining({ rule: 'punctuation/quoted-list-comma', severity: 'info', text: '、', clause: expect.stringContaining('GB/T 15834—2011 4.5.3.5') }),
      ]);
    }
  });

  it('prints file:paragraph:column severity category message, 1-based, and a summary line', () => {
    const file = writeFile('报告.txt', REPORT);
    const r = gongwen('check', file);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    // Paragraph 3 (0-based) is line 4; "X" is at offset 13, column 14.
    expect(lines).toEqual([
      `${file}:4:14 error placeholder 占位符未替换：“X”是待填写的名称或数字 [placeholder/redaction · 单位规范：成稿不留待填内容]`,
      `${file}:4:16 warning punctuation 中文语境中应使用全角逗号“，” [punctuation/half-width · GB/T 15834—2011 第5章 标点符号占一个字位置（全角）]`,
      `${file}:4:17 warning typo 疑似错别字：“确是”应为“确实” [typo/table · 单位规范：《现代汉语词典》规范词形]`,
      `${file}：共 3 处问题：错误 1，警告 2，提示 0（6 段，文稿年份 2026）`,
    ]);
  });

  it('counts columns in characters, so a character outside the BMP counts once', () => {
    const file = writeFile('增补字.txt', ['关于2026年工作情况的报告', '𠀾𠀾区开展督查X次。']);
    const r = gongwen('check', file);
    expect(r.stdout.split('\n')[0]).toBe(`${file}:2:8 error placeholder 占位符未替换：“X”是待填写的名称或数字 [placeholder/redaction · 单位规范：成稿不留待填内容]`);
    const json = checkJson(file);
    expect(json.findings[0]).toMatchObject({ paragraph: 1, start: 9, end: 10, text: 'X' });
  });

  it('says when nothing is found and when no year is known', () => {
    const clean = gongwen('check', writeFile('干净2.txt', CLEAN));
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe(`${path.join(temp.dir, '干净2.txt')}：未发现问题（4 段，文稿年份 2026）\n`);
    const noYear = gongwen('check', sample('000'));
    expect(noYear.stdout.trimEnd().split('\n').at(-1)).toMatch(/共 \d+ 处问题：错误 \d+，警告 \d+，提示 0（17 段，未识别出文稿年份/);
  });

  it('documents the output format and the 1-based numbering in its help', () => {
    const r = gongwen('check', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法：gongwen check FILE [--json] [--year N] [--style NAME]');
    expect(r.stdout).toContain('段号、列号从 1 开始');
    expect(gongwen('--help').stdout).toMatch(/check\s+检查文件/);
  });

  it('exits 2 with a Chinese message on bad usage or input', () => {
    const report = writeFile('用法.txt', REPORT);
    const cases: Array<[string[], RegExp]> = [
      [['check'], /缺少参数/],
      [['check', path.join(temp.dir, '不存在.txt')], /不存在/],
      [['check', report, '--year', '二〇二六'], /--year 应为四位数字的年份/],
      [['check', report, '--year', '3000'], /--year 超出范围/],
      [['check', report, '--year'], /参数不正确|--year/],
      [['check', report, '--bogus'], /未知的选项：--bogus/],
      [['check', report, '--style', '无此规范'], /未知的单位规范：无此规范。可用：default（通用）/],
      [['check', writeFile('表格.xlsx', ['x'])], /.+/],
      [['outline'], /缺少参数/],
      [['outline', path.join(temp.dir, '不存在.txt'), '--json'], /不存在/],
    ];
    expectUsageErrors(gongwen, cases);
  });
});

describe('gongwen outline', () => {
  it('prints the headings as JSON: level, marker, title and the converted paragraph index', () => {
    const file = sample('002'); // 一、…五、 with 1．2．3． right under each
    const paragraphs = convertParagraphs(file);
    const r = gongwen('outline', file, '--json');
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as { headings: Array<{ level: number; marker: string; title: string; paragraph: number }> };
    expect(Object.keys(parsed)).toEqual(['headings']);
    const { headings } = parsed;
    expect(headings.filter((h) => h.level === 1).map((h) => h.marker)).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(headings.filter((h) => h.level === 3)).toHaveLength(19);
    expect(headings.some((h) => h.level === 2)).toBe(false);
    expect(headings[1]).toEqual({ level: 3, marker: '1．', title: '强化统筹安排，明确责任目标', paragraph: headings[1]!.paragraph });
    for (const h of headings) {
      expect(Object.keys(h).sort()).toEqual(['level', 'marker', 'paragraph', 'title']);
      expect(paragraphs[h.paragraph]!.startsWith(h.marker + h.title), h.title).toBe(true);
    }
  });

  it('prints an indented tree', () => {
    const file = writeFile('大纲.txt', ['关于2026年工作情况的报告', '一、主要工作', '（一）抓好学习。认真学习全会精神。', '1．集中学习', '（二）抓好落实', '二、下步打算']);
    const r = gongwen('outline', file);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').map((l) => l.replace(/\s+〔.*〕$/, ''))).toEqual([
      '一、主要工作',
      '  （一）抓好学习',
      '    1．集中学习',
      '  （二）抓好落实',
      '二、下步打算',
      '',
    ]);
    expect(r.stdout.split('\n')[0]).toMatch(/〔第 2 段，\d+ 字〕$/);
    const none = gongwen('outline', writeFile('无标题.txt', ['今年以来，我们认真开展工作。']));
    expect(none).toMatchObject({ code: 0, stdout: '（没有标题）\n' });
  });
});
