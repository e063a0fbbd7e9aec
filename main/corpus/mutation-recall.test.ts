import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type CorpusDocument } from './corpus';
import { MUTATION_KINDS } from './mutations';
import { measureRecall, type RecallResult } from './recall';

// Issue 11: known mistakes planted into clean real documents at random places (fixed seed) must be
// found at their offset, ≥ 95 % per kind, over at least 500 plantings.
describe('mutation recall over the real-document corpus', () => {
  let docs: CorpusDocument[];
  let results: RecallResult[];
  beforeAll(async () => {
    docs = await loadCorpus();
    results = measureRecall(docs);
  }, 120_000);

  it('plants at least 500 mistakes, every kind at least 10 times', () => {
    expect(results.reduce((n, r) => n + r.planted, 0)).toBeGreaterThanOrEqual(500);
    for (const r of results) expect(r.planted, r.kind).toBeGreaterThanOrEqual(10);
  });

  for (const kind of MUTATION_KINDS) {
    it(`finds ≥ 95 % of planted ${kind}`, () => {
      const r = results.find((x) => x.kind === kind)!;
      const missed = r.missed.map(
        (m) =>
          `${m.file} ¶${m.mutation.paragraph} ${m.mutation.description}: …${m.mutation.paragraphs[m.mutation.paragraph]!.text.slice(Math.max(0, m.mutation.start - 12), m.mutation.end + 12)}… ` +
          `near: ${m.near.map((f) => `${f.rule}/${f.severity}@${f.start}`).join(', ') || '—'}`,
      );
      expect(r.found / r.planted, missed.join('\n')).toBeGreaterThanOrEqual(0.95);
    });
  }
});
