import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryImportProgress } from '../../shared/library/types';
import { checkRecordMatches } from '../db/check-record';
import { importFile } from '../importers/import-file';
import { createServices, type Services } from '../services';
import { makeTempDir } from '../testing/temp-dir';
import { WorkerPool } from '../work/work-runner';
import { prepareDocument } from './library-import';
import { LIBRARY_FILE, LibraryService } from './library-service';

// The app's path (issue 15): the library's imports and its full check run in a worker thread of their
// own, over that thread's own connection to library.db; the main thread only hears progress and results.
const samplesDir = fileURLToPath(new URL('../../fixtures/samples/', import.meta.url));
const sampleNames = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();

let pool: WorkerPool;
let temp: ReturnType<typeof makeTempDir>;
let services: Services;

beforeAll(() => {
  pool = new WorkerPool({ size: 1 });
});
afterAll(async () => {
  await pool.close();
});
beforeEach(() => {
  temp = makeTempDir();
  services = createServices(path.join(temp.dir, 'data'), { work: pool });
});
afterEach(() => {
  services.close();
  temp.cleanup();
});

function samplesFolder(): string {
  const dir = path.join(temp.dir, 'reports');
  fs.mkdirSync(dir, { recursive: true });
  for (const name of sampleNames) fs.copyFileSync(path.join(samplesDir, name), path.join(dir, name));
  return dir;
}

async function paragraphsOf(file: string): Promise<string[]> {
  return prepareDocument(path.basename(file), (await importFile(file)).paragraphs).paragraphs.map((p) => p.text);
}

function liveTexts(lib: LibraryService): Set<string> {
  return new Set(lib.database.prepare('SELECT text FROM snippets WHERE deleted_at IS NULL').pluck().all() as string[]);
}

/** FTS5's own check that its index matches the snippets table (throws on a mismatch). */
function ftsIntact(lib: LibraryService): void {
  lib.database.prepare("INSERT INTO snippets_fts (snippets_fts, rank) VALUES ('integrity-check', 1)").run();
}

