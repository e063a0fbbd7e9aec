/**
 * A document's sections for the comparison: cut at its top heading level — 一、 headings (heading1);
 * a document with none is cut at its （一） headings (heading2); without either it is one section.
 * Paragraphs before the first such heading (title, addressee, opening text) form the 前言 section,
 * whose heading is null.
 */
import type { DocParagraph } from '../document/roles';

export interface Section {
  /** Index of the heading paragraph, or null for the 前言. */
  heading: number | null;
  /** Paragraphs [start, end), the heading included. */
  start: number;
  end: number;
}

export function splitSections(paragraphs: readonly DocParagraph[]): Section[] {
  const role = paragraphs.some((p) => p.role === 'heading1') ? 'heading1' : paragraphs.some((p) => p.role === 'heading2') ? 'heading2' : null;
  const sections: Section[] = [];
  let current: Section = { heading: null, start: 0, end: 0 };
  paragraphs.forEach((p, i) => {
    if (role && p.role === role) {
      current.end = i;
      if (current.heading !== null || current.end > current.start) sections.push(current);
      current = { heading: i, start: i, end: i };
    }
  });
  current.end = paragraphs.length;
  if (current.heading !== null || current.end > current.start) sections.push(current);
  return sections;
}
