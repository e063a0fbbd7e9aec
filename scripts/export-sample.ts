// Exports a sample report to .docx and renders its first two pages to PNG through LibreOffice, for the
// README and for looking at the result:  npm run export-sample [-- SAMPLE_FILE]
// Writes docs/screenshots/export-page-01.png and export-page-02.png.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { importFile } from '../main/importers/import-file';
import { exportDocument } from '../main/export/export-document';
import { docxToPdf } from '../main/testing/render-pdf';

const sample = process.argv[2] ?? path.resolve(import.meta.dirname, '../fixtures/samples/001_32978eeceef8f739.txt');
const out = path.resolve(import.meta.dirname, '../docs/screenshots');
const work = fs.mkdtempSync('/tmp/gongwen-export-');
const { paragraphs } = await importFile(sample);
const docx = path.join(work, 'report.docx');
await exportDocument(paragraphs, docx, { fonts: 'standard' });
// Line breaks as Word makes them (see RenderOptions.punctuationAsWord).
const pdf = await docxToPdf(docx, { punctuationAsWord: true });
const prefix = path.join(work, 'page');
execFileSync('pdftoppm', ['-f', '1', '-l', '2', '-r', '60', '-png', pdf, prefix]);
for (const n of [1, 2]) {
  const png = fs.readdirSync(work).find((f) => new RegExp(`^page-0*${n}\\.png$`).test(f))!;
  fs.copyFileSync(path.join(work, png), path.join(out, `export-page-0${n}.png`));
}
console.log(`${docx}\n${pdf}\npages → ${out}/export-page-01.png, export-page-02.png`);
