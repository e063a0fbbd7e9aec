import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as autocorrect from '@huacnlee/autocorrect/autocorrect_bg.js';
import { checkDocument, IncrementalChecker } from '../shared/checks';
import { cleanupParagraphs } from '../shared/document/cleanup';
import { detectRoles } from '../shared/document/detect-roles';
import type { DocParagraph } from '../shared/document/roles';
import { summarize, time, type BenchRow } from './stats';

const samplesDir = path.resolve(import.meta.dirname, '../fixtures/samples');

/**
 * A report of `chars` characters as the editor holds it: the five samples imported (ads and
 * watermarks removed, roles detected), repeated in order, the last paragraph cut to length.
 */
function reportParagraphs(chars: number): DocParagraph[] {
  const source = fs
    .readdirSync(samplesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => detectRoles(cleanupParagraphs(fs.readFileSync(path.join(samplesDir, f), 'utf8').split('\n')).paragraphs))
    .filter((p) => p.text.trim() !== '');
  const out: DocParagraph[] = [];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const p = source[i % source.length]!;
    const text = p.text.slice(0, chars - total);
    out.push({ role: p.role, text });
    total += text.length;
  }
  return out;
}

let autocorrectReady = false;

/** Instantiates autocorrect's WebAssembly module (its entry file needs a bundler or a Node flag). */
export function loadAutocorrect(): void {
  if (autocorrectReady) return;
  const require = createRequire(import.meta.url);
  const wasmFile = path.join(path.dirname(require.resolve('@huacnlee/autocorrect/package.json')), 'autocorrect_bg.wasm');
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmFile)), {
    './autocorrect_bg.js': autocorrect as unknown as WebAssembly.ModuleImports,
  });
  autocorrect.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  autocorrectReady = true;
}

/** The paragraph a writer types into: the one nearest the middle whose length is typical (200–600). */
function typingTarget(paragraphs: readonly DocParagraph[]): number {
  const middle = Math.floor(paragraphs.length / 2);
  for (let d = 0; d < paragraphs.length; d++) {
    for (const i of [middle + d, middle - d]) {
      const p = paragraphs[i];
      if (p && p.role === 'body' && p.text.length >= 200 && p.text.length <= 600) return i;
    }
  }
  return middle;
}

/**
 * The checks engine on a 50,000-character report:
 *  - a full check (checkDocument), beside @huacnlee/autocorrect (the Chinese copywriting linter, Rust
 *    compiled to WebAssembly) linting the same text;
 *  - the re-check after one keystroke (IncrementalChecker, which re-runs the per-paragraph rules for
 *    the edited paragraph only), beside the full check it replaces, and beside autocorrect linting
 *    just the edited paragraph (a line-based linter's cheapest re-lint).
 */
export function benchChecks(fullIterations = 100, keystrokes = 400): BenchRow[] {
  loadAutocorrect();
  const paragraphs = reportParagraphs(50_000);
  const text = paragraphs.map((p) => p.text).join('\n');
  const chars = paragraphs.reduce((n, p) => n + p.text.length, 0);

  // Warm-up: JIT for both sides, and the checker's own tables.
  for (let i = 0; i < 5; i++) {
    checkDocument(paragraphs);
    autocorrect.lintFor(text, 'report.txt');
  }

  // (a) full check, and the peer on the same text, interleaved so both see the same machine state.
  const full: number[] = [];
  const peer: number[] = [];
  let findings = 0;
  let peerLines = 0;
  for (let i = 0; i < fullIterations; i++) {
    full.push(time(() => (findings = checkDocument(paragraphs).findings.length)));
    peer.push(time(() => (peerLines = autocorrect.lintFor(text, 'report.txt').lines.length)));
  }

  // (b) one keystroke at a time into one paragraph, as a writer types: each check sees a text of that
  // paragraph it has not seen before. The edited documents are built before timing.
  const target = typingTarget(paragraphs);
  const base = paragraphs[target]!;
  const insertAt = Math.floor(base.text.length / 2);
  const typed = '推动高质量发展取得新成效';
  const edits = Array.from({ length: keystrokes }, (_, k) => {
    const inserted = typed.repeat(Math.ceil((k + 1) / typed.length) + 1).slice(0, k + 1);
    const doc = paragraphs.slice();
    doc[target] = { role: base.role, text: base.text.slice(0, insertAt) + inserted + base.text.slice(insertAt) };
    return doc;
  });
  const checker = new IncrementalChecker();
  checker.check(paragraphs);
  for (let i = 0; i < 20; i++) checker.check(edits[i]!); // warm-up on the same path
  checker.check(paragraphs);
  const incremental: number[] = [];
  const peerParagraph: number[] = [];
  for (const doc of edits) {
    incremental.push(time(() => checker.check(doc)));
    const edited = doc[target]!.text;
    peerParagraph.push(time(() => autocorrect.lintFor(edited, 'report.txt')));
  }

  // The incremental result must be the full result; a fast wrong answer is no figure.
  const last = edits[edits.length - 1]!;
  if (JSON.stringify(checker.check(last)) !== JSON.stringify(checkDocument(last))) {
    throw new Error('IncrementalChecker and checkDocument disagree on the edited report');
  }

  const fullSummary = summarize(full);
  const incrementalSummary = summarize(incremental);
  const goal = incrementalSummary.p95 < 2 ? 'met' : 'NOT met';
  const report = `${chars} characters, ${paragraphs.length} paragraphs`;
  return [
    {
      name: 'checks: full check of a 50,000-character report (checkDocument)',
      figure: fullSummary,
      baselineName: '@huacnlee/autocorrect lintFor of the same text (WebAssembly)',
      baseline: summarize(peer),
      note: `${report}; ${findings} findings vs autocorrect's ${peerLines} lines to change (it asks for spaces between Chinese and Latin/digits, 公文 do not)`,
    },
    {
      name: 'checks: re-check after one keystroke (IncrementalChecker)',
      figure: incrementalSummary,
      baselineName: 'full check of the same report (checkDocument)',
      baseline: fullSummary,
      note: `full / incremental p50 ×${(fullSummary.p50 / incrementalSummary.p50).toFixed(1)}, p95 ×${(fullSummary.p95 / incrementalSummary.p95).toFixed(1)}; typing into paragraph ${target} (${base.text.length} characters); goal p95 < 2 ms ${goal}`,
    },
    {
      name: 'checks: keystroke re-check of the whole document (IncrementalChecker) vs a line linter',
      figure: incrementalSummary,
      baselineName: '@huacnlee/autocorrect lintFor of the edited paragraph alone',
      baseline: summarize(peerParagraph),
      note: 'the checker re-runs the edited paragraph and the document pass (numbering, enumerations, addressee, date) on cached summaries',
    },
  ];
}
