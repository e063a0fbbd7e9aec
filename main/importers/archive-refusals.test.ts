/**
 * The archive formats' refusals: an image-only PDF, a password-protected PDF, a truncated file of each
 * format and a .wps that is not readable each give a clear Chinese message, in the importer and in the
 * CLI (exit 2), and nothing is created.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectUsageErrors, runGongwen } from '../testing/run-cli';
import { makeTempDir } from '../testing/temp-dir';
import { ImportError, type ImportErrorCode } from './import-error';
import { importBytes } from './import-file';
import { sampleArchives } from './testing/archive-fixtures';
import { buildOfd, typesetOfd } from './testing/build-ofd';
import { imageOnlyPdf } from './testing/build-pdf';

interface BadFile {
  name: string;
  bytes: Uint8Array;
  code: ImportErrorCode;
  message: RegExp;
}

const half = (b: Uint8Array) => b.slice(0, Math.floor(b.length / 2));
const temp = makeTempDir('gongwen-refusals-');
const bad: BadFile[] = [];

beforeAll(async () => {
  const [doc] = await sampleArchives('doc');
  const [rtf] = await sampleArchives('rtf');
  const [pdf] = await sampleArchives('pdf');
  const docBytes = fs.readFileSync(doc!.file);
  const pdfBytes = fs.readFileSync(pdf!.file);
  const locked = path.join(temp.dir, 'locked.pdf');
  execFileSync('qpdf', ['--encrypt', 'user-pass', 'owner-pass', '256', '--', pdf!.file, locked]);
  const ofd = await buildOfd(typesetOfd([{ role: 'body', text: '区委牢固树立抓好从严治党是本职的观念。' }]));
  // An OLE container as WPS 2000 and older wrote it: no WordDocument stream (a renamed .xls stands in).
  const foreignOle = docBytes.slice();
  const name = Buffer.from('WordDocument', 'utf16le');
  const at = Buffer.from(foreignOle.buffer).indexOf(name);
  Buffer.from(foreignOle.buffer).write('WpsDocument\0', at, 'utf16le');
  const scanOfd = await buildOfd(typesetOfd([{ role: 'body', text: '扫描件' }]), { noText: true });
  bad.push(
    { name: '扫描件.pdf', bytes: imageOnlyPdf(2), code: 'no-text', message: /扫描件没有文字层，需要先做文字识别/ },
    { name: '扫描件.ofd', bytes: scanOfd, code: 'no-text', message: /扫描件没有文字层，需要先做文字识别/ },
    { name: '加密.pdf', bytes: fs.readFileSync(locked), code: 'encrypted', message: /设置了打开密码/ },
    { name: '截断.doc', bytes: half(docBytes), code: 'corrupt', message: /已损坏|不完整/ },
    { name: '截断.wps', bytes: half(docBytes), code: 'corrupt', message: /已损坏|不完整/ },
    { name: '截断.rtf', bytes: half(fs.readFileSync(rtf!.file)), code: 'corrupt', message: /文件不完整/ },
    { name: '截断.pdf', bytes: half(pdfBytes), code: 'corrupt', message: /文件不完整/ },
    { name: '截断.ofd', bytes: half(ofd), code: 'corrupt', message: /压缩包结构不完整/ },
    { name: '旧版.wps', bytes: foreignOle, code: 'unsupported', message: /WPS 文字（\.wps）格式.*请在 WPS 中打开并另存为 \.docx/ },
    { name: '非文档.wps', bytes: Uint8Array.from('WPS\x00\x01 not an OLE file', (c) => c.charCodeAt(0)), code: 'unsupported', message: /另存为 \.docx/ },
  );
  for (const f of bad) fs.writeFileSync(path.join(temp.dir, f.name), f.bytes);
}, 300_000);

afterAll(() => temp.cleanup());

describe('refused archive files', () => {
  it('each gives its ImportError with a clear Chinese message', async () => {
    for (const f of bad) {
      const err = await importBytes(f.name, f.bytes).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, f.name).toBeInstanceOf(ImportError);
      expect((err as ImportError).code, f.name).toBe(f.code);
      expect((err as ImportError).message, f.name).toMatch(f.message);
      expect((err as ImportError).message, f.name).toContain(`“${f.name}”`);
    }
  });

  // Each CLI run is a process start (seconds): one file of each kind of refusal; the importer test
  // above covers every file, and the CLI passes any ImportError on the same way.
  it('the CLI refuses them with exit 2 and creates nothing', () => {
    const data = path.join(temp.dir, 'data');
    const run = (...args: string[]) => runGongwen(data, args);
    const some = bad.filter((f) => ['加密.pdf', '截断.rtf', '旧版.wps'].includes(f.name));
    expectUsageErrors(run, some.map((f) => [['convert', path.join(temp.dir, f.name)], f.message] as const));
    const out = path.join(temp.dir, 'out.docx');
    expectUsageErrors(run, [[['export', path.join(temp.dir, '扫描件.pdf'), '-o', out], /扫描件没有文字层/]]);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(temp.dir).filter((f) => !bad.some((b) => b.name === f))).toEqual(['locked.pdf']);
  }, 180_000);
});
