import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDoc, wordTextToParagraphs } from './doc';
import { ImportError } from './import-error';
import { expandDeltas } from './ofd';
import { sampleArchives } from './testing/archive-fixtures';

let sample: Uint8Array;
beforeAll(async () => {
  sample = Uint8Array.from(fs.readFileSync((await sampleArchives('doc'))[3]!.file));
}, 300_000);

const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint32(at, true);

function refusal(bytes: Uint8Array): ImportError {
  try {
    readDoc(bytes, '报告.doc');
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('Word 97 text to paragraphs', () => {
  it('ends paragraphs at \\r, cells and page breaks, breaks lines at \\v, keeps field results only', () => {
    const text = '标题\v第二行\r正文\x13 PAGE \x14 3\x15页\r\x13 HYPERLINK "x" \x14\x13 REF a \x14链接\x15\x15\x07格\x07\f附件\x01\x08';
    expect(wordTextToParagraphs(text)).toEqual([
      { lines: ['标题', '第二行'], sourceRole: null },
      { lines: ['正文 3页'], sourceRole: null },
      { lines: ['链接'], sourceRole: null },
      { lines: ['格'], sourceRole: null },
      { lines: [''], sourceRole: null },
      { lines: ['附件'], sourceRole: null },
    ]);
  });
});

describe('Word 97 text of a crafted file', () => {
  it('handles 200,000 nested fields without rescanning the nesting at each character', () => {
    const text = '字'.repeat(200_000);
    expect(wordTextToParagraphs(`${'\x13 REF \x14'.repeat(200_000)}${text}\r`)).toEqual([{ lines: [text], sourceRole: null }]);
  });
});

describe('readDoc', () => {
  it('reads the body of a LibreOffice .doc, without headers or footers', () => {
    const texts = readDoc(sample, '报告.doc').map((p) => p.text);
    expect(texts[0]).toBe('区2020年工作要点');
    expect(texts.some((t) => /— \d+ —|- \d+ -/.test(t))).toBe(false);
  });

  it('refuses a .doc with the encryption flag set', () => {
    const bytes = sample.slice();
    // The WordDocument stream starts at a sector with the FIB magic EC A5.
    let fib = -1;
    for (let at = 512; at < bytes.length; at += 512) if (bytes[at] === 0xec && bytes[at + 1] === 0xa5) fib = at;
    bytes[fib + 0x0b]! |= 0x01; // fEncrypted (0x0100 of the flags word at 0x0A)
    expect(refusal(bytes).code).toBe('encrypted');
  });

  it('refuses a sector chain that loops instead of following it forever', () => {
    const bytes = sample.slice();
    const dirSector = u32(bytes, 48);
    const fatSector = u32(bytes, 76);
    new DataView(bytes.buffer).setUint32((fatSector + 1) * 512 + dirSector * 4, dirSector, true);
    const err = refusal(bytes);
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/扇区链循环/);
  });
});

describe('OFD DeltaX', () => {
  it('expands the g shorthand and stops at the glyph count', () => {
    expect(expandDeltas('g 3 5.6 2.8 g 2 1', 10)).toEqual([5.6, 5.6, 5.6, 2.8, 1, 1]);
    expect(expandDeltas('g 1000000000 1', 4)).toEqual([1, 1, 1, 1]);
    expect(expandDeltas(null, 3)).toEqual([]);
  });
});
