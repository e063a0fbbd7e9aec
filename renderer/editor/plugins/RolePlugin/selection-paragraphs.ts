import { $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import { $isDocParagraphNode, type DocParagraphNode } from '../../nodes/DocParagraphNode';

/** The top-level role paragraphs the current selection touches (inside an editor read/update). */
export function $selectedParagraphs(): DocParagraphNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const anchor = selection.anchor.getNode().getTopLevelElement();
  const focus = selection.focus.getNode().getTopLevelElement();
  if (!anchor || !focus) return [];
  const children = $getRoot().getChildren();
  const a = children.findIndex((c) => c.is(anchor));
  const b = children.findIndex((c) => c.is(focus));
  if (a < 0 || b < 0) return [];
  return children.slice(Math.min(a, b), Math.max(a, b) + 1).filter($isDocParagraphNode);
}
