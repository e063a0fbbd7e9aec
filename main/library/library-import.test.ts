import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLEANUP_PATTERNS } from '../../shared/document/cleanup-patterns';
import { importFile } from '../importers/import-file';
import { sampleArchives, sampleDocxes, sampleTextFile } from '../importers/testing/archive-fixtures';
import { buildOfd, typesetOfd } from '../importers/testing/build-ofd';
import { imageOnlyPdf } from '../importers/testing/build-pdf';
import { makeTempDir } from '../testing/temp-dir';
import { prepareDocument } from './library-import';
import type { LibraryImportProgress } from '../../shared/library/types';
import { LibraryService } from './library-service';

const samplesDir = fileURLToPath(new URL('../../fixtures/samples/', import.meta.url));
const sampleNames = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();

let temp: ReturnType<typeof makeTempDir>;
let lib: LibraryService;
beforeEach(() => {
  temp = makeTempDir();
  lib = new LibraryService(path.join(temp.dir, 'data', 'library.db'));
});
afterEach(() => {
  lib.close();
  temp.cleanup();
});

/** A folder with the five sample reports (and anything else given). */
function samplesFolder(extra: Record<string, string | Buffer> = {}): string {
  const dir = path.join(temp.dir, 'reports');
  fs.mkdirSync(dir, { recursive: true });
  for (const name of sampleNames) fs.copyFileSync(path.join(samplesDir, name), path.join(dir, name));
  for (const [name, data] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), data);
  return dir;
}

/** Every live snippet's text, by browsing the whole library. */
function allTexts(service = lib): string[] {
  const out: string[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = service.search({ query: '', limit: 200, offset }).results;
    out.push(...page.map((r) => r.text));
    if (page.length < 200) return out;
  }
}

async function paragraphsOf(file: string): Promise<string[]> {
  const parsed = await importFile(file);
  return prepareDocument(path.basename(file), parsed.paragraphs).paragraphs.map((p) => p.text);
}

