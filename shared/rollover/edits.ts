/**
 * Text edits by paragraph offsets, applied to a copy of the paragraphs. The year checklist produces
 * them; the CLI applies them here, the editor applies the same edits to its nodes as one undo step.
 */
import type { DocParagraph } from '../document/roles';

export interface TextEdit {
  paragraph: number;
  start: number;
  end: number;
  replacement: string;
}

/** The paragraphs with every edit made. Edits must not overlap; their order does not matter. */
export function applyTextEdits(paragraphs: readonly DocParagraph[], edits: readonly TextEdit[]): DocParagraph[] {
  const byParagraph = new Map<number, TextEdit[]>();
  for (const e of edits) {
    const list = byParagraph.get(e.paragraph) ?? [];
    list.push(e);
    byParagraph.set(e.paragraph, list);
  }
  return paragraphs.map((p, i) => {
    const list = byParagraph.get(i);
    if (!list) return p;
    // From the end, so earlier offsets stay valid.
    let text = p.text;
    for (const e of [...list].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.replacement + text.slice(e.end);
    return { ...p, text };
  });
}
