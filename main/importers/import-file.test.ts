import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../testing/temp-dir';
import { ImportError, type ImportErrorCode } from './import-error';
import { importBytes, importFile } from './import-file';
import { buildDocx } from './testing/build-docx';

const utf8 = (text: string) => new TextEncoder().encode(text);
const MB = 1024 * 1024;
const BODY = '今年以来，区委坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的十九大精神。';

async function refusal(promise: Promise<unknown>, code: ImportErrorCode, fileName: string): Promise<ImportError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    const e = err as ImportError;
    expect(e.code).toBe(code);
    expect(e.fileName).toBe(fileName);
    expect(e.message).toContain(fileName);
    return e;
  }
  throw new Error('expected an ImportError');
}

describe('importBytes', () => {
  it('imports a .txt: indentation trimmed, blank lines dropped, roles detected', async () => {
    const text = '\u3000\u3000X区2026年工作要点\r\n\r\n区委、区政府：\r\n\u3000\u3000一、加强学习\r\n\u3000\u3000' + BODY + '\r\n';
    const result = await importBytes('要点.txt', utf8(text));
    expect(result).toEqual({
      fileName: '要点.txt',
      encoding: 'utf-8',
      paragraphs: [
        { role: 'title', text: 'X区2026年工作要点' },
        { role: 'addressee', text: '区委、区政府：' },
        { role: 'heading1', text: '一、加强学习' },
        { role: 'body', text: BODY },
      ],
      removed: [],
      rawParagraphs: result.paragraphs,
    });
  });

  it('removes ads on import and keeps what is needed to restore them', async () => {
    const text = ['仅供学习 禁止外传 用后删除', 'X区工作报告', `##paidbegin##${BODY}`, '一、加强学习【更多公文素材，微信：abc123】', '酷乐文行'].join('\n');
    const result = await importBytes('报告.txt', utf8(text));
    expect(result.paragraphs).toEqual([
      { role: 'title', text: 'X区工作报告' },
      { role: 'body', text: BODY },
      { role: 'heading1', text: '一、加强学习' },
    ]);
    expect(result.removed.map((r) => [r.kind, r.text, r.paragraphIndex])).toEqual([
      ['line', '仅供学习 禁止外传 用后删除', 0],
      ['inline', '##paidbegin##', 2],
      ['inline', '【更多公文素材，微信：abc123】', 3],
      ['line', '酷乐文行', 4],
    ]);
    expect(result.rawParagraphs).toEqual([
      { role: 'body', text: '仅供学习 禁止外传 用后删除' },
      { role: 'title', text: 'X区工作报告' },
      { role: 'body', text: `##paidbegin##${BODY}` },
      { role: 'heading1', text: '一、加强学习【更多公文素材，微信：abc123】' },
      { role: 'body', text: '酷乐文行' },
    ]);
  });

  it('imports a .docx with Word heading styles, markers in the text winning', async () => {
    const bytes = await buildDocx([
      { text: '关于XX工作的报告', style: 'Title' },
      '区委：',
      BODY,
      { text: '加强学习', style: 'Heading1' }, // Word numbering, not in the text
      { text: '（一）压实责任。具体做法……', style: 'Heading1' }, // style says 1, marker says 2
      '1．强化统筹',
      '中共X区委办公室',
      '2026年4月8日',
    ]);
    const result = await importBytes('报告.docx', bytes);
    expect(result.encoding).toBe('docx');
    expect(result.paragraphs.map((p) => p.role)).toEqual(['title', 'addressee', 'body', 'heading1', 'heading2', 'heading3', 'signature', 'date']);
    expect(result.paragraphs[3]!.text).toBe('加强学习');
  });

  it('imports Markdown: # structure as roles, markup stripped, ads removed', async () => {
    const text = ['# X区2026年工作要点', '', '仅供学习 禁止外传 用后删除', '区委、区政府：', '## 一、紧扣目标任务', `**一是**${BODY}`, '## 狠抓落实', '- 第一项'].join('\n');
    const result = await importBytes('要点.md', utf8(text));
    expect(result.paragraphs).toEqual([
      { role: 'title', text: 'X区2026年工作要点' },
      { role: 'addressee', text: '区委、区政府：' },
      { role: 'heading1', text: '一、紧扣目标任务' },
      { role: 'body', text: `一是${BODY}` },
      { role: 'heading1', text: '狠抓落实' },
      { role: 'body', text: '第一项' },
    ]);
    expect(result.removed).toHaveLength(1);
  });

  it('returns an empty document with the removals when the file is nothing but ads', async () => {
    const result = await importBytes('广告.txt', utf8('酷乐文行\n【打击倒卖活动】\n'));
    expect(result.paragraphs).toEqual([]);
    expect(result.rawParagraphs.map((p) => p.text)).toEqual(['酷乐文行', '【打击倒卖活动】']);
  });

  it('refuses empty files of every kind', async () => {
    await refusal(importBytes('空.txt', new Uint8Array()), 'empty', '空.txt');
    await refusal(importBytes('空.md', utf8(' \n\u3000\r\n\t')), 'empty', '空.md');
    await refusal(importBytes('空.docx', new Uint8Array()), 'empty', '空.docx');
    await refusal(importBytes('空.docx', await buildDocx(['', '  '])), 'empty', '空.docx');
  });

  it('refuses files over the size cap before decoding them', async () => {
    const big = new Uint8Array(30 * MB);
    const err = await refusal(importBytes('大文件.txt', big), 'too-large', '大文件.txt');
    expect(err.message).toBe('“大文件.txt”过大（30 MB），超过了 20 MB 的导入上限。一份报告通常不到 1 MB，请确认是否选错了文件。');
    await refusal(importBytes('报告.txt', utf8(BODY.repeat(100)), { maxBytes: 1000 }), 'too-large', '报告.txt');
  });

  it('refuses unknown file types, and a .doc that is not a Word file', async () => {
    const err = await refusal(importBytes('报告.xls', utf8(BODY)), 'unsupported', '报告.xls');
    expect(err.message).toContain('可以导入 Word 文档（.docx、.doc）、WPS 文字（.wps）、RTF、PDF、OFD、纯文本（.txt）和 Markdown（.md）文件');
    await refusal(importBytes('报告', utf8(BODY)), 'unsupported', '报告');
    const doc = await refusal(importBytes('报告.DOC', utf8(BODY)), 'corrupt', '报告.DOC');
    expect(doc.message).toContain('不是有效的 Word 97–2003 文档（.doc），可能已损坏或扩展名有误');
    // Extensions are case-insensitive.
    await expect(importBytes('报告.TXT', utf8(BODY))).resolves.toMatchObject({ encoding: 'utf-8' });
  });

  it('refuses text in an unknown encoding', async () => {
    const latin1 = Uint8Array.from([...'R\xe9sum\xe9 du caf\xe9, na\xefve'].map((c) => c.charCodeAt(0)));
    const err = await refusal(importBytes('说明.txt', latin1), 'encoding', '说明.txt');
    expect(err.message).toMatch(/^无法识别文件编码：/);
  });

  it('refuses a random file named .docx (the e2e case)', async () => {
    await refusal(importBytes('假文件.docx', utf8('这不是一个 Word 文件'.repeat(100))), 'unsupported', '假文件.docx');
  });
});

