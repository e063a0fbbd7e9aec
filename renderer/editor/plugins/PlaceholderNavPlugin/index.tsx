import { useEffect, type MutableRefObject } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND } from 'lexical';
import type { DocumentAnalysis } from '../../analysis';
import { domCaretSpan } from '../../lib/caret';
import { selectSpan } from '../../lib/editing';
import { nextPlaceholder, placeholderTargets } from '../../lib/placeholder-nav';

/**
 * F8 / Shift+F8: select the next / previous unfilled placeholder (X, XX, ××, 【待补充】, {{字段}} …),
 * so typing replaces it. Reads the latest analysis from the checks plugin.
 */
export function PlaceholderNavPlugin({ analysisRef }: { analysisRef: MutableRefObject<DocumentAnalysis> }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.key !== 'F8' || event.ctrlKey || event.altKey || event.metaKey) return false;
          event.preventDefault();
          const analysis = analysisRef.current;
          const target = nextPlaceholder(
            placeholderTargets(analysis.visible),
            domCaretSpan(editor, analysis.keys),
            event.shiftKey ? 'previous' : 'next',
          );
          const key = target && analysis.keys[target.paragraph];
          if (target && key) selectSpan(editor, key, target.start, target.end);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, analysisRef],
  );
  return null;
}
