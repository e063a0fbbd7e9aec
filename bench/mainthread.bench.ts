import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { DocParagraph } from '../shared/document/roles';
import { createServices, type Services } from '../main/services';
import { largeDocx, sampleParagraphs } from '../main/testing/large-docx';
import { makeTempDir } from '../main/testing/temp-dir';
import { inProcessRunner, WorkerPool, type WorkRunner } from '../main/work/work-runner';
import { summarize, type BenchRow } from './stats';
import { LibraryService, LIBRARY_FILE } from '../main/library/library-service';
import { LibraryStore } from '../main/library/library-store';
import { generator, samplePool } from './library.bench';

/**
 * How long the main thread is blocked at most (monitorEventLoopDelay, 1 ms resolution, max) while the app
 * path does big work — figure: through the worker-thread pool (main/work/), as the app's API handlers do;
 * baseline: the same services with the work in-process, as before. Goal: every figure under 100 ms.
 *   - drafts.import of a large .docx (the samples 30×, written by our own export);
 *   - export.draft of a 50,000-character draft (the gate's checks, then the .docx);
 *   - library import of 200 report files (read, split, classify and written by a worker thread's own
 *     connection, in ~40 ms transactions);
 *   - a share-file import of 20,000 snippets (read, validated and written in a worker thread);
 *   - opening a library of 30,000 paragraphs that needs its full check (no check record: after a crash or
 *     an outside change): services.openLibrary, which runs integrity_check in a worker thread.
 */

/** The main thread's longest block while `run` goes on, and how long it took. */
export async function maxBlock(run: () => Promise<unknown>): Promise<{ blockMs: number; totalMs: number }> {
  const h = monitorEventLoopDelay({ resolution: 1 });
  // A timer keeps the loop turning, so an idle wait for the worker is not counted as delay.
  const keepAlive = setInterval(() => {}, 5);
  h.enable();
  // The loop turning before the operation starts: a synchronous block at its very start is counted too.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const started = performance.now();
  await run();
  const totalMs = performance.now() - started;
  // …and after it: a block at its very end is recorded when the timer next runs.
  await new Promise((resolve) => setTimeout(resolve, 20));
  h.disable();
  clearInterval(keepAlive);
  return { blockMs: h.max / 1e6, totalMs };
}

function paragraphs50k(samples: readonly DocParagraph[]): DocParagraph[] {
  const body = samples.filter((p) => p.role !== 'title');
  const out: DocParagraph[] = [{ role: 'title', text: '关于全年工作情况的报告' }];
  let chars = 0;
  for (let i = 0; chars < 50_000; i++) {
    const p = body[i % body.length]!;
    out.push(p);
    chars += p.text.length;
  }
  return out;
}

function writeLibraryFiles(dir: string, samples: readonly DocParagraph[], count: number): void {
  const body = samples.filter((p) => p.role === 'body' && p.text.length > 20);
  for (let i = 0; i < count; i++) {
    const lines = [`关于第${i + 1}项工作情况的报告`, '一、工作开展情况'];
    for (let k = 0; k < 30; k++) lines.push(`${body[(i * 7 + k * 13) % body.length]!.text}（第${i + 1}份第${k + 1}段，编号${(i * 31 + k) % 97}）`);
    fs.writeFileSync(path.join(dir, `报告${String(i).padStart(3, '0')}.txt`), `${lines.join('\n')}\n`);
  }
}

function writeShareFile(file: string, samples: readonly DocParagraph[], count: number): void {
  const body = samples.filter((p) => p.role === 'body' && p.text.length > 20);
  const snippets = Array.from({ length: count }, (_, i) => ({ text: `${body[i % body.length]!.text}（素材${i}号）`, year: 2020 + (i % 6), tags: ['分享'] }));
  fs.writeFileSync(file, JSON.stringify({ format: 'gongwen-library-subset', version: 1, snippets }));
}

/** A library.db of `count` generated paragraphs, closed cleanly; its check record removed (the file as after a crash). */
async function writeLibrary(file: string, count: number): Promise<void> {
  const lib = new LibraryService(file);
  const store = new LibraryStore(lib.database);
  const next = generator(await samplePool(), 42);
  const seen = new Set<string>();
  lib.database.transaction(() => {
    while (seen.size < count) {
      const p = next();
      if (seen.has(p.text)) continue;
      seen.add(p.text);
      store.insert({ text: p.text, headingPath: p.headingPath, kind: p.kind, kindReason: p.kindReason, sourceId: null, sourceName: '报告.docx', year: p.year });
    }
  })();
  lib.close();
  fs.rmSync(`${file}.checked`);
}

