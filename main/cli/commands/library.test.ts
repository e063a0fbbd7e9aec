import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from '../../testing/temp-dir';
import { expectUsageErrors, runGongwen } from '../../testing/run-cli';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const samplesDir = path.join(root, 'fixtures', 'samples');
let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const gongwen = (...args: string[]) => runGongwen(path.join(temp.dir, 'data'), args);

function samplesWithBrokenFile(): string {
  const dir = path.join(temp.dir, '报告');
  fs.mkdirSync(dir);
  for (const f of fs.readdirSync(samplesDir).filter((n) => n.endsWith('.txt'))) fs.copyFileSync(path.join(samplesDir, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, '坏文件.docx'), Buffer.from('PK\u0003\u0004 definitely not a zip archive'));
  return dir;
}

describe('gongwen library', () => {
  it('imports into --db, reports duplicates and failures as one JSON object, and searches it', () => {
    const dir = samplesWithBrokenFile();
    const db = path.join(temp.dir, 'lib.db');
    const first = gongwen('library', 'import', dir, '--db', db, '--json');
    expect(first.code).toBe(1); // a file failed
    const report = JSON.parse(first.stdout);
    expect(report).toMatchObject({ duplicates: 0, filesImported: 5, filesTotal: 6 });
    expect(report.added).toBeGreaterThan(80);
    expect(report.failed).toEqual([{ file: path.join(dir, '坏文件.docx'), reason: expect.stringContaining('“坏文件.docx”') }]);
    expect(report.imported).toHaveLength(5);

    const again = gongwen('library', 'import', path.join(dir, '003_a47c038e8596e2b4.txt'), '--db', db, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, duplicates: 5, failed: [], imported: [{ file: path.join(dir, '003_a47c038e8596e2b4.txt'), added: 0, duplicates: 5 }] });

    const found = gongwen('library', 'search', '营商环境', '--db', db, '--limit', '2', '--json');
    expect(found.code).toBe(0);
    const parsed = JSON.parse(found.stdout);
    expect(parsed.mode).toBe('fts');
    expect(parsed.results).toHaveLength(2);
    for (const r of parsed.results) {
      expect(Object.keys(r).sort()).toEqual(['headingPath', 'id', 'kind', 'score', 'source', 'text', 'year']);
      expect(r.text).toContain('营商环境');
    }

    const short = JSON.parse(gongwen('library', 'search', '党建', '--db', db, '--year', '2020', '--kind', '党建', '--json').stdout);
    expect(short.mode).toBe('like');
    expect(short.results.length).toBeGreaterThan(0);
    for (const r of short.results) expect(r).toMatchObject({ year: 2020, kind: '党建', text: expect.stringContaining('党建') });
    expect(short.results.find((r: { text: string }) => r.text.startsWith('4．突出党建领航')).headingPath).toEqual([
      '三、政治引领聚合力、固堡垒，推动实现各领域各方面党的建设更加有形有力',
    ]);
  });

  it('uses the app’s own library in the data folder by default, and prints people-readable output', () => {
    const imported = gongwen('library', 'import', path.join(samplesDir, '003_a47c038e8596e2b4.txt'));
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe(
      `已导入 1/1 个文件：新增 5 条素材，跳过重复 0 条（其中近似重复 0 条）。\n  已导入 ${path.join(samplesDir, '003_a47c038e8596e2b4.txt')}：新增 5 条，重复 0 条\n`,
    );
    expect(imported.stderr).toContain('[1/1]');
    expect(fs.existsSync(path.join(temp.dir, 'data', 'library.db'))).toBe(true);

    const stats = gongwen('library', 'stats', '--json');
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ snippets: 5, sources: 1, path: path.join(temp.dir, 'data', 'library.db'), years: [{ value: 2020, count: 5 }] });

    const human = gongwen('library', 'search', '商圈');
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^找到 1 条（一两个字的搜索词：逐条比对）\n\n#\d+ {2}经济发展 {2}2020 {2}003_a47c038e8596e2b4\.txt\n {2}一、紧扣目标任务，助推经济发展\n {2}一是精心打造城市新商圈/);
  });

  it('exits 2 with a Chinese message on bad usage, and never touches a file that is not a library', () => {
    const appDb = new Database(path.join(temp.dir, 'app.db'));
    appDb.exec('CREATE TABLE drafts (id TEXT PRIMARY KEY)');
    appDb.close();
    fs.writeFileSync(path.join(temp.dir, 'notes.txt'), '会议记录'.repeat(300));
    const before = fs.readFileSync(path.join(temp.dir, 'app.db'));
    const cases: Array<[string[], RegExp]> = [
      [['library', 'import'], /缺少参数/],
      [['library', 'search'], /缺少参数/],
      [['library', 'search', '党建', '--kind', '杂项'], /未知的类别：杂项/],
      [['library', 'search', '党建', '--limit', '0'], /--limit 应为 1—200 之间的整数/],
      [['library', 'search', '党建', '--year', '二〇二〇'], /--year 应为 1949—2200 之间的整数/],
      [['library', 'search', '党建', '--db', path.join(temp.dir, 'none.db')], /找不到素材库文件/],
      [['library', 'stats', '--db', path.join(temp.dir, 'none.db')], /找不到素材库文件/],
      [['library', 'stats', '--bogus'], /未知的选项：--bogus/],
      [['library', 'import', samplesDir, '--db', path.join(temp.dir, 'app.db')], /是另一种数据库，不是素材库文件/],
      [['library', 'stats', '--db', path.join(temp.dir, 'notes.txt')], /不是素材库文件（不是 SQLite 数据库）/],
    ];
    expectUsageErrors(gongwen, cases);
    expect(fs.readFileSync(path.join(temp.dir, 'app.db'))).toEqual(before);
    expect(fs.readdirSync(temp.dir).sort()).toEqual(['app.db', 'notes.txt']);
  });

  it('rebuilds a damaged full-text index instead of discarding the library (issue 15)', () => {
    const db = path.join(temp.dir, 'lib.db');
    expect(gongwen('library', 'import', samplesDir, '--db', db).code).toBe(0);
    const before = JSON.parse(gongwen('library', 'stats', '--db', db, '--json').stdout).snippets as number;
    expect(before).toBeGreaterThan(80);
    // Scribble over the FTS5 index's own pages (its shadow table); the snippets table stays intact.
    const raw = new Database(db);
    raw.unsafeMode(true);
    raw.prepare('UPDATE snippets_fts_data SET block = randomblob(length(block)) WHERE id IN (SELECT id FROM snippets_fts_data WHERE id > 10 LIMIT 3)').run();
    expect(() => raw.prepare("INSERT INTO snippets_fts (snippets_fts) VALUES ('integrity-check')").run()).toThrow(/corrupt/i);
    raw.close();

    const stats = gongwen('library', 'stats', '--db', db, '--json');
    expect(stats.code).toBe(0);
    expect(stats.stderr).toMatch(/注意：素材库的全文索引已损坏，已按素材重新建立索引（\d+ 条素材都在，没有丢失）。/);
    expect(JSON.parse(stats.stdout).snippets).toBe(before);
    expect(fs.readdirSync(temp.dir).filter((f) => f.includes('damaged'))).toEqual([]);
    const found = JSON.parse(gongwen('library', 'search', '营商环境', '--db', db, '--json').stdout);
    expect(found.mode).toBe('fts');
    expect(found.results.length).toBeGreaterThan(0);
    // Repaired for good: the next run says nothing.
    expect(gongwen('library', 'stats', '--db', db).stderr).toBe('');
  }, 120_000);
});