describe('library import of the sample reports', () => {
  it('imports the five samples, and importing them again adds nothing', async () => {
    const dir = samplesFolder();
    const first = await lib.importPaths([dir]);
    expect(first).toMatchObject({ status: 'done', filesImported: 5, filesTotal: 5, failed: [] });
    expect(first.added).toBeGreaterThan(80);
    expect(lib.stats().snippets).toBe(first.added);

    const second = await lib.importPaths([dir]);
    expect(second).toMatchObject({ status: 'done', filesImported: 5, added: 0, failed: [] });
    expect(second.duplicates).toBe(first.added + first.duplicates);
    expect(lib.stats()).toMatchObject({ snippets: first.added, sources: 5 });
    // The same file from another folder (or renamed) is recognised too.
    const copy = path.join(temp.dir, '副本.txt');
    fs.copyFileSync(path.join(dir, sampleNames[2]!), copy);
    expect(await lib.importPaths([copy])).toMatchObject({ added: 0, failed: [] });
  });

  it('never lets the samples’ ads and watermarks into the library', async () => {
    await lib.importPaths([samplesFolder()]);
    const texts = allTexts();
    expect(texts.length).toBeGreaterThan(80);
    for (const text of texts) {
      for (const p of CLEANUP_PATTERNS) {
        if (p.kind === 'line') expect(p.pattern.test(text.trim()) && (p.maxLength === undefined || [...text.trim()].length <= p.maxLength), `${p.id}: ${text}`).toBe(false);
        else expect(text.match(p.pattern), `${p.id}: ${text}`).toBeNull();
      }
      for (const word of ['酷乐文行', '##paid', 'QQ', '微信', '会员', '仅供学习', '禁止外传', '原创投稿', '公文写作门户网站', '订阅']) {
        expect(text, text).not.toContain(word);
      }
    }
    // The heading that carried an inline ad is in the library's heading paths without it.
    const culture = lib.search({ query: '意识形态领域指导地位' }).results[0]!;
    expect(culture.headingPath).toEqual(['二、抓好工作结合，抓好贯彻落实', '（六）在坚持和完善繁荣发展社会主义先进文化制度方面']);
  });

  it('skips titles, addressees and own-line headings, keeps body and run-in heading paragraphs', async () => {
    await lib.importPaths([samplesFolder()]);
    const texts = new Set(allTexts());
    for (const frame of ['区委办：', '同志们：', '区2020年工作要点', '一、紧扣目标任务，助推经济发展', '（三）加快转变社会管理模式，持续巩固创建成果']) {
      expect(texts.has(frame), frame).toBe(false);
    }
    expect([...texts].some((t) => t.startsWith('（一）紧盯目标，加大项目推进力度。X年'))).toBe(true);
    expect([...texts].some((t) => t.startsWith('按照“村改居”的要求'))).toBe(true);
  });

  it('dates each snippet from its document and keeps the reason', async () => {
    await lib.importPaths([samplesFolder()]);
    const plan = lib.search({ query: '精心打造城市新商圈' }).results[0]!;
    expect(plan.year).toBe(2020);
    expect(lib.get(plan.id)).toMatchObject({ yearSource: 'title', yearReason: '标题“区2020年工作要点”中的年份' });
    const plenum = lib.search({ query: '全文学习中国共产党第十九届中央委员会' }).results[0]!;
    expect(plenum.year).toBe(2019);
    expect(lib.get(plenum.id).yearSource).toBe('event');
  });

  it('reports a corrupt file in a batch in Chinese and imports the rest', async () => {
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 131 + 17) & 0xff;
    const dir = samplesFolder({ '损坏的报告.docx': random, '说明.xls': 'not imported from a folder' });
    const report = await lib.importPaths([dir, path.join(temp.dir, '不存在.txt')]);
    expect(report.filesImported).toBe(5);
    expect(report.failed).toHaveLength(2);
    expect(report.failed.map((f) => path.basename(f.file)).sort()).toEqual(['不存在.txt', '损坏的报告.docx']);
    const broken = report.failed.find((f) => f.file.endsWith('.docx'))!;
    expect(broken.reason).toMatch(/“损坏的报告\.docx”.*(已损坏|不是有效的 Word)/);
    expect(report.failed.find((f) => f.file.endsWith('不存在.txt'))!.reason).toBe('找不到“不存在.txt”。');
    expect(lib.stats().snippets).toBe(report.added);
    expect(report.added).toBeGreaterThan(80);
  });

  it('reports an unsupported file chosen directly', async () => {
    const xls = path.join(temp.dir, '表格.xls');
    fs.writeFileSync(xls, 'x');
    const report = await lib.importPaths([xls]);
    expect(report.failed).toEqual([{ file: xls, reason: expect.stringContaining('不支持“表格.xls”的文件类型') }]);
  });

  it('imports a folder mixing every format, reporting per file what went in and what was refused', async () => {
    const [doc, rtf, pdf] = await Promise.all([sampleArchives('doc'), sampleArchives('rtf'), sampleArchives('pdf')]);
    const docx = (await sampleDocxes())[4]!;
    const dir = path.join(temp.dir, '历年材料');
    fs.mkdirSync(path.join(dir, '2020'), { recursive: true });
    const put = (name: string, bytes: Uint8Array | Buffer) => fs.writeFileSync(path.join(dir, name), bytes);
    put('000.doc', fs.readFileSync(doc[0]!.file));
    put('001.rtf', fs.readFileSync(rtf[1]!.file));
    put('2020/002.pdf', fs.readFileSync(pdf[2]!.file));
    put('003.ofd', await buildOfd(typesetOfd((await importFile(sampleTextFile('003'))).paragraphs)));
    put('004.docx', docx.docx);
    put('003.wps', fs.readFileSync(doc[3]!.file));
    put('扫描件.pdf', imageOnlyPdf(1));
    put('截断.pdf', fs.readFileSync(pdf[0]!.file).subarray(0, 5000));
    put('旧版.wps', Buffer.from('WPS 2000 document'));
    put('说明.xls', Buffer.from('passed over'));
    const report = await lib.importPaths([dir]);
    const names = (list: Array<{ file: string }>) => list.map((f) => path.relative(dir, f.file)).sort();
    expect(names(report.imported)).toEqual(['000.doc', '001.rtf', '003.ofd', '003.wps', '004.docx', '2020/002.pdf']);
    expect(names(report.failed)).toEqual(['截断.pdf', '扫描件.pdf', '旧版.wps']);
    expect(report.filesTotal).toBe(9);
    const reason = (name: string) => report.failed.find((f) => f.file.endsWith(name))!.reason;
    expect(reason('扫描件.pdf')).toMatch(/扫描件没有文字层，需要先做文字识别/);
    expect(reason('截断.pdf')).toMatch(/文件不完整/);
    expect(reason('旧版.wps')).toMatch(/请在 WPS 中打开并另存为 \.docx/);
    // The .wps is the same report as 003.ofd: everything it has, the library had already.
    const wps = report.imported.find((f) => f.file.endsWith('003.wps'))!;
    const ofd = report.imported.find((f) => f.file.endsWith('003.ofd'))!;
    expect(ofd.added).toBeGreaterThan(0);
    expect(wps).toMatchObject({ added: 0, duplicates: ofd.added });
    for (const f of report.imported.filter((f) => f !== wps)) expect(f.added, f.file).toBeGreaterThan(0);
    expect(lib.stats().snippets).toBe(report.added);
  }, 300_000);
});

