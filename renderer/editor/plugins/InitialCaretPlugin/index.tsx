import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode } from 'lexical';
import { firstFillIn } from '../../../../shared/templates/fill-in';
import { $selectParagraphRange } from '../../lib/text-range';

/** Where the caret goes when a new draft opens: the start of a blank one, the first blank of a template one. */
export type InitialCaret = 'start' | 'first-fill-in';

/**
 * A draft just created is for typing: the editor takes the focus at once, with the caret at the start
 * (blank draft) or on the first {{字段}} or 【】 prompt (template draft), selected so typing replaces it
 * as F8 does. Runs once, when the editor mounts.
 */
export function InitialCaretPlugin({ place }: { place: InitialCaret }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.update(
      () => {
        const paragraphs = $getRoot().getChildren();
        const target = place === 'first-fill-in' ? firstFillIn(paragraphs.map((p) => p.getTextContent())) : null;
        const node = target ? paragraphs[target.paragraph] : paragraphs[0];
        if (target && $isElementNode(node)) $selectParagraphRange(node, target.start, target.end);
        else if ($isElementNode(node)) node.selectStart();
        else $getRoot().selectStart();
      },
      { tag: 'gw-navigate' },
    );
    editor.focus();
    // Once per mount (the draft was just created): `place` does not change while it is mounted.
  }, [editor, place]);
  return null;
}
