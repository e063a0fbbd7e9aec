// `npm run bench [-- NAME...]`: runs the benchmarks and prints each figure beside its baseline
// from the same run, as a ratio. Nothing here passes or fails.
import os from 'node:os';
import { benchArchiveImport } from './archive-import.bench';
import { benchAutosave } from './autosave.bench';
import { benchChecks } from './checks.bench';
import { benchCompare } from './compare.bench';
import { benchExport } from './export.bench';
import { benchImport } from './import.bench';
import { benchImportLimits } from './import-limits.bench';
import { benchKeystroke } from './keystroke.bench';
import { benchLibrary } from './library.bench';
import { benchMainThread } from './mainthread.bench';
import { benchPrecision } from './precision.bench';
import { benchRollover } from './rollover.bench';
import { benchSubsetImport } from './subset-import.bench';
import { printRow, type BenchRow } from './stats';

const benches: Record<string, () => BenchRow | BenchRow[] | Promise<BenchRow | BenchRow[]>> = {
  archive: () => benchArchiveImport(),
  autosave: () => benchAutosave(),
  checks: () => benchChecks(),
  compare: () => benchCompare(),
  export: () => benchExport(),
  import: () => benchImport(),
  'import-limits': () => benchImportLimits(),
  keystroke: () => benchKeystroke(),
  library: () => benchLibrary(),
  mainthread: () => benchMainThread(),
  precision: () => benchPrecision(),
  rollover: () => benchRollover(),
  'subset-import': () => benchSubsetImport(),
};

const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : Object.keys(benches);
console.log(`gongwen bench · node ${process.version} · ${os.cpus().length} cores · ${os.cpus()[0]?.model ?? ''}`);
for (const name of names) {
  const bench = benches[name];
  if (!bench) {
    console.error(`未知的基准：${name}（可用：${Object.keys(benches).join('、')}）`);
    process.exitCode = 2;
    continue;
  }
  for (const row of [await bench()].flat()) printRow(row);
}
