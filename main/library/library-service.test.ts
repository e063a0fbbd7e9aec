import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServices } from '../services';
import { makeTempDir } from '../testing/temp-dir';
import { validateLibraryFile } from './library-file';
import { LibraryService } from './library-service';

const samplesDir = fileURLToPath(new URL('../../fixtures/samples/', import.meta.url));

let temp: ReturnType<typeof makeTempDir>;
let lib: LibraryService;
let clock: Date;
beforeEach(() => {
  temp = makeTempDir();
  clock = new Date('2026-04-08T09:00:00.000Z');
  lib = new LibraryService(path.join(temp.dir, 'library.db'), () => clock);
});
afterEach(() => {
  lib.close();
  temp.cleanup();
});

async function importSamples(service = lib) {
  const dir = path.join(temp.dir, 'samples');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(samplesDir).filter((n) => n.endsWith('.txt'))) fs.copyFileSync(path.join(samplesDir, f), path.join(dir, f));
  return service.importPaths([dir]);
}

const find = (query: string, service = lib) => service.search({ query }).results[0]!;

describe('managing snippets', () => {
  it('edits text (search follows), retags, favourites and marks use', async () => {
    await importSamples();
    const hit = find('精心打造城市新商圈');
    const edited = lib.update(hit.id, { text: hit.text.replaceAll('城市新商圈', '城市中心商圈'), tags: ['商圈', ' 经济 ', '商圈'], favorite: true });
    expect(edited).toMatchObject({ id: hit.id, tags: ['商圈', '经济'], favorite: true });
    expect(lib.search({ query: '城市新商圈' }).results.map((r) => r.id)).not.toContain(hit.id);
    expect(find('城市中心商圈').id).toBe(hit.id);
    // FTS5's own check: the index holds the new text and no longer the old one.
    expect(() => lib.database.prepare("INSERT INTO snippets_fts (snippets_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();

    clock = new Date('2026-04-09T09:00:00.000Z');
    expect(lib.markUsed(hit.id)).toEqual({ id: hit.id, timesUsed: 1 });
    expect(lib.markUsed(hit.id)).toEqual({ id: hit.id, timesUsed: 2 });
    expect(lib.get(hit.id)).toMatchObject({ timesUsed: 2, lastUsedAt: '2026-04-09T09:00:00.000Z' });

    expect(lib.search({ query: '', tags: ['商圈'] }).results.map((r) => r.id)).toEqual([hit.id]);
    expect(lib.search({ query: '', favoritesOnly: true }).results.map((r) => r.id)).toEqual([hit.id]);
    expect(lib.search({ query: '', sort: 'most-used' }).results[0]!.id).toBe(hit.id);
    expect(lib.facets().tags).toEqual([
      { value: '商圈', count: 1 },
      { value: '经济', count: 1 },
    ]);
    expect(lib.update(hit.id, { kind: '民生' })).toMatchObject({ kind: '民生', kindReason: '手动设置' });
  });

  it('refuses an edit that would duplicate another snippet', async () => {
    await importSamples();
    const a = find('精心打造城市新商圈');
    const b = find('扩展发展空间');
    expect(() => lib.update(a.id, { text: b.text })).toThrow(`与素材库中已有的一条素材（编号 ${b.id}）相同`);
    expect(lib.get(a.id).text).toBe(a.text);
  });

  it('deletes to the bin with undo, and purges the bin after 30 days', async () => {
    await importSamples();
    const hit = find('精心打造城市新商圈');
    const total = lib.stats().snippets;
    expect(lib.delete([hit.id, 999999])).toEqual({ deleted: [hit.id] });
    expect(lib.search({ query: '精心打造城市新商圈' }).results).toEqual([]);
    expect(() => lib.get(hit.id)).toThrow('找不到该素材');
    expect(lib.stats()).toMatchObject({ snippets: total - 1, deleted: 1 });
    expect(lib.undoDelete([hit.id])).toEqual({ restored: [hit.id] });
    expect(find('精心打造城市新商圈').id).toBe(hit.id);

    lib.delete([hit.id]);
    lib.close();
    clock = new Date('2026-05-09T09:00:00.000Z');
    lib = new LibraryService(path.join(temp.dir, 'library.db'), () => clock);
    expect(lib.stats()).toMatchObject({ snippets: total - 1, deleted: 0 });
    expect(lib.undoDelete([hit.id])).toEqual({ restored: [] });
  });

  it('finds similar snippets and merges them: sources and wording recorded, tags united, the others to the bin', () => {
    const base = '坚持把优化营商环境作为根本性、长期性、战略性任务，深化“放管服”改革，推行“一网通办”，企业开办时间压缩至1个工作日以内。';
    const a = lib.saveSnippet({ text: base, source: '甲.docx', year: 2022, tags: ['营商'] }).snippet;
    const b = lib.saveSnippet({ text: base.replace('1个工作日', '半个工作日').replace('根本性、', ''), source: '乙.docx', year: 2023, tags: ['改革'] })
      .snippet;
    lib.update(b.id, { favorite: true });
    lib.markUsed(b.id);
    const similar = lib.similar(a.id);
    expect(similar.map((s) => s.snippet.id)).toEqual([b.id]);
    expect(similar[0]!.similarity).toBeGreaterThan(0.6);
    expect(similar[0]!.similarity).toBeLessThan(0.9);

    const merged = lib.merge(a.id, [b.id]);
    expect(merged).toMatchObject({ id: a.id, tags: ['改革', '营商'], favorite: true, timesUsed: 1 });
    expect(lib.get(a.id).origins).toEqual([expect.objectContaining({ source: '乙.docx', year: 2023, relation: 'merged', text: b.text })]);
    expect(() => lib.get(b.id)).toThrow('找不到该素材');
    expect(lib.undoDelete([b.id])).toEqual({ restored: [b.id] });
  });

  it('saves editor text as a snippet, classified, and recognises text it already has', async () => {
    const saved = lib.saveSnippet({ text: '  完善就业服务体系，推进医疗和养老服务，落实就业帮扶。 ', source: '2026年工作要点', year: 2026, tags: ['民生'] });
    expect(saved).toMatchObject({
      status: 'added',
      snippet: { text: '完善就业服务体系，推进医疗和养老服务，落实就业帮扶。', kind: '民生', source: '2026年工作要点', year: 2026, tags: ['民生'] },
    });
    expect(lib.get(saved.snippet.id)).toMatchObject({ yearSource: 'manual', origins: [] });
    const again = lib.saveSnippet({ text: '完善就业服务体系，推进医疗和养老服务，落实就业帮扶。', tags: ['就业'] });
    expect(again).toMatchObject({ status: 'exists', snippet: { id: saved.snippet.id, tags: ['就业', '民生'] } });
    lib.delete([saved.snippet.id]);
    expect(lib.saveSnippet({ text: '完善就业服务体系，推进医疗和养老服务，落实就业帮扶。' })).toMatchObject({ status: 'exists' });
    expect(lib.get(saved.snippet.id).id).toBe(saved.snippet.id);
    expect(lib.saveSnippet({ text: '一、加强党的领导', headingPath: [] }).snippet.source).toBe('手动添加');
  });

  it('checks a snippet against a target year with the shared stale rules', async () => {
    await importSamples();
    const hit = find('迎来了新中国成立');
    expect(lib.staleFindings({ id: hit.id, year: 2019 }).filter((f) => f.rule === 'stale/anniversary')).toEqual([]);
    const in2026 = lib.staleFindings({ text: '以庆祝新中国成立70周年为主线，深入学习贯彻党的十九届四中全会精神。', year: 2026 });
    expect(in2026.map((f) => f.rule)).toEqual(['stale/anniversary', 'stale/past-committee']);
    expect(in2026[0]).toMatchObject({ text: '新中国成立70周年', severity: 'warning', suggestion: '新中国成立77周年' });
  });
});

describe('backup and restore', () => {
  it('round-trips the whole library through one file', async () => {
    await importSamples();
    const hit = find('精心打造城市新商圈');
    lib.update(hit.id, { tags: ['商圈'], favorite: true });
    const before = lib.stats();
    const target = path.join(temp.dir, '备份', '素材库备份.db');
    fs.mkdirSync(path.dirname(target));
    const backup = await lib.backup(target);
    expect(backup).toEqual({ path: target, bytes: fs.statSync(target).size, snippets: before.snippets });
    expect(fs.readdirSync(path.dirname(target))).toEqual(['素材库备份.db']);

    // Changes after the backup are undone by the restore.
    lib.delete([hit.id]);
    lib.saveSnippet({ text: '备份之后新加的一条素材内容。' });
    const restored = await lib.restore(target);
    expect(restored.snippets).toBe(before.snippets);
    expect(path.basename(restored.previousKeptAt)).toBe('library.db.before-restore-2026-04-08T09-00-00-000Z');
    expect(fs.existsSync(restored.previousKeptAt)).toBe(true);
    expect(lib.get(hit.id)).toMatchObject({ tags: ['商圈'], favorite: true });
    expect(lib.search({ query: '备份之后新加' }).results).toEqual([]);
    expect(lib.search({ query: '营商环境' }).mode).toBe('fts');
    expect(lib.search({ query: '营商环境' }).results.length).toBeGreaterThan(0);
    expect(lib.stats().snippets).toBe(before.snippets);

    // The library still works as before: importing again adds nothing.
    expect((await importSamples()).added).toBe(0);
  });

  it('refuses to back up onto the library under another name (a symlinked folder, its -wal file), as the CLI refuses an output over its input', async () => {
    await importSamples();
    const before = lib.stats().snippets;
    const alias = path.join(temp.dir, '别名');
    fs.symlinkSync(temp.dir, alias);
    const bytes = fs.readFileSync(path.join(temp.dir, 'library.db'));
    for (const target of [path.join(alias, 'library.db'), path.join(temp.dir, 'library.db-wal'), path.join(temp.dir, '备份', '..', 'library.db')]) {
      await expect(lib.backup(target), target).rejects.toThrow('不能把素材库备份到它自己的文件上');
    }
    expect(fs.readFileSync(path.join(temp.dir, 'library.db'))).toEqual(bytes);
    expect(lib.stats().snippets).toBe(before);
    expect(lib.search({ query: '营商环境' }).results.length).toBeGreaterThan(0);
  });

  it('refuses files that are not a library backup and keeps the current library untouched', async () => {
    await importSamples();
    const count = lib.stats().snippets;
    const garbage = path.join(temp.dir, 'random.db');
    fs.writeFileSync(garbage, Buffer.from('这不是数据库'.repeat(400)));
    await expect(lib.restore(garbage)).rejects.toThrow('“random.db”不是有效的素材库备份文件');

    const services = createServices(path.join(temp.dir, 'app'));
    services.close();
    await expect(lib.restore(path.join(temp.dir, 'app', 'gongwen.db'))).rejects.toThrow('不是素材库备份文件（缺少 sources、snippets');

    const newer = path.join(temp.dir, 'newer.db');
    await lib.backup(newer);
    const db = new Database(newer);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, '0099_future', 'x')").run();
    db.close();
    await expect(lib.restore(newer)).rejects.toThrow('来自更新版本的公文写作台');
    await expect(lib.restore(path.join(temp.dir, 'missing.db'))).rejects.toThrow('无法读取“missing.db”：文件不存在');

    expect(lib.stats().snippets).toBe(count);
    expect(fs.readdirSync(temp.dir).filter((f) => f.includes('restoring') || f.includes('before-restore'))).toEqual([]);
  });

  it('refuses a backup that carries schema objects the app did not make (an extra or altered trigger), and keeps the library', async () => {
    await importSamples();
    const count = lib.stats().snippets;
    const extra = path.join(temp.dir, 'extra-trigger.db');
    await lib.backup(extra);
    let db = new Database(extra);
    db.exec('CREATE TRIGGER wipe AFTER UPDATE ON snippets BEGIN DELETE FROM snippets; END;');
    db.close();
    await expect(lib.restore(extra)).rejects.toThrow(/“extra-trigger\.db”含有素材库以外的数据库对象（trigger wipe）/);

    const altered = path.join(temp.dir, 'altered.db');
    await lib.backup(altered);
    db = new Database(altered);
    const trigger = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name LIMIT 1").pluck().get() as string;
    db.exec(`DROP TRIGGER ${trigger}; CREATE TRIGGER ${trigger} AFTER INSERT ON snippets BEGIN DELETE FROM snippets; END;`);
    db.close();
    await expect(lib.restore(altered)).rejects.toThrow(new RegExp(`“altered\\.db”中的 trigger ${trigger} 与素材库的定义不同`));

    expect(lib.stats().snippets).toBe(count);
    lib.update(find('精心打造城市新商圈').id, { favorite: true });
    expect(lib.stats().snippets).toBe(count);
  });

  it('refuses a backup larger than any library before reading it (a 3 GB sparse file)', async () => {
    const huge = path.join(temp.dir, 'huge.db');
    fs.writeFileSync(huge, 'SQLite format 3\0');
    fs.truncateSync(huge, 3 * 1024 ** 3);
    await expect(lib.restore(huge)).rejects.toThrow(/“huge\.db”有 3\.0 GB，超过素材库备份的上限/);
    expect(fs.readdirSync(temp.dir).filter((f) => f.includes('restoring'))).toEqual([]);
  });

  it('validates a damaged backup with integrity_check', async () => {
    await importSamples();
    const target = path.join(temp.dir, 'b.db');
    await lib.backup(target);
    const bytes = fs.readFileSync(target);
    for (let i = 8192; i < bytes.length; i += 1) bytes[i] = (i * 7) & 0xff;
    fs.writeFileSync(target, bytes);
    expect(() => validateLibraryFile(target)).toThrow(/“b\.db”(已损坏|不是有效的素材库备份文件|的全文索引已损坏)/);
  });

  it('moves a damaged library aside at start-up and says so', () => {
    lib.close();
    const file = path.join(temp.dir, 'library.db');
    fs.writeFileSync(file, Buffer.from('坏'.repeat(3000)));
    lib = new LibraryService(file, () => clock);
    expect(lib.recovered?.message).toContain('素材库文件已损坏');
    expect(fs.existsSync(lib.recovered!.movedTo)).toBe(true);
    expect(lib.stats().snippets).toBe(0);
  });
});

describe('sharing a tagged subset', () => {
  it('exports the tagged snippets as JSON and imports them into another library with their tags', async () => {
    await importSamples();
    const a = find('精心打造城市新商圈');
    const b = find('扩展发展空间');
    lib.update(a.id, { tags: ['分享'] });
    lib.update(b.id, { tags: ['分享', '营商'], favorite: true });
    const file = path.join(temp.dir, '素材分享.json');
    expect(lib.exportSubset(file, { tags: ['分享'] })).toMatchObject({ path: file, snippets: 2 });
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(json).toMatchObject({ format: 'gongwen-library-subset', version: 1, exportedAt: '2026-04-08T09:00:00.000Z' });
    expect(json.snippets.map((s: { text: string }) => s.text)).toEqual([a.text, b.text]);
    expect(json.snippets[1]).toMatchObject({ tags: ['分享', '营商'], favorite: true, year: 2020, source: '003_a47c038e8596e2b4.txt', kind: '经济发展' });

    const other = new LibraryService(path.join(temp.dir, 'other.db'), () => clock);
    try {
      expect(await other.importSubset(file)).toMatchObject({ status: 'done', added: 2, duplicates: 0 });
      const got = other.search({ query: '', limit: 10 }).results;
      expect(got.map((s) => s.text).sort()).toEqual([a.text, b.text].sort());
      expect(got.find((s) => s.text === b.text)).toMatchObject({ tags: ['分享', '营商'], favorite: true, year: 2020 });
      expect(await other.importSubset(file)).toMatchObject({ added: 0, duplicates: 2 });
    } finally {
      other.close();
    }
    // Into the library that has them: tags come along, nothing is added.
    lib.update(a.id, { tags: [] });
    expect(await lib.importSubset(file)).toMatchObject({ added: 0, duplicates: 2 });
    expect(lib.get(a.id).tags).toEqual(['分享']);
  });

  it('refuses a file that is not a share file, in Chinese', async () => {
    const bad = path.join(temp.dir, 'x.json');
    fs.writeFileSync(bad, '{"format":"something-else","version":1,"snippets":[]}');
    await expect(lib.importSubset(bad)).rejects.toThrow('“x.json”不是有效的素材分享文件（format）：不是公文写作台的素材分享文件');
    fs.writeFileSync(bad, 'not json');
    await expect(lib.importSubset(bad)).rejects.toThrow('（不是 JSON 格式）');
    expect(() => lib.exportSubset(path.join(temp.dir, 'y.json'), { tags: ['没有这个标签'] })).toThrow('没有符合条件的素材可以导出');
  });
});
