import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { importBytes } from './import-file';
import { buildDocx } from './testing/build-docx';
import { sampleArchives } from './testing/archive-fixtures';
import { buildOfd, typesetOfd } from './testing/build-ofd';
import { imageOnlyPdf } from './testing/build-pdf';
import { encodeGb18030, encodeUtf16 } from './testing/gb18030';
import { mulberry32 } from '../testing/prng';

/**
 * Random and mutated files through importBytes: every call must either return a result or throw an
 * ImportError, within a time bound. Anything else (a TypeError from deep inside a parser, a hang,
 * an uncaught exception from a timer, which vitest reports) is a bug. The generator is seeded, so a
 * failure names the case that reproduces it.
 */

const SEED = Number(process.env.GONGWEN_FUZZ_SEED ?? 20260408);
const CASES = Number(process.env.GONGWEN_FUZZ_CASES ?? 80); // per group
const PER_CALL_MS = 3000;


type Random = ReturnType<typeof mulberry32>;
const int = (rnd: Random, n: number) => Math.floor(rnd() * n);
const randomBytes = (rnd: Random, n: number) => Uint8Array.from({ length: n }, () => int(rnd, 256));

/** One random mutation of the kinds that break parsers: flips, overwrites, cuts, inserts, repeats. */
function mutate(rnd: Random, input: Uint8Array): Uint8Array {
  const bytes = input.slice();
  const at = int(rnd, Math.max(1, bytes.length));
  switch (int(rnd, 8)) {
    case 0: // flip a few bits
      for (let i = 0, n = 1 + int(rnd, 16); i < n; i++) bytes[int(rnd, bytes.length)]! ^= 1 << int(rnd, 8);
      return bytes;
    case 1: // overwrite a range with noise
      bytes.set(randomBytes(rnd, Math.min(bytes.length - at, 1 + int(rnd, 64))), at);
      return bytes;
    case 2: // truncate
      return bytes.slice(0, at);
    case 3: // insert noise
      return Uint8Array.from([...bytes.slice(0, at), ...randomBytes(rnd, 1 + int(rnd, 32)), ...bytes.slice(at)]);
    case 4: // repeat a chunk
      return Uint8Array.from([...bytes.slice(0, at), ...bytes.slice(at, at + 1 + int(rnd, 256)), ...bytes.slice(at)]);
    case 5: // zero a range
      bytes.fill(0, at, at + 1 + int(rnd, 32));
      return bytes;
    case 6: {
      // rewrite a 32-bit field of a zip central directory record (sizes, offsets) with an extreme value
      const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
      const headers: number[] = [];
      for (let i = view.indexOf(signature); i >= 0; i = view.indexOf(signature, i + 1)) headers.push(i);
      if (headers.length === 0) return mutate(rnd, bytes);
      const header = headers[int(rnd, headers.length)]!;
      const field = [16, 20, 24, 42][int(rnd, 4)]!; // crc, compressed, uncompressed, local header offset
      const values = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, int(rnd, 0x100000)];
      if (header + field + 4 <= bytes.length) view.writeUInt32LE(values[int(rnd, values.length)]! >>> 0, header + field);
      return bytes;
    }
    default: // several mutations at once
      return mutate(rnd, mutate(rnd, bytes));
  }
}

async function expectReturnsOrImportError(name: string, bytes: Uint8Array, label: string): Promise<void> {
  const started = performance.now();
  try {
    const result = await importBytes(name, bytes);
    expect(Array.isArray(result.paragraphs), label).toBe(true);
  } catch (err) {
    if (!(err instanceof ImportError)) throw new Error(`${label}: threw ${String(err)}`, { cause: err });
  }
  expect(performance.now() - started, `${label}: took too long`).toBeLessThan(PER_CALL_MS);
}

const sample = (file: string) => fs.readFileSync(fileURLToPath(new URL(`../../fixtures/samples/${file}`, import.meta.url)), 'utf8');

