import { $getNearestNodeFromDOMNode, $getSelection, $isRangeSelection, $isTextNode, type LexicalEditor, type PointType } from 'lexical';

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

/** Character offset of a DOM point inside an element's text (-1 when the point is not inside it). */
export function offsetInElement(element: HTMLElement, node: Node, offset: number): number {
  if (node.nodeType !== Node.TEXT_NODE) {
    // An element point: count the text of the children before it.
    if (!element.contains(node)) return -1;
    let seen = 0;
    const children = [...node.childNodes].slice(0, offset);
    for (const child of children) seen += child.textContent?.length ?? 0;
    return node === element ? seen : offsetInElement(element, node.firstChild ?? node, 0) + seen;
  }
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t === node) return seen + offset;
    seen += (t as Text).data.length;
  }
  return -1;
}

/**
 * The caret as the browser has it right now. Lexical learns of caret moves made by the browser
 * (Ctrl+Home, arrows) on the next selectionchange event, which may not have run when a shortcut
 * that depends on the caret arrives; the DOM selection is always current.
 */
export function domCaretSpan(editor: LexicalEditor, keys: readonly string[]): { paragraph: number; start: number; end: number } | null {
  const selection = window.getSelection();
  const root = editor.getRootElement();
  if (!selection || selection.rangeCount === 0 || !root || !selection.focusNode || !root.contains(selection.focusNode)) return null;
  const key = paragraphKeyAt(editor, selection.focusNode);
  const element = key === null ? null : editor.getElementByKey(key);
  const paragraph = key === null ? -1 : keys.indexOf(key);
  if (!element || paragraph < 0) return null;
  const focus = offsetInElement(element, selection.focusNode, selection.focusOffset);
  const anchorInside = selection.anchorNode !== null && element.contains(selection.anchorNode);
  const anchor = anchorInside ? offsetInElement(element, selection.anchorNode!, selection.anchorOffset) : focus;
  return { paragraph, start: Math.min(anchor, focus), end: Math.max(anchor, focus) };
}

/** The key of the top-level paragraph that holds a DOM node of the editor (text or element), or null. */
export function paragraphKeyAt(editor: LexicalEditor, domNode: Node): string | null {
  return editor.read(() => $getNearestNodeFromDOMNode(domNode)?.getTopLevelElement()?.getKey() ?? null);
}
