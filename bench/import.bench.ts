import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { textToDocxWithLibreOffice } from '../e2e/libreoffice';
import { createServices } from '../main/services';
import { makeTempDir } from '../main/testing/temp-dir';
import { reportOfLength } from './fixtures';
import { summarize, type BenchRow } from './stats';

/**
 * Import of a 50,000-character .docx (written by LibreOffice) into a new draft: read, cleanup, role
 * detection, editor JSON, SQLite insert. Baseline: mammoth's raw-text extraction of the same file,
 * the floor any .docx import built on it pays.
 */
export async function benchImport(iterations = 20): Promise<BenchRow> {
  const temp = makeTempDir('gongwen-bench-import-');
  try {
    const textFile = path.join(temp.dir, 'report.txt');
    fs.writeFileSync(textFile, reportOfLength(50_000).join('\n'));
    const docx = textToDocxWithLibreOffice(textFile);
    const bytes = fs.readFileSync(docx);
    const services = createServices(path.join(temp.dir, 'data'));
    const figure: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < iterations; i++) {
      let t = performance.now();
      await services.imports.importBytes('report.docx', bytes);
      figure.push(performance.now() - t);
      t = performance.now();
      await mammoth.extractRawText({ buffer: bytes });
      baseline.push(performance.now() - t);
    }
    services.close();
    return {
      name: 'import of a 50,000-character .docx into a draft',
      figure: summarize(figure),
      baselineName: 'mammoth.extractRawText of the same file',
      baseline: summarize(baseline),
      note: `${(bytes.length / 1024).toFixed(0)} KiB .docx written by LibreOffice`,
    };
  } finally {
    temp.cleanup();
  }
}
