import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { openDatabase } from '../db/open-database';
import { makeTempDir } from '../testing/temp-dir';
import { identityHash, LibraryStore, nearDuplicateQueries, type NewSnippet } from './library-store';
import { libraryMigrations } from './migrations';
import { newestMatchIds } from './library-search';
import { searchFilters, type SearchFilterParams } from './search-filters';

let temp: ReturnType<typeof makeTempDir>;
let store: LibraryStore;
let now: Date;
beforeEach(() => {
  temp = makeTempDir();
  now = new Date('2026-04-08T09:00:00.000Z');
  store = new LibraryStore(openDatabase(path.join(temp.dir, 'library.db'), () => now, libraryMigrations).db, () => now);
});
afterEach(() => {
  store.db.close();
  temp.cleanup();
});

const snippet = (text: string, extra: Partial<NewSnippet> = {}): NewSnippet => ({
  text,
  headingPath: [],
  kind: '其他',
  kindReason: '',
  sourceId: null,
  sourceName: 'a.txt',
  year: 2025,
  ...extra,
});

const ftsCount = (term: string) => store.db.prepare('SELECT count(*) FROM snippets_fts WHERE snippets_fts MATCH ?').pluck().get(`"${term}"`);

describe('LibraryStore', () => {
  it('keeps the trigram index in step with inserts, edits and purges (triggers)', () => {
    const id = store.insert(snippet('全面推进乡村振兴战略实施。'));
    expect(ftsCount('乡村振兴')).toBe(1);
    store.setText(id, '全面推进城市更新行动。');
    expect(ftsCount('乡村振兴')).toBe(0);
    expect(ftsCount('城市更新')).toBe(1);
    store.softDelete([id]);
    expect(store.search({ query: '城市更新' }).results).toEqual([]);
    now = new Date('2026-06-01T00:00:00.000Z');
    expect(store.purgeDeleted()).toBe(1);
    expect(ftsCount('城市更新')).toBe(0);
    expect(() => store.db.prepare("INSERT INTO snippets_fts (snippets_fts) VALUES ('integrity-check')").run()).not.toThrow();
  });

  it('refuses an exact duplicate at the database level (normalised text hash)', () => {
    store.insert(snippet('发展，群众获得感增强。'));
    expect(identityHash('发展,群众获得感增强。')).toBe(identityHash('发展，群众获得感增强。'));
    expect(() => store.insert(snippet('发展,群众获得感增强。'))).toThrow(/UNIQUE/);
    expect(store.byText('发展,群众 获得感增强。')).toMatchObject({ deleted: false });
  });

  it('matches 1–2 character and special-character queries literally on the LIKE path', () => {
    store.insert(snippet('完成率达100%，X区位列第一。'));
    store.insert(snippet('完成率达1000，位列第二。'));
    store.insert(snippet('指标_下划线说明'));
    expect(store.search({ query: 'X' }).results.map((r) => r.text)).toEqual(['完成率达100%，X区位列第一。']);
    expect(store.search({ query: '0%' }).results.map((r) => r.text)).toEqual(['完成率达100%，X区位列第一。']);
    expect(store.search({ query: '_下' }).results.map((r) => r.text)).toEqual(['指标_下划线说明']);
    const quoted = store.search({ query: '100%，X区' });
    expect(quoted.mode).toBe('fts');
    expect(quoted.results).toHaveLength(1);
  });

  it('finds 2-character terms through the index exactly as the LIKE scan does (text ends, ASCII case, filters, the newest 1,001)', () => {
    const texts = [
      '推进基层党建', // the term in the last two characters: no trigram starts there
      '党建',
      '加强党建引领作用。',
      '以AI赋能政务服务。',
      '发展ai产业',
      '党员队伍建设。', // 党 and 建 apart: no match
      '全面推进5G网络建设。',
    ];
    store.db.transaction(() => {
      texts.forEach((t, i) => store.insert(snippet(t, { year: 2020 + (i % 2) })));
      for (let i = 0; i < 1100; i++) store.insert(snippet(`第${i}条：抓好党建工作${i % 3 === 0 ? '' : '，落实责任'}`, { year: 2020 + (i % 2) }));
    })();
    const scanIds = (term: string, params: SearchFilterParams = {}) => {
      const f = searchFilters(params, [term], false);
      return store.db.prepare(`SELECT s.id FROM snippets s NOT INDEXED WHERE ${f.sql} ORDER BY s.id DESC LIMIT 1001`).pluck().all(...f.args);
    };
    for (const term of ['党建', 'ai', 'AI', '5g', '作用', '建设', '。党', '责任']) {
      for (const params of [{}, { years: [2021] }] as SearchFilterParams[]) {
        const f = searchFilters(params, [term], false);
        expect(newestMatchIds(store.db, [term], f.sql, f.args), `${term} ${JSON.stringify(params)}`).toEqual(scanIds(term, params));
      }
    }
    expect(store.search({ query: 'ai' }).results.map((r) => r.text).sort()).toEqual(['以AI赋能政务服务。', '发展ai产业']);
    const shortOnes = store.search({ query: '党建', limit: 200 });
    expect(shortOnes).toMatchObject({ mode: 'like', total: 1000, totalIsLowerBound: true });
    // 1-character terms alone keep the scan.
    expect(newestMatchIds(store.db, ['党'], 's.deleted_at IS NULL', [])).toBeNull();
  });

  it('counts matches up to a cap and says when the count is a lower bound', () => {
    store.db.transaction(() => {
      for (let i = 0; i < 1005; i++) store.insert(snippet(`第${i}项：加强基层党建工作。`));
    })();
    const like = store.search({ query: '党建', limit: 5 });
    expect(like).toMatchObject({ mode: 'like', total: 1000, totalIsLowerBound: true });
    expect(like.results).toHaveLength(5);
    const fts = store.search({ query: '基层党建' });
    expect(fts).toMatchObject({ mode: 'fts', total: 1000, totalIsLowerBound: true });
    expect(store.search({ query: '第1004项' })).toMatchObject({ total: 1, totalIsLowerBound: false });
  });

  it('builds near-duplicate queries from chunks, figures first, quotes escaped', () => {
    const q = nearDuplicateQueries('全年完成投资35.6亿元，新建“智慧社区”12个，推进老旧小区改造工作');
    expect(q!.all.split(' AND ')[0]).toBe('"投资35"');
    expect(q!.all).toContain('"智慧社区"');
    expect(q!.pairs).toMatch(/^\(".+" AND ".+"\)( OR \(".+" AND ".+"\))*$/);
    expect(nearDuplicateQueries('他说"好""好"')).toBeNull();
    expect(nearDuplicateQueries('abc"defg')!.all).toBe('"defg"');
  });
});
