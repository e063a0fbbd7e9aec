import { createRequire } from 'node:module';
import * as autocorrect from '@huacnlee/autocorrect/autocorrect_bg.js';
import { findingContext, findingKey, loadCorpus, visibleFindings } from '../main/corpus/corpus';
import { loadJudged } from '../main/corpus/judged';
import { precisionOf, type Precision } from '../main/corpus/precision';
import { measureRecall } from '../main/corpus/recall';
import { loadAutocorrect } from './checks.bench';
import { single, type BenchRow } from './stats';

const require = createRequire(import.meta.url);
const zhlint = require('zhlint') as { run(text: string, options?: unknown): { validations: unknown[] } };

const pct = (p: Precision) => `${(p.precision * 100).toFixed(1)} % (${p.truePositives}/${p.total})`;
const per10k = (count: number, chars: number) => ((count / chars) * 10_000).toFixed(1);

/**
 * Precision of the checker on the real-document corpus (fixtures/real/, every error and warning judged
 * by reading it in its text: fixtures/real/judged-findings.json), per category and per rule; mutation
 * recall per kind; and the two Chinese linters on the same texts, as false alarms per 10,000 characters.
 * The corpus is published text, so a peer's finding is counted a false alarm unless it falls on a place
 * judged a true problem (an upper bound for them: nobody read each of theirs).
 */
export async function benchPrecision(): Promise<BenchRow[]> {
  loadAutocorrect();
  const docs = await loadCorpus();
  const judged = loadJudged();
  const chars = docs.reduce((n, d) => n + d.chars, 0);

  const rows: { severity: string; rule: string; verdict: boolean }[] = [];
  let unjudged = 0;
  let autocorrectCount = 0;
  let zhlintCount = 0;
  for (const doc of docs) {
    for (const f of visibleFindings(doc.paragraphs)) {
      const j = judged.get(findingKey(doc.file, f.rule, findingContext(doc.paragraphs, f)));
      if (!j) unjudged++;
      rows.push({ severity: f.severity, rule: f.rule, verdict: j?.verdict ?? false });
    }
    const text = doc.paragraphs.map((p) => p.text).join('\n\n');
    autocorrectCount += autocorrect.lintFor(text, 'report.txt').lines.length;
    zhlintCount += zhlint.run(text, { rules: { preset: 'default' } }).validations.length;
  }
  const p = precisionOf(rows);
  const falseAlarms = p.all.total - p.all.truePositives;

  console.log(`\n▶ precision on the real-document corpus: ${docs.length} documents, ${chars} characters${unjudged ? `, ${unjudged} findings unjudged (counted false)` : ''}`);
  console.log(`  errors + warnings  ${pct(p.all)}`);
  console.log(`  errors             ${pct(p.errors)}`);
  for (const [category, c] of p.byCategory) console.log(`  ${category.padEnd(18)} ${pct(c)}`);
  console.log('  per rule:');
  for (const [rule, r] of p.byRule) console.log(`    ${rule.padEnd(34)} ${pct(r)}`);
  console.log('  false alarms per 10,000 characters, same texts:');
  console.log(`    公文写作台 (errors + warnings)     ${per10k(falseAlarms, chars)}`);
  console.log(`    @huacnlee/autocorrect lintFor      ${per10k(autocorrectCount, chars)}  (${autocorrectCount} lines)`);
  console.log(`    zhlint run (preset default)        ${per10k(zhlintCount, chars)}  (${zhlintCount} validations)`);

  const recall = measureRecall(docs);
  console.log('  mutation recall (planted mistakes found at their offset, seed 20261204):');
  for (const r of recall) console.log(`    ${r.kind.padEnd(22)} ${((r.found / Math.max(1, r.planted)) * 100).toFixed(1)} % (${r.found}/${r.planted})`);
  const planted = recall.reduce((n, r) => n + r.planted, 0);
  const found = recall.reduce((n, r) => n + r.found, 0);
  console.log(`    all                    ${((found / planted) * 100).toFixed(1)} % (${found}/${planted})`);

  return [
    {
      name: 'precision: false alarms per 10,000 characters of published 公文',
      figure: single(Number(per10k(falseAlarms, chars))),
      baselineName: '@huacnlee/autocorrect on the same texts',
      baseline: single(Number(per10k(autocorrectCount, chars))),
      unit: 'count',
      note: `zhlint: ${per10k(zhlintCount, chars)} per 10,000 characters`,
    },
  ];
}
