import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createServices, type Services } from '../services';
import { makeTempDir } from '../testing/temp-dir';
import { documentJson } from '../../shared/lexical/document-json';
import { MAX_VERSIONS_PER_DRAFT, newId, SNAPSHOT_INTERVAL_MS } from './drafts-service';

let temp: ReturnType<typeof makeTempDir>;
let services: Services;
let clock: number;

beforeEach(() => {
  temp = makeTempDir();
  clock = Date.parse('2026-03-01T08:00:00Z');
  services = createServices(temp.dir, { now: () => new Date(clock) });
});
afterEach(() => {
  services.close();
  temp.cleanup();
});

describe('DraftsService', () => {
  it('names a draft by its title paragraphs as they are edited, unless the writer named it', () => {
    const json = (title: string) => JSON.stringify(documentJson([{ role: 'title', text: title }, { role: 'body', text: '正文。' }]));
    const fromTemplate = services.templates.createDraft({ templateId: 'annual-work-plan' });
    expect(fromTemplate.displayTitle).toContain('{{单位名称}}');
    services.drafts.save({ id: fromTemplate.id, lexicalJson: json('和平区2026年工作要点'), plainText: '和平区2026年工作要点\n正文。' });
    expect(services.drafts.get(fromTemplate.id).displayTitle).toBe('和平区2026年工作要点');

    // Last year's report with the year changed in its title.
    const lastYear = services.drafts.create({ lexicalJson: json('关于2025年安全生产工作情况的报告'), plainText: '关于2025年安全生产工作情况的报告' });
    expect(lastYear.displayTitle).toBe('关于2025年安全生产工作情况的报告');
    services.drafts.save({ id: lastYear.id, lexicalJson: json('关于2026年安全生产工作情况的报告'), plainText: '关于2026年安全生产工作情况的报告' });
    expect(services.drafts.list().find((d) => d.id === lastYear.id)!.displayTitle).toBe('关于2026年安全生产工作情况的报告');

    // A name the writer gave stays; clearing it lets the title lead again.
    services.drafts.rename(lastYear.id, '安全生产报告（送审稿）');
    expect(services.drafts.get(lastYear.id).displayTitle).toBe('安全生产报告（送审稿）');
    expect(services.drafts.rename(lastYear.id, '').displayTitle).toBe('关于2026年安全生产工作情况的报告');
  });

  it('creates, saves and reads back a draft with its 字数', () => {
    const draft = services.drafts.create({ title: '工作报告' });
    expect(draft.displayTitle).toBe('工作报告');
    clock += 1000;
    const saved = services.drafts.save({ id: draft.id, lexicalJson: '{"root":1}', plainText: '一、加强学习\n正文2026年' });
    expect(saved.wordCount).toBe(10); // 一、加强学习(6) 正文(2) 2026(1) 年(1)
    const back = services.drafts.get(draft.id);
    expect(back.plainText).toBe('一、加强学习\n正文2026年');
    expect(back.lexicalJson).toBe('{"root":1}');
    expect(back.updatedAt).toBe(new Date(clock).toISOString());
  });

  it('lists recent drafts first and names untitled ones by their first line', () => {
    const a = services.drafts.create({ plainText: '\n  区委办：\n正文' });
    clock += 1000;
    const b = services.drafts.create({});
    const list = services.drafts.list();
    expect(list.map((d) => d.id)).toEqual([b.id, a.id]);
    expect(list[1]!.displayTitle).toBe('区委办：');
    expect(list[0]!.displayTitle).toBe('未命名文档');
  });

  it('does not rewrite unchanged content on autosave', () => {
    const draft = services.drafts.create({});
    clock += 1000;
    const first = services.drafts.save({ id: draft.id, lexicalJson: 'x', plainText: 'x' });
    clock += 1000;
    const second = services.drafts.save({ id: draft.id, lexicalJson: 'x', plainText: 'x' });
    expect(second.updatedAt).toBe(first.updatedAt);
    expect(second.snapshot).toBe(false);
  });

  it('snapshots on the first save, then at most every interval, and always on close', () => {
    const draft = services.drafts.create({});
    const save = (text: string, reason?: 'close') => {
      clock += 1000;
      return services.drafts.save({ id: draft.id, lexicalJson: text, plainText: text, reason }).snapshot;
    };
    expect(save('a')).toBe(true);
    expect(save('b')).toBe(false);
    clock += SNAPSHOT_INTERVAL_MS;
    expect(save('c')).toBe(true);
    expect(save('d', 'close')).toBe(true);
    expect(services.drafts.listVersions(draft.id).map((v) => [v.preview, v.reason])).toEqual([
      ['d', 'close'],
      ['c', 'autosave'],
      ['a', 'autosave'],
    ]);
  });

  it('keeps a snapshot for every 5 minutes of editing, not only the first one, and at most the last 50', () => {
    const draft = services.drafts.create({});
    const start = clock;
    // Eight hours of steady editing, autosaved every 30 s (the renderer's longest wait while typing).
    for (let i = 1; i <= 8 * 120; i++) {
      clock += 30_000;
      services.drafts.save({ id: draft.id, lexicalJson: `J${i}`, plainText: `第${i}稿` });
      if (i === 120) {
        // After the first hour: one snapshot per 5 minutes, none more than 5 minutes after the last.
        const times = services.drafts.listVersions(draft.id).map((v) => Date.parse(v.createdAt)).reverse();
        expect(times).toHaveLength(12);
        expect(times[0]).toBe(start + 30_000);
        for (let k = 1; k < times.length; k++) expect(times[k]! - times[k - 1]!).toBe(SNAPSHOT_INTERVAL_MS);
      }
    }
    const versions = services.drafts.listVersions(draft.id);
    expect(versions).toHaveLength(MAX_VERSIONS_PER_DRAFT);
    expect(Date.parse(versions[0]!.createdAt)).toBeGreaterThan(clock - SNAPSHOT_INTERVAL_MS);
  });

  it(`keeps only the last ${MAX_VERSIONS_PER_DRAFT} versions`, () => {
    const draft = services.drafts.create({});
    for (let i = 1; i <= MAX_VERSIONS_PER_DRAFT + 7; i++) {
      clock += 1000;
      services.drafts.save({ id: draft.id, lexicalJson: `v${i}`, plainText: `v${i}`, reason: 'manual' });
    }
    const versions = services.drafts.listVersions(draft.id);
    expect(versions).toHaveLength(MAX_VERSIONS_PER_DRAFT);
    expect(versions[0]!.preview).toBe(`v${MAX_VERSIONS_PER_DRAFT + 7}`);
    expect(versions.at(-1)!.preview).toBe('v8');
  });

  it('restores any version and keeps the replaced text as a version', () => {
    const draft = services.drafts.create({});
    clock += 1000;
    services.drafts.save({ id: draft.id, lexicalJson: 'J1', plainText: '第一稿', reason: 'manual' });
    const v1 = services.drafts.listVersions(draft.id)[0]!;
    clock += 1000;
    services.drafts.save({ id: draft.id, lexicalJson: 'J2', plainText: '第二稿', reason: 'manual' });
    const restored = services.drafts.restoreVersion(draft.id, v1.id);
    expect(restored.plainText).toBe('第一稿');
    expect(restored.lexicalJson).toBe('J1');
    const [latest] = services.drafts.listVersions(draft.id);
    expect(latest!.reason).toBe('before-restore');
    expect(services.drafts.getVersion(draft.id, latest!.id).plainText).toBe('第二稿');
  });

  it('renames, duplicates, deletes with undo, and purges the bin after 30 days', () => {
    const draft = services.drafts.create({ plainText: '正文' });
    expect(services.drafts.rename(draft.id, '  新标题 ').title).toBe('新标题');
    const copy = services.drafts.duplicate(draft.id);
    expect(copy.displayTitle).toBe('新标题（副本）');
    expect(services.drafts.get(copy.id).plainText).toBe('正文');

    services.drafts.delete(draft.id);
    expect(services.drafts.list().map((d) => d.id)).toEqual([copy.id]);
    expect(() => services.drafts.get(draft.id)).toThrow('找不到该文档');
    services.drafts.undoDelete(draft.id);
    expect(services.drafts.list()).toHaveLength(2);

    services.drafts.delete(draft.id);
    clock += 31 * 24 * 3600_000;
    expect(services.drafts.purgeDeleted()).toBe(1);
    expect(() => services.drafts.undoDelete(draft.id)).toThrow('找不到该文档');
  });

  it('sets and clears the document year', () => {
    const draft = services.drafts.create({});
    expect(services.drafts.setYear(draft.id, 2026).year).toBe(2026);
    expect(services.drafts.setYear(draft.id, null).year).toBeNull();
  });

  it('sets and clears the house style (单位规范), kept with the draft', () => {
    const draft = services.drafts.create({});
    expect(draft.houseStyle).toBeNull();
    expect(services.drafts.setHouseStyle(draft.id, 'strict').houseStyle).toBe('strict');
    expect(services.drafts.get(draft.id).houseStyle).toBe('strict');
    expect(services.drafts.list().find((d) => d.id === draft.id)!.houseStyle).toBe('strict');
    expect(services.drafts.setHouseStyle(draft.id, null).houseStyle).toBeNull();
  });
});

