import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocx, roleForWordStyle } from './docx';
import { ImportError, type ImportErrorCode } from './import-error';
import { buildDocx, paragraphXml } from './testing/build-docx';
import { splitTitleLines } from '../../shared/text/title-lines';

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('expected an ImportError');
}

async function expectCode(promise: Promise<unknown>, code: ImportErrorCode, message: RegExp): Promise<void> {
  const err = await failure(promise);
  expect(err.code).toBe(code);
  expect(err.message).toMatch(message);
  expect(err.message).toContain('“报告.docx”');
}

describe('roleForWordStyle', () => {
  it.each([
    ['heading 1', 'Heading1', 'heading1'],
    ['Heading 2', null, 'heading2'],
    ['heading 4', '4', 'heading4'],
    ['标题 1', 'a1', 'heading1'],
    ['标题3', null, 'heading3'],
    ['heading 5', 'Heading5', null],
    ['Title', 'Title', 'title'],
    ['标题', 'a3', 'title'],
    ['Subtitle', null, 'subtitle'],
    ['副标题', null, 'subtitle'],
    [null, 'Heading2', 'heading2'],
    ['Normal', 'a', null],
    ['List Paragraph', 'ListParagraph', null],
    [null, null, null],
  ] as const)('%s / %s → %s', (name, id, role) => {
    expect(roleForWordStyle(name, id)).toBe(role);
  });
});