describe('import fuzzing', () => {
  it(`survives ${CASES} mutated .docx files`, async () => {
    const rnd = mulberry32(SEED);
    const lines = sample('001_32978eeceef8f739.txt').split('\n').slice(0, 12);
    const seeds = [
      await buildDocx([{ text: lines[0]!, style: 'Title' }, ...lines.slice(1), { text: '加强学习', style: 'Heading1' }]),
      await buildDocx(lines, { compression: 'STORE' }),
    ];
    for (let i = 0; i < CASES; i++) {
      const bytes = mutate(rnd, seeds[i % seeds.length]!);
      await expectReturnsOrImportError(i % 7 === 0 ? 'm.txt' : 'm.docx', bytes, `docx case ${i} (seed ${SEED})`);
    }
  });

  it(`survives ${CASES} mutated GB18030 text files`, async () => {
    const rnd = mulberry32(SEED + 1);
    const seed = encodeGb18030(sample('000_d58627854540f769.txt').slice(0, 3000));
    for (let i = 0; i < CASES; i++) {
      await expectReturnsOrImportError(i % 5 === 0 ? 'g.md' : 'g.txt', mutate(rnd, seed), `gb18030 case ${i} (seed ${SEED})`);
    }
  });

  it(`survives ${CASES} mutated UTF-16 text files`, async () => {
    const rnd = mulberry32(SEED + 2);
    const text = sample('004_73c788b1174c3d55.txt').slice(0, 3000);
    const seeds = [encodeUtf16(text, 'le', true), encodeUtf16(text, 'be'), encodeUtf16(text, 'le')];
    for (let i = 0; i < CASES; i++) {
      await expectReturnsOrImportError('u.txt', mutate(rnd, seeds[i % seeds.length]!), `utf-16 case ${i} (seed ${SEED})`);
    }
  });

  it(`survives ${CASES} random files under every extension`, async () => {
    const rnd = mulberry32(SEED + 3);
    const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
    const prefixes = [[], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], ascii('{\\rtf1\\ansi\\ansicpg936 '), ascii('%PDF-1.7\n')];
    const names = ['r.docx', 'r.txt', 'r.md', 'r.doc', 'r.wps', 'r.rtf', 'r.pdf', 'r.ofd'];
    for (let i = 0; i < CASES; i++) {
      const prefix = prefixes[i % prefixes.length]!;
      const bytes = Uint8Array.from([...prefix, ...randomBytes(rnd, int(rnd, 8192))]);
      await expectReturnsOrImportError(names[i % names.length]!, bytes, `random case ${i} (seed ${SEED})`);
    }
  });

  /**
   * The archive formats, mutated from real files: LibreOffice's .doc (also as .wps), .rtf and .pdf of a
   * sample, an image-only PDF, and an OFD built to the standard. Appending %%EOF to a cut PDF lets the
   * mutation reach pdfjs instead of the truncation check.
   */
  it(`survives ${CASES} mutated files of each archive format`, async () => {
    const rnd = mulberry32(SEED + 4);
    const [doc, rtf, pdf] = await Promise.all([sampleArchives('doc'), sampleArchives('rtf'), sampleArchives('pdf')]);
    const small = (file: string, max: number) => Uint8Array.from(fs.readFileSync(file).subarray(0, max));
    const lines = sample('001_32978eeceef8f739.txt').split('\n').slice(0, 8);
    const seeds: Array<[string, Uint8Array]> = [
      ['a.doc', Uint8Array.from(fs.readFileSync(doc[3]!.file))],
      ['a.wps', Uint8Array.from(fs.readFileSync(doc[3]!.file))],
      ['a.rtf', small(rtf[3]!.file, 1 << 20)],
      ['a.pdf', Uint8Array.from(fs.readFileSync(pdf[3]!.file))],
      ['a.pdf', imageOnlyPdf(1)],
      ['a.ofd', await buildOfd(typesetOfd(lines.map((text) => ({ role: 'body', text }))))],
    ];
    const eof = Uint8Array.from('\n%%EOF\n', (c) => c.charCodeAt(0));
    for (let i = 0; i < CASES * seeds.length; i++) {
      const [name, seed] = seeds[i % seeds.length]!;
      let bytes = mutate(rnd, seed);
      if (name === 'a.pdf' && i % 2 === 0) bytes = Uint8Array.from([...bytes, ...eof]);
      await expectReturnsOrImportError(name, bytes, `${name} case ${i} (seed ${SEED})`);
    }
  }, 600_000);
});