describe('library search over the samples', () => {
  beforeEach(async () => {
    await lib.importPaths([samplesFolder()]);
  });

  it('finds a 2-character term by the bounded LIKE path: every paragraph with it, with heading paths and ranges', () => {
    const result = lib.search({ query: '党建', limit: 200 });
    expect(result.mode).toBe('like');
    const expected = allTexts().filter((t) => t.includes('党建'));
    expect(result.total).toBe(expected.length);
    expect(result.results.map((r) => r.text).sort()).toEqual(expected.sort());
    const hit = result.results.find((r) => r.text.startsWith('4．突出党建领航夯实基层基础。'))!;
    expect(hit.headingPath).toEqual(['三、政治引领聚合力、固堡垒，推动实现各领域各方面党的建设更加有形有力']);
    expect(hit).toMatchObject({ source: '002_60ffe4ad60b6dedb.txt', year: 2020, kind: '党建' });
    expect(hit.highlights.length).toBeGreaterThan(0);
    for (const r of hit.highlights) expect(hit.text.slice(r.start, r.end)).toBe('党建');
    // Most occurrences first.
    const scores = result.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds a 4-character phrase through the trigram index, every paragraph with it and nothing else', () => {
    const result = lib.search({ query: '营商环境' });
    expect(result.mode).toBe('fts');
    const expected = allTexts().filter((t) => t.includes('营商环境'));
    expect(result.results.map((r) => r.text).sort()).toEqual(expected.sort());
    const top = result.results.find((r) => r.text.startsWith('（五）突出部门职能转变，切实优化营商环境。'))!;
    expect(top.headingPath).toEqual(['二、突出重点关键，推动高质量发展各项任务全面落实']);
    expect(top.kind).toBe('经济发展');
    const other = result.results.find((r) => r.text.startsWith('一是持续优化营商环境。'))!;
    expect(other.headingPath).toEqual(['二、抓好工作结合，抓好贯彻落实', '（五）在坚持完善社会主义基本经济制度方面']);
    for (const r of other.highlights) expect(other.text.slice(r.start, r.end)).toBe('营商环境');
    expect(result.results[0]!.score).toBeGreaterThan(0);
  });

  it('combines long and short terms (AND) and filters by year, kind and source', () => {
    const both = lib.search({ query: '主题教育 党建' });
    expect(both.mode).toBe('fts');
    for (const r of both.results) expect(r.text.includes('主题教育') && r.text.includes('党建')).toBe(true);
    expect(both.results.length).toBeGreaterThan(0);

    const y2020 = lib.search({ query: '', years: [2020], limit: 200 });
    expect(y2020.mode).toBe('browse');
    expect(new Set(y2020.results.map((r) => r.year))).toEqual(new Set([2020]));
    const kinds = lib.search({ query: '', kinds: ['存在问题', '下步打算'], limit: 200 }).results;
    expect(new Set(kinds.map((r) => r.kind))).toEqual(new Set(['存在问题', '下步打算']));
    const fromSource = lib.search({ query: '', sources: ['003_a47c038e8596e2b4.txt'], limit: 200 }).results;
    expect(fromSource).toHaveLength(5);
  });

  it('flags stale wording for a target year on each hit', () => {
    const result = lib.search({ query: '收官之年', targetYear: 2026 });
    const hit = result.results.find((r) => r.text.startsWith('今年是全面建成小康社会和“十三五”规划收官之年'))!;
    expect(hit.stale?.map((f) => f.rule)).toContain('stale/plan-year');
    const same = lib.search({ query: '收官之年', targetYear: 2020 }).results.find((r) => r.id === hit.id)!;
    expect(same.stale?.filter((f) => f.rule === 'stale/plan-year')).toEqual([]);
    expect(lib.search({ query: '收官之年' }).results[0]!.stale).toBeUndefined();
  });

  it('gives facets with counts for the filter UI', () => {
    const facets = lib.facets();
    expect(facets.total).toBe(lib.stats().snippets);
    expect(facets.years.map((y) => y.value)).toEqual([2021, 2020, 2019]);
    expect(facets.years.reduce((a, y) => a + y.count, 0)).toBe(facets.total);
    expect(facets.kinds.map((k) => k.value)).toContain('党建');
    expect(facets.sources).toHaveLength(5);
    expect(facets.tags).toEqual([]);
  });
});

