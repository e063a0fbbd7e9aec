import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { documentJson } from '../../shared/lexical/document-json';
import type { DocParagraph } from '../../shared/document/roles';
import { createDispatcher, implementApi, type ApiDispatcher } from '../api-handlers';
import { scriptedDialogs } from '../dialogs/scripted-dialogs';
import { nodeFs, type AtomicWriteFs } from '../fs/atomic-write';
import { importBytes } from '../importers/import-file';
import { createServices, type Services } from '../services';
import { makeTempDir } from '../testing/temp-dir';
import {
  EXPORT_OPTIONS_KEY,
  ExportGateError,
  ExportService,
  exportFileName,
  exportParagraphs,
  withExtension,
  type ChooseExportPath,
} from './export-service';

const CLEAN: DocParagraph[] = [
  { role: 'title', text: '关于2026年上半年安全生产工作情况的报告' },
  { role: 'addressee', text: '区委办：' },
  { role: 'body', text: '今年以来，街道认真落实区委决策部署，安全生产形势总体平稳。现将有关情况报告如下：' },
  { role: 'heading1', text: '一、主要工作' },
  { role: 'body', text: '组织专项检查，发现问题当场交办，限期整改到位。' },
  { role: 'body', text: '特此报告。' },
  { role: 'signature', text: '中共和平街道工作委员会' },
  { role: 'date', text: '2026年7月8日' },
];
const WITH_PLACEHOLDERS: DocParagraph[] = [
  { role: 'addressee', text: 'XX区委办：' },
  { role: 'body', text: '今年以来，XX街道认真落实区委决策部署，完成投资X亿元。' },
];

let temp: ReturnType<typeof makeTempDir>;
let services: Services;
beforeEach(() => {
  temp = makeTempDir();
  services = createServices(path.join(temp.dir, 'data'));
});
afterEach(() => {
  services.close();
  temp.cleanup();
});

function draftOf(paragraphs: DocParagraph[], title = '') {
  return services.drafts.create({ title, lexicalJson: JSON.stringify(documentJson(paragraphs)), plainText: paragraphs.map((p) => p.text).join('\n') });
}

/** A chooser that records what it was offered and answers with `answer` (a path in temp.dir, or null). */
function chooser(answer: string | null): ChooseExportPath & { offered: Array<[string, string]> } {
  const offered: Array<[string, string]> = [];
  const choose = async (defaultPath: string, format: string) => {
    offered.push([defaultPath, format]);
    return answer === null ? null : path.join(temp.dir, answer);
  };
  return Object.assign(choose, { offered });
}

