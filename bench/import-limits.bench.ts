import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildDocx } from '../main/importers/testing/build-docx';
import { makeTempDir } from '../main/testing/temp-dir';
import { MAX_IMPORT_BYTES, MAX_IMPORT_PARAGRAPHS, MAX_XML_PART_BYTES, MAX_XML_TAGS } from '../shared/limits';
import { sampleParagraphs } from './fixtures';
import { single, type BenchRow } from './stats';

/**
 * Issue 15: the largest files the import limits accept, each imported in a child process as the app
 * would (bench/import-child.ts), with its peak RSS (/usr/bin/time's maximum resident set when there,
 * else the child's own 5 ms sampling of process.memoryUsage().rss) and time. Baseline: the same file
 * read with fs and decoded as UTF-8 in a child of its own. The goal is a peak under 1 GB.
 */
interface ChildRun {
  ms: number;
  peakRssMb: number;
  paragraphs?: number;
  error?: string;
}

const root = path.resolve(import.meta.dirname, '..');
const TIME = '/usr/bin/time';

/** Imports (or, for the baseline, only reads) a file in a child process: its time and peak RSS. */
function measure(file: string, mode: 'import' | 'fs'): ChildRun {
  const node = [process.execPath, '--import', path.join(root, 'scripts/register-ts.mjs'), path.join(root, 'bench/import-child.ts'), file, mode];
  const withTime = fs.existsSync(TIME);
  const r = withTime ? spawnSync(TIME, ['-v', ...node], { cwd: root, encoding: 'utf8' }) : spawnSync(node[0]!, node.slice(1), { cwd: root, encoding: 'utf8' });
  const run = JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildRun;
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  if (kb) run.peakRssMb = Math.max(run.peakRssMb, Number(kb) / 1024);
  return run;
}

/** Word-like XML (a run with fonts per paragraph, sample paragraphs with varied figures) up to `bytes`. */
function wordLikeBody(bytes: number): string {
  const source = sampleParagraphs();
  const rpr = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>';
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const text = source[i % source.length]!.replace(/\d+/g, () => String((i * 7919) % 100000)).replace(/[&<>]/g, '');
    const p = `<w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr><w:r>${rpr}<w:t>${text}</w:t></w:r></w:p>`;
    if (size + Buffer.byteLength(p) > bytes - 4096) break;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}

/** One-character runs (the most tags a byte can carry in Word-like XML) up to `tags` tags. */
function tinyRunsBody(tags: number): string {
  const chars = [...'全区上下坚持以习近平新时代中国特色社会主义思想为指导统筹推进经济社会发展各项工作'];
  const parts: string[] = [];
  let n = 0;
  for (let k = 0; n + 2 + 40 * 4 < tags - 1000; k++) {
    let p = '<w:p>';
    // A figure in each run keeps the XML from compressing past the ratio limit.
    for (let i = 0; i < 40; i++) p += `<w:r><w:t>${chars[(k * 40 + i) % chars.length]}${(k * 40 + i) % 997}</w:t></w:r>`;
    parts.push(`${p}</w:p>`);
    n += 2 + 40 * 4;
  }
  return parts.join('');
}

function row(name: string, file: string, note: string): BenchRow {
  const figure = measure(file, 'import');
  const baseline = measure(file, 'fs');
  if (figure.error) throw new Error(`${name}: refused: ${figure.error}`);
  return {
    name: `${name}: peak RSS`,
    unit: 'MB',
    figure: single(figure.peakRssMb),
    baselineName: 'the same bytes read with fs and decoded (child process)',
    baseline: single(baseline.peakRssMb),
    note: `${note}; import ${(figure.ms / 1000).toFixed(1)} s, ${figure.paragraphs} paragraphs (fs read ${baseline.ms} ms)`,
  };
}

export async function benchImportLimits(): Promise<BenchRow[]> {
  const temp = makeTempDir('gongwen-bench-limits-');
  try {
    const rows: BenchRow[] = [];
    const big = path.join(temp.dir, '最大.docx');
    const bytes = await buildDocx([], { bodyXml: wordLikeBody(MAX_XML_PART_BYTES) });
    fs.writeFileSync(big, bytes);
    rows.push(row('largest accepted .docx (document.xml just under 16 MB)', big, `${(bytes.length / 1048576).toFixed(1)} MB .docx`));

    const tiny = path.join(temp.dir, '碎片.docx');
    const tinyBytes = await buildDocx([], { bodyXml: tinyRunsBody(MAX_XML_TAGS) });
    fs.writeFileSync(tiny, tinyBytes);
    rows.push(row('.docx of one-character runs, just under 500,000 tags', tiny, `${(tinyBytes.length / 1048576).toFixed(1)} MB .docx`));

    const text = path.join(temp.dir, '最大.txt');
    const source = sampleParagraphs();
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; lines.length < MAX_IMPORT_PARAGRAPHS; i++) {
      const line = source[i % source.length]!.repeat(3).slice(0, 330);
      if (size + Buffer.byteLength(line) + 1 > MAX_IMPORT_BYTES) break;
      lines.push(line);
      size += Buffer.byteLength(line) + 1;
    }
    fs.writeFileSync(text, lines.join('\n'));
    rows.push(row(`largest accepted .txt (${lines.length.toLocaleString('en-US')} lines)`, text, `${(size / 1048576).toFixed(1)} MB text`));
    return rows;
  } finally {
    temp.cleanup();
  }
}
