/** compare.* through the API dispatcher, as the renderer calls it: drafts and a file as the base, the
 *  tracked-changes export through scripted dialogs, and the inputs refused. */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Comparison } from '../../shared/api';
import { compareDocuments } from '../../shared/compare';
import { thisYearFromSample000 } from '../../shared/compare/sample-edits';
import { documentJson } from '../../shared/lexical/document-json';
import { createDispatcher, implementApi, type ApiDispatcher } from '../api-handlers';
import { scriptedDialogs } from '../dialogs/scripted-dialogs';
import { importFile } from '../importers/import-file';
import { createServices, type Services } from '../services';
import { PROJECT_ROOT } from '../testing/run-cli';
import { makeTempDir } from '../testing/temp-dir';
import { exportableParagraphs } from './export-document';

const SAMPLE_000 = path.join(PROJECT_ROOT, 'fixtures/samples/000_d58627854540f769.txt');

let temp: ReturnType<typeof makeTempDir>;
let services: Services;
let call: ApiDispatcher;
let answer: string | null;
let dialogs: ReturnType<typeof scriptedDialogs>;

beforeEach(() => {
  temp = makeTempDir();
  services = createServices(path.join(temp.dir, 'data'));
  dialogs = scriptedDialogs({ documentsDir: temp.dir, answer: () => answer });
  call = createDispatcher(implementApi(services, { dialogs }));
});
afterEach(() => {
  services.close();
  temp.cleanup();
});

async function drafts() {
  const old = exportableParagraphs((await importFile(SAMPLE_000)).paragraphs);
  const neu = thisYearFromSample000(old);
  const make = (ps: typeof old) => services.drafts.create({ lexicalJson: JSON.stringify(documentJson(ps)), plainText: ps.map((p) => p.text).join('\n') }).id;
  return { old, neu, oldId: make(old), newId: make(neu) };
}

describe('compare API', () => {
  it('compares a draft with a draft, and with a file, as the engine does', async () => {
    const { old, neu, oldId, newId } = await drafts();
    const expected = compareDocuments(old, neu);
    const byDraft = await call('compare.run', { draftId: newId, baseDraftId: oldId });
    expect(byDraft).toEqual({ ok: true, value: expected });
    const byFile = await call('compare.run', { draftId: newId, basePath: SAMPLE_000 });
    expect(byFile.ok && (byFile.value as Comparison).sections.map((s) => s.status)).toEqual(['modified', 'unchanged', 'modified', 'added', 'deleted']);
  });

  it('asks for the base file through the dialogs', async () => {
    answer = SAMPLE_000;
    expect(await call('compare.chooseBase', {})).toEqual({ ok: true, value: { path: SAMPLE_000 } });
    expect(dialogs.requests.at(-1)).toMatchObject({ kind: 'open', request: { purpose: 'compare-base', pick: 'file' } });
    answer = null;
    expect(await call('compare.chooseBase', {})).toEqual({ ok: true, value: { path: null } });
  });

  it('writes the tracked-changes Word file where the writer chooses, or nothing when cancelled', async () => {
    const { oldId, newId } = await drafts();
    answer = path.join(temp.dir, '今年的报告（对照）');
    const written = await call('compare.exportDocx', { draftId: newId, baseDraftId: oldId });
    const target = `${answer}.docx`;
    expect(written).toMatchObject({ ok: true, value: { status: 'written', path: target, format: 'docx' } });
    const xml = await (await JSZip.loadAsync(fs.readFileSync(target))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:ins [^>]*w:author="公文写作台"/);
    expect(dialogs.requests.at(-1)).toMatchObject({ kind: 'save', request: { purpose: 'export', defaultPath: expect.stringMatching(/（对照）\.docx$/) } });
    answer = null;
    expect(await call('compare.exportDocx', { draftId: newId, baseDraftId: oldId })).toEqual({ ok: true, value: { status: 'canceled' } });
  });

  it('refuses a missing or double base, a relative path and an unreadable file in Chinese', async () => {
    const { oldId, newId } = await drafts();
    const neither = await call('compare.run', { draftId: newId });
    expect(neither).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('没有可对照的底稿') } });
    const both = await call('compare.run', { draftId: newId, baseDraftId: oldId, basePath: SAMPLE_000 });
    expect(both).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const relative = await call('compare.run', { draftId: newId, basePath: 'x.txt' });
    expect(relative).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('完整路径') } });
    const missing = await call('compare.run', { draftId: newId, basePath: path.join(temp.dir, '没有.docx') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/[\u4e00-\u9fff]/) } });
    const noDraft = await call('compare.run', { draftId: 'abcdefgh12', baseDraftId: oldId });
    expect(noDraft).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('compares a draft made from last year’s report with that report when no base is named', async () => {
    const { oldId } = await drafts();
    const { draft } = services.rollover.fromDraft(oldId, 2026, { fromYear: 2025 });
    const result = await call('compare.run', { draftId: draft.id });
    expect(result).toMatchObject({ ok: true, value: { reuse: 1 } });
  });

  it('says so when the host has no dialogs', async () => {
    const bare = createDispatcher(implementApi(services));
    expect(await bare('compare.chooseBase', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