function copyLibrary(from: string, dir: string): void {
  fs.copyFileSync(from, path.join(dir, LIBRARY_FILE));
}

interface Op {
  name: string;
  reps: number;
  /** Prepares the data folder before the services open it. */
  setup?: (dir: string) => void;
  run: (services: Services, rep: number) => Promise<unknown>;
}

export async function benchMainThread(): Promise<BenchRow[]> {
  const temp = makeTempDir('gongwen-bench-main-');
  const pool = new WorkerPool();
  try {
    const samples = await sampleParagraphs();
    const big = await largeDocx(30);
    const bigChars = big.paragraphs.reduce((n, p) => n + p.text.length, 0);
    const filesDir = path.join(temp.dir, 'files');
    fs.mkdirSync(filesDir);
    writeLibraryFiles(filesDir, samples, 200);
    const share = path.join(temp.dir, 'share.json');
    writeShareFile(share, samples, 20_000);
    const draft50k = paragraphs50k(samples);
    const bigLibrary = path.join(temp.dir, 'big-library.db');
    await writeLibrary(bigLibrary, 30_000);

    const ops: Op[] = [
      { name: `drafts.import of a ${(big.bytes.length / 1024 / 1024).toFixed(1)} MB .docx (samples ×30, ${bigChars} characters)`, reps: 2, run: (s) => s.imports.importBytes('大报告.docx', big.bytes) },
      {
        name: 'export.draft of a 50,000-character draft to .docx',
        reps: 5,
        run: async (s, rep) => {
          const draft = s.drafts.createFromParagraphs(draft50k, '五万字报告');
          return s.exports.exportDraft(draft.id, { format: 'docx', fonts: 'standard', force: true }, async () => path.join(temp.dir, `export-${rep}.docx`));
        },
      },
      { name: 'library import of 200 report files', reps: 1, run: (s) => s.library.importPaths([filesDir]) },
      { name: 'share-file import of 20,000 snippets', reps: 1, run: (s) => s.library.importSubset(share) },
      {
        name: 'opening a 30,000-paragraph library that needs its full check (integrity_check)',
        reps: 1,
        setup: (dir) => copyLibrary(bigLibrary, dir),
        run: (s) => (s.work.kind === 'worker' ? s.openLibrary() : Promise.resolve(s.library)),
      },
    ];

    const measure = async (work: WorkRunner, label: string) => {
      const results = new Map<string, { block: number[]; total: number[] }>();
      for (const op of ops) {
        const dir = path.join(temp.dir, `${label}-${op.name.length}-${Math.random().toString(36).slice(2)}`);
        fs.mkdirSync(dir);
        op.setup?.(dir);
        const services = createServices(dir, { work });
        const block: number[] = [];
        const total: number[] = [];
        try {
          for (let rep = 0; rep < op.reps; rep++) {
            const m = await maxBlock(() => op.run(services, rep));
            block.push(m.blockMs);
            total.push(m.totalMs);
          }
        } finally {
          services.close();
        }
        results.set(op.name, { block, total });
      }
      return results;
    };

    // Warm the pool (a worker's first start loads the importers) before anything is measured.
    await pool.run('importBytes', { fileName: 'warm.txt', bytes: Buffer.from('预热') });
    const baseline = await measure(inProcessRunner, 'in-process');
    const figure = await measure(pool, 'worker');
    return ops.map((op) => {
      const f = figure.get(op.name)!;
      const b = baseline.get(op.name)!;
      const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
      return {
        name: `main thread's longest block · ${op.name} · worker threads`,
        figure: summarize(f.block),
        baselineName: 'the same operation in-process (the main thread does the work)',
        baseline: summarize(b.block),
        note: `goal < 100 ms; whole operation ${mean(f.total).toFixed(0)} ms through the worker, ${mean(b.total).toFixed(0)} ms in-process`,
      };
    });
  } finally {
    await pool.close();
    temp.cleanup();
  }
}