describe('readDocx', () => {
  it('reads paragraphs with the roles their styles state', async () => {
    const bytes = await buildDocx([
      { text: 'X区2026年工作报告', style: 'Title' },
      { text: '——在区委全会上的讲话', style: 'Subtitle' },
      '同志们：',
      { text: '加强学习', style: 'Heading1' },
      { text: '压实责任', style: 'Heading2' },
      { text: '强化统筹', style: 'Heading3' },
      { text: '完善制度', style: 'Heading4' },
      '正文段落。',
    ]);
    expect(await readDocx(bytes, '报告.docx')).toEqual([
      { text: 'X区2026年工作报告', sourceRole: 'title' },
      { text: '——在区委全会上的讲话', sourceRole: 'subtitle' },
      { text: '同志们：', sourceRole: null },
      { text: '加强学习', sourceRole: 'heading1' },
      { text: '压实责任', sourceRole: 'heading2' },
      { text: '强化统筹', sourceRole: 'heading3' },
      { text: '完善制度', sourceRole: 'heading4' },
      { text: '正文段落。', sourceRole: null },
    ]);
  });

  it('understands localised style names and Chinese Word style ids', async () => {
    const bytes = await buildDocx(
      [
        { text: '一级', style: '1' },
        { text: '二级', style: 'a5' },
        { text: '标题行', style: 'a3' },
      ],
      {
        styles: [
          { id: '1', name: 'heading 1' },
          { id: 'a5', name: '标题 2' },
          { id: 'a3', name: '标题' },
        ],
      },
    );
    expect((await readDocx(bytes, '报告.docx')).map((p) => p.sourceRole)).toEqual(['heading1', 'heading2', 'title']);
  });

  it('splits a paragraph at line breaks, keeps tabs and reads table cells in order', async () => {
    const table =
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>金额</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    const bodyXml =
      paragraphXml({ text: '扛稳责任  固强补弱\n着力绘好时代工笔画', style: 'Title' }) +
      '<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t></w:r></w:p>' +
      table +
      paragraphXml('');
    expect(await readDocx(await buildDocx([], { bodyXml }), '报告.docx')).toEqual([
      { text: '扛稳责任  固强补弱', sourceRole: 'title' },
      { text: '着力绘好时代工笔画', sourceRole: 'title' },
      { text: '甲\t乙', sourceRole: null },
      { text: '项目', sourceRole: null },
      { text: '金额', sourceRole: null },
      { text: '', sourceRole: null },
    ]);
  });

  it('joins a long title whose breaks are exactly the trapezoid our export writes, and nothing else', async () => {
    const title = '关于2026年上半年安全生产工作情况的报告';
    expect(splitTitleLines(title)).toEqual(['关于2026年上半年安全生产工作', '情况的报告']);
    const bodyXml =
      paragraphXml({ text: '关于2026年上半年安全生产工作\n情况的报告', style: 'Title' }) +
      // a break elsewhere in a title, and the same break in body text, still separate lines
      paragraphXml({ text: '关于2026年上半年\n安全生产工作情况的报告', style: 'Title' }) +
      paragraphXml({ text: '关于2026年上半年安全生产工作\n情况的报告' });
    expect(await readDocx(await buildDocx([], { bodyXml }), '报告.docx')).toEqual([
      { text: title, sourceRole: 'title' },
      { text: '关于2026年上半年', sourceRole: 'title' },
      { text: '安全生产工作情况的报告', sourceRole: 'title' },
      { text: '关于2026年上半年安全生产工作', sourceRole: null },
      { text: '情况的报告', sourceRole: null },
    ]);
  });

  it('finds the main part where _rels/.rels points (Office sometimes writes word/document2.xml)', async () => {
    const bytes = await buildDocx(['正文。'], { mainPath: 'word/document2.xml' });
    expect(await readDocx(bytes, '报告.docx')).toEqual([{ text: '正文。', sourceRole: null }]);
  });

  it('refuses files that are not a .docx', async () => {
    const text = new TextEncoder().encode('这不是一个 Word 文件'.repeat(100));
    await expectCode(readDocx(text, '报告.docx'), 'unsupported', /不是有效的 Word（\.docx）文档/);
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    await expectCode(readDocx(random, '报告.docx'), 'unsupported', /不是有效的 Word/);
  });

  it('tells an encrypted .docx, an old .doc and an unknown OLE file apart', async () => {
    const ole = (stream: string) => {
      const bytes = new Uint8Array(4096);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      if (stream) bytes.set(Buffer.from(stream, 'utf16le'), 1024);
      return bytes;
    };
    await expectCode(readDocx(ole('EncryptedPackage'), '报告.docx'), 'encrypted', /已加密（设置了打开密码）/);
    await expectCode(readDocx(ole('WordDocument'), '报告.docx'), 'unsupported', /旧版 Word（\.doc）格式/);
    await expectCode(readDocx(ole(''), '报告.docx'), 'encrypted', /已加密或为旧版 \.doc 格式/);
  });

  it('refuses a truncated file as corrupt', async () => {
    const bytes = await buildDocx(['一、加强学习', '正文。'.repeat(200)]);
    await expectCode(readDocx(bytes.slice(0, Math.floor(bytes.length / 2)), '报告.docx'), 'corrupt', /已损坏/);
    await expectCode(readDocx(bytes.slice(0, 30), '报告.docx'), 'corrupt', /已损坏/);
  });

  it('refuses a zip without word/document.xml, and names spreadsheets and presentations', async () => {
    await expectCode(readDocx(await buildDocx(['正文。'], { omit: ['word/document.xml'] }), '报告.docx'), 'corrupt', /缺少正文部件 word\/document\.xml/);
    const xlsx = new JSZip();
    xlsx.file('xl/workbook.xml', '<workbook/>');
    await expectCode(readDocx(await xlsx.generateAsync({ type: 'uint8array' }), '报告.docx'), 'unsupported', /是 Excel 表格/);
    const empty = Uint8Array.of(0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0));
    await expectCode(readDocx(empty, '报告.docx'), 'corrupt', /缺少正文部件/);
  });

  it('refuses damaged compressed data and malformed XML as corrupt', async () => {
    const stored = await buildDocx(['正文。'], { compression: 'STORE' });
    const broken = stored.slice();
    const at = Buffer.from(broken).indexOf('<w:body>');
    broken.set(new TextEncoder().encode('<w:bo<<&'), at);
    await expectCode(readDocx(broken, '报告.docx'), 'corrupt', /已损坏/);

    const deflated = await buildDocx(['正文。'.repeat(500)]);
    const damaged = deflated.slice();
    // The first occurrence of the name is in the local header; the compressed data follows it
    // (jszip writes no extra field for ASCII names).
    const name = Buffer.from('word/document.xml');
    const dataAt = Buffer.from(damaged).indexOf(name) + name.length;
    damaged.fill(0xff, dataAt + 10, dataAt + 60);
    await expectCode(readDocx(damaged, '报告.docx'), 'corrupt', /已损坏/);
  });
});
