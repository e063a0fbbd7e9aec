/**
 * "Renumber all headings": one edit per marker that is out of sequence or in the wrong form. The
 * editor applies them together as one undo step; offsets refer to the text before any edit, and each
 * paragraph gets at most one edit, so the order of application does not matter.
 */
import type { DocParagraph } from '../document/roles';
import { numberingSequence } from './sequence';

export interface RenumberEdit {
  paragraph: number;
  start: number;
  end: number;
  replacement: string;
}

export function renumberAll(paragraphs: readonly DocParagraph[]): RenumberEdit[] {
  const edits: RenumberEdit[] = [];
  for (const item of numberingSequence(paragraphs)) {
    const marker = item.marker;
    if (!marker || marker.offset < 0 || item.expectedMarker === null || marker.marker === item.expectedMarker) continue;
    edits.push({
      paragraph: item.paragraph,
      start: marker.offset,
      end: marker.offset + marker.marker.length,
      replacement: item.expectedMarker,
    });
  }
  return edits;
}
