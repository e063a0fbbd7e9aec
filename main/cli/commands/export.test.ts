/**
 * `gongwen export`, run as a user runs it: the real bin script in a child process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { checkDocument } from '../../../shared/checks';
import { documentJson } from '../../../shared/lexical/document-json';
import { importBytes, importFile } from '../../importers/import-file';
import { createServices } from '../../services';
import { makeTempDir } from '../../testing/temp-dir';
import { expectUsageErrors, runGongwen } from '../../testing/run-cli';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const samples = path.join(root, 'fixtures/samples');
const SAMPLE_000 = path.join(samples, '000_d58627854540f769.txt');

const CLEAN_REPORT = [
  '关于2026年上半年安全生产工作情况的报告',
  '区委办：',
  '今年以来，街道认真落实区委决策部署，安全生产形势总体平稳。现将有关情况报告如下：',
  '一、主要工作',
  '（一）压实安全生产责任。街道党工委召开专题会议研究部署安全生产工作，逐级签订责任书。',
  '（二）开展隐患排查整治。组织专项检查，发现问题当场交办，限期整改到位。',
  '二、下一步打算',
  '持续做好隐患排查整治，确保辖区安全稳定。',
  '特此报告。',
  '中共和平街道工作委员会',
  '2026年7月8日',
];

let temp: ReturnType<typeof makeTempDir>;
let dataDir: string;
beforeAll(() => {
  temp = makeTempDir();
  dataDir = path.join(temp.dir, 'data');
});
afterAll(() => temp.cleanup());

const gongwen = (...args: string[]) => runGongwen(dataDir, args);

function writeText(name: string, lines: string[]): string {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, lines.join('\n'), 'utf8');
  return file;
}

describe('gongwen export', () => {
  it('refuses a report with unfilled X placeholders: findings compiler-style on stderr, exit 1, no file', async () => {
    const out = path.join(temp.dir, 'refused.docx');
    const r = gongwen('export', SAMPLE_000, '-o', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(temp.dir).filter((f) => f.includes('refused'))).toEqual([]); // no temp file either

    // One line per error-level finding, in the order and at the places checkDocument gives.
    const { paragraphs } = await importFile(SAMPLE_000);
    const errors = checkDocument(paragraphs).findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(10);
    expect(errors.every((f) => f.category === 'placeholder')).toBe(true);
    const lines = r.stderr.trimEnd().split('\n');
    const findingLines = lines.filter((l) => l.startsWith(`${SAMPLE_000}:`));
    expect(findingLines).toHaveLength(errors.length);
    findingLines.forEach((line, i) => {
      const f = errors[i]!;
      expect(line).toBe(`${SAMPLE_000}:${f.paragraph + 1}:${f.start + 1} error placeholder ${f.message}`);
    });
    expect(lines.at(-1)).toMatch(/^gongwen：文档中还有 \d+ 处错误（占位符 \d+ 处）.*加 --force 仍然导出.*未写入/);
  });

  it('leaves an existing output file as it was when it refuses', () => {
    const out = path.join(temp.dir, 'existing.docx');
    fs.writeFileSync(out, '旧文件');
    const r = gongwen('export', SAMPLE_000, '-o', out, '--json');
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.stdout) as { refused: boolean; errors: Array<{ category: string; severity: string; paragraph: number }> };
    expect(parsed.refused).toBe(true);
    expect(parsed.errors.length).toBeGreaterThan(10);
    expect(parsed.errors.every((f) => f.severity === 'error')).toBe(true);
    expect(fs.readFileSync(out, 'utf8')).toBe('旧文件');
  });

  it('--force writes a .docx that mammoth, LibreOffice and our importer read back whole', async () => {
    const out = path.join(temp.dir, '贯彻落实情况报告.docx');
    const r = gongwen('export', SAMPLE_000, '-o', out, '--force', '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { output: string; format: string; bytes: number; paragraphs: number; errors: unknown[] };
    expect(result).toMatchObject({ output: out, format: 'docx', bytes: fs.statSync(out).size });
    expect(result.errors.length).toBeGreaterThan(10);
    expect(r.stderr).toMatch(/已按 --force 导出/);

    const { paragraphs } = await importFile(SAMPLE_000);
    expect(result.paragraphs).toBe(paragraphs.length);
    const bytes = fs.readFileSync(out);
    const raw = (await mammoth.extractRawText({ buffer: bytes })).value;
    for (const p of paragraphs) expect(raw).toContain(p.text);

    const again = await importBytes('again.docx', bytes);
    expect(again.paragraphs).toEqual(paragraphs);

    // LibreOffice opens it and finds the same text.
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-lo-txt-'));
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-lo-profile-'));
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', outDir, out], {
        stdio: 'pipe',
        timeout: 120_000,
      });
      const text = fs.readFileSync(path.join(outDir, '贯彻落实情况报告.txt'), 'utf8');
      for (const p of paragraphs) expect(text).toContain(p.text);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
      fs.rmSync(profile, { recursive: true, force: true });
    }
  }, 120_000);

  it('exports a clean report with exit 0, to .docx with either font set and to .txt', async () => {
    const file = writeText('clean.txt', CLEAN_REPORT);
    const docx = path.join(temp.dir, 'clean.docx');
    const r = gongwen('export', file, '-o', docx);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^已导出到 .*clean\.docx（[\d.]+ KB）\n$/);
    // -o was an absolute path: it is echoed as given, not made relative to the working directory.
    expect(r.stdout.slice(0, r.stdout.indexOf('（'))).toBe(`已导出到 ${docx}`);
    const back = await importBytes('clean.docx', fs.readFileSync(docx));
    expect(back.paragraphs.map((p) => p.role)).toEqual([
      'title', 'addressee', 'body', 'heading1', 'heading2', 'heading2', 'heading1', 'body', 'body', 'signature', 'date',
    ]);

    const system = path.join(temp.dir, 'clean-system.docx');
    expect(gongwen('export', file, '-o', system, '--fonts', 'system').code).toBe(0);
    const xml = (await import('jszip')).default;
    const doc = await (await xml.loadAsync(fs.readFileSync(system))).file('word/document.xml')!.async('string');
    expect(doc).toContain('w:eastAsia="仿宋"');
    expect(doc).not.toContain('仿宋_GB2312');

    const txt = path.join(temp.dir, 'clean.txt.out.txt');
    const t = gongwen('export', file, '-o', txt, '--json');
    expect(t.code).toBe(0);
    expect(JSON.parse(t.stdout)).toMatchObject({ output: txt, format: 'txt', paragraphs: CLEAN_REPORT.length, errors: [] });
    expect(fs.readFileSync(txt, 'utf8')).toBe(`\uFEFF${CLEAN_REPORT.join('\r\n')}\r\n`);
  });

  it('exports a draft from the data folder by its id', async () => {
    const paragraphs = (await importFile(writeText('draft-source.txt', CLEAN_REPORT))).paragraphs;
    const services = createServices(dataDir);
    const draft = services.drafts.create({ lexicalJson: JSON.stringify(documentJson(paragraphs)), plainText: CLEAN_REPORT.join('\n') });
    const withPlaceholder = services.drafts.create({ plainText: 'XX区委办：\n今年以来，XX街道认真落实区委决策部署。' });
    services.close();

    const out = path.join(temp.dir, 'draft.docx');
    const r = gongwen('export', draft.id, '-o', out, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ output: out, format: 'docx', paragraphs: paragraphs.length });
    expect((await importBytes('draft.docx', fs.readFileSync(out))).paragraphs).toEqual(paragraphs);

    const refused = gongwen('export', withPlaceholder.id, '-o', path.join(temp.dir, 'draft2.docx'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`^draft:${withPlaceholder.id}:1:1 error placeholder `, 'm'));
    expect(fs.existsSync(path.join(temp.dir, 'draft2.docx'))).toBe(false);
  });

  it('exits 2 with a Chinese message on bad arguments, writing nothing', () => {
    const clean = writeText('args.txt', CLEAN_REPORT);
    const out = path.join(temp.dir, 'bad-args.docx');
    const notAFolder = writeText('not-a-folder.txt', ['正文。']);
    const cases: Array<[string[], RegExp]> = [
      [['export'], /缺少参数/],
      [['export', clean], /请用 -o 指定输出文件/],
      [['export', clean, '-o'], /参数不正确/],
      [['export', clean, '-o', out, '--fonts', 'fancy'], /--fonts 只能是 standard 或 system/],
      [['export', clean, '-o', path.join(temp.dir, 'x.pdf')], /请使用 \.docx 或 \.txt 文件名/],
      [['export', clean, clean, '-o', out], /多余的参数/],
      [['export', clean, '-o', out, '--bogus'], /未知的选项：--bogus/],
      [['export', path.join(temp.dir, 'missing.txt'), '-o', out], /文件不存在/],
      [['export', 'abcdefgh1234', '-o', out], /找不到文件，也没有编号为“abcdefgh1234”的文档/],
      [['export', clean, '-o', path.join(notAFolder, 'x.docx')], /无法写入“x\.docx”：路径“.*not-a-folder\.txt”不是文件夹/],
    ];
    expectUsageErrors(gongwen, cases);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('shows its usage in Chinese', () => {
    const r = gongwen('export', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法：gongwen export FILE -o OUT.docx [--fonts standard|system] [--force] [--json]');
    expect(r.stdout).toContain('不写任何文件，退出码为 1');
    expect(gongwen('--help').stdout).toMatch(/export\s+按 GB\/T 9704 导出/);
  });
});
