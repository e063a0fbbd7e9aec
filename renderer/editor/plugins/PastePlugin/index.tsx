import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createTextNode, $getSelection, $insertNodes, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { detectRoles } from '../../../../shared/document/detect-roles';
import { $createDocParagraphNode } from '../../nodes/DocParagraphNode';
import { clipboardParagraphs } from './clipboard-text';

/**
 * Paste keeps text and paragraph breaks and drops all foreign styling. A multi-paragraph paste gets
 * roles detected (so pasted 一、/（一） lines arrive as headings); one line is inserted as plain text.
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          if (!data) return false;
          const lines = clipboardParagraphs(data);
          if (!lines) return false;
          event.preventDefault();
          editor.update(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            while (lines.length > 1 && lines.at(-1) === '') lines.pop();
            if (lines.length === 1) {
              selection.insertText(lines[0]!);
              return;
            }
            const nonEmpty = lines.filter((l) => l.trim());
            const roles = detectRoles(nonEmpty, { isFragment: true });
            let next = 0;
            const nodes = lines.map((line) => {
              const role = line.trim() ? (roles[next++]?.role ?? 'body') : 'body';
              const paragraph = $createDocParagraphNode(role);
              if (line) paragraph.append($createTextNode(line));
              return paragraph;
            });
            $insertNodes(nodes);
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  return null;
}
