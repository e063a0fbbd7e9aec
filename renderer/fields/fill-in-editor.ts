import { $getRoot, type LexicalEditor } from 'lexical';
import { fieldFillEdits } from '../../shared/templates/fields';
import { $replaceInParagraph } from '../editor/lib/editing';

/**
 * Fills the fields across the whole draft in one editor update — one undo step: every {{名称}} with a
 * value, and every place a changed field's previous value was filled in. Returns how many places changed.
 */
export function fillFieldsInEditor(
  editor: LexicalEditor,
  values: Readonly<Record<string, string>>,
  previous: Readonly<Record<string, string>>,
): number {
  let changed = 0;
  editor.update(
    () => {
      const nodes = $getRoot().getChildren();
      const edits = fieldFillEdits(
        nodes.map((n) => n.getTextContent()),
        values,
        previous,
      );
      // Last first, so the offsets of the edits still to come stay valid.
      for (const edit of [...edits].reverse()) {
        const node = nodes[edit.paragraph];
        if (node) $replaceInParagraph(node, edit.start, edit.end, edit.replacement);
      }
      changed = edits.length;
    },
    { discrete: true },
  );
  return changed;
}