describe('library import in a worker thread', () => {
  it('writes what the in-process import writes, reports progress, and the main connection sees it at once', async () => {
    const dir = samplesFolder();
    const seen: LibraryImportProgress[] = [];
    const report = await services.library.importPaths([dir], (p) => seen.push(p));
    expect(report).toMatchObject({ status: 'done', filesImported: 5, filesTotal: 5, failed: [] });
    expect(seen[0]).toMatchObject({ done: 0, total: 5, file: path.join(dir, sampleNames[0]!) });
    expect(seen.at(-1)).toMatchObject({ done: 5, total: 5, file: '', added: report.added });

    const inProcess = new LibraryService(path.join(temp.dir, 'in-process.db'));
    try {
      const expected = await inProcess.importPaths([dir]);
      expect(report).toMatchObject({ added: expected.added, duplicates: expected.duplicates, nearDuplicates: expected.nearDuplicates });
      expect(liveTexts(services.library)).toEqual(liveTexts(inProcess));
    } finally {
      inProcess.close();
    }
    expect(services.library.search({ query: '营商环境' }).total).toBeGreaterThan(0);
    ftsIntact(services.library);
  }, 120_000);

  it('cancel: the files written are whole, the rest are left out, and a second run adds exactly the rest', async () => {
    // The cancel crosses from this thread to the import's: it lands a few files after the one heard of.
    const dir = samplesFolder();
    for (let i = 0; i < 200; i++) {
      const lines = [`第${i + 1}号工作报告`, '一、主要工作'];
      for (let k = 0; k < 5; k++) lines.push(`第${i + 1}号报告第${k + 1}段：编号${i * 5 + k}的重点任务推进有力，完成投资${(i * 13 + k * 17) % 997}万元。`);
      fs.writeFileSync(path.join(dir, `z${String(i).padStart(3, '0')}.txt`), lines.join('\n'));
    }
    const report = await services.library.importPaths([dir], (p) => {
      if (p.done === 2 && p.file !== '') services.library.cancelImport();
    });
    expect(report.status).toBe('canceled');
    expect(report.filesImported).toBeGreaterThanOrEqual(2);
    expect(report.filesImported).toBeLessThan(205);
    // Each imported file is in whole: its paragraphs are all there, and nothing of any other file is.
    const expected = new Set<string>();
    for (const { file } of report.imported) for (const t of await paragraphsOf(file)) expected.add(t);
    expect(liveTexts(services.library)).toEqual(expected);
    expect(services.library.stats().sources).toBe(report.filesImported);
    expect(services.library.isImporting).toBe(false);
    ftsIntact(services.library);
    // The rest on a second run, through a fresh worker.
    expect(await services.library.importPaths([dir])).toMatchObject({ status: 'done', filesImported: 205, duplicates: report.added });
  }, 120_000);

  it('leaves the pool free: a draft opens while the library imports', async () => {
    const dir = samplesFolder();
    const importing = services.library.importPaths([dir]);
    const opened = await services.imports.importBytes('报告.txt', Buffer.from('关于2025年工作情况的报告\n一、主要工作\n全年完成各项任务。'));
    expect(opened.draft.displayTitle).toBe('关于2025年工作情况的报告');
    expect((await importing).status).toBe('done');
  }, 120_000);

  it('a share file is read and written in the worker, with the same counts as in-process', async () => {
    const share = path.join(temp.dir, '分享.json');
    const snippets = Array.from({ length: 300 }, (_, i) => ({ text: `第${i}条：深入推进基层治理体系和治理能力现代化，完成年度目标任务${i}项。`, year: 2024, tags: ['治理'], favorite: i % 50 === 0 }));
    fs.writeFileSync(share, JSON.stringify({ format: 'gongwen-library-subset', version: 1, snippets }));
    const report = await services.library.importSubset(share);
    const inProcess = new LibraryService(path.join(temp.dir, 'in-process.db'));
    try {
      const expected = await inProcess.importSubset(share);
      // Numbered look-alikes fold into each other as near duplicates, in the worker as in-process.
      expect(expected.added).toBeGreaterThan(250);
      expect(report).toEqual(expected);
      expect(services.library.stats()).toMatchObject({ snippets: inProcess.stats().snippets, favorites: inProcess.stats().favorites });
      expect(liveTexts(services.library)).toEqual(liveTexts(inProcess));
    } finally {
      inProcess.close();
    }
    expect(await services.library.importSubset(share)).toMatchObject({ added: 0, duplicates: 300 });
    ftsIntact(services.library);
  }, 120_000);
});

describe('opening the library', () => {
  it('runs the full check in a worker when the file changed since the last clean close, and repairs a damaged index there', async () => {
    const dataDir = path.join(temp.dir, 'data');
    const file = path.join(dataDir, LIBRARY_FILE);
    const imported = await services.library.importPaths([samplesFolder()]);
    services.close();
    expect(checkRecordMatches(file)).toBe(true);
    // Scribble over the full-text index's pages from outside the app: the check record no longer matches.
    const raw = new Database(file);
    raw.unsafeMode(true);
    raw.prepare('UPDATE snippets_fts_data SET block = randomblob(length(block)) WHERE id IN (SELECT id FROM snippets_fts_data WHERE id > 10 LIMIT 3)').run();
    raw.close();
    expect(checkRecordMatches(file)).toBe(false);

    services = createServices(dataDir, { work: pool });
    const lib = await services.openLibrary();
    expect(lib.indexRebuilt?.message).toMatch(/全文索引已损坏，已按素材重新建立索引（\d+ 条素材都在，没有丢失）/);
    expect(services.startupNotices).toContainEqual(expect.objectContaining({ kind: 'index-rebuilt' }));
    expect(lib.stats().snippets).toBe(imported.added);
    ftsIntact(lib);
    // The same service afterwards, for every caller.
    expect(await services.openLibrary()).toBe(lib);
    expect(services.library).toBe(lib);
  }, 120_000);

  it('a library as the app left it opens without a worker, and a new data folder gets an empty library', async () => {
    const lib = await services.openLibrary();
    expect(lib.stats().snippets).toBe(0);
    expect(lib.indexRebuilt).toBeUndefined();
    expect(lib.recovered).toBeUndefined();
  });
});
