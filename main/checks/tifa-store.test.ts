/**
 * The office's 提法 file: broken entries reported by number and field while the rest loads, atomic
 * saves, files that are not regular files refused, and `gongwen check` using the entries.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { BUILT_IN_TIFA_TABLE, checkDocument, type TifaEntry } from '../../shared/checks';
import { createDispatcher, implementApi } from '../api-handlers';
import { createServices } from '../services';
import { runGongwen } from '../testing/run-cli';
import { makeTempDir } from '../testing/temp-dir';
import { TIFA_FILE, TifaStore } from './tifa-store';

const OWN: TifaEntry = {
  wording: '“三个年”活动',
  pattern: '[“"]?三个年[”"]?活动',
  kind: '工作提法',
  validFrom: 2022,
  validUntil: 2023,
  action: '本单位2022—2023年开展，已结束',
  source: { title: '关于开展“三个年”活动的通知', issuer: '某市委', date: '2022-02-10' },
};

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const write = (value: unknown) => fs.writeFileSync(path.join(temp.dir, TIFA_FILE), typeof value === 'string' ? value : JSON.stringify(value), 'utf8');

describe('TifaStore', () => {
  it('is the built-in table alone without a file, with no problem', () => {
    const store = new TifaStore(temp.dir);
    expect(store.readUser()).toEqual({ entries: [], problems: [] });
    expect(store.table().entries.length).toBe(BUILT_IN_TIFA_TABLE.entries.length);
  });

  it('loads the good entries and names the broken ones by number and field', () => {
    write({ entries: [OWN, { ...OWN, kind: '口号', source: { title: '', issuer: '某市委', date: '2022-02' } }] });
    const { entries, problems } = new TifaStore(temp.dir).readUser();
    expect(entries.map((e) => e.wording)).toEqual(['“三个年”活动']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.index).toBe(1);
    expect(problems[0]!.message).toMatch(/^自定义提法文件“tifa\.json”第 2 条（““三个年”活动”）：字段 kind：类别只能是/);
    expect(problems[0]!.message).toContain('source.title');
  });

  it('reports a file that is not JSON, or not a regular file, and keeps the built-in table', () => {
    write('{ entries: ');
    expect(new TifaStore(temp.dir).readUser().problems[0]!.message).toMatch(/不是有效的 JSON/);
    fs.rmSync(path.join(temp.dir, TIFA_FILE));
    fs.mkdirSync(path.join(temp.dir, TIFA_FILE));
    const store = new TifaStore(temp.dir);
    expect(store.readUser().problems[0]!.message).toMatch(/不是普通文件/);
    expect(store.table().entries.length).toBe(BUILT_IN_TIFA_TABLE.entries.length);
  });

  it('saves atomically, keeps one compiled table until the next save, and the checks use it', () => {
    const store = new TifaStore(temp.dir);
    const before = store.table();
    expect(store.table()).toBe(before);
    store.saveUser([OWN]);
    const after = store.table();
    expect(after).not.toBe(before);
    expect(fs.readdirSync(temp.dir)).toEqual([TIFA_FILE]);
    const doc = [{ role: 'body' as const, text: '深入开展“三个年”活动。' }];
    expect(checkDocument(doc, { year: 2026, tifa: after }).findings.map((f) => f.rule)).toEqual(['stale/tifa']);
    expect(checkDocument(doc, { year: 2026 }).findings).toEqual([]);
  });
});

describe('tifa.* API', () => {
  it('lists built-in and user entries, and refuses an invalid entry with a Chinese message', async () => {
    const services = createServices(temp.dir);
    try {
      const call = createDispatcher(implementApi(services));
      const saved = await call('tifa.saveUser', { entries: [OWN] });
      expect(saved.ok).toBe(true);
      const list = await call('tifa.list', {});
      if (!list.ok) throw new Error(list.error.message);
      const value = list.value as { builtIn: TifaEntry[]; user: TifaEntry[] };
      expect(value.user.map((e) => e.wording)).toEqual(['“三个年”活动']);
      expect(value.builtIn.length).toBeGreaterThanOrEqual(150);
      const bad = await call('tifa.saveUser', { entries: [{ ...OWN, pattern: '(' }] });
      expect(bad.ok).toBe(false);
      if (!bad.ok) expect(bad.error.message).toMatch(/正则表达式/);
    } finally {
      services.close();
    }
  });
});

describe('gongwen check with the office’s entries', () => {
  it('reports the office’s own stale wording, and a broken entry on stderr', () => {
    write({ entries: [OWN, { wording: '' }] });
    const file = path.join(temp.dir, 'r.txt');
    fs.writeFileSync(file, '区2026年工作要点\n深入开展“三个年”活动，推动高质量发展。\n', 'utf8');
    const r = runGongwen(temp.dir, ['check', file, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: Array<{ rule: string; text: string }> };
    expect(out.findings.map((f) => [f.rule, f.text])).toEqual([['stale/tifa', '“三个年”活动']]);
    expect(r.stderr).toMatch(/第 2 条/);
  });
});
