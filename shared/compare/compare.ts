/**
 * compareDocuments: last year's report against this year's draft (对照). Sections are aligned first
 * (align-sections.ts), then the paragraphs inside each aligned pair (paragraphs.ts); 沿用率 is defined
 * in types.ts. Pure: the same two documents always give the same comparison.
 */
import type { DocParagraph } from '../document/roles';
import { alignSections } from './align-sections';
import { alignParagraphs } from './paragraphs';
import { splitSections, type Section } from './sections';
import { countChars } from './text';
import type { Comparison, ParagraphComparison, SectionComparison } from './types';

const range = (s: Section): number[] => Array.from({ length: s.end - s.start }, (_, k) => s.start + k);

/** Characters of the new text carried over: all of an unchanged paragraph, the equal parts of a modified one. */
function reusedChars(p: ParagraphComparison): number {
  if (p.status === 'unchanged') return countChars(p.new!);
  if (p.status === 'modified') return p.diff!.reduce((n, d) => n + (d.op === 'equal' ? countChars(d.text) : 0), 0);
  return 0;
}

function summarise(
  paragraphs: ParagraphComparison[],
  old: { paragraphs: readonly DocParagraph[]; section: Section } | null,
  neu: { paragraphs: readonly DocParagraph[]; section: Section } | null,
  moved: boolean,
): SectionComparison & { chars: number; reused: number } {
  const chars = paragraphs.reduce((n, p) => n + (p.new === undefined ? 0 : countChars(p.new)), 0);
  const reused = paragraphs.reduce((n, p) => n + reusedChars(p), 0);
  const status = !old ? 'added' : !neu ? 'deleted' : paragraphs.every((p) => p.status === 'unchanged') ? 'unchanged' : 'modified';
  const heading = (side: typeof old) => (side && side.section.heading !== null ? side.paragraphs[side.section.heading]!.text : null);
  const reuse = chars === 0 ? 0 : reused / chars;
  const result: SectionComparison & { chars: number; reused: number } = {
    status,
    old: heading(old),
    new: heading(neu),
    moved,
    reuse,
    fullyReused: chars > 0 && reused === chars,
    paragraphs,
    chars,
    reused,
  };
  if (old) result.oldRange = [old.section.start, old.section.end];
  if (neu) result.newRange = [neu.section.start, neu.section.end];
  return result;
}

export function compareDocuments(oldParagraphs: readonly DocParagraph[], newParagraphs: readonly DocParagraph[]): Comparison {
  const oldSections = splitSections(oldParagraphs);
  const newSections = splitSections(newParagraphs);
  const pairs = alignSections(oldParagraphs, oldSections, newParagraphs, newSections);
  const byNew = new Map(pairs.map((p) => [p.new, p]));
  const matchedOld = new Set(pairs.map((p) => p.old));

  const ofNew = newSections.map((ns, j) => {
    const pair = byNew.get(j);
    if (!pair) {
      const added = range(ns).map((i): ParagraphComparison => ({ status: 'added', newIndex: i, new: newParagraphs[i]!.text }));
      return summarise(added, null, { paragraphs: newParagraphs, section: ns }, false);
    }
    const os = oldSections[pair.old]!;
    const aligned = alignParagraphs(oldParagraphs, range(os), newParagraphs, range(ns));
    return summarise(aligned, { paragraphs: oldParagraphs, section: os }, { paragraphs: newParagraphs, section: ns }, pair.moved);
  });

  // A deleted section goes before the new place of the next old section that stayed in place.
  const sections: Array<ReturnType<typeof summarise>> = [];
  const deletedBefore = new Map<number, Array<ReturnType<typeof summarise>>>();
  const atEnd: Array<ReturnType<typeof summarise>> = [];
  oldSections.forEach((os, i) => {
    if (matchedOld.has(i)) return;
    const deleted = range(os).map((k): ParagraphComparison => ({ status: 'deleted', oldIndex: k, old: oldParagraphs[k]!.text }));
    const entry = summarise(deleted, { paragraphs: oldParagraphs, section: os }, null, false);
    const next = pairs.find((p) => p.old > i && !p.moved);
    if (next) deletedBefore.set(next.new, [...(deletedBefore.get(next.new) ?? []), entry]);
    else atEnd.push(entry);
  });
  ofNew.forEach((s, j) => sections.push(...(deletedBefore.get(j) ?? []), s));
  sections.push(...atEnd);

  const newChars = ofNew.reduce((n, s) => n + s.chars, 0);
  const reused = ofNew.reduce((n, s) => n + s.reused, 0);
  return {
    reuse: newChars === 0 ? 0 : reused / newChars,
    newChars,
    reusedChars: reused,
    sections: sections.map(({ chars: _chars, reused: _reused, ...s }) => s),
  };
}
