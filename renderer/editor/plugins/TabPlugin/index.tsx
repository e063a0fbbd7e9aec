import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, $setSelection, COMMAND_PRIORITY_EDITOR, KEY_TAB_COMMAND } from 'lexical';
import { headingLevel, headingRole, type HeadingLevel } from '../../../../shared/document/roles';
import { $renumber } from '../../lib/editing';
import { $selectedParagraphs } from '../RolePlugin/selection-paragraphs';

/**
 * Tab as a 公文 writer expects it. The browser would move focus out of the editor, and a tab
 * character has no place in a 公文 (indents are the 2-character first-line indent of every paragraph).
 * So Tab never leaves the editor: in a heading, Tab demotes it one level (一级 → 二级, as in Word's
 * outline) and Shift+Tab promotes it, then every heading marker is renumbered (一、 → （一）), all as
 * one undo step; in any other paragraph Tab does nothing.
 */
export function TabPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          event.preventDefault();
          // A Tab pressed right after a click can arrive before Lexical has read the click's
          // selectionchange: take the caret from the browser, which is always current (else the
          // update below would also put the caret back where Lexical last saw it).
          const fromDom = $createRangeSelectionFromDom(window.getSelection(), editor);
          if (fromDom) $setSelection(fromDom);
          // Command listeners run inside an editor update: role change and renumbering are one undo step.
          const headings = $selectedParagraphs().filter((p) => headingLevel(p.getRole()) !== null);
          if (headings.length === 0) return true;
          const step = event.shiftKey ? -1 : 1;
          for (const p of headings) {
            const level = headingLevel(p.getRole())!;
            const next = Math.min(4, Math.max(1, level + step)) as HeadingLevel;
            if (next !== level) p.setRole(headingRole(next), 'manual');
          }
          $renumber();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  return null;
}
