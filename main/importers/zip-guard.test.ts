import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { buildDocx } from './testing/build-docx';
import { openDocxZip } from './zip-guard';

const MB = 1024 * 1024;

/** Rewrites the uncompressed size that the central directory records for one entry. */
function claimSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const bytes = Buffer.from(zip);
  const name = Buffer.from(entryName);
  for (let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.subarray(at + 46, at + 46 + nameLength).equals(name)) {
      bytes.writeUInt32LE(size, at + 24);
      return new Uint8Array(bytes);
    }
  }
  throw new Error(`no central directory entry for ${entryName}`);
}

async function refusal(bytes: Uint8Array, limits?: Parameters<typeof openDocxZip>[2]): Promise<ImportError> {
  try {
    await openDocxZip(bytes, '炸弹.docx', limits);
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error('expected the zip to be refused');
}

describe('openDocxZip', () => {
  it('opens an ordinary .docx', async () => {
    const zip = await openDocxZip(await buildDocx(['一、加强学习', '正文。'.repeat(1000)]), '报告.docx');
    expect(zip.file('word/document.xml')).not.toBeNull();
  });

  it('refuses a central directory that claims more than the total cap', async () => {
    const bytes = claimSize(await buildDocx(['正文。']), 'word/document.xml', 0xfffffff0);
    const err = await refusal(bytes);
    expect(err.code).toBe('zip-bomb');
    expect(err.message).toMatch(/“炸弹\.docx”解压后异常庞大（声明解压后超过 100 MB）/);
  });

  it('refuses an entry with an absurd compression ratio', async () => {
    const filler = '\u0000'.repeat(3 * MB);
    const err = await refusal(await buildDocx(['正文。'], { extraFiles: { 'word/filler.xml': filler } }));
    expect(err.code).toBe('zip-bomb');
    expect(err.message).toContain('word/filler.xml 的压缩比超过 100:1');
  });

  it('refuses data over a lowered total cap', async () => {
    const bytes = await buildDocx(['正文。'], { extraFiles: { 'word/filler.xml': 'a'.repeat(2 * MB) } });
    const err = await refusal(bytes, { maxTotalBytes: MB, maxRatio: Infinity });
    expect(err.code).toBe('zip-bomb');
  });

  it('refuses an entry that inflates to more than its directory claims', async () => {
    // The directory says 100 bytes; the data inflates to 3 MB. Only counting while inflating catches it.
    const honest = await buildDocx(['正文。'], { extraFiles: { 'word/filler.xml': 'a'.repeat(3 * MB) } });
    const lying = claimSize(honest, 'word/filler.xml', 100);
    const err = await refusal(lying, { maxTotalBytes: 2 * MB });
    expect(err.code).toBe('zip-bomb');
    expect(err.message).toContain('实际解压后超过 2 MB');
  });

  it('refuses any entry whose inflated size differs from its record, smaller or larger', async () => {
    // jszip throws from a timer on such an entry (an uncaught exception): it must never reach jszip.
    const honest = await buildDocx(['正文。'], { extraFiles: { 'word/media/image1.png': 'a'.repeat(10_000) } });
    for (const claimed of [100, 20_000]) {
      const err = await refusal(claimSize(honest, 'word/media/image1.png', claimed));
      expect(err.code).toBe('corrupt');
      expect(err.message).toContain('部件 word/media/image1.png 的大小与目录记录不符');
    }
    const stored = await buildDocx(['正文。'], { compression: 'STORE' });
    expect((await refusal(claimSize(stored, 'word/document.xml', 5))).code).toBe('corrupt');
  });

  it('reads 32-bit sizes as unsigned (jszip reads them signed)', async () => {
    const err = await refusal(claimSize(await buildDocx(['正文。']), 'word/styles.xml', 0x80000000));
    expect(err.code).toBe('zip-bomb');
  });

  it('refuses too many entries', async () => {
    const extraFiles = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`word/part${i}.xml`, '<x/>']));
    const err = await refusal(await buildDocx(['正文。'], { extraFiles }), { maxEntries: 10 });
    expect(err.code).toBe('zip-bomb');
    expect(err.message).toContain('包含 25 个部件');
  });
});
