/**
 * A big real-looking report for the worker tests and the main-thread benchmark: the sample reports'
 * paragraphs repeated `times` times, written as a .docx by the project's own export.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DocParagraph } from '../../shared/document/roles';
import { renderExport } from '../export/export-document';
import { importFile } from '../importers/import-file';

const samplesDir = path.resolve(import.meta.dirname, '../../fixtures/samples');

export async function sampleParagraphs(): Promise<DocParagraph[]> {
  const out: DocParagraph[] = [];
  for (const f of fs.readdirSync(samplesDir).filter((n) => n.endsWith('.txt')).sort()) out.push(...(await importFile(path.join(samplesDir, f))).paragraphs);
  return out;
}

/** The samples' paragraphs `times` over (one title kept at the top), as .docx bytes, and the paragraphs. */
export async function largeDocx(times: number): Promise<{ bytes: Buffer; paragraphs: DocParagraph[] }> {
  const samples = await sampleParagraphs();
  const body = samples.filter((p) => p.role !== 'title');
  const paragraphs: DocParagraph[] = [{ role: 'title', text: '关于全年工作情况的报告' }];
  for (let i = 0; i < times; i++) paragraphs.push(...body);
  return { bytes: await renderExport(paragraphs, 'docx', { fonts: 'standard' }), paragraphs };
}
