/**
 * Which old section became which new one. Sections are matched by their heading without its number
 * marker and by their body's wording, so a section keeps its match when it moved, was renumbered or
 * had its heading reworded; the 前言 (no heading) matches the 前言. Pairs are taken best first above
 * SECTION_THRESHOLD. Then the largest (by characters) set of pairs that keep their order is kept in
 * place, and every other pair is flagged `moved`: when 二 is moved before 一, the smaller one moved.
 */
import type { DocParagraph } from '../document/roles';
import type { Section } from './sections';
import { bigrams, countChars, dice, paragraphKey } from './text';

/**
 * Score = ½ heading similarity + ½ body similarity (bigram Dice). An unchanged heading alone (½) is
 * enough: 一、主要工作 stays itself however rewritten. Otherwise the body must carry it: the 49 pairs
 * of different sections within each of the five samples score median 0.08, highest 0.19; a section
 * whose heading was reworded keeps its body's score (≥ 0.65 with a tenth of its sentences rewritten,
 * see PAIR_THRESHOLD), so ½ of that clears 0.3.
 */
export const SECTION_THRESHOLD = 0.3;

export interface SectionPair {
  old: number;
  new: number;
  moved: boolean;
}

interface Profile {
  heading: Set<string> | null;
  body: Set<string>;
  chars: number;
}

function profile(paragraphs: readonly DocParagraph[], s: Section): Profile {
  const body: string[] = [];
  let chars = 0;
  for (let i = s.start; i < s.end; i++) {
    chars += countChars(paragraphs[i]!.text);
    if (i !== s.heading) body.push(paragraphKey(paragraphs[i]!));
  }
  return { heading: s.heading === null ? null : bigrams(paragraphKey(paragraphs[s.heading]!)), body: bigrams(body.join('\n')), chars };
}

function score(a: Profile, b: Profile): number {
  if ((a.heading === null) !== (b.heading === null)) return 0;
  const heading = a.heading === null || b.heading === null ? 1 : dice(a.heading, b.heading);
  return 0.5 * heading + 0.5 * dice(a.body, b.body);
}

export function alignSections(
  oldParagraphs: readonly DocParagraph[],
  oldSections: readonly Section[],
  newParagraphs: readonly DocParagraph[],
  newSections: readonly Section[],
): SectionPair[] {
  const oldProfiles = oldSections.map((s) => profile(oldParagraphs, s));
  const newProfiles = newSections.map((s) => profile(newParagraphs, s));
  const candidates: Array<{ old: number; new: number; score: number }> = [];
  oldProfiles.forEach((a, i) =>
    newProfiles.forEach((b, j) => {
      const s = score(a, b);
      if (s >= SECTION_THRESHOLD) candidates.push({ old: i, new: j, score: s });
    }),
  );
  // Best first; ties in document order, so equal scores pair in place.
  candidates.sort((x, y) => y.score - x.score || x.old - y.old || x.new - y.new);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: SectionPair[] = [];
  for (const c of candidates) {
    if (usedOld.has(c.old) || usedNew.has(c.new)) continue;
    usedOld.add(c.old);
    usedNew.add(c.new);
    pairs.push({ old: c.old, new: c.new, moved: false });
  }
  pairs.sort((x, y) => x.old - y.old);
  const stay = heaviestIncreasing(pairs.map((p) => p.new), pairs.map((p) => newProfiles[p.new]!.chars + oldProfiles[p.old]!.chars));
  pairs.forEach((p, k) => (p.moved = !stay.has(k)));
  return pairs;
}

/** Indices of the increasing subsequence of `values` with the largest total weight (O(n²): a report
 *  has tens of sections). */
function heaviestIncreasing(values: readonly number[], weights: readonly number[]): Set<number> {
  const total = weights.map((w) => w);
  const prev = values.map(() => -1);
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < i; j++) {
      if (values[j]! < values[i]! && total[j]! + weights[i]! > total[i]!) {
        total[i] = total[j]! + weights[i]!;
        prev[i] = j;
      }
    }
  }
  let end = -1;
  total.forEach((t, i) => {
    if (end < 0 || t > total[end]!) end = i;
  });
  const keep = new Set<number>();
  for (let i = end; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}
