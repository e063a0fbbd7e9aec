import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { textToDocxWithLibreOffice } from '../e2e/libreoffice';
import { renderExport } from '../main/export/export-document';
import { importBytes } from '../main/importers/import-file';
import { sofficeConvert } from '../main/importers/testing/archive-fixtures';
import { createServices } from '../main/services';
import { docxToPdf, pdfPages } from '../main/testing/render-pdf';
import { makeTempDir } from '../main/testing/temp-dir';
import { reportOfLength } from './fixtures';
import { summarize, type BenchRow } from './stats';

/**
 * Archive formats into a new draft (read, rebuild paragraphs, cleanup, role detection, editor JSON,
 * SQLite insert):
 *  - a 30-page PDF (our own Word export of a report, rendered by LibreOffice), beside poppler's
 *    pdftotext of the same file, the usual command-line way to get a PDF's text;
 *  - a 50,000-character .doc (LibreOffice's Word 97 output), beside the .docx route for the same
 *    report (the .docx it was converted from).
 */
export async function benchArchiveImport(iterations = 10): Promise<BenchRow[]> {
  const temp = makeTempDir('gongwen-bench-archive-');
  try {
    const services = createServices(path.join(temp.dir, 'data'));
    const rows: BenchRow[] = [];

    // ~30 pages: 22 lines of 28 characters a page, less the paragraph ends.
    const report = await importBytes('report.txt', Buffer.from(reportOfLength(17_200).join('\n')));
    const exported = path.join(temp.dir, 'report.docx');
    fs.writeFileSync(exported, await renderExport(report.paragraphs, 'docx', { fonts: 'standard' }));
    const pdf = await docxToPdf(exported, { punctuationAsWord: true });
    const pdfBytes = fs.readFileSync(pdf);
    const pages = pdfPages(pdf).text.length;
    const figure: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < iterations; i++) {
      let t = performance.now();
      await services.imports.importBytes('report.pdf', pdfBytes);
      figure.push(performance.now() - t);
      t = performance.now();
      execFileSync('pdftotext', [pdf, '-'], { maxBuffer: 64 << 20 });
      baseline.push(performance.now() - t);
    }
    rows.push({
      name: `import of a ${pages}-page PDF into a draft`,
      figure: summarize(figure),
      baselineName: 'pdftotext of the same file (process start included)',
      baseline: summarize(baseline),
      note: `${(pdfBytes.length / 1024).toFixed(0)} KiB PDF of our Word export, rendered by LibreOffice`,
    });

    const textFile = path.join(temp.dir, 'long.txt');
    fs.writeFileSync(textFile, reportOfLength(50_000).join('\n'));
    const docx = textToDocxWithLibreOffice(textFile);
    const [doc] = sofficeConvert([docx], 'doc:MS Word 97', temp.dir);
    const docBytes = fs.readFileSync(doc!);
    const docxBytes = fs.readFileSync(docx);
    const docTimes: number[] = [];
    const docxTimes: number[] = [];
    for (let i = 0; i < iterations * 2; i++) {
      let t = performance.now();
      await services.imports.importBytes('long.doc', docBytes);
      docTimes.push(performance.now() - t);
      t = performance.now();
      await services.imports.importBytes('long.docx', docxBytes);
      docxTimes.push(performance.now() - t);
    }
    rows.push({
      name: 'import of a 50,000-character .doc into a draft',
      figure: summarize(docTimes),
      baselineName: 'the same report as .docx, same route',
      baseline: summarize(docxTimes),
      note: `${(docBytes.length / 1024).toFixed(0)} KiB .doc and ${(docxBytes.length / 1024).toFixed(0)} KiB .docx, both written by LibreOffice`,
    });
    services.close();
    return rows;
  } finally {
    temp.cleanup();
  }
}
