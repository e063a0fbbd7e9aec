/**
 * Issue 15: what an import accepts is bounded so that anything accepted stays well under 1 GB of memory
 * (measured in bench/import.bench.ts), and a refusal names the limit in one message style.
 */
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_PARAGRAPHS, MAX_PARAGRAPH_CHARS } from '../../shared/limits';
import { readDocx } from './docx';
import { ImportError } from './import-error';
import { importBytes, type ImportOptions } from './import-file';
import { buildDocx, paragraphXml } from './testing/build-docx';

const MB = 1024 * 1024;
const SENTENCE = '全区上下坚持以习近平新时代中国特色社会主义思想为指导，统筹推进经济社会发展各项工作。';

async function refusal(name: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportError> {
  const err = await importBytes(name, bytes, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportError);
  return err as ImportError;
}

/** Word-like XML that does not compress absurdly: numbered sentences. */
function bodyOfBytes(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphXml(`${i * 7919}．${SENTENCE}${(i * 104729) % 99991}`);
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('import limits', () => {
  it('refuses a .docx whose document.xml inflates past the part limit, naming the part and the limit', async () => {
    const bytes = await buildDocx([], { bodyXml: bodyOfBytes(17 * MB) });
    expect(bytes.length).toBeLessThan(20 * MB);
    const started = performance.now();
    const err = await refusal('大报告.docx', bytes);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/^“大报告\.docx”超出导入上限：部件 word\/document\.xml 解压后有 17 MB，上限为 16 MB。/);
  }, 30_000);

  it('refuses a .docx with more XML tags than the limit (tiny runs cost mammoth most)', async () => {
    const chars = [...SENTENCE];
    const run = (i: number) => `<w:r><w:t>${chars[(i * 7) % chars.length]}${i % 97}</w:t></w:r>`;
    const paragraph = (k: number) => `<w:p>${Array.from({ length: 100 }, (_, i) => run(k * 100 + i)).join('')}</w:p>`;
    const bodyXml = Array.from({ length: 2000 }, (_, k) => paragraph(k)).join(''); // 800,000 tags in about 2.5 MB
    const err = await refusal('碎片.docx', await buildDocx([], { bodyXml }));
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/超出导入上限：XML 标记有 80 万个，上限为 50 万个/);
  });

  it('refuses more paragraphs than the limit, in every format', async () => {
    const lines = Array.from({ length: MAX_IMPORT_PARAGRAPHS + 1 }, (_, i) => `第${i + 1}项工作`);
    for (const [name, bytes] of [
      ['多段.txt', utf8(lines.join('\n'))],
      ['多段.md', utf8(lines.join('\n\n'))],
      ['多段.docx', await buildDocx(lines)],
    ] as const) {
      const err = await refusal(name, bytes);
      expect(err.code, name).toBe('too-large');
      expect(err.message, name).toContain(`超出导入上限：有 ${(MAX_IMPORT_PARAGRAPHS + 1).toLocaleString('en-US')} 个段落，上限为 ${MAX_IMPORT_PARAGRAPHS.toLocaleString('en-US')} 个`);
    }
    // Blank lines do not count.
    const spaced = lines.slice(0, MAX_IMPORT_PARAGRAPHS).join('\n\n');
    expect((await importBytes('正好.txt', utf8(spaced))).paragraphs.length).toBeGreaterThan(MAX_IMPORT_PARAGRAPHS - 100);
  }, 60_000);

  it('refuses a text of millions of empty lines before splitting it', async () => {
    const err = await refusal('空行.txt', utf8(`正文。${'\n'.repeat(5_000_000)}正文。`));
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/超出导入上限：有 5,000,001 行/);
  });

  it('refuses a paragraph longer than the limit, naming which one', async () => {
    const long = '很'.repeat(MAX_PARAGRAPH_CHARS + 1);
    for (const [name, bytes] of [
      ['长段.txt', utf8(`标题\n${long}\n结尾`)],
      ['长段.docx', await buildDocx(['标题', long, '结尾'])],
    ] as const) {
      const err = await refusal(name, bytes);
      expect(err.code, name).toBe('too-large');
      expect(err.message, name).toContain(`超出导入上限：第 2 段有 ${(MAX_PARAGRAPH_CHARS + 1).toLocaleString('en-US')} 个字，上限为 ${MAX_PARAGRAPH_CHARS.toLocaleString('en-US')} 个字`);
    }
    expect((await importBytes('正好.txt', utf8(`标题\n${long.slice(1)}`))).paragraphs).toHaveLength(2);
  });
});

describe('a valid .docx with an empty part (issue 15)', () => {
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const rels = (extra: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>${extra}</Relationships>`;

  it.each([
    ['word/comments.xml, referenced from the document', { 'word/comments.xml': '', 'word/_rels/document.xml.rels': rels(`<Relationship Id="rId9" Type="${REL}/comments" Target="comments.xml"/>`) }],
    ['word/footnotes.xml, referenced from the document', { 'word/footnotes.xml': '', 'word/_rels/document.xml.rels': rels(`<Relationship Id="rId9" Type="${REL}/footnotes" Target="footnotes.xml"/>`) }],
    ['a customXml item', { 'customXml/item1.xml': '', 'customXml/itemProps1.xml': new Uint8Array(0) }],
    ['docProps/app.xml', { 'docProps/app.xml': '' }],
  ])('reads the document when %s is 0 bytes', async (_what, extraFiles) => {
    for (const compression of ['DEFLATE', 'STORE'] as const) {
      const bytes = await buildDocx(['一、加强学习', '正文。'], { extraFiles, compression });
      expect(await readDocx(bytes, '报告.docx')).toEqual([
        { text: '一、加强学习', sourceRole: null },
        { text: '正文。', sourceRole: null },
      ]);
    }
  });

  it('still refuses an empty document.xml as damaged', async () => {
    const err = await readDocx(await buildDocx(['正文。'], { extraFiles: { 'word/document.xml': '' } }), '报告.docx').then(
      () => null,
      (e: unknown) => e as ImportError,
    );
    expect(err?.code).toBe('corrupt');
    expect(err?.message).toContain('word/document.xml');
  });
});
