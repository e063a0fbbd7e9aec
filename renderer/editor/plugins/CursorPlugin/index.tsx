import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $caretSpan } from '../../lib/caret';

/** Reports which paragraph holds the caret (the outline highlights its section as it moves). */
export function CursorPlugin({ onCaretParagraph }: { onCaretParagraph: (key: string | null) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let last: string | null | undefined;
    return editor.registerUpdateListener(({ editorState }) => {
      const key = editorState.read(() => $caretSpan()?.key ?? null);
      if (key !== null && key !== last) {
        last = key;
        onCaretParagraph(key);
      }
    });
  }, [editor, onCaretParagraph]);
  return null;
}
