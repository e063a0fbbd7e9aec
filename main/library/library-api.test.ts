import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiEvent, LibraryImportReport, LibrarySearchResult } from '../../shared/api';
import { createDispatcher, implementApi, type ApiDispatcher, type HandlerHooks } from '../api-handlers';
import { createServices, type Services } from '../services';
import { scriptedDialogs } from '../dialogs/scripted-dialogs';
import { makeTempDir } from '../testing/temp-dir';

const samplesDir = fileURLToPath(new URL('../../fixtures/samples/', import.meta.url));

/** `count` small reports, each with paragraphs of its own (no two files share a paragraph). */
function writeReports(dir: string, count: number): void {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const lines = [`第${i + 1}号工作报告`, '一、主要工作'];
    for (let k = 0; k < 6; k++) lines.push(`第${i + 1}号报告第${k + 1}段：本单位编号${i * 7 + k}的重点任务推进有力，完成投资${(i * 13 + k * 17) % 997}万元，群众满意度持续提升。`);
    fs.writeFileSync(path.join(dir, `报告${String(i).padStart(3, '0')}.txt`), lines.join('\n'));
  }
}

let temp: ReturnType<typeof makeTempDir>;
let services: Services;
let call: ApiDispatcher;
let events: ApiEvent[];
let hooks: HandlerHooks;
let dialog: { importPaths: string[] | null; backup: string | null; restore: string | null; subsetOut: string | null; subsetIn: string | null };
const asked: string[] = [];

beforeEach(() => {
  temp = makeTempDir();
  services = createServices(path.join(temp.dir, 'data'));
  events = [];
  asked.length = 0;
  dialog = { importPaths: [samplesDir], backup: null, restore: null, subsetOut: null, subsetIn: null };
  hooks = {
    // The library's dialogs, answered as the user would, each request noted ("backup:<suggested name>").
    dialogs: scriptedDialogs({
      documentsDir: path.join(temp.dir, 'documents'),
      answer: ({ request }) => {
        const name = path.basename(request.defaultPath);
        switch (request.purpose) {
          case 'library-import':
            asked.push(`import:${'pick' in request && request.pick === 'folder' ? 'folder' : 'files'}`);
            return dialog.importPaths;
          case 'library-backup':
            asked.push(`backup:${name}`);
            return dialog.backup;
          case 'library-restore':
            asked.push('restore');
            return dialog.restore;
          case 'subset-export':
            asked.push(`subset-out:${name}`);
            return dialog.subsetOut;
          case 'subset-import':
            asked.push('subset-in');
            return dialog.subsetIn;
          default:
            throw new Error(`unexpected dialog ${request.purpose}`);
        }
      },
    }),
    emit: (event) => events.push(event),
  };
  call = createDispatcher(implementApi(services, hooks));
});
afterEach(() => {
  services.close();
  temp.cleanup();
});

