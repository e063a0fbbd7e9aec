/**
 * `gongwen compare`, run as a user runs it: last year's sample 000 (a .txt file) against this year's
 * copy kept as a draft in the data folder (by its id), as JSON, as text lines, and as tracked-changes Word.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../shared/compare';
import { thisYearFromSample000 } from '../../../shared/compare/sample-edits';
import { documentJson } from '../../../shared/lexical/document-json';
import { exportableParagraphs } from '../../export/export-document';
import { importFile } from '../../importers/import-file';
import { createServices } from '../../services';
import { makeTempDir } from '../../testing/temp-dir';
import { expectUsageErrors, PROJECT_ROOT, runGongwen } from '../../testing/run-cli';

const SAMPLE_000 = path.join(PROJECT_ROOT, 'fixtures/samples/000_d58627854540f769.txt');

let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;
let draftId: string;
let expected: ReturnType<typeof compareDocuments>;

beforeAll(async () => {
  temp = makeTempDir();
  dataDir = path.join(temp.dir, 'data');
  const old = exportableParagraphs((await importFile(SAMPLE_000)).paragraphs);
  const neu = thisYearFromSample000(old);
  const services = createServices(dataDir);
  draftId = services.drafts.create({ lexicalJson: JSON.stringify(documentJson(neu)), plainText: neu.map((p) => p.text).join('\n') }).id;
  services.close();
  expected = compareDocuments(old, neu);
});
afterAll(() => temp.cleanup());

const gongwen = (...args: string[]) => runGongwen(dataDir, args);

describe('gongwen compare', () => {
  it('--json prints one object: 沿用率, sections with their headings, statuses and paragraph diffs', () => {
    const r = gongwen('compare', SAMPLE_000, draftId, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json.reuse).toBeCloseTo(expected.reuse, 4);
    expect(json.sections.map((s: { status: string; moved: boolean; fullyReused: boolean }) => [s.status, s.moved, s.fullyReused])).toEqual([
      ['modified', false, false],
      ['unchanged', true, true],
      ['modified', false, false],
      ['added', false, false],
      ['deleted', false, false],
    ]);
    expect(json.sections[0]).toMatchObject({ old: null, new: null });
    expect(json.sections[1].old).toMatch(/^二、进一步认清形势/);
    expect(json.sections[1].new).toMatch(/^一、进一步认清形势/);
    expect(json.sections[3]).toMatchObject({ old: null, new: '三、持续改进作风，狠抓工作落实', reuse: 0 });
    const modified = json.sections[2].paragraphs[1];
    expect(modified.status).toBe('modified');
    expect(modified.diff.filter((d: { op: string }) => d.op !== 'equal')).toEqual([
      { op: 'delete', text: '班子' },
      { op: 'insert', text: '专题' },
    ]);
    // Keys as documented: no index fields, old/new only where the paragraph has that side.
    expect(Object.keys(json.sections[3].paragraphs[0]).sort()).toEqual(['new', 'status']);
    expect(Object.keys(json.sections[4].paragraphs[0]).sort()).toEqual(['old', 'status']);
  });

  it('prints one line per section with its status and 沿用率, then the totals', () => {
    const r = gongwen('compare', SAMPLE_000, draftId);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 5).map((l) => l.slice(0, 2))).toEqual(['修改', '沿用', '修改', '新增', '删除']);
    expect(lines[1]).toMatch(/^沿用 +100\.0% +一、进一步认清形势.*位置已调整；全部沿用，请核对是否需要更新/);
    expect(lines[3]).toMatch(/^新增 +0\.0% +三、持续改进作风/);
    expect(lines.at(-1)).toBe(
      `合计：沿用率 ${(expected.reuse * 100).toFixed(1)}%（今年 ${expected.newChars} 字中沿用 ${expected.reusedChars} 字）；沿用 1 节、修改 2 节、新增 1 节、删除 1 节`,
    );
  });

  it('-o writes the new document as Word with the changes as revisions', async () => {
    const out = path.join(temp.dir, '对照.docx');
    const r = gongwen('compare', SAMPLE_000, draftId, '-o', out, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).output).toBe(out);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:ins [^>]*w:author="公文写作台"/);
    expect(xml).toMatch(/<w:del [^>]*w:author="公文写作台"/);
    expect(xml).toContain('<w:delText xml:space="preserve">班子</w:delText>');
    expect(fs.readdirSync(temp.dir).filter((f) => f.startsWith('.') || f.includes('tmp'))).toEqual([]);
  });

  it('refuses bad input with a Chinese message and exit code 2, writing nothing', () => {
    const copy = path.join(temp.dir, 'copy.txt');
    fs.copyFileSync(SAMPLE_000, copy);
    expectUsageErrors(gongwen, [
      [['compare', SAMPLE_000], /缺少参数/],
      [['compare', SAMPLE_000, path.join(temp.dir, '没有这个文件.txt')], /文件不存在/],
      [['compare', SAMPLE_000, draftId, '-o', path.join(temp.dir, 'out.txt')], /只能导出为 Word/],
      [['compare', copy, draftId, '-o', copy], /输出文件就是输入文件/],
      [['compare', SAMPLE_000, 'abcdefgh12'], /没有编号为/],
      [['compare', SAMPLE_000, draftId, '--wrong'], /未知的选项/],
    ]);
    expect(fs.readFileSync(copy, 'utf8')).toBe(fs.readFileSync(SAMPLE_000, 'utf8'));
  });

  it('is listed in the help', () => {
    expect(gongwen('--help').stdout).toMatch(/compare\s+对照去年的报告/);
  });
});