/** A report of one heading and one body paragraph. */
function report(year: number, body: string): string {
  return `区${year}年工作总结\n一、全面加强党的建设\n${body}\n`;
}

const PARAGRAPH =
  '坚持把优化营商环境作为根本性、长期性、战略性任务，作为发展的命门之穴。落实全省优化营商环境大会精神，深化“放管服”改革，' +
  '推行“一网通办”，企业开办时间压缩至1个工作日以内，工程建设项目审批时间压缩至80个工作日以内，市场主体活力持续增强。';
const NEWER = PARAGRAPH.replace('全省', '全市');

describe('near duplicates', () => {
  it('keeps the newer wording and records the older source (older imported first)', async () => {
    fs.writeFileSync(path.join(temp.dir, 'a.txt'), report(2019, PARAGRAPH));
    fs.writeFileSync(path.join(temp.dir, 'b.txt'), report(2021, NEWER));
    await lib.importPaths([path.join(temp.dir, 'a.txt')]);
    const second = await lib.importPaths([path.join(temp.dir, 'b.txt')]);
    expect(second).toMatchObject({ added: 0, duplicates: 1, nearDuplicates: 1, replacedByNewer: 1 });
    expect(allTexts()).toEqual([NEWER]);
    const [hit] = lib.search({ query: '营商环境' }).results;
    expect(hit).toMatchObject({ text: NEWER, year: 2021, source: 'b.txt' });
    const detail = lib.get(hit!.id);
    expect(detail.origins).toEqual([
      expect.objectContaining({ source: 'a.txt', year: 2019, relation: 'near', text: PARAGRAPH, similarity: expect.any(Number) }),
    ]);
    expect(detail.origins[0]!.similarity).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the newer wording when the newer one came first', async () => {
    fs.writeFileSync(path.join(temp.dir, 'b.txt'), report(2021, NEWER));
    fs.writeFileSync(path.join(temp.dir, 'a.txt'), report(2019, PARAGRAPH));
    await lib.importPaths([path.join(temp.dir, 'b.txt')]);
    const second = await lib.importPaths([path.join(temp.dir, 'a.txt')]);
    expect(second).toMatchObject({ added: 0, nearDuplicates: 1, replacedByNewer: 0 });
    const [hit] = lib.search({ query: '营商环境' }).results;
    expect(hit).toMatchObject({ text: NEWER, year: 2021 });
    expect(lib.get(hit!.id).origins).toEqual([expect.objectContaining({ source: 'a.txt', year: 2019, relation: 'near', text: PARAGRAPH })]);
  });

  it('adds a paragraph below the threshold, and records an exact duplicate’s other document', async () => {
    const different = PARAGRAPH.replace('1个工作日', '2个工作日').replace('80个', '60个').replace('全省', '全市');
    fs.writeFileSync(path.join(temp.dir, 'a.txt'), report(2019, PARAGRAPH));
    fs.writeFileSync(path.join(temp.dir, 'c.txt'), report(2022, different));
    fs.writeFileSync(path.join(temp.dir, 'd.txt'), report(2023, PARAGRAPH.replace(/，/g, ',')));
    const result = await lib.importPaths([path.join(temp.dir, 'a.txt'), path.join(temp.dir, 'c.txt'), path.join(temp.dir, 'd.txt')]);
    expect(result).toMatchObject({ added: 2, duplicates: 1, nearDuplicates: 0 });
    const original = lib.search({ query: '全省优化营商环境' }).results[0]!;
    expect(lib.get(original.id).origins).toEqual([expect.objectContaining({ source: 'd.txt', year: 2023, relation: 'exact', text: null })]);
  });
});

