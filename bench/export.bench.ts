import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { detectRoles } from '../shared/document/detect-roles';
import { exportParagraphs } from '../main/export/export-service';
import { makeTempDir } from '../main/testing/temp-dir';
import { reportOfLength } from './fixtures';
import { summarize, type BenchRow } from './stats';

/**
 * Export of a 50,000-character report to .docx the way the app does it: the gate (checkDocument), the
 * GB/T 9704 layout (docx package + styles patch), and the atomic write (temp file, fsync, rename).
 * Baseline: pandoc converting the same text (Markdown, one paragraph each) to .docx in the same run —
 * a general-purpose converter's cost for the same output size, its process start-up included.
 */
export async function benchExport(iterations = 20): Promise<BenchRow> {
  const temp = makeTempDir('gongwen-bench-export-');
  try {
    const texts = reportOfLength(50_000);
    const paragraphs = detectRoles(texts);
    const markdown = path.join(temp.dir, 'report.md');
    fs.writeFileSync(markdown, texts.join('\n\n'));
    const target = path.join(temp.dir, 'report.docx');
    const pandocOut = path.join(temp.dir, 'pandoc.docx');

    // One warm-up of each, not measured: module loading and pandoc's first start from a cold cache.
    await exportParagraphs(paragraphs, target, { format: 'docx', fonts: 'standard', force: true });
    execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', pandocOut, markdown]);

    const figure: number[] = [];
    const baseline: number[] = [];
    let errors = 0;
    for (let i = 0; i < iterations; i++) {
      let t = performance.now();
      errors = (await exportParagraphs(paragraphs, target, { format: 'docx', fonts: 'standard', force: true })).errors.length;
      figure.push(performance.now() - t);
      t = performance.now();
      execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', pandocOut, markdown]);
      baseline.push(performance.now() - t);
    }
    const kib = (file: string) => (fs.statSync(file).size / 1024).toFixed(0);
    return {
      name: 'export of a 50,000-character report to .docx (gate + GB/T 9704 layout + atomic write)',
      figure: summarize(figure),
      baselineName: 'pandoc -f markdown -t docx of the same text (a child process)',
      baseline: summarize(baseline),
      note: `${paragraphs.length} paragraphs, ${errors} placeholder errors checked (forced); ours ${kib(target)} KiB, pandoc's ${kib(pandocOut)} KiB; goal < 500 ms`,
    };
  } finally {
    temp.cleanup();
  }
}
