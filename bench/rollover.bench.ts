import fs from 'node:fs';
import path from 'node:path';
import { checkDocument } from '../shared/checks';
import { cleanupParagraphs } from '../shared/document/cleanup';
import { detectRoles } from '../shared/document/detect-roles';
import type { DocParagraph } from '../shared/document/roles';
import { rolloverAcceptingAll } from '../shared/rollover/rollover';
import { summarize, type BenchRow } from './stats';

const sample = path.resolve(import.meta.dirname, '../fixtures/samples/002_60ffe4ad60b6dedb.txt');

/** Sample 002 (a 2020 report) with its body repeated until the report has 50,000 characters. */
function report50k(): DocParagraph[] {
  const ps = detectRoles(cleanupParagraphs(fs.readFileSync(sample, 'utf8').split('\n')).paragraphs);
  const body = ps.slice(1);
  const out = [...ps];
  let chars = out.reduce((n, p) => n + p.text.length, 0);
  for (let i = 0; chars < 50_000; i++) {
    const p = body[i % body.length]!;
    out.push(p);
    chars += p.text.length;
  }
  return out;
}

/**
 * 以去年报告为底稿 of a 50,000-character report: the year checklist, every proposal accepted, every
 * figure keyed as 待更新, and the checker run for the new year (stale wording and figures) — what the
 * app does before the new draft opens. Baseline: a global replace of 2020 by 2026 over the same text,
 * the writer's way today (which also breaks periods and cited titles).
 */
export function benchRollover(iterations = 20): BenchRow {
  const report = report50k();
  const text = report.map((p) => p.text).join('\n');
  let result = rolloverAcceptingAll(report, 2026); // warm-up
  let findings = checkDocument(result.paragraphs, { year: 2026, pendingFigures: new Set(result.pendingFigures) }).findings.length;
  const figure: number[] = [];
  const baseline: number[] = [];
  let replaced = '';
  for (let i = 0; i < iterations; i++) {
    let t = performance.now();
    result = rolloverAcceptingAll(report, 2026);
    findings = checkDocument(result.paragraphs, { year: 2026, pendingFigures: new Set(result.pendingFigures) }).findings.length;
    figure.push(performance.now() - t);
    t = performance.now();
    replaced = text.replaceAll('2020', '2026');
    baseline.push(performance.now() - t);
  }
  return {
    name: 'Rollover of a 50,000-character report (checklist + accept all + figures 待更新 + checks for the new year)',
    figure: summarize(figure),
    baselineName: "global replace of 2020 → 2026 over the same text (String.replaceAll)",
    baseline: summarize(baseline),
    note: `${text.length} characters, ${report.length} paragraphs; ${result.references.length} time references, ${result.pendingFigures.length} distinct figures pending, ${findings} findings; goal < 300 ms (replace output ${replaced.length} chars)`,
  };
}
