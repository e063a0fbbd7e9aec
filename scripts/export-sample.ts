// Exports a sample report to .docx and renders its first pages to PNG through LibreOffice, for the
// README and for looking at the result:  npm run export-sample [-- SAMPLE_FILE]
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { importFile } from '../main/importers/import-file';
import { exportDocument } from '../main/export/export-document';
import { docxToPdf } from '../main/testing/render-pdf';

const sample = process.argv[2] ?? path.resolve(import.meta.dirname, '../fixtures/samples/002_60ffe4ad60b6dedb.txt');
const out = path.resolve(import.meta.dirname, '../docs/screenshots');
const work = fs.mkdtempSync('/tmp/gongwen-export-');
const { paragraphs } = await importFile(sample);
const docx = path.join(work, 'report.docx');
await exportDocument(paragraphs, docx, { fonts: 'standard' });
const pdf = docxToPdf(docx);
execFileSync('pdftoppm', ['-f', '1', '-l', '2', '-r', '70', '-png', pdf, path.join(out, 'export-page')]);
console.log(`${docx}\n${pdf}\npages → ${out}/export-page-*.png`);
