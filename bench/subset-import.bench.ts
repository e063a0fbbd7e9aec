import fs from 'node:fs';
import path from 'node:path';
import { LibraryService } from '../main/library/library-service';
import { parseSubsetFile, SUBSET_FORMAT } from '../main/library/subset-file';
import { makeTempDir } from '../main/testing/temp-dir';
import { sampleParagraphs } from './fixtures';
import { single, type BenchRow } from './stats';

/**
 * Issue 15: importing a share file (素材分享文件) of N generated snippets into a new library, beside
 * parsing and validating the same file. Each snippet joins the first 60 characters of one sample
 * paragraph, a random figure and 90 characters of another, so many share phrases (as a real library's
 * do) and about one in ten is a near duplicate. The import checks every snippet for near duplicates
 * through the FTS index (near-duplicates.ts), which is most of its time and grows with the library.
 */
export async function benchSubsetImport(counts: readonly number[] = [2_000, 5_000]): Promise<BenchRow[]> {
  const source = sampleParagraphs().filter((p) => p.length >= 30);
  const rows: BenchRow[] = [];
  for (const n of counts) {
    let seed = 3;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const snippets = Array.from({ length: n }, (_, i) => ({
      text: `${source[Math.floor(rnd() * source.length)]!.slice(0, 60)}${Math.floor(rnd() * 1e6)}${source[Math.floor(rnd() * source.length)]!.slice(0, 90)}`,
      headingPath: ['一、主要工作'],
      source: `来源${i % 50}.docx`,
      year: 2020 + (i % 6),
      tags: i % 3 ? ['党建'] : [],
      favorite: i % 10 === 0,
    }));
    const temp = makeTempDir('gongwen-bench-subset-');
    try {
      const file = path.join(temp.dir, '分享.json');
      fs.writeFileSync(file, JSON.stringify({ format: SUBSET_FORMAT, version: 1, snippets }, null, 1));
      const lib = new LibraryService(path.join(temp.dir, 'library.db'));
      let t = performance.now();
      const report = await lib.importSubset(file);
      const figure = performance.now() - t;
      lib.close();
      t = performance.now();
      parseSubsetFile(fs.readFileSync(file, 'utf8'), '分享.json');
      const baseline = performance.now() - t;
      rows.push({
        name: `share-file import of ${n.toLocaleString('en-US')} snippets into a new library`,
        figure: single(figure),
        baselineName: 'reading, parsing and validating the same file',
        baseline: single(baseline),
        note: `${(fs.statSync(file).size / 1048576).toFixed(1)} MB; added ${report.added}, near duplicates ${report.nearDuplicates}`,
      });
    } finally {
      temp.cleanup();
    }
  }
  return rows;
}
