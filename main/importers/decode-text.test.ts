import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { ImportError } from './import-error';
import { encodeGb18030, encodeUtf16 } from './testing/gb18030';

const sample = fs.readFileSync(fileURLToPath(new URL('../../fixtures/samples/000_d58627854540f769.txt', import.meta.url)), 'utf8');
const REPORT = '区委办：\n现将我办贯彻落实区委X次全会情况报告如下：\n一、加强学习，统一思想\n（一）紧盯目标，加大项目推进力度。X年，总投资X.X亿元。\n';
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function encodingError(bytes: Uint8Array): ImportError {
  try {
    decodeText(bytes, '报告.txt');
  } catch (err) {
    return err as ImportError;
  }
  throw new Error('decoded without error');
}

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(utf8(REPORT))).toEqual({ text: REPORT, encoding: 'utf-8' });
    expect(decodeText(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(REPORT)))).toEqual({ text: REPORT, encoding: 'utf-8-bom' });
    expect(decodeText(utf8(sample)).text).toBe(sample);
  });

  it('reads UTF-16 with a BOM, both byte orders', () => {
    expect(decodeText(encodeUtf16(REPORT, 'le', true))).toEqual({ text: REPORT, encoding: 'utf-16le' });
    expect(decodeText(encodeUtf16(REPORT, 'be', true))).toEqual({ text: REPORT, encoding: 'utf-16be' });
  });

  it('reads UTF-16 without a BOM from the NULs of ASCII characters', () => {
    const mixed = `${REPORT}2026年GDP增长5.2%\n`.repeat(3);
    expect(decodeText(encodeUtf16(mixed, 'le'))).toEqual({ text: mixed, encoding: 'utf-16le' });
    expect(decodeText(encodeUtf16(mixed, 'be'))).toEqual({ text: mixed, encoding: 'utf-16be' });
  });

  it('reads UTF-16 without a BOM and without any ASCII (no NULs at all)', () => {
    const pure = '区委办：现将我办贯彻落实区委全会情况报告如下。一、加强学习，统一思想，全面领会会议精神实质。';
    expect(decodeText(encodeUtf16(pure, 'le'))).toEqual({ text: pure, encoding: 'utf-16le' });
    expect(decodeText(encodeUtf16(pure, 'be'))).toEqual({ text: pure, encoding: 'utf-16be' });
  });

  it('reads GB18030 (GBK) text', () => {
    expect(decodeText(encodeGb18030(REPORT))).toEqual({ text: REPORT, encoding: 'gb18030' });
    expect(decodeText(encodeGb18030(sample))).toEqual({ text: sample, encoding: 'gb18030' });
  });

  it('normalises CRLF, CR and Unicode line separators to \\n', () => {
    expect(decodeText(utf8('一、甲\r\n二、乙\r三、丙\u2028四、丁')).text).toBe('一、甲\n二、乙\n三、丙\n四、丁');
    expect(decodeText(encodeGb18030('一、甲\r\n二、乙\r\n')).text).toBe('一、甲\n二、乙\n');
  });

  it('returns empty text for no bytes', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('refuses Windows-1252 text, binary data and a broken BOM with an encoding error naming the file', () => {
    const latin1 = Uint8Array.from([...'Caf\xe9 r\xe9sum\xe9 na\xefve \xa9 2026'].map((c) => c.charCodeAt(0)));
    const binary = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 32); // control bytes only
    const brokenBom = Uint8Array.of(0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x80);
    const utf32 = Uint8Array.of(0xff, 0xfe, 0, 0, 0x41, 0, 0, 0);
    for (const bytes of [latin1, binary, brokenBom, utf32]) {
      const err = encodingError(bytes);
      expect(err).toBeInstanceOf(ImportError);
      expect(err.code).toBe('encoding');
      expect(err.message).toMatch(/^无法识别文件编码：“报告\.txt”/);
    }
  });

  it('refuses GB18030-decodable bytes that do not read as Chinese', () => {
    // Valid GB18030 byte pairs in the user-defined area (AA–AF lead) decode to private-use characters.
    const privateUse = Uint8Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 0xaa : 0xa1 + (i % 90)));
    expect(encodingError(privateUse).code).toBe('encoding');
  });
});
