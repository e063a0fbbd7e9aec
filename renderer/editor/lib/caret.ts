import { $getSelection, $isRangeSelection, $isTextNode, type PointType } from 'lexical';

/** Offset of a selection point in its top-level paragraph's text, with that paragraph's key. */
export function $pointInParagraph(point: PointType): { key: string; offset: number } | null {
  const node = point.getNode();
  const top = node.getTopLevelElement();
  if (!top) return null;
  if (!$isTextNode(node)) {
    // An element point: offset counts children; sum the text of the children before it.
    if (node.is(top)) {
      const before = top.getChildren().slice(0, point.offset);
      return { key: top.getKey(), offset: before.reduce((n, c) => n + c.getTextContentSize(), 0) };
    }
    return { key: top.getKey(), offset: 0 };
  }
  let offset = 0;
  for (const text of top.getAllTextNodes()) {
    if (text.is(node)) return { key: top.getKey(), offset: offset + point.offset };
    offset += text.getTextContentSize();
  }
  return null;
}

/** The caret (or the part of the selection in the focus paragraph) as key + [start, end). */
export function $caretSpan(): { key: string; start: number; end: number } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = $pointInParagraph(selection.anchor);
  const focus = $pointInParagraph(selection.focus);
  if (!anchor || !focus) return null;
  if (anchor.key !== focus.key) return { key: focus.key, start: focus.offset, end: focus.offset };
  return { key: focus.key, start: Math.min(anchor.offset, focus.offset), end: Math.max(anchor.offset, focus.offset) };
}