describe('import transactions', () => {
  it('a cancel mid-import keeps the finished files whole and leaves nothing of the one in progress', async () => {
    const dir = samplesFolder();
    const seen: LibraryImportProgress[] = [];
    const report = await lib.importPaths([dir], (p) => {
      seen.push(p);
      if (p.done === 2 && p.file !== '') lib.cancelImport();
    });
    expect(report).toMatchObject({ status: 'canceled', filesImported: 2, filesTotal: 5, failed: [] });
    expect(seen[0]).toMatchObject({ done: 0, total: 5, file: path.join(dir, sampleNames[0]!) });

    const expected = new Set([...(await paragraphsOf(path.join(dir, sampleNames[0]!))), ...(await paragraphsOf(path.join(dir, sampleNames[1]!)))]);
    expect(new Set(allTexts())).toEqual(expected);
    expect(lib.stats().sources).toBe(2);
    const third = await paragraphsOf(path.join(dir, sampleNames[2]!));
    const inLibrary = new Set(allTexts());
    expect(third.filter((t) => inLibrary.has(t))).toEqual([]);
    expect(lib.isImporting).toBe(false);

    // Running it again finishes the job.
    const rest = await lib.importPaths([dir]);
    expect(rest).toMatchObject({ status: 'done', filesImported: 5 });
    expect(rest.duplicates).toBe(report.added);
  });

  it('a database failure in the middle of a file rolls that whole file back and the batch goes on', async () => {
    const lines = ['区2024年工作总结', '一、加强党的建设'];
    for (let i = 1; i <= 6; i++) lines.push(`第${i}段：持续推进基层党组织标准化规范化建设，全年完成整改任务${i * 7}项。`);
    lines.push('第7段：模拟写入失败的段落，之前的段落也不应留下。');
    const dir = samplesFolder({ 'zz-失败.txt': lines.join('\n') });
    lib.database.exec(
      "CREATE TEMP TRIGGER fail_write BEFORE INSERT ON snippets WHEN new.text LIKE '%模拟写入失败%' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END",
    );
    const report = await lib.importPaths([dir]);
    expect(report.filesImported).toBe(5);
    expect(report.failed).toEqual([{ file: path.join(dir, 'zz-失败.txt'), reason: expect.stringMatching(/^写入素材库失败（.*disk I\/O error.*），该文件未导入任何内容。$/) }]);
    expect(allTexts().filter((t) => t.startsWith('第'))).toEqual([]);
    expect(lib.stats().sources).toBe(5);
    // Without the failure the same file goes in whole: it was rolled back, not skipped.
    lib.database.exec('DROP TRIGGER fail_write');
    const again = await lib.importPaths([path.join(dir, 'zz-失败.txt')]);
    expect(again).toMatchObject({ added: 7, failed: [] });
    expect(allTexts().filter((t) => t.startsWith('第'))).toHaveLength(7);
  });

  it('keeps the full-text index exact when a file replaces a snippet written earlier in the same transaction, or does so and then fails', async () => {
    // One write slice. b.txt replaces a.txt's wording with its newer one, then fails: all of b.txt rolls
    // back, a.txt's wording with it stays indexed. c.txt (newer still) then replaces it for good.
    const FAILING = '第9段：模拟写入失败的段落，本文件的内容都不应留下。';
    const NEWEST = PARAGRAPH.replace('全省', '全区');
    fs.writeFileSync(path.join(temp.dir, 'a.txt'), report(2019, PARAGRAPH));
    fs.writeFileSync(path.join(temp.dir, 'b.txt'), report(2021, `${NEWER}\n${FAILING}`));
    fs.writeFileSync(path.join(temp.dir, 'c.txt'), report(2023, NEWEST));
    fs.writeFileSync(path.join(temp.dir, 'd.txt'), report(2024, '全面推行河湖长制，完成12条河道综合整治，水环境质量稳步提升。'));
    lib.database.exec("CREATE TEMP TRIGGER fail_write BEFORE INSERT ON snippets WHEN new.text LIKE '%模拟写入失败%' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    const files = ['a.txt', 'b.txt', 'c.txt', 'd.txt'].map((f) => path.join(temp.dir, f));
    const ftsIntact = () => lib.database.prepare("INSERT INTO snippets_fts (snippets_fts, rank) VALUES ('integrity-check', 1)").run();

    const first = await lib.importPaths(files.slice(0, 2));
    expect(first.failed.map((f) => path.basename(f.file))).toEqual(['b.txt']);
    expect(ftsIntact).not.toThrow();
    expect(lib.search({ query: '落实全省优化' }).results.map((r) => r.text)).toEqual([PARAGRAPH]);

    const second = await lib.importPaths(files.slice(2));
    expect(second).toMatchObject({ filesImported: 2, nearDuplicates: 1, replacedByNewer: 1 });
    // FTS5's own check: the index holds exactly the snippets' current texts.
    expect(ftsIntact).not.toThrow();
    expect(lib.search({ query: '落实全区优化' }).results.map((r) => r.text)).toEqual([NEWEST]);
    expect(lib.search({ query: '落实全省优化' }).results).toEqual([]);
    expect(lib.search({ query: '模拟写入失败' }).results).toEqual([]);
    // Every snippet written is found by its own words.
    const texts = allTexts();
    expect(texts).toHaveLength(2);
    for (const t of texts) expect(lib.search({ query: [...t].slice(2, 9).join('') }).results.map((r) => r.text)).toContain(t);
  });

  it('refuses a second import while one runs', async () => {
    const dir = samplesFolder();
    const first = lib.importPaths([dir]);
    await expect(lib.importPaths([dir])).rejects.toThrow('素材库正在导入文件');
    await first;
  });
});
