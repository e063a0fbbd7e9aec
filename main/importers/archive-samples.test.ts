/**
 * Every archive format against the .docx route, sample by sample: each sample is exported with the
 * app's own Word export, LibreOffice converts that .docx to .doc, .rtf and .pdf (a text-layer PDF with
 * GB/T 9704 page numbers), and an OFD is built to the standard's structure with the paragraphs set on
 * A4 pages in code; each must read back as the same paragraphs with the same roles as the .docx itself.
 * Where a format cannot carry something, the difference is listed here with the reason.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocParagraph } from '../../shared/document/roles';
import { importBytes, importFile } from './import-file';
import { sampleArchives, SAMPLE_IDS, type SampleId } from './testing/archive-fixtures';
import { buildOfd, typesetOfd } from './testing/build-ofd';

type Route = 'doc' | 'rtf' | 'pdf' | 'ofd';

interface Sample {
  id: SampleId;
  docx: DocParagraph[];
  files: Record<Exclude<Route, 'ofd'>, string>;
  ofd: Uint8Array;
}

/**
 * What a format cannot carry, per route: applied to the .docx route's paragraphs before comparing.
 * Every entry says why.
 */
const CANNOT_CARRY: Partial<Record<Route, Array<{ what: string; why: string; apply: (p: DocParagraph) => DocParagraph }>>> = {
  pdf: [
    {
      what: 'runs of spaces inside a line come out as one space (the 001 slogan title 扛稳责任  固强补弱  砥砺奋进)',
      why: 'a PDF text layer stores where glyphs are, not the space characters between them; pdfjs reports a gap as one space',
      apply: (p) => ({ ...p, text: p.text.replace(/ {2,}/g, ' ') }),
    },
  ],
};

const samples: Sample[] = [];

beforeAll(async () => {
  const [doc, rtf, pdf] = [await sampleArchives('doc'), await sampleArchives('rtf'), await sampleArchives('pdf')];
  for (const [i, s] of doc.entries()) {
    const viaDocx = await importBytes(`${s.id}.docx`, s.docx);
    // Set from the paragraphs as a 公文 is set; a template page and a stamp annotation carry text of their own, which is not the document's.
    const ofd = await buildOfd(typesetOfd(viaDocx.paragraphs), { templateText: 'XX区委办公室电子公文', annotationText: 'XX区委（印章）' });
    samples.push({ id: s.id, docx: viaDocx.paragraphs, files: { doc: s.file, rtf: rtf[i]!.file, pdf: pdf[i]!.file }, ofd });
  }
}, 300_000);

describe.each(SAMPLE_IDS.map((id, i) => ({ id, i })))('sample $id', ({ i }) => {
  it.each<Route>(['doc', 'rtf', 'pdf', 'ofd'])('as .%s: the same paragraphs and roles as the .docx route', async (route) => {
    const sample = samples[i]!;
    const result = route === 'ofd' ? await importBytes(`${sample.id}.ofd`, sample.ofd) : await importFile(sample.files[route]);
    expect(result.encoding).toBe(route);
    const expected = (CANNOT_CARRY[route] ?? []).reduce((ps, d) => ps.map(d.apply), sample.docx);
    expect(result.paragraphs).toEqual(expected);
  });
});

it('fixtures are real files of their format', () => {
  for (const s of samples) {
    expect(fs.readFileSync(s.files.doc).subarray(0, 4)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    expect(fs.readFileSync(s.files.rtf, 'latin1').startsWith('{\\rtf')).toBe(true);
  }
});
