import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND } from 'lexical';
import { domCaretSpan } from '../../lib/caret';
import { selectSpan } from '../../lib/editing';
import { currentPlaceholderTargets, nextPlaceholder } from '../../lib/placeholder-nav';

/**
 * F8 / Shift+F8: select the next / previous unfilled placeholder (X, XX, ××, 【待补充】, {{字段}}, a figure 待更新 …),
 * so typing replaces it. It scans the text as it is at the key press (pending edits flushed), not
 * the live checker's analysis, which lags typing and whose offsets go stale with every keystroke.
 */
export function PlaceholderNavPlugin({ dismissed, pendingFigures }: { dismissed: ReadonlySet<string>; pendingFigures: ReadonlySet<string> }) {
  const [editor] = useLexicalComposerContext();
  const dismissedRef = useRef(dismissed);
  dismissedRef.current = dismissed;
  const pendingRef = useRef(pendingFigures);
  pendingRef.current = pendingFigures;
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.key !== 'F8' || event.ctrlKey || event.altKey || event.metaKey) return false;
          event.preventDefault();
          // editor.read flushes pending updates first, so the text just typed is in it.
          const paragraphs = editor.read(() => $getRoot().getChildren().map((node) => ({ key: node.getKey(), text: node.getTextContent() })));
          const keys = paragraphs.map((p) => p.key);
          const targets = currentPlaceholderTargets(
            paragraphs.map((p) => p.text),
            dismissedRef.current,
            pendingRef.current,
          );
          const target = nextPlaceholder(targets, domCaretSpan(editor, keys), event.shiftKey ? 'previous' : 'next');
          const key = target && keys[target.paragraph];
          if (target && key) selectSpan(editor, key, target.start, target.end);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
