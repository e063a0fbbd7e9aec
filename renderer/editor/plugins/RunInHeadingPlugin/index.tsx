import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $isTextNode, TextNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { isHeadingRole } from '../../../../shared/document/roles';
import { splitRunInHeading } from '../../../../shared/document/run-in';
import { $isDocParagraphNode, DocParagraphNode } from '../../nodes/DocParagraphNode';

/** The class the heading part's text spans carry; app.css gives them the heading face. */
export const RUN_IN_HEAD_CLASS = 'gw-run-in-head';

/** Characters of a heading paragraph's text that are its run-in heading part (0: none, or own line). */
function runInHeadLength(paragraph: DocParagraphNode): number {
  if (!isHeadingRole(paragraph.getRole())) return 0;
  const { headingPart, rest } = splitRunInHeading(paragraph.getTextContent());
  return headingPart && rest ? headingPart.length : 0;
}

/**
 * Keeps a run-in heading's heading part ("（一）压实责任。") in text nodes of its own, marked
 * unmergeable so Lexical does not merge them back into the body text that follows; every other text
 * node is mergeable. The nodes stay plain TextNodes (the stored JSON keeps type "text": the
 * paragraph's text is only cut in two, and the flag is TextNode's own `detail` bit), so saving,
 * export, copy and undo read the text as before. Idempotent: a paragraph already in shape is not
 * touched.
 */
function $syncRunInHead(paragraph: DocParagraphNode): void {
  const headLength = runInHeadLength(paragraph);
  let offset = 0;
  for (let child = paragraph.getFirstChild(); child; ) {
    const size = child.getTextContentSize();
    if (!$isTextNode(child)) {
      offset += size;
      child = child.getNextSibling();
      continue;
    }
    if (offset < headLength && offset + size > headLength) {
      // The heading ends inside this node: cut it there and look at both halves again.
      const [head] = child.splitText(headLength - offset);
      child = head ?? null;
      continue;
    }
    const shouldBeHead = offset < headLength;
    let node: TextNode = child;
    if (node.isUnmergeable() !== shouldBeHead) node = node.toggleUnmergeable();
    // Heading text typed in pieces: one node again.
    const previous = node.getPreviousSibling();
    if (shouldBeHead && $isTextNode(previous) && previous.isUnmergeable() && previous.getFormat() === node.getFormat() && previous.getStyle() === node.getStyle()) {
      node = previous.mergeWithSibling(node);
    }
    offset += size;
    child = node.getNextSibling();
  }
}

/** Puts the class on the DOM of the text nodes that are heading parts, as Lexical creates or updates them. */
function markHeads(editor: LexicalEditor, keys: Iterable<string>): void {
  editor.getEditorState().read(() => {
    for (const key of keys) {
      const node = $getNodeByKey(key);
      const dom = editor.getElementByKey(key);
      if (!$isTextNode(node) || !dom) continue;
      dom.classList.toggle(RUN_IN_HEAD_CLASS, node.isUnmergeable() && $isDocParagraphNode(node.getParent()));
    }
  });
}

/**
 * Run-in headings ("（一）压实责任。街道……") get the heading face on the heading part only, the rest of
 * the paragraph the body face, as the Word export writes them (main/export/docx-writer.ts). A CSS
 * highlight cannot do it (highlights may not set font-family or font-weight), so the heading part is
 * its own text span. Nothing is changed during IME composition; the composition's end re-runs it.
 */
export function RunInHeadingPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const sync = (paragraph: LexicalNode | null) => {
      if (!editor.isComposing() && $isDocParagraphNode(paragraph)) $syncRunInHead(paragraph);
    };
    return mergeRegister(
      // A role change marks the paragraph; typing marks only its text nodes.
      editor.registerNodeTransform(DocParagraphNode, sync),
      editor.registerNodeTransform(TextNode, (text) => sync(text.getParent())),
      editor.registerMutationListener(TextNode, (mutations) => {
        const changed = [...mutations].filter(([, mutation]) => mutation !== 'destroyed').map(([key]) => key);
        if (changed.length) markHeads(editor, changed);
      }),
    );
  }, [editor]);
  return null;
}
