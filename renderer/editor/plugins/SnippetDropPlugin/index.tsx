import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, DRAGOVER_COMMAND, DROP_COMMAND } from 'lexical';

/** The data a library result carries when dragged (renderer/library/SnippetItem.tsx). */
export const SNIPPET_DRAG_TYPE = 'application/x-gongwen-snippet';

/** A library paragraph on its way into the text, with where it came from (kept on the paragraphs). */
export interface SnippetToInsert {
  id: number;
  text: string;
  source?: string;
  year?: number | null;
}

interface Props {
  onDropSnippet: (snippet: SnippetToInsert, x: number, y: number) => void;
}

/**
 * Dropping a library result into the text inserts it as a paragraph of its own after the paragraph
 * under the pointer (not inside it, as a plain text drop would).
 */
export function SnippetDropPlugin({ onDropSnippet }: Props) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const unregisterOver = editor.registerCommand(
      DRAGOVER_COMMAND,
      (event) => {
        if (!event.dataTransfer?.types.includes(SNIPPET_DRAG_TYPE)) return false;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
    const unregisterDrop = editor.registerCommand(
      DROP_COMMAND,
      (event) => {
        const raw = event.dataTransfer?.getData(SNIPPET_DRAG_TYPE);
        if (!raw) return false;
        event.preventDefault();
        try {
          const snippet = JSON.parse(raw) as SnippetToInsert;
          if (typeof snippet.id === 'number' && typeof snippet.text === 'string') {
            const source = typeof snippet.source === 'string' ? snippet.source : undefined;
            const year = typeof snippet.year === 'number' ? snippet.year : null;
            onDropSnippet({ id: snippet.id, text: snippet.text, ...(source !== undefined ? { source, year } : {}) }, event.clientX, event.clientY);
          }
        } catch {
          // Not ours after all: ignore.
        }
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
    return () => {
      unregisterOver();
      unregisterDrop();
    };
  }, [editor, onDropSnippet]);
  return null;
}