describe('ExportService.exportDraft', () => {
  it('exports a saved draft to the chosen path, read back with the same paragraphs', async () => {
    const draft = draftOf(CLEAN);
    const choose = chooser('报告.docx');
    const result = await services.exports.exportDraft(draft.id, { format: 'docx', fonts: 'standard' }, choose);
    const target = path.join(temp.dir, '报告.docx');
    expect(result).toEqual({ status: 'written', path: target, format: 'docx', bytes: fs.statSync(target).size, errorCount: 0 });
    expect(choose.offered).toEqual([['关于2026年上半年安全生产工作情况的报告.docx', 'docx']]);
    expect((await importBytes('报告.docx', fs.readFileSync(target))).paragraphs).toEqual(CLEAN);
  });

  it('refuses a draft with unfilled placeholders before asking where to save, unless forced', async () => {
    const draft = draftOf(WITH_PLACEHOLDERS);
    const choose = chooser('占位.docx');
    const refusal = await services.exports.exportDraft(draft.id, { format: 'docx', fonts: 'standard' }, choose).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ExportGateError);
    const gate = refusal as ExportGateError;
    expect(gate.code).toBe('export_gate');
    expect(gate.message).toMatch(/^文档中还有 3 处错误（占位符 3 处），其中有未填写的占位符。/);
    expect(gate.findings.map((f) => [f.paragraph, f.text])).toEqual([
      [0, 'XX'],
      [1, 'XX'],
      [1, 'X'],
    ]);
    expect(choose.offered).toEqual([]);
    expect(fs.existsSync(path.join(temp.dir, '占位.docx'))).toBe(false);

    const forced = await services.exports.exportDraft(draft.id, { format: 'docx', fonts: 'standard', force: true }, choose);
    expect(forced).toMatchObject({ status: 'written', errorCount: 3 });
    expect(fs.existsSync(path.join(temp.dir, '占位.docx'))).toBe(true);
  });

  it('writes nothing and remembers nothing when the save dialog is cancelled', async () => {
    const draft = draftOf(CLEAN);
    const result = await services.exports.exportDraft(draft.id, { format: 'txt', fonts: 'system' }, chooser(null));
    expect(result).toEqual({ status: 'canceled' });
    expect(fs.readdirSync(temp.dir)).toEqual(['data']);
    expect(services.exports.options()).toEqual({ format: 'docx', fonts: 'standard' });
  });

  it('remembers the last options and folder, and suggests them next time', async () => {
    const draft = draftOf(CLEAN, '上半年/安全生产: 报告?');
    fs.mkdirSync(path.join(temp.dir, '导出'));
    const header = { issuer: '中共和平街道工作委员会文件', docNumber: '和街发〔2026〕3号' };
    const colophon = { copyTo: '区委办，区政府办', printedBy: '中共和平街道工作委员会办公室', printedOn: '2026年7月8日' };
    await services.exports.exportDraft(draft.id, { format: 'txt', fonts: 'system', header, colophon }, chooser('导出/要点'));
    const written = path.join(temp.dir, '导出/要点.txt'); // the extension is added to a bare name
    const text = fs.readFileSync(written, 'utf8');
    expect(text.startsWith('\uFEFF中共和平街道工作委员会文件\r\n和街发〔2026〕3号\r\n\r\n关于2026年')).toBe(true);
    expect(text.endsWith('\r\n\r\n抄送：区委办，区政府办。\r\n中共和平街道工作委员会办公室　　2026年7月8日印发\r\n')).toBe(true);
    expect(services.exports.options()).toEqual({ format: 'txt', fonts: 'system', header, colophon });

    const next = chooser('again.txt');
    await services.exports.exportDraft(draft.id, { format: 'txt', fonts: 'system' }, next);
    expect(next.offered).toEqual([[path.join(temp.dir, '导出', '上半年_安全生产_ 报告_.txt'), 'txt']]);
    // Options without 版头/版记 replace the remembered ones.
    expect(services.exports.options()).toEqual({ format: 'txt', fonts: 'system' });
  });

  it('reads a draft never opened in the editor from its plain text', async () => {
    const draft = services.drafts.create({ plainText: CLEAN.map((p) => p.text).join('\n') });
    await services.exports.exportDraft(draft.id, { format: 'docx', fonts: 'standard' }, chooser('plain.docx'));
    const back = await importBytes('plain.docx', fs.readFileSync(path.join(temp.dir, 'plain.docx')));
    expect(back.paragraphs).toEqual(CLEAN);
  });

  it('refuses an empty draft and a missing one', async () => {
    const empty = services.drafts.create({});
    await expect(services.exports.exportDraft(empty.id, { format: 'docx', fonts: 'standard' }, chooser('e.docx'))).rejects.toThrow('文档是空的');
    await expect(services.exports.exportDraft('abcdefgh1234', { format: 'docx', fonts: 'standard' }, chooser('e.docx'))).rejects.toThrow(
      '找不到该文档',
    );
  });

  it('keeps the old file when Word holds it open, with a message saying so', async () => {
    const target = path.join(temp.dir, '报告.docx');
    fs.writeFileSync(target, '旧文件');
    const locked: AtomicWriteFs = {
      ...nodeFs,
      renameSync: () => {
        throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
      },
    };
    const service = new ExportService(services.drafts, services.settings, locked);
    const draft = draftOf(CLEAN);
    await expect(service.exportDraft(draft.id, { format: 'docx', fonts: 'standard' }, chooser('报告.docx'))).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(/^无法写入“报告\.docx”：文件可能正在 Word 或 WPS 中打开，请关闭该文件后重试。/),
    });
    expect(fs.readFileSync(target, 'utf8')).toBe('旧文件');
    expect(fs.readdirSync(temp.dir).sort()).toEqual(['data', '报告.docx']);
    expect(services.exports.options()).toEqual({ format: 'docx', fonts: 'standard' }); // a failed export is not remembered
  });

  it('explains a target whose folder is a regular file', async () => {
    fs.writeFileSync(path.join(temp.dir, '文件'), 'x');
    const draft = draftOf(CLEAN);
    await expect(services.exports.exportDraft(draft.id, { format: 'docx', fonts: 'standard' }, chooser('文件/报告.docx'))).rejects.toThrow(
      /无法写入“报告\.docx”：路径“.*文件”不是文件夹/,
    );
  });
});

describe('exportParagraphs', () => {
  it('writes the 版头 and 版记 into the .docx when given', async () => {
    const target = path.join(temp.dir, 'full.docx');
    await exportParagraphs(CLEAN, target, {
      format: 'docx',
      fonts: 'standard',
      header: { issuer: '中共和平街道工作委员会文件', docNumber: '和街发〔2026〕3号' },
      colophon: { copyTo: '区委办', printedBy: '中共和平街道工作委员会办公室', printedOn: '2026年7月8日' },
    });
    const doc = await (await JSZip.loadAsync(fs.readFileSync(target))).file('word/document.xml')!.async('string');
    expect(doc).toMatch(/<w:color w:val="C00000"\/>[\s\S]*?中共和平街道工作委员会文件/);
    expect(doc).toContain('和街发〔2026〕3号');
    expect(doc).toContain('抄送：区委办。');
    expect(doc).toContain('2026年7月8日印发');
    expect(doc.indexOf('中共和平街道工作委员会文件')).toBeLessThan(doc.indexOf('关于2026年'));
    expect(doc.indexOf('抄送：')).toBeGreaterThan(doc.indexOf('2026年7月8日</w:t>'));
    // 版记 rules: thick above 抄送, thin between, thick under the 印发 line.
    const borders = [...doc.matchAll(/<w:pBdr>([\s\S]*?)<\/w:pBdr>/g)].map((m) =>
      [...m[1]!.matchAll(/<w:(top|bottom) [^>]*w:sz="(\d+)"/g)].map((b) => `${b[1]}:${b[2]}`).join(' '),
    );
    expect(borders.slice(-2)).toEqual(['top:12', 'top:4 bottom:12']);
  });

  it('leaves blank paragraphs out: the layout puts GB/T 9704 blank lines itself', async () => {
    const target = path.join(temp.dir, 'blank.txt');
    await exportParagraphs([CLEAN[0]!, { role: 'body', text: '  ' }, CLEAN[1]!], target, { format: 'txt', fonts: 'standard' });
    expect(fs.readFileSync(target, 'utf8')).toBe(`\uFEFF${CLEAN[0]!.text}\r\n${CLEAN[1]!.text}\r\n`);
  });
});

