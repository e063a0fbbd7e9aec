import { beforeAll, describe, expect, it } from 'vitest';
import { findingContext, findingKey, loadCorpus, visibleFindings, type CorpusDocument } from './corpus';
import { loadJudged, type JudgedFinding } from './judged';
import { precisionOf } from './precision';

// Issue 11: every error and warning the checker raises on the real-document corpus has been read in
// its text and judged (fixtures/real/judged-findings.json). A change to the rules that drops a true
// finding or raises an unjudged one fails here, so it is reviewed against real text.
describe('judged findings over the real-document corpus', () => {
  let docs: CorpusDocument[];
  let judged: Map<string, JudgedFinding>;
  let current: { key: string; file: string; rule: string; severity: string; context: string; message: string }[];
  beforeAll(async () => {
    docs = await loadCorpus();
    judged = loadJudged();
    current = docs.flatMap((doc) =>
      visibleFindings(doc.paragraphs).map((f) => {
        const context = findingContext(doc.paragraphs, f);
        return { key: findingKey(doc.file, f.rule, context), file: doc.file, rule: f.rule, severity: f.severity, context, message: f.message };
      }),
    );
  }, 120_000);

  it('has a verdict for every error and warning', () => {
    const unjudged = current.filter((f) => !judged.has(f.key)).map((f) => `${f.file} ${f.rule} ${f.severity} ${f.context} — ${f.message}`);
    expect(unjudged, `unjudged findings (judge them: scripts/corpus-findings.ts):\n${unjudged.join('\n')}`).toEqual([]);
  });

  it('still raises every finding judged a true problem, at error or warning', () => {
    const keys = new Set(current.map((f) => f.key));
    const lost = [...judged.entries()].filter(([key, j]) => j.verdict && !keys.has(key)).map(([, j]) => `${j.file} ${j.rule} ${j.context}`);
    expect(lost).toEqual([]);
  });

  it('precision ≥ 90 % over errors and warnings, ≥ 98 % over errors', () => {
    const p = precisionOf(current.map((f) => ({ severity: f.severity, rule: f.rule, verdict: judged.get(f.key)?.verdict ?? false })));
    expect(p.all.precision).toBeGreaterThanOrEqual(0.9);
    if (p.errors.total) expect(p.errors.precision).toBeGreaterThanOrEqual(0.98);
  });
});
