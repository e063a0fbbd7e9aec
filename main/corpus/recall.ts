/**
 * Plants mistakes into the corpus and measures how many the checker finds at the planted offset.
 * Shared by the mutation-recall test (which holds the figure at ≥ 95 % per kind) and the benchmark.
 */
import { checkDocument, type Finding } from '../../shared/checks';
import { mulberry32 } from '../testing/prng';
import type { CorpusDocument } from './corpus';
import { MUTATION_KINDS, PLANTERS, type Mutation, type MutationKind } from './mutations';

export interface RecallResult {
  kind: MutationKind;
  planted: number;
  found: number;
  missed: { file: string; mutation: Mutation; near: Finding[] }[];
}

/** A finding the writer sees (error or warning) of the planted category, overlapping the planted text. */
export function findsMutation(findings: readonly Finding[], m: Mutation): boolean {
  return findings.some(
    (f) =>
      f.category === m.category &&
      f.severity !== 'info' &&
      f.paragraph === m.paragraph &&
      f.start < Math.max(m.end, m.start + 1) &&
      f.end > m.start,
  );
}

export function measureRecall(docs: readonly CorpusDocument[], perKind = 60, seed = 20261204): RecallResult[] {
  const random = mulberry32(seed);
  const pick = (n: number) => Math.floor(random() * n);
  return MUTATION_KINDS.map((kind) => {
    const result: RecallResult = { kind, planted: 0, found: 0, missed: [] };
    const seen = new Set<string>();
    // Up to perKind distinct plantings, drawn document by document in a seeded order.
    for (let attempt = 0; attempt < perKind * 4 && result.planted < perKind; attempt++) {
      const doc = docs[pick(docs.length)]!;
      const m = PLANTERS[kind](doc.paragraphs, pick);
      if (!m) continue;
      const id = `${doc.file}|${m.paragraph}|${m.start}|${m.description}`;
      if (seen.has(id)) continue;
      seen.add(id);
      // The published text must not already have such a finding there: the planted mistake is the new one.
      const before = checkDocument(doc.paragraphs).findings;
      if (findsMutation(before, { ...m, paragraphs: doc.paragraphs })) continue;
      result.planted++;
      const after = checkDocument(m.paragraphs).findings;
      if (findsMutation(after, m)) result.found++;
      else result.missed.push({ file: doc.file, mutation: m, near: after.filter((f) => f.paragraph === m.paragraph) });
    }
    return result;
  });
}
