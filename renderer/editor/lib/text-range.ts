import { $createRangeSelection, $isTextNode, $setSelection, type ElementNode, type RangeSelection, type TextNode } from 'lexical';

/** Finds the text node and offset inside it for a character offset in the paragraph's text. */
function locate(textNodes: TextNode[], offset: number, preferNext: boolean): { node: TextNode; offset: number } | null {
  let seen = 0;
  for (let i = 0; i < textNodes.length; i++) {
    const node = textNodes[i]!;
    const size = node.getTextContentSize();
    const isLast = i === textNodes.length - 1;
    if (offset < seen + size || (offset === seen + size && (!preferNext || isLast))) {
      return { node, offset: offset - seen };
    }
    seen += size;
  }
  return null;
}

/**
 * Selects characters [start, end) of a paragraph's text (which may span several text nodes).
 * Must run inside editor.update(). Returns the selection, or null if the range no longer exists.
 */
export function $selectParagraphRange(paragraph: ElementNode, start: number, end: number): RangeSelection | null {
  const textNodes = paragraph.getAllTextNodes().filter($isTextNode);
  const from = locate(textNodes, start, true);
  const to = locate(textNodes, end, false);
  if (!from || !to) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(from.node.getKey(), from.offset, 'text');
  selection.focus.set(to.node.getKey(), to.offset, 'text');
  $setSelection(selection);
  return selection;
}

/** A DOM Range over characters [start, end) of a paragraph element's rendered text. */
export function domRangeInElement(element: HTMLElement, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let startNode: Text | null = null;
  let startOffset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const size = node.data.length;
    if (!startNode && start < seen + size) {
      startNode = node;
      startOffset = start - seen;
    }
    if (startNode && end <= seen + size) {
      const range = document.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(node, end - seen);
      return range;
    }
    seen += size;
  }
  return null;
}
