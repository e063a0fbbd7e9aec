import { $getRoot, type LexicalEditor } from 'lexical';
import { $isDocParagraphNode, originLabel } from '../nodes/DocParagraphNode';

/** 来自素材库：…（2020年） by trimmed paragraph text, for the paragraphs inserted from the library (the first of equal texts). */
export function paragraphOrigins(editor: LexicalEditor): Map<string, string> {
  return editor.getEditorState().read(() => {
    const out = new Map<string, string>();
    for (const node of $getRoot().getChildren()) {
      if (!$isDocParagraphNode(node)) continue;
      const origin = node.getOrigin();
      const text = node.getTextContent().trim();
      if (origin && !out.has(text)) out.set(text, originLabel(origin));
    }
    return out;
  });
}
