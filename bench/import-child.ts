// A child process for the import measurements: imports one file (argv[2]) the way the app does and
// prints {"ms", "peakRssMb", "paragraphs"} or {"error"} as one JSON line. Peak RSS is sampled every 5 ms
// (and the parent also reads /usr/bin/time's maximum resident set when it is there).
import fs from 'node:fs';
import { importFile } from '../main/importers/import-file';

const file = process.argv[2]!;
const mode = process.argv[3] ?? 'import';
let peak = process.memoryUsage().rss;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
const start = performance.now();
const mb = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;
try {
  let paragraphs = 0;
  if (mode === 'fs') {
    // The baseline: the same bytes read and decoded as UTF-8, nothing else.
    paragraphs = fs.readFileSync(file).toString('utf8').split('\n').length;
  } else {
    paragraphs = (await importFile(file)).paragraphs.length;
  }
  const ms = performance.now() - start;
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(JSON.stringify({ ms: Math.round(ms), peakRssMb: mb(peak), paragraphs }));
} catch (err) {
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms: Math.round(ms), peakRssMb: mb(Math.max(peak, process.memoryUsage().rss)), error: (err as Error).message }));
} finally {
  clearInterval(timer);
}