describe('autosave survives a killed process', () => {
  it('keeps the last completed save and an intact database after kill -9 mid-save', async () => {
    services.close();
    const seeded = createServices(temp.dir);
    const draftId = seeded.drafts.create({ title: '崩溃测试' }).id;
    seeded.close();

    const root = fileURLToPath(new URL('../..', import.meta.url));
    const child = spawn(
      process.execPath,
      ['--import', './scripts/register-ts.mjs', 'main/documents/autosave-writer.fixture.ts', temp.dir, draftId],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let lastReported = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const matches = [...chunk.toString().matchAll(/saved (\d+)/g)];
        if (matches.length) lastReported = Number(matches.at(-1)![1]);
        // Kill at an arbitrary point once saves are flowing: the writer is almost always inside a save.
        if (lastReported >= 40) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`writer exited early (${code}): ${stderr}`));
      });
    });
    await new Promise((r) => child.once('close', r));

    const raw = new Database(`${temp.dir}/gongwen.db`);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();

    services = createServices(temp.dir);
    expect(services.startupNotices).toEqual([]);
    const stored = Number(/^第(\d+)次保存/.exec(services.drafts.get(draftId).plainText)![1]);
    // Every save reported as done is on disk; at most the one in flight after it completed unreported.
    expect(stored).toBeGreaterThanOrEqual(lastReported);
    expect(stored).toBeLessThanOrEqual(lastReported + 1);
    expect(services.drafts.listVersions(draftId).length).toBeGreaterThan(0);
  });
});

describe('draft ids', () => {
  it('never start with "-", which the CLI would read as an option', () => {
    for (let i = 0; i < 5000; i++) expect(newId()).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{15}$/);
  });
});