describe('importFile', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('gongwen-import-');
  });
  afterEach(() => temp.cleanup());

  it('imports a file and never modifies it', async () => {
    const source = fileURLToPath(new URL('../../fixtures/samples/002_60ffe4ad60b6dedb.txt', import.meta.url));
    const copy = path.join(temp.dir, '报告.txt');
    fs.copyFileSync(source, copy);
    const before = { bytes: fs.readFileSync(copy), mtime: fs.statSync(copy).mtimeMs };
    const result = await importFile(copy);
    expect(result.fileName).toBe('报告.txt');
    expect(result.removed).toHaveLength(12);
    expect(fs.readFileSync(copy).equals(before.bytes)).toBe(true);
    expect(fs.statSync(copy).mtimeMs).toBe(before.mtime);
  });

  it('refuses a 30 MB file from its size alone', async () => {
    const file = path.join(temp.dir, '大文件.docx');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 30 * MB); // sparse: nothing to read, the refusal must come from stat
    await refusal(importFile(file), 'too-large', '大文件.docx');
  });

  it('refuses an empty file, a missing file, a folder and an unknown type', async () => {
    const empty = path.join(temp.dir, '空.txt');
    fs.writeFileSync(empty, '');
    await refusal(importFile(empty), 'empty', '空.txt');
    const missing = await refusal(importFile(path.join(temp.dir, '不存在.txt')), 'unreadable', '不存在.txt');
    expect(missing.message).toBe('无法读取“不存在.txt”：文件不存在。');
    const folder = path.join(temp.dir, '目录.txt');
    fs.mkdirSync(folder);
    await refusal(importFile(folder), 'unreadable', '目录.txt');
    await refusal(importFile(path.join(temp.dir, '表格.xlsx')), 'unsupported', '表格.xlsx');
  });
});