describe('file names', () => {
  it('makes a Windows-safe name from the title', () => {
    expect(exportFileName('2026年工作要点', 'docx')).toBe('2026年工作要点.docx');
    expect(exportFileName('a/b\\c:d*e?f"g<h>i|j', 'txt')).toBe('a_b_c_d_e_f_g_h_i_j.txt');
    expect(exportFileName('  ...  ', 'docx')).toBe('未命名文档.docx');
    expect(exportFileName('长'.repeat(200), 'docx')).toBe(`${'长'.repeat(80)}.docx`);
  });

  it('adds the extension to a name typed without it', () => {
    expect(withExtension('/a/报告', 'docx')).toBe('/a/报告.docx');
    expect(withExtension('/a/报告.DOCX', 'docx')).toBe('/a/报告.DOCX');
    expect(withExtension('/a/报告.txt', 'docx')).toBe('/a/报告.txt.docx');
  });
});

describe('export through the API dispatcher', () => {
  let call: ApiDispatcher;
  let offered: string[];
  beforeEach(() => {
    offered = [];
    call = createDispatcher(
      implementApi(services, {
        dialogs: scriptedDialogs({
          documentsDir: path.join(temp.dir, 'documents'),
          answer: ({ request }) => {
            offered.push(request.defaultPath);
            return path.join(temp.dir, 'api.docx');
          },
        }),
      }),
    );
  });

  it('exports, then returns the remembered options', async () => {
    const draft = draftOf(CLEAN);
    const result = await call('export.draft', { id: draft.id, format: 'docx', fonts: 'system' });
    expect(result).toEqual({ ok: true, value: { status: 'written', path: path.join(temp.dir, 'api.docx'), format: 'docx', bytes: expect.any(Number), errorCount: 0 } });
    expect(await call('export.options', {})).toEqual({ ok: true, value: { format: 'docx', fonts: 'system' } });
  });

  it('returns the gate refusal as a typed error with a Chinese message', async () => {
    const draft = draftOf(WITH_PLACEHOLDERS);
    const result = await call('export.draft', { id: draft.id, format: 'docx', fonts: 'standard' });
    expect(result).toEqual({ ok: false, error: { code: 'export_gate', message: expect.stringContaining('未填写的占位符') } });
    expect(offered).toEqual([]);
    expect(await call('export.draft', { id: draft.id, format: 'docx', fonts: 'standard', force: true })).toMatchObject({
      ok: true,
      value: { status: 'written', errorCount: 3 },
    });
  });

  it('validates the input', async () => {
    const draft = draftOf(CLEAN);
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ id: draft.id, format: 'pdf', fonts: 'standard' }, /输入不正确（format）/],
      [{ id: draft.id, format: 'docx', fonts: 'comic' }, /输入不正确（fonts）/],
      [{ id: draft.id, format: 'docx', fonts: 'standard', targetPath: '/etc/passwd' }, /输入不正确/],
      [{ id: draft.id, format: 'docx', fonts: 'standard', header: { issuer: '' } }, /请填写发文机关标志/],
      [
        { id: draft.id, format: 'docx', fonts: 'standard', colophon: { printedBy: '办公室', printedOn: '2026年04月08日' } },
        /印发日期应写作“2026年4月8日”/,
      ],
    ];
    for (const [input, message] of cases) {
      const result = await call('export.draft', input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(message) } });
    }
    expect(offered).toEqual([]);
  });

  it('says so when the host cannot ask for a path', async () => {
    const bare = createDispatcher(implementApi(services));
    const draft = draftOf(CLEAN);
    expect(await bare('export.draft', { id: draft.id, format: 'docx', fonts: 'standard' })).toEqual({
      ok: false,
      error: { code: 'unsupported', message: '此环境无法选择保存位置，不能导出。' },
    });
  });

  it('falls back to the defaults when the stored options are damaged', async () => {
    services.settings.set(EXPORT_OPTIONS_KEY, { format: 'pdf' });
    expect(await call('export.options', {})).toEqual({ ok: true, value: { format: 'docx', fonts: 'standard' } });
  });
});
