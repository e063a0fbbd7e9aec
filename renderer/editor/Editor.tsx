import type { MutableRefObject } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import type { Draft } from '../../shared/api';
import type { Autosaver, SaveState } from './autosave';
import { $fillFromPlainText } from './document-text';
import { editorTheme } from './theme';
import { AutosavePlugin } from './plugins/AutosavePlugin';
import { DocumentStatsPlugin } from './plugins/DocumentStatsPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';

interface Props {
  draft: Draft;
  autosaverRef: MutableRefObject<Autosaver | null>;
  onSaveState: (state: SaveState, error?: Error) => void;
  onWordCount: (count: number) => void;
}

/** The Lexical editor for one draft. Remounted (key = draft id) when another draft is opened. */
export function Editor({ draft, autosaverRef, onSaveState, onWordCount }: Props) {
  const initialConfig: InitialConfigType = {
    namespace: 'gongwen',
    theme: editorTheme,
    onError: (error) => {
      console.error(error);
    },
    editorState: draft.lexicalJson ? draft.lexicalJson : () => $fillFromPlainText(draft.plainText),
  };

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ToolbarPlugin />
      <div className="page-scroller">
        <div className="page">
          <RichTextPlugin
            contentEditable={<ContentEditable className="editor-content" aria-label="正文编辑区" spellCheck={false} />}
            placeholder={<div className="editor-placeholder">在此输入正文……</div>}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <HistoryPlugin />
      <AutosavePlugin draftId={draft.id} autosaverRef={autosaverRef} onStateChange={onSaveState} />
      <DocumentStatsPlugin onWordCount={onWordCount} />
    </LexicalComposer>
  );
}