async function ok<T>(method: string, input: unknown): Promise<T> {
  const result = await call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

describe('library API', () => {
  it('imports what main chose, with progress events, into <dataDir>/library.db', async () => {
    const report = await ok<LibraryImportReport>('library.import', { pick: 'folder' });
    expect(asked).toEqual(['import:folder']);
    expect(report).toMatchObject({ status: 'done', filesImported: 6, failed: [] });
    const progress = events.filter((e) => e.type === 'libraryImportProgress');
    expect(progress[0]).toMatchObject({ type: 'libraryImportProgress', done: 0, total: 6, added: 0, duplicates: 0 });
    expect(progress.at(-1)).toEqual({ type: 'libraryImportProgress', done: 6, total: 6, file: '', added: report.added, duplicates: report.duplicates });
    expect(fs.existsSync(path.join(temp.dir, 'data', 'library.db'))).toBe(true);
    expect(await ok('library.stats', {})).toMatchObject({ snippets: report.added, path: path.join(temp.dir, 'data', 'library.db') });
  });

  it('says dismissed when the file dialog is closed, and unsupported without a dialog', async () => {
    dialog.importPaths = null;
    expect(await ok('library.import', {})).toMatchObject({ status: 'dismissed', added: 0 });
    expect(asked).toEqual(['import:files']);
    const bare = createDispatcher(implementApi(services));
    expect(await bare('library.import', {})).toEqual({ ok: false, error: { code: 'unsupported', message: '此环境无法选择要导入的文件。' } });
    expect(await bare('library.backup', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('cancels a running import through the API', async () => {
    // Enough files that the import (in its own worker thread) is still going when the cancel, sent on
    // hearing of the first file, gets there: cancel crosses two threads, so it lands "soon", not at a set file.
    const dir = path.join(temp.dir, 'many');
    writeReports(dir, 400);
    dialog.importPaths = [dir];
    let cancel: Promise<unknown> | undefined;
    hooks.emit = (event) => {
      events.push(event);
      if (event.type === 'libraryImportProgress' && event.done === 0 && !cancel) cancel = call('library.cancelImport', {});
    };
    const report = await ok<LibraryImportReport>('library.import', {});
    expect(await cancel).toEqual({ ok: true, value: { canceled: true } });
    expect(report).toMatchObject({ status: 'canceled', filesTotal: 400, failed: [] });
    expect(report.filesImported).toBeLessThan(400);
    // Whole files only: as many sources as files imported, and importing again adds exactly the rest.
    const lib = await services.openLibrary();
    expect(lib.stats()).toMatchObject({ sources: report.filesImported, snippets: report.added });
    expect(await ok('library.cancelImport', {})).toEqual({ canceled: false });
    hooks.emit = (event) => events.push(event);
    const rest = await ok<LibraryImportReport>('library.import', {});
    expect(rest).toMatchObject({ status: 'done', filesImported: 400, duplicates: report.added });
  }, 120_000);

  it('validates inputs with Chinese messages', async () => {
    const cases: Array<[string, unknown, string]> = [
      ['library.search', { query: 5 }, '输入不正确（query）'],
      ['library.search', { query: '党建', kinds: ['杂项'] }, '素材类别不正确'],
      ['library.search', { query: '党建', limit: 1000 }, '一次最多返回 200 条'],
      ['library.update', { id: 1 }, '没有要修改的内容'],
      ['library.update', { id: 1, tags: ['a,b'] }, '标签中不能有逗号'],
      ['library.delete', { ids: [] }, '请至少选择一条素材'],
      ['library.get', { id: -3 }, '素材编号不正确'],
      ['library.checkStale', { year: 2026 }, '请给出素材编号或文字（二选一）'],
      ['library.mergeDuplicates', { keepId: 3, mergeIds: [3] }, '请选择要合并进来的其他素材'],
      ['library.saveSnippet', { text: '   ' }, '素材内容不能为空'],
      ['library.import', { pick: 'disk' }, '导入方式应为 files 或 folder'],
    ];
    for (const [method, input, message] of cases) {
      const result = await call(method, input);
      expect(result, method).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining(message) } });
    }
    expect(await call('library.get', { id: 12345 })).toEqual({ ok: false, error: { code: 'not_found', message: '找不到该素材，可能已被删除。' } });
  });

  it('searches, manages and checks stale wording through the contract', async () => {
    await ok('library.import', {});
    const search = await ok<LibrarySearchResult>('library.search', { query: '党建', targetYear: 2026, limit: 5 });
    expect(search.mode).toBe('like');
    const id = search.results[0]!.id;
    expect(search.results[0]!.stale).toBeDefined();
    expect(await ok('library.update', { id, tags: ['党建'], favorite: true })).toMatchObject({ id, tags: ['党建'], favorite: true });
    expect(await ok('library.markUsed', { id })).toEqual({ id, timesUsed: 1 });
    expect(await ok('library.facets', {})).toMatchObject({ favorites: 1, tags: [{ value: '党建', count: 1 }] });
    expect(await ok('library.delete', { ids: [id] })).toEqual({ deleted: [id] });
    expect(await ok('library.undoDelete', { ids: [id] })).toEqual({ restored: [id] });
    expect(await ok('library.get', { id })).toMatchObject({ id, origins: [] });
    expect(await ok('library.saveSnippet', { text: '今年是“十三五”规划收官之年。', source: '草稿', year: 2026 })).toMatchObject({ status: 'added' });
    const stale = await ok<Array<{ rule: string }>>('library.checkStale', { text: '今年是“十三五”规划收官之年。', year: 2026 });
    expect(stale.map((f) => f.rule)).toEqual(['stale/plan-year']);
    expect(await ok('library.similar', { id })).toEqual([]);
  });

  it('backs up, restores and shares through the file hooks', async () => {
    await ok('library.import', {});
    dialog.backup = path.join(temp.dir, 'backup.db');
    const written = await ok<{ status: string; snippets: number }>('library.backup', {});
    expect(written).toMatchObject({ status: 'written', path: dialog.backup });
    expect(asked).toContainEqual(expect.stringMatching(/^backup:素材库备份-\d{4}-\d{2}-\d{2}\.db$/));

    expect(await ok('library.restore', {})).toEqual({ status: 'canceled' });
    dialog.restore = dialog.backup;
    expect(await ok('library.restore', {})).toMatchObject({ status: 'restored', snippets: written.snippets });

    dialog.subsetOut = path.join(temp.dir, 'share.json');
    expect(await ok('library.exportSubset', {})).toMatchObject({ status: 'written', snippets: written.snippets });
    dialog.subsetIn = dialog.subsetOut;
    expect(await ok('library.importSubset', {})).toMatchObject({ status: 'done', added: 0, duplicates: written.snippets });
  });

  it('closes library.db with the services', () => {
    const db = services.library.database;
    services.close();
    expect(db.open).toBe(false);
  });
});
