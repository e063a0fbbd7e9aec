import { $getRoot, type LexicalEditor } from 'lexical';
import { $isDocParagraphNode, originLabel } from '../nodes/DocParagraphNode';

/** 来自素材库：…（2020年） for the first paragraph with this text that was inserted from the library; else null. */
export function paragraphOriginLabel(editor: LexicalEditor, text: string): string | null {
  const wanted = text.trim();
  return editor.getEditorState().read(() => {
    for (const node of $getRoot().getChildren()) {
      if (!$isDocParagraphNode(node)) continue;
      const origin = node.getOrigin();
      if (origin && node.getTextContent().trim() === wanted) return originLabel(origin);
    }
    return null;
  });
}
