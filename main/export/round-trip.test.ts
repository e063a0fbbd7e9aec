/**
 * Import → export → import over every sample report: the .docx we write reads back as the same
 * paragraphs with the same roles (styles carry headings and the title; role detection does the rest).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes, importFile } from '../importers/import-file';
import { renderExport } from './export-document';

const samples = path.resolve(import.meta.dirname, '../../fixtures/samples');
const files = fs.readdirSync(samples).filter((f) => f.endsWith('.txt')).sort();

describe('round trip through our .docx', () => {
  it('covers every sample', () => {
    expect(files).toHaveLength(5);
  });

  for (const file of files) {
    for (const fonts of ['standard', 'system'] as const) {
      it(`${file} (${fonts} fonts): same paragraph texts and roles`, async () => {
        const first = await importFile(path.join(samples, file));
        expect(first.paragraphs.length).toBeGreaterThanOrEqual(10);
        const docx = await renderExport(first.paragraphs, 'docx', { fonts });
        const again = await importBytes(file.replace(/\.txt$/, '.docx'), docx);
        expect(again.paragraphs).toEqual(first.paragraphs);
        expect(again.removed).toEqual([]); // nothing of ours looks like a watermark or an ad
      });
    }
  }

  it('reads back the plain-text export the same way', async () => {
    for (const file of files) {
      const first = await importFile(path.join(samples, file));
      const txt = await renderExport(first.paragraphs, 'txt', { fonts: 'standard' });
      expect((await importBytes('a.txt', txt)).paragraphs, file).toEqual(first.paragraphs);
    }
  });
});
