import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { importBytes, type ImportOptions } from './import-file';
import { buildOfd, typesetOfd } from './testing/build-ofd';
import { imageOnlyPdf } from './testing/build-pdf';

async function code(name: string, bytes: Uint8Array, options: ImportOptions): Promise<string> {
  const err = await importBytes(name, bytes, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportError);
  expect((err as ImportError).message).toMatch(/结构异常复杂|导入上限|解压后异常庞大/);
  return (err as ImportError).code;
}

describe('work limits of the archive formats', () => {
  it('refuses a PDF with more pages than the limit', async () => {
    expect(await code('多页.pdf', imageOnlyPdf(3), { pdfLimits: { maxPages: 2 } })).toBe('too-complex');
  });

  it('refuses an OFD with more text runs or pages than the limit, and an oversized zip', async () => {
    const ofd = await buildOfd(typesetOfd([{ role: 'body', text: '一'.repeat(200) }]));
    expect(await code('多字.ofd', ofd, { ofdLimits: { maxTextCodes: 3 } })).toBe('too-complex');
    expect(await code('多页.ofd', ofd, { ofdLimits: { maxPages: 0 } })).toBe('too-complex');
    expect(await code('大.ofd', ofd, { zipLimits: { maxTotalBytes: 1000 } })).toBe('zip-bomb');
  });

  it('refuses RTF beyond the token budget, and every format beyond the size cap', async () => {
    const rtf = Buffer.from(`{\\rtf1\\ansi ${'\\b x\\b0 '.repeat(100)}\\par}`, 'latin1');
    expect(await code('长.rtf', rtf, { rtfLimits: { maxTokens: 50 } })).toBe('too-complex');
    for (const name of ['a.doc', 'a.wps', 'a.rtf', 'a.pdf', 'a.ofd']) {
      expect(await code(name, new Uint8Array(2048), { maxBytes: 1024 })).toBe('too-large');
    }
  });
});
