import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { countWords } from '../../../../shared/text/word-count';
import { readPlainText } from '../../document-text';

/** Reports 字数 shortly after the text changes (counting a long report on every keystroke is wasted work). */
export function DocumentStatsPlugin({ onWordCount }: { onWordCount: (count: number) => void }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const count = () => onWordCount(countWords(readPlainText(editor.getEditorState())));
    count();
    const unregister = editor.registerTextContentListener(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(count, 150);
    });
    return () => {
      unregister();
      if (timer) clearTimeout(timer);
    };
  }, [editor, onWordCount]);

  return null;
}
