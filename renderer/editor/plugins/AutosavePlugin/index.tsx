import { useEffect, type MutableRefObject } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG } from 'lexical';
import { getApi, unwrap } from '../../../api';
import { Autosaver, type SaveState } from '../../autosave';
import { readPlainText } from '../../document-text';

interface Props {
  draftId: string;
  autosaverRef: MutableRefObject<Autosaver | null>;
  onStateChange: (state: SaveState, error?: Error) => void;
  onSaved?: (wordCount: number) => void;
}

/**
 * Saves the draft to SQLite about a second after typing stops. Selection-only updates are ignored;
 * the editor state is serialized when the save runs, not on every keystroke.
 */
export function AutosavePlugin({ draftId, autosaverRef, onStateChange, onSaved }: Props) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const saver = new Autosaver({
      delayMs: 1000,
      shouldPostpone: () => editor.isComposing(),
      onStateChange,
      save: async (reason) => {
        const state = editor.getEditorState();
        const result = unwrap(
          await getApi().drafts.save({
            id: draftId,
            lexicalJson: JSON.stringify(state.toJSON()),
            plainText: readPlainText(state),
            reason,
          }),
        );
        onSaved?.(result.wordCount);
      },
    });
    autosaverRef.current = saver;
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, editorState, tags }) => {
      if (prevEditorState === editorState || prevEditorState.isEmpty()) return; // opening the draft is not an edit
      // Lexical re-visits every node when a plugin registers a node transform (tagged history-merge):
      // that is the editor starting up, not the writer editing, and must not re-save or reorder drafts.
      if (tags.has(HISTORY_MERGE_TAG)) return;
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection moved, nothing changed
      saver.markDirty();
    });
    return () => {
      unregister();
      // Switching drafts or unmounting: whatever is pending still reaches the database.
      void saver.flush('manual').catch(() => undefined);
      saver.dispose();
      if (autosaverRef.current === saver) autosaverRef.current = null;
    };
  }, [editor, draftId, autosaverRef, onStateChange, onSaved]);

  return null;
}
